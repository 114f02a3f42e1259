/**
 * The plan's calendar as sharing needs it: its id and its owner's e-mail, from the records the sync keeps
 * (src/server/sync/calendar-records.ts: document properties, the plan sheet's developer metadata, the sync
 * state, the creator's own memory), and its name. A record written before owners were recorded has no
 * e-mail: then the owner is the one the owner's own ACL listing showed (remembered here in the document's
 * properties, since only the owner can list it), so a member who cannot reach the calendar is told whom
 * to ask.
 */
import { chooseRecord } from "../../core/sync/calendar-identity";
import { copyCalendarName } from "../../core/sync/copy-identity";
import { calendarName } from "../../core/sync/sync-report";
import { planOf, readSheetMetadata } from "../plan-marker";
import type { LoadedPlan } from "../plan-sheet";
import { readRecords } from "../sync/calendar-records";
import { loadState } from "../sync/state-store";

export interface PlanCalendar {
  id: string;
  name: string;
  ownerEmail: string | null;
}

const OWNER_PREFIX = "planDaction.share.owner.";

export function planCalendar(loaded: LoadedPlan): PlanCalendar | null {
  const metadata = readSheetMetadata(loaded.sheet);
  const spreadsheetId = loaded.spreadsheet.getId();
  const { planId, origin } = planOf(loaded.sheet, metadata, spreadsheetId);
  const { state, properties } = loadState(planId);
  const record = chooseRecord(
    planId,
    readRecords(planId, metadata, properties, state?.calendarId ?? null, spreadsheetId),
  );
  if (!record) return null;
  const owner = record.owner || properties[OWNER_PREFIX + record.calendarId] || "";
  const base = calendarName(loaded.plan.header.comite, state?.lang ?? loaded.lang);
  return {
    id: record.calendarId,
    name: origin?.calendarId
      ? copyCalendarName(base, origin, {
          workbook: loaded.spreadsheet.getName(),
          sheet: loaded.sheet.getName(),
        })
      : base,
    ownerEmail: owner ? owner.toLowerCase() : null,
  };
}

/** Remembers who owns the calendar, as its ACL listing showed it (for records without an owner). */
export function rememberOwner(calendar: PlanCalendar, ownerEmail: string): void {
  if (!ownerEmail || calendar.ownerEmail === ownerEmail) return;
  PropertiesService.getDocumentProperties().setProperty(OWNER_PREFIX + calendar.id, ownerEmail);
}
