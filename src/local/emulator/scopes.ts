/**
 * Which OAuth scope an emulated call needs, so that a person who unticked it on the granular consent
 * screen sees the call fail. Documented: the scope each method lists under "Authorization" on its
 * reference page (developers.google.com/apps-script/reference/spreadsheet/…: spreadsheets.currentonly
 * for the active spreadsheet, script.container.ui for Ui; reference/base/session: getActiveUser and
 * getEffectiveUser need userinfo.email; workspace/calendar/api/v3/reference/acl/insert: calendar or
 * calendar.acls; events and calendars accept calendar.app.created, workspace/calendar/api/auth;
 * reference/mail/mail-app: sendEmail and getRemainingDailyQuota both need script.send_mail).
 * PropertiesService, LockService, Utilities, HtmlService, Logger and ScriptApp need no scope.
 *
 * A guess, flagged where it is used: the exact error Apps Script throws when code calls a method whose
 * scope the person declined (the built-in services' "You do not have permission to call …" wording, and
 * the Calendar API's 403 "Request had insufficient authentication scopes." for the advanced service).
 */

export const SCOPES = {
  currentOnly: "https://www.googleapis.com/auth/spreadsheets.currentonly",
  containerUi: "https://www.googleapis.com/auth/script.container.ui",
  calendarAppCreated: "https://www.googleapis.com/auth/calendar.app.created",
  userinfoEmail: "https://www.googleapis.com/auth/userinfo.email",
  calendarAcls: "https://www.googleapis.com/auth/calendar.acls",
  calendar: "https://www.googleapis.com/auth/calendar",
  sendMail: "https://www.googleapis.com/auth/script.send_mail",
} as const;

/** The scope a built-in service call needs (null: none). Calendar calls are checked by the Calendar service. */
export function builtInScopeOf(key: string): string | null {
  if (key.startsWith("SpreadsheetApp.Ui.") || key.startsWith("SpreadsheetApp.Menu."))
    return SCOPES.containerUi;
  if (key === "SpreadsheetApp.getUi") return SCOPES.containerUi;
  // Builders and flush touch no document.
  if (
    key.startsWith("SpreadsheetApp.ConditionalFormatRuleBuilder.") ||
    key.startsWith("SpreadsheetApp.DataValidationBuilder.") ||
    key === "SpreadsheetApp.newConditionalFormatRule" ||
    key === "SpreadsheetApp.newDataValidation" ||
    key === "SpreadsheetApp.flush"
  )
    return null;
  if (key.startsWith("SpreadsheetApp.")) return SCOPES.currentOnly;
  if (key.startsWith("MailApp.")) return SCOPES.sendMail;
  return null;
}

/** The Calendar API scopes that allow a call to `method` ("Acl.insert", "Events.list"…). */
export function calendarScopesOf(method: string): string[] {
  if (method.startsWith("Acl.")) return [SCOPES.calendarAcls, SCOPES.calendar];
  return [SCOPES.calendarAppCreated, SCOPES.calendar];
}
