/**
 * The chronologie's time axis: one column per month of the plan's Période, or one per week (Monday to
 * Sunday) when the Période is shorter than three months, where months would give one or two columns.
 * Each column is a span of days, first and last included, as ISO days; the first column starts on the
 * first day of the month (or the Monday of the week) the Période starts in, the last one holds its end.
 */
import { addDays } from "../dates";

export type TimeScale = "month" | "week";

export interface TimeColumn {
  /** First and last day of the column, ISO. */
  start: string;
  end: string;
}

export interface TimeAxis {
  scale: TimeScale;
  columns: TimeColumn[];
}

/** More columns than this make a sheet no one reads (and a printed page no one can): 10 years of months. */
export const MAX_TIME_COLUMNS = 120;

function parts(day: string): [number, number, number] {
  const [y, m, d] = day.split("-").map(Number);
  return [y, m, d];
}

function iso(y: number, m: number, d: number): string {
  return new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
}

/** The first day of the month `months` after `day`'s month. */
function monthStart(day: string, months = 0): string {
  const [y, m] = parts(day);
  return iso(y, m + months, 1);
}

/** The Monday of `day`'s week. */
function weekStart(day: string): string {
  const [y, m, d] = parts(day);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

/** True when `end` falls before the day three months after `start` (1 Sept. → 30 Nov. is under three). */
export function underThreeMonths(start: string, end: string): boolean {
  const [y, m, d] = parts(start);
  return end < iso(y, m + 3, d);
}

/** The columns from `start` to `end` (ISO days, start ≤ end), at most MAX_TIME_COLUMNS. */
export function timeAxis(start: string, end: string): TimeAxis {
  const columns: TimeColumn[] = [];
  if (underThreeMonths(start, end)) {
    for (
      let first = weekStart(start);
      first <= end && columns.length < MAX_TIME_COLUMNS;
      first = addDays(first, 7)
    )
      columns.push({ start: first, end: addDays(first, 6) });
    return { scale: "week", columns };
  }
  for (
    let first = monthStart(start);
    first <= end && columns.length < MAX_TIME_COLUMNS;
    first = monthStart(first, 1)
  )
    columns.push({ start: first, end: addDays(monthStart(first, 1), -1) });
  return { scale: "month", columns };
}
