/**
 * The calendar scope may be missing (not granted, removed afterwards, or unticked where Google's granular
 * consent allows it: for editor add-ons Google's pages say all scopes are asked at once for now). The sync
 * and its preview check it first with ScriptApp.getAuthorizationInfo(AuthMode.FULL, [scope])
 * (developers.google.com/apps-script/reference/script/script-app#getAuthorizationInfo(AuthMode,String));
 * the menu then asks for it with ScriptApp.requireScopes, which ends the execution and shows Google's
 * authorization prompt; the sidebar, which cannot show that prompt, gets the authorization URL instead.
 * Everything else in the add-on works without this scope.
 */
export const CALENDAR_SCOPE = "https://www.googleapis.com/auth/calendar.app.created";

/** null when the calendar scope is granted; otherwise the URL where it can be granted ("" if none given). */
export function missingCalendarConsent(): string | null {
  const app = ScriptApp as unknown as {
    AuthMode: { FULL: unknown };
    AuthorizationStatus: { REQUIRED: unknown };
    getAuthorizationInfo(
      mode: unknown,
      scopes?: string[],
    ): { getAuthorizationStatus(): unknown; getAuthorizationUrl(): string | null };
  };
  const info = app.getAuthorizationInfo(app.AuthMode.FULL, [CALENDAR_SCOPE]);
  if (info.getAuthorizationStatus() !== app.AuthorizationStatus.REQUIRED) return null;
  return info.getAuthorizationUrl() ?? "";
}

/** Ends the execution with Google's prompt for the calendar scope (menu executions only). */
export function requireCalendarConsent(): void {
  const app = ScriptApp as unknown as {
    AuthMode: { FULL: unknown };
    requireScopes(mode: unknown, scopes: string[]): void;
  };
  app.requireScopes(app.AuthMode.FULL, [CALENDAR_SCOPE]);
}
