/**
 * The days of each unit the grammar reads, in a given year: a day, a month (whole or its `début / mi /
 * fin`), a week or fortnight of a month, the n-th weekday of a month, the week of a day, a season or a
 * year (whole or a third), calendar and plan quarters and halves, committee years, the school year and
 * cégep sessions. Also each unit's precision. The year conventions that choose `y` live in resolve.ts;
 * the committee year's arithmetic in committee-year.ts.
 */

import { addMonths, DEFAULT_YEAR_START, monthsSpan, schoolYearSpan, yearRangeSpan } from "./committee-year";
import {
  dayNumber,
  daysInMonth,
  halfSpan,
  iso,
  isValidDay,
  monthSpan,
  quarterSpan,
  type Span,
  seasonSpan,
  yearSpan,
} from "./dates";
import type { Third, Unit } from "./grammar";
import type { Precision } from "./types";

/** Day of the week of an ISO day, 0 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(day: string): number {
  return (((dayNumber(day) + 4) % 7) + 7) % 7;
}

/** The ISO day `k` days after `day`. */
export function shiftDay(day: string, k: number): string {
  let n = dayNumber(day) + k;
  // civil-from-days (the inverse of dayNumber)
  n += 719468;
  const era = Math.floor(n / 146097);
  const doe = n - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return iso(y, m, d);
}

/** The first, middle or last third of a span, by days (a season), its days shared as evenly as possible. */
function thirdOf(sp: Span, third: Third): Span {
  const n = dayNumber(sp.end) - dayNumber(sp.start) + 1;
  const from = Math.floor(((third - 1) * n) / 3);
  const to = Math.floor((third * n) / 3) - 1;
  return { start: shiftDay(sp.start, from), end: shiftDay(sp.start, to) };
}

/** The n-th (1–5, or -1 = last) weekday `wd` of a month; null when the month has no fifth one. */
function nthWeekday(y: number, m: number, n: number, wd: number): Span | null {
  const dim = daysInMonth(y, m);
  let d: number;
  if (n === -1) {
    const lastWd = weekdayOf(iso(y, m, dim));
    d = dim - ((lastWd - wd + 7) % 7);
  } else {
    const firstWd = weekdayOf(iso(y, m, 1));
    d = 1 + ((wd - firstWd + 7) % 7) + 7 * (n - 1);
  }
  return d >= 1 && d <= dim ? monthSpan(y, m, d, d) : null;
}

/**
 * The span of a unit in year y, with the committee year starting in month `yearStart`. For a winter, y is
 * the year it ends in; for a plan quarter or half, the year its committee year starts in. `début <mois>` =
 * days 1–10, `mi-<mois>` = days 11–20, `fin <mois>` = the 21st to the month's end; the n-th week = days
 * 7n−6 … 7n (the last week: the last seven days); a fortnight = 1–15 or 16–end; a year's thirds are
 * January–April, May–August, September–December; a season's, its days in three. Null when the day does
 * not exist.
 */
export function spanOf(u: Unit, y: number, yearStart: number = DEFAULT_YEAR_START): Span | null {
  switch (u.u) {
    case "day":
      return isValidDay(y, u.m, u.d) ? monthSpan(y, u.m, u.d, u.d) : null;
    case "month":
      if (!isValidDay(y, u.m, 1)) return null;
      if (u.mod === "debut") return monthSpan(y, u.m, 1, 10);
      if (u.mod === "mi") return monthSpan(y, u.m, 11, 20);
      if (u.mod === "fin") return monthSpan(y, u.m, 21, daysInMonth(y, u.m));
      return monthSpan(y, u.m);
    case "week": {
      if (!isValidDay(y, u.m, 1)) return null;
      const dim = daysInMonth(y, u.m);
      if (u.n === -1) return monthSpan(y, u.m, dim - 6, dim);
      const from = 7 * u.n - 6;
      return from <= dim ? monthSpan(y, u.m, from, Math.min(7 * u.n, dim)) : null;
    }
    case "fortnight":
      if (!isValidDay(y, u.m, 1)) return null;
      return u.n === 1 ? monthSpan(y, u.m, 1, 15) : monthSpan(y, u.m, 16, daysInMonth(y, u.m));
    case "nthday":
      return isValidDay(y, u.m, 1) ? nthWeekday(y, u.m, u.n, u.wd) : null;
    case "weekof": {
      if (!isValidDay(y, u.m, u.d)) return null;
      const day = iso(y, u.m, u.d);
      const monday = shiftDay(day, -((weekdayOf(day) + 6) % 7));
      return { start: monday, end: shiftDay(monday, 6) };
    }
    case "season": {
      if (y <= 1000) return null;
      const sp = seasonSpan(u.s, y);
      return u.third ? thirdOf(sp, u.third) : sp;
    }
    case "quarter":
      if (u.plan) {
        const [qy, qm] = addMonths(y, yearStart, 3 * (u.q - 1));
        return monthsSpan(qy, qm, 3);
      }
      return quarterSpan(u.q, y);
    case "half":
      if (u.plan) {
        const [hy, hm] = addMonths(y, yearStart, 6 * (u.h - 1));
        return monthsSpan(hy, hm, 6);
      }
      return halfSpan(u.h, y);
    case "year":
      return u.third ? monthsSpan(u.y, 4 * u.third - 3, 4) : yearSpan(u.y);
    case "years":
      return u.school ? schoolYearSpan(u.y1, u.y2) : yearRangeSpan(u.y1, u.y2, yearStart);
    case "session":
      if (u.s === "automne") return { start: iso(y, 8, 21), end: iso(y, 12, 31) };
      if (u.s === "hiver") return { start: iso(y, 1, 1), end: iso(y, 5, 31) };
      return { start: iso(y, 6, 1), end: iso(y, 8, 20) };
    case "rentree":
      return { start: iso(y, 8, 21), end: iso(y, 9, 30) };
    default:
      return null;
  }
}

export function precisionOf(u: Unit): Precision {
  switch (u.u) {
    case "day":
    case "bareday":
    case "nthday":
      return "day";
    case "week":
    case "fortnight":
    case "weekof":
      return "week";
    case "month":
      return u.mod ? "week" : "month";
    case "rentree":
      return "month";
    case "season":
      return u.third ? "month" : "season";
    case "session":
      return "season";
    case "quarter":
      return "quarter";
    case "half":
      return "half";
    case "year":
      return u.third ? "season" : "year";
    default:
      return "year";
  }
}

/** The year a unit was written with, if any (a range of years counts as written). */
export function writtenYear(u: Unit): number | undefined {
  if (u.u === "bareday") return undefined;
  if (u.u === "years") return u.y1;
  return u.y;
}
