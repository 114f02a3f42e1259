/**
 * The committee's year (DESIGN.md §4): most committees, school staff and college unions run September →
 * August, not January → December. Its first month is the month the plan's Période starts in; September
 * when there is no Période (the usual school and union year). This module turns that month into the spans
 * of what committees write about their own year: a range of years (`2025-2026`, `exercice 2025-2026`,
 * `mandat 2025-2027`), the school year (`année scolaire 2025-2026`), the plan's halves and quarters, and
 * the committee year that contains a day. Pure arithmetic on ISO strings, like dates.ts.
 */

import { daysInMonth, iso, parseIso, type Span } from "./dates";

/** Convention: the committee year starts in the Période's start month; September without a Période. */
export const DEFAULT_YEAR_START = 9;

export function yearStartMonth(period: Span | null): number {
  const p = period ? parseIso(period.start) : null;
  return p ? p.m : DEFAULT_YEAR_START;
}

/** The month `k` months after month m of year y (k may be negative), as [year, month]. */
export function addMonths(y: number, m: number, k: number): [number, number] {
  const idx = y * 12 + (m - 1) + k;
  return [Math.floor(idx / 12), (idx % 12) + 1];
}

/** The span from the first day of (y, m) to the last day of the month `months - 1` after it. */
export function monthsSpan(y: number, m: number, months: number): Span {
  const [y2, m2] = addMonths(y, m, months - 1);
  return { start: iso(y, m, 1), end: iso(y2, m2, daysInMonth(y2, m2)) };
}

/**
 * A range of years `y1-y2` written by a committee: the committee years from the one starting in y1 to the
 * one ending in y2 — `2025-2026` in a September plan is 1 September 2025 → 31 August 2026, `mandat
 * 2025-2027` is two such years. When the committee year is the calendar year (a Période starting in
 * January), it is y1 → y2 as whole calendar years.
 */
export function yearRangeSpan(y1: number, y2: number, startMonth: number): Span {
  if (startMonth === 1) return { start: iso(y1, 1, 1), end: iso(y2, 12, 31) };
  return monthsSpan(y1, startMonth, (y2 - y1) * 12);
}

/** Convention: `année scolaire 2025-2026` is 1 September 2025 → 30 June 2026, whatever the plan's year. */
export function schoolYearSpan(y1: number, y2: number): Span {
  return { start: iso(y1, 9, 1), end: iso(y2, 6, 30) };
}

/** The plan's half h (1 or 2) that starts in calendar year y: six months from the committee year's start. */
export function planHalfStarting(h: number, startMonth: number, y: number): Span {
  const [, m] = addMonths(2000, startMonth, 6 * (h - 1));
  return monthsSpan(y, m, 6);
}

/** The plan's quarter q (1–4) that starts in calendar year y: three months, counted from its start month. */
export function planQuarterStarting(q: number, startMonth: number, y: number): Span {
  const [, m] = addMonths(2000, startMonth, 3 * (q - 1));
  return monthsSpan(y, m, 3);
}

/** The months of the plan's quarter q as [first, last] month numbers (for a reason's wording). */
export function planQuarterMonths(q: number, startMonth: number): [number, number] {
  const [, m1] = addMonths(2000, startMonth, 3 * (q - 1));
  const [, m3] = addMonths(2000, startMonth, 3 * (q - 1) + 2);
  return [m1, m3];
}

/** Whether the plan's quarters are the calendar's (a committee year starting in January, April, July or October: the same months, though not always the same numbers). */
export function quartersAgree(q: number, startMonth: number): boolean {
  return planQuarterMonths(q, startMonth)[0] === 3 * q - 2;
}

/** The committee year that contains `day`. */
export function committeeYearOf(day: string, startMonth: number): Span {
  const p = parseIso(day)!;
  const y = p.m >= startMonth ? p.y : p.y - 1;
  return monthsSpan(y, startMonth, 12);
}
