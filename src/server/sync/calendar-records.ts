/**
 * Where the plan's calendar is recorded (see core/sync/calendar-identity.ts for why three places): the
 * document's properties (`planDaction.calendar.<planId>`), developer metadata on the plan sheet
 * (`planDaction.calendar`, which travels with the sheet and survives cleared properties), and the
 * creator's user properties (`planDaction.createdCalendars`, every calendar this person created, per plan).
 * Each write is separate and a failure of one does not stop the others, so a calendar created just before
 * a failing save is found again by the next run. Also: the email of the person running (userinfo.email).
 */

import { messageOf } from "../../core/sync/calendar-errors";
import {
  type CalendarRecord,
  type RecordSources,
  readCreated,
  readRecord,
  recordValue,
  withCreated,
} from "../../core/sync/calendar-identity";
import { SHEET_RECORD_KEY, type SheetMetadata } from "../plan-marker";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export { SHEET_RECORD_KEY };
export const CREATED_KEY = "planDaction.createdCalendars";

export function documentRecordKey(planId: string): string {
  return `planDaction.calendar.${planId}`;
}

/**
 * The records of `planId` in spreadsheet `spreadsheetId` (records naming another spreadsheet are a copy's
 * memory of the original: left out); `documentProperties` is the map the state store already read,
 * `metadata` the plan sheet's metadata as planOf read it.
 */
export function readRecords(
  planId: string,
  metadata: SheetMetadata,
  documentProperties: Record<string, string>,
  stateCalendarId: string | null,
  spreadsheetId?: string,
): RecordSources {
  let sheetRecord: CalendarRecord | null = null;
  for (const entry of metadata.entries) {
    if (entry.key !== SHEET_RECORD_KEY) continue;
    sheetRecord = readRecord(entry.meta.getValue(), planId, spreadsheetId);
    if (sheetRecord) break;
  }
  const created = readCreated(PropertiesService.getUserProperties().getProperty(CREATED_KEY), spreadsheetId);
  return {
    document: readRecord(documentProperties[documentRecordKey(planId)], planId, spreadsheetId),
    sheet: sheetRecord,
    stateCalendarId,
    createdByMe: created[planId] ?? null,
  };
}

/** Writes the chosen records, each on its own; returns how many failed (logged). */
export function writeRecords(
  record: CalendarRecord,
  which: { document: boolean; sheet: boolean; mine: boolean },
  sheet: Sheet,
  metadata: SheetMetadata,
): number {
  let failed = 0;
  const tryWrite = (what: string, write: () => void) => {
    try {
      write();
    } catch (error) {
      failed++;
      console.error(`Calendar record (${what}) not saved: ${messageOf(error)}`);
    }
  };
  if (which.mine)
    tryWrite("user properties", () => {
      const properties = PropertiesService.getUserProperties();
      properties.setProperty(
        CREATED_KEY,
        withCreated(
          properties.getProperty(CREATED_KEY),
          record.planId,
          record.calendarId,
          record.spreadsheetId,
        ),
      );
    });
  if (which.sheet)
    tryWrite("sheet metadata", () => {
      const value = recordValue(record);
      const existing = metadata.entries.filter((entry) => entry.key === SHEET_RECORD_KEY).map((e) => e.meta);
      if (existing.length) {
        existing[0].setValue(value);
        for (const extra of existing.slice(1)) extra.remove();
      } else sheet.addDeveloperMetadata(SHEET_RECORD_KEY, value);
    });
  if (which.document)
    tryWrite("document properties", () =>
      PropertiesService.getDocumentProperties().setProperty(
        documentRecordKey(record.planId),
        recordValue(record),
      ),
    );
  return failed;
}

/**
 * The email of the person running, "" when Google does not give it (userinfo.email declined). For an
 * add-on the effective user is the person using it (apps-script/reference/base/session).
 */
export function currentEmail(): string {
  try {
    return Session.getEffectiveUser().getEmail() || "";
  } catch (_error) {
    return "";
  }
}
