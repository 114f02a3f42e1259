/**
 * The plan's progress figures for the sidebar, from the plan model alone: counts by status with the
 * derived En retard and Bientôt, the done ratio overall and per objective, the overdue actions and those
 * due in the next 30 days, and the load of each responsible person. Pure: `today` is an ISO day in the
 * spreadsheet's time zone, given by the caller.
 *
 * Conventions: only rows with an action (Moyens) count; Terminé counts as done (1); Annulé rows are left out of ratios and loads; any other row
 * counts for its Avancement % when filled (clamped to 0..1), else 0. A row is overdue when its Échéance
 * is before today and it is neither Terminé nor Annulé; due soon when due today or within 14 days.
 */
import type { ActionRefWire, PersonLoadWire, PlanSummaryWire, ProgressWire } from "../../shared/summary-wire";
import { DUE_SOON_DAYS } from "../colours/palette";
import { daysBetween } from "../dates";
import { nameKey, splitNames } from "../plan/names";
import type { PlanRow, PlanTable } from "../plan/plan-model";
import { isClosed } from "../plan/status-text";

/** "À venir": open actions due within this many days. */
export const UPCOMING_DAYS = 30;

function doneShare(row: PlanRow): number {
  if (row.status === "termine") return 1;
  if (row.avancement === null) return 0;
  return Math.min(1, Math.max(0, row.avancement));
}

function progress(rows: PlanRow[]): ProgressWire {
  const counted = rows.filter((row) => row.status !== "annule");
  const done = counted.reduce((sum, row) => sum + doneShare(row), 0);
  return { done, counted: counted.length, ratio: counted.length === 0 ? null : done / counted.length };
}

function actionRef(row: PlanRow, today: string): ActionRefWire {
  const echeance = row.echeance as string;
  return {
    row: row.row,
    action: row.moyens,
    objectif: row.objectif,
    echeance,
    responsables: splitNames(row.responsables),
    status: row.status ?? null,
    statutText: row.statutText,
    daysFromToday: daysBetween(today, echeance),
  };
}

const byDueThenRow = (a: ActionRefWire, b: ActionRefWire) =>
  a.echeance < b.echeance ? -1 : a.echeance > b.echeance ? 1 : a.row - b.row;

/**
 * Summarises `plan` as of `today` (ISO day). `lang` is accepted for callers that render labels; the
 * figures themselves carry status keys, not words.
 */
export function summarizePlan(plan: PlanTable, today: string): PlanSummaryWire {
  // A row with no action (only an objective, a note or a date) is not an action: validation reports it,
  // the figures leave it out.
  const actions = plan.rows.filter((row) => row.moyens !== "");
  const counts = {
    aFaire: 0,
    enCours: 0,
    termine: 0,
    reporte: 0,
    annule: 0,
    autre: 0,
    enRetard: 0,
    bientot: 0,
    total: actions.length,
  };
  const overdue: ActionRefWire[] = [];
  const upcoming: ActionRefWire[] = [];
  const people = new Map<string, PersonLoadWire>();
  const objectives = new Map<string, PlanRow[]>();
  let unassignedOpen = 0;

  for (const row of actions) {
    if (row.status) counts[row.status]++;
    else counts.autre++;

    const days = row.echeance ? daysBetween(today, row.echeance) : null;
    const open = !isClosed(row.status);
    const late = open && days !== null && days < 0;
    if (late) {
      counts.enRetard++;
      overdue.push(actionRef(row, today));
    }
    if (open && days !== null && days >= 0 && days <= DUE_SOON_DAYS) counts.bientot++;
    if (open && days !== null && days >= 0 && days <= UPCOMING_DAYS) upcoming.push(actionRef(row, today));

    const list = objectives.get(row.objectif);
    if (list) list.push(row);
    else objectives.set(row.objectif, [row]);

    if (row.status === "annule") continue;
    const names = splitNames(row.responsables);
    if (open && names.length === 0) unassignedOpen++;
    const seen = new Set<string>();
    for (const name of names) {
      const key = nameKey(name);
      if (seen.has(key)) continue;
      seen.add(key);
      let load = people.get(key);
      if (!load) {
        load = { name, open: 0, overdue: 0, done: 0 };
        people.set(key, load);
      }
      if (row.status === "termine") load.done++;
      if (open) load.open++;
      if (late) load.overdue++;
    }
  }

  return {
    today,
    counts,
    overall: progress(actions),
    byObjective: [...objectives].map(([objectif, rows]) => ({
      objectif,
      actions: rows.length,
      ...progress(rows),
    })),
    overdue: overdue.sort(byDueThenRow),
    upcoming: upcoming.sort(byDueThenRow),
    people: [...people.values()].sort(
      (a, b) => b.overdue - a.overdue || b.open - a.open || a.name.localeCompare(b.name, "fr"),
    ),
    unassignedOpen,
  };
}
