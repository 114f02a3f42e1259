/**
 * A scope may be missing: Google's granular consent (2025) lets people untick scopes on some surfaces —
 * for editor add-ons Google's pages say the prompt still asks for all scopes at once for now, "in the
 * future" for add-ons — and a person can remove an access afterwards. Before a feature uses a scope it asks ScriptApp.getAuthorizationInfo(FULL, scopes), which answers which of them
 * were granted and, when some are missing, a link where the person can grant them
 * (developers.google.com/apps-script/reference/script/authorization-info). V8 only; the two-argument
 * form and getAuthorizedScopes are newer than the published type definitions, hence the cast.
 */

export const CALENDAR_ACLS_SCOPE = "https://www.googleapis.com/auth/calendar.acls";

interface GranularAuthorizationInfo {
  getAuthorizationUrl(): string | null;
  getAuthorizedScopes(): string[] | null;
}

interface GranularScriptApp {
  getAuthorizationInfo(authMode: unknown, scopes: string[]): GranularAuthorizationInfo;
}

export interface ConsentCheck {
  missing: string[];
  /** Where to grant the missing scopes (null when Google gives no link). */
  grantUrl: string | null;
}

/** Which of `scopes` this person has not granted. */
export function missingScopes(scopes: string[]): ConsentCheck {
  const app = ScriptApp as unknown as GranularScriptApp;
  const info = app.getAuthorizationInfo(ScriptApp.AuthMode.FULL, scopes);
  const granted = info.getAuthorizedScopes() ?? [];
  const missing = scopes.filter((scope) => granted.indexOf(scope) < 0);
  return { missing, grantUrl: missing.length ? info.getAuthorizationUrl() : null };
}

/** Sending the suivi (MailApp): developers.google.com/apps-script/reference/mail/mail-app. */
export const SEND_MAIL_SCOPE = "https://www.googleapis.com/auth/script.send_mail";
