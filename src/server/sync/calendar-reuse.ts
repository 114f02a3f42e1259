/**
 * Reinstalling after the plan sheet was deleted: the committee's calendar is still recorded in the
 * document's properties under the old plan's id. Installing the template offers to reuse it (Oui: the
 * new plan takes over the calendar, and its next sync removes the old plan's events before putting the
 * new ones in; Non: the old calendar is left alone and forgotten here, a new one comes with the first
 * sync). Nothing here calls Calendar: installing works without the calendar scope.
 */
import { type Lang, localize } from "../../core/i18n";
import { orphanRecords, readPreviousPlans, recordValue } from "../../core/sync/calendar-identity";
import { IDENTITY_MESSAGES } from "../../core/sync/identity-messages";
import type { ListedEvent } from "../../core/sync/plan-sync";
import { alertUser } from "../say";
import { type Deadline, listPlanEvents, removeEvent } from "./calendar-client";
import { documentRecordKey } from "./calendar-records";

const RECORD_PREFIX = "planDaction.calendar.";
const STATE_PREFIX = "planDaction.sync.";

export function previousPlansKey(planId: string): string {
  return `planDaction.reusedFrom.${planId}`;
}

/**
 * Called by the install, after the new plan sheet is made: offers an orphaned calendar of this workbook
 * (`spreadsheetId`) to `planId` — never a copied workbook's record of the original's calendar.
 */
export function offerCalendarReuse(planId: string, lang: Lang, spreadsheetId?: string): void {
  const properties = PropertiesService.getDocumentProperties();
  const all = properties.getProperties();
  const entries: Array<[string, string]> = Object.keys(all)
    .filter((key) => key.indexOf(RECORD_PREFIX) === 0)
    .map((key): [string, string] => [key.slice(RECORD_PREFIX.length), all[key]]);
  const [orphan] = orphanRecords(entries, [planId], spreadsheetId);
  if (!orphan) return;
  const ui = SpreadsheetApp.getUi();
  const owner = orphan.owner || localize(lang, IDENTITY_MESSAGES.ownerUnknown);
  const answer = alertUser(
    ui,
    lang,
    localize(lang, IDENTITY_MESSAGES.reuseTitle),
    localize(lang, IDENTITY_MESSAGES.reuseQuestion, { owner }),
    ui.ButtonSet.YES_NO,
  );
  if (answer === ui.Button.YES) {
    properties.setProperties({
      [documentRecordKey(planId)]: recordValue({ ...orphan, planId, spreadsheetId }),
      [previousPlansKey(planId)]: JSON.stringify([orphan.planId]),
    });
  }
  // Either way the old plan is settled: its record and state are not offered again.
  for (const key of Object.keys(all))
    if (key === documentRecordKey(orphan.planId) || key.indexOf(`${STATE_PREFIX}${orphan.planId}.`) === 0)
      properties.deleteProperty(key);
}

/**
 * Called by the sync (apply) on a reused calendar: removes the earlier plans' events, then forgets them.
 * Returns the removed events. Throws CalendarCallError like any Calendar call (the next run carries on).
 */
export function removePreviousPlansEvents(
  calendarId: string,
  planId: string,
  documentProperties: Record<string, string>,
  deadline: Deadline,
): ListedEvent[] {
  const previous = readPreviousPlans(documentProperties[previousPlansKey(planId)]);
  const removed: ListedEvent[] = [];
  for (const old of previous) {
    for (const event of listPlanEvents(calendarId, old, deadline)) {
      if (event.status === "cancelled" || !event.id) continue;
      removeEvent(calendarId, event.id, deadline);
      removed.push(event);
    }
  }
  if (previous.length) PropertiesService.getDocumentProperties().deleteProperty(previousPlansKey(planId));
  return removed;
}
