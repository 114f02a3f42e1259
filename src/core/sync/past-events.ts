/**
 * Old plans: an imported 2019–2022 plan would fill a new calendar with events in the past. The planner
 * counts them among its inserts (how many, how many still late — not Terminé —, how many Terminé), so
 * that the preview and the first sync's confirmation can say "41 événements dans le passé, dont 41 en
 * retard" and offer to leave the past Terminé actions out (the plan's skipPastDone setting).
 */
import type { Localized } from "../i18n";
import type { PlanRow } from "../plan/plan-model";
import type { EventBody } from "./event-body";

/** From this many past events on a first sync, the committee is asked before anything is written. */
export const PAST_EVENTS_MIN = 10;

export interface PastCounts {
  /** Events to create whose last day is before today. */
  count: number;
  /** Of those, the actions not Terminé (late). */
  late: number;
  /** Of those, the Terminé actions (what skipPastDone leaves out). */
  done: number;
}

export const PAST_DONE_REASON: Localized = {
  fr: "Terminée et passée : laissée hors de l'agenda (réglage du plan dans la barre latérale).",
  en: "Done and past: left out of the calendar (the plan's setting in the sidebar).",
};

/** A Terminé action whose Échéance is before `today`. */
export function isPastDone(row: PlanRow, today: string | undefined): boolean {
  return today !== undefined && row.status === "termine" && row.echeance !== null && row.echeance < today;
}

/** Counts the past events among `inserts` (a recurring event is never counted: it runs on). */
export function countPastInserts(
  inserts: Array<{ body: EventBody; status: PlanRow["status"] }>,
  today: string | undefined,
): PastCounts {
  const counts: PastCounts = { count: 0, late: 0, done: 0 };
  if (today === undefined) return counts;
  for (const { body, status } of inserts) {
    // The end date is exclusive: an event is past when it ends on or before today's start.
    if (body.recurrence || body.end.date > today) continue;
    counts.count++;
    if (status === "termine") counts.done++;
    else counts.late++;
  }
  return counts;
}
