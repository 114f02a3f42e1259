/**
 * Calendar arithmetic for the échéancier parser, on plain integers and ISO strings (no Date, no Intl,
 * so it behaves identically in Apps Script, Node and the browser): validity of a day, month lengths,
 * and the spans of the calendar units committees write — months, Québec astronomical seasons,
 * calendar quarters and halves, years.
 */

export interface Span {
  start: string;
  end: string;
}

export function pad2(n: number): string {
  return n < 10 ? "0" + n : String(n);
}

export function iso(y: number, m: number, d: number): string {
  return String(y) + "-" + pad2(m) + "-" + pad2(d);
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeap(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) &&
    y >= 1000 &&
    y <= 9999 &&
    m >= 1 &&
    m <= 12 &&
    Number.isInteger(d) &&
    d >= 1 &&
    d <= daysInMonth(y, m)
  );
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a strict ISO `YYYY-MM-DD` that names a real day; null otherwise. */
export function parseIso(s: unknown): { y: number; m: number; d: number } | null {
  if (typeof s !== "string") return null;
  const r = ISO_RE.exec(s);
  if (!r) return null;
  const y = +r[1];
  const m = +r[2];
  const d = +r[3];
  return isValidDay(y, m, d) ? { y, m, d } : null;
}

export function previousDay(s: string): string {
  const p = parseIso(s)!;
  if (p.d > 1) return iso(p.y, p.m, p.d - 1);
  if (p.m > 1) return iso(p.y, p.m - 1, daysInMonth(p.y, p.m - 1));
  return iso(p.y - 1, 12, 31);
}

export function monthSpan(y: number, m: number, fromDay = 1, toDay = daysInMonth(y, m)): Span {
  return { start: iso(y, m, fromDay), end: iso(y, m, toDay) };
}

export type Season = "spring" | "summer" | "autumn" | "winter";

/**
 * Seasons as Québec usage dates them (astronomical, fixed days): printemps 20 mars–20 juin, été 21 juin–
 * 22 sept., automne 23 sept.–20 déc., hiver 21 déc.–19 mars. A winter is named by the year it ENDS in:
 * `hiver 2021` = 2020-12-21..2021-03-19.
 */
export function seasonSpan(s: Season, y: number): Span {
  switch (s) {
    case "spring":
      return { start: iso(y, 3, 20), end: iso(y, 6, 20) };
    case "summer":
      return { start: iso(y, 6, 21), end: iso(y, 9, 22) };
    case "autumn":
      return { start: iso(y, 9, 23), end: iso(y, 12, 20) };
    default:
      return { start: iso(y - 1, 12, 21), end: iso(y, 3, 19) };
  }
}

/** Calendar quarters: T1/Q1 = January–March … T4/Q4 = October–December. */
export function quarterSpan(q: number, y: number): Span {
  const m1 = 3 * q - 2;
  return { start: iso(y, m1, 1), end: iso(y, m1 + 2, daysInMonth(y, m1 + 2)) };
}

/** Calendar halves: premier semestre/H1 = January–June, deuxième semestre/H2 = July–December. */
export function halfSpan(h: number, y: number): Span {
  return h === 1 ? { start: iso(y, 1, 1), end: iso(y, 6, 30) } : { start: iso(y, 7, 1), end: iso(y, 12, 31) };
}

export function yearSpan(y: number): Span {
  return { start: iso(y, 1, 1), end: iso(y, 12, 31) };
}

export function yearOf(s: string): number {
  return +s.slice(0, 4);
}

/** Days since 1970-01-01 of an ISO day (proleptic Gregorian; negative before 1970). */
export function dayNumber(s: string): number {
  const p = parseIso(s)!;
  // days-from-civil: years counted from March so the leap day ends the year
  const y = p.m <= 2 ? p.y - 1 : p.y;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (p.m + (p.m > 2 ? -3 : 9)) + 2) / 5) + p.d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** How many days of `a` fall within `b` (both inclusive); 0 when they do not meet. */
export function overlapDays(a: Span, b: Span): number {
  const start = Math.max(dayNumber(a.start), dayNumber(b.start));
  const end = Math.min(dayNumber(a.end), dayNumber(b.end));
  return Math.max(0, end - start + 1);
}

/** The number of days of a span, both ends included. */
export function spanDays(a: Span): number {
  return dayNumber(a.end) - dayNumber(a.start) + 1;
}
