/**
 * The years of a Période, for a bilan of one year within a mandate of two or three: consecutive slices of
 * twelve months from the Période's start, the last one ending with the Période (a September–August
 * mandate of three years gives three September–August years). A Période of thirteen months or less is
 * one year. An action belongs to the year its Échéance falls in (its Début when it has no Échéance);
 * an undated action, or one dated outside the Période, belongs to no year, so a year's bilan never
 * counts it — the whole Période's bilan does, as the sidebar does.
 */
import { addDays } from "../dates";
import type { PlanRow, PlanTable } from "../plan/plan-model";

export interface PlanYear {
  /** 1 for the first year of the Période. */
  index: number;
  start: string;
  end: string;
}

/** Months a Période may run and still be one year (a plan written in December for the next year). */
const ONE_YEAR_MAX_MONTHS = 13;

function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split("-").map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(Math.min(d, lastDay)).padStart(2, "0")}`;
}

/** The years of the Période `start`..`end` (ISO days); one when it is short, none when it is missing. */
export function planYears(start: string | null, end: string | null): PlanYear[] {
  if (!start || !end || end < start) return [];
  if (addMonths(start, ONE_YEAR_MAX_MONTHS) > end) return [{ index: 1, start, end }];
  const years: PlanYear[] = [];
  for (let from = start, index = 1; from <= end; index++) {
    const next = addMonths(start, 12 * index);
    // A remainder of a month or less joins the last full year rather than making a year of its own.
    const last = addMonths(next, 1) > end ? end : addDays(next, -1);
    years.push({ index, start: from, end: last });
    from = addDays(last, 1);
  }
  return years;
}

/** The day an action is placed in a year by: its Échéance, else its Début. */
export function rowYearDay(row: PlanRow): string | null {
  return row.echeance ?? row.debut;
}

/** The plan restricted to the actions of `year` (every action when `year` is null). */
export function planForYear(plan: PlanTable, year: PlanYear | null): PlanTable {
  if (!year) return plan;
  const rows = plan.rows.filter((row) => {
    const day = rowYearDay(row);
    return day !== null && day >= year.start && day <= year.end;
  });
  return { ...plan, rows };
}
