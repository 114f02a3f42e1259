/**
 * The record of the reader rules the add-on added to a calendar, so that it only ever removes its own:
 * one document property per calendar id, a JSON list of lower-case addresses. Document properties are the
 * same for every member of the spreadsheet, so the record follows the plan whoever opens it. A damaged
 * value reads as an empty record: the add-on then removes nothing (it forgets, it never guesses).
 */
const PREFIX = "planDaction.share.";

export function loadRecord(calendarId: string): string[] {
  const raw = PropertiesService.getDocumentProperties().getProperty(PREFIX + calendarId);
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === "string") : [];
  } catch (_error) {
    return [];
  }
}

export function saveRecord(calendarId: string, emails: readonly string[]): void {
  const properties = PropertiesService.getDocumentProperties();
  if (emails.length === 0) properties.deleteProperty(PREFIX + calendarId);
  else properties.setProperty(PREFIX + calendarId, JSON.stringify(emails));
}
