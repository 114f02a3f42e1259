/**
 * Places the shapes read by grammar.ts on the calendar: gives each unit its span, chooses the year of a
 * unit written without one, and joins the two ends of a range. This is where the year conventions live
 * (DESIGN.md §4): forward inference from the plan's start (preferring the occurrence mostly inside the
 * Période), a year written once serving both ends of a range, and ranges without years that cross New Year.
 */

import { overlapDays, type Span, spanDays, yearOf } from "./dates";
import type { Point, SpanExpr, Unit } from "./grammar";
import type { Precision } from "./types";
import { precisionOf, spanOf, weekdayOf, writtenYear } from "./unit-span";

export interface Resolved {
  start: string;
  end: string;
  precision: Precision;
  approximate: boolean;
}

/**
 * Why a span could not be placed: a day that does not exist, a range that ends before it starts, nothing
 * to infer a year from, a shape that is not a span; a weekday that is not the date's (`clash`: the day it
 * names); a quarter without a year whose calendar and plan readings differ (`quarter`: its number).
 */
export type ResolveError =
  | "invalid"
  | "reversed"
  | "noref"
  | "shape"
  | { clash: string }
  | { quarter: number };

/**
 * Where a unit written without a year is looked for: occurrences ending on or after `from`, preferably
 * one mostly inside `within` (the plan's Période, whose start is `from`). `within` is null when there is
 * no Période, or when the date is inferred from the reference (due-by forms). Null anchor: nothing to
 * infer from.
 */
export interface Anchor {
  from: string;
  within: Span | null;
}

const RANK: Precision[] = ["day", "week", "month", "season", "quarter", "half", "year", "period"];

export function coarser(a: Precision, b: Precision): Precision {
  return RANK.indexOf(a) >= RANK.indexOf(b) ? a : b;
}

export { precisionOf, spanOf };

export function hasYear(u: Unit): boolean {
  return writtenYear(u) !== undefined;
}

/** A resolved span, as opposed to an error. */
export function isResolved<T extends object>(r: T | ResolveError): r is T {
  return typeof r === "object" && !("clash" in r) && !("quarter" in r);
}

/**
 * Seasons are always approximate (people mean "around then"); so is `mi-<mois>` and anything whose year
 * was inferred rather than written.
 */
function approxOf(p: Point, inferred: boolean): boolean {
  const u = p.unit;
  return (
    p.approx ||
    inferred ||
    u.u === "season" ||
    u.u === "session" ||
    u.u === "rentree" ||
    (u.u === "year" && u.third !== undefined) ||
    (u.u === "month" && u.mod === "mi")
  );
}

/** At least half of the days of `sp` fall within `within`. */
function mostlyWithin(sp: Span, within: Span): boolean {
  return 2 * overlapDays(sp, within) >= spanDays(sp);
}

/**
 * THE YEAR RULE for anything written without a year (months, `début/mi/fin <mois>`, seasons, quarters,
 * halves, days, and yearless ranges placed as a whole): `place(y)` gives the candidate whose start lies
 * in year y, scanned from the anchor's year − 1 onward. Among the candidates that END on or after
 * `anchor.from` (the period start), take the first one of which at least HALF of its days fall within
 * the Période; if none does (a very short Période), the first that ends on or after the period start.
 * Without a Période (reference only, or a due-by form), simply the first that ends on or after the
 * reference.
 *
 * Plan 2025-09-01..2026-08-31: `Septembre` → Sept 2025, `Janvier` → Jan 2026 (same as "first ending on
 * or after the start" for whole months and a month-aligned Période), but `été` → summer 2026: summer
 * 2025 ends 2025-09-22, only 22 of its 94 days inside the plan. Plan 2026-03-01..2027-02-28: `hiver` →
 * 2026-12-21..2027-03-19 (the 2025–26 winter has only 19 of 89 days inside, this one 70), `janvier-juin`
 * → January–June 2026 (122 of 181 days inside). Période 2025-09-01..2025-09-30: `été` → summer 2025
 * (fallback: no summer has half its days in September).
 */
function inferYear<T extends Span>(place: (y: number) => T | null, anchor: Anchor): T | null {
  const ay = yearOf(anchor.from);
  let fallback: T | null = null;
  for (let y = ay - 1; y <= ay + 8; y++) {
    const c = place(y);
    if (c === null || c.end < anchor.from) continue;
    if (anchor.within === null) return c;
    if (mostlyWithin(c, anchor.within)) return c;
    if (fallback === null) fallback = c;
  }
  return fallback;
}

/** A unit without a year, placed by the year rule (see inferYear). */
function inferForward(u: Unit, anchor: Anchor, ys: number): { span: Span; y: number } | null {
  const r = inferYear((y) => {
    const sp = spanOf(u, y, ys);
    return sp === null ? null : { start: sp.start, end: sp.end, y };
  }, anchor);
  return r === null ? null : { span: { start: r.start, end: r.end }, y: r.y };
}

function resolveOne(u: Unit, anchor: Anchor | null, ys: number): { span: Span; y: number } | ResolveError {
  if (u.u === "bareday") return "shape";
  const y = writtenYear(u);
  if (y !== undefined) {
    const sp = spanOf(u, y, ys);
    return sp === null ? "invalid" : { span: sp, y };
  }
  if (anchor === null) return "noref";
  const whole = baseOf(u);
  if (whole === u) return inferForward(u, anchor, ys) ?? "invalid";
  // a part of a yearless unit is taken in the year its whole is placed in: it narrows it, never moves it
  const placed = inferForward(whole, anchor, ys);
  if (placed === null) return "invalid";
  const sp = spanOf(u, placed.y, ys);
  return sp === null ? "invalid" : { span: sp, y: placed.y };
}

/**
 * What a narrower unit is part of: the month of `fin juin`, `première semaine d'août`, `2e quinzaine de
 * mai`, `le premier lundi d'octobre`; the season of `début du printemps`. The unit itself otherwise.
 */
function baseOf(u: Unit): Unit {
  switch (u.u) {
    case "month":
      return u.mod ? { u: "month", m: u.m } : u;
    case "week":
    case "fortnight":
    case "nthday":
      return { u: "month", m: u.m };
    case "season":
      return u.third ? { u: "season", s: u.s } : u;
    default:
      return u;
  }
}

/** The first occurrence of u (yearless) that starts on or after `after.start`: the end of a range. */
function endAfter(u: Unit, after: Span, ys: number): Span | null {
  const y1 = yearOf(after.start);
  for (let y = y1 - 1; y <= y1 + 8; y++) {
    const sp = spanOf(u, y, ys);
    if (sp !== null && sp.start >= after.start) return sp;
  }
  return null;
}

/**
 * Convention (for a range without any year: `février-mars`, `début mai à fin juin`, `mi-novembre - T1`,
 * `hiver-printemps`): the range is placed AS A WHOLE, like a single unit, by the year rule (inferYear) —
 * the whole range from its start to its end is the candidate. Each candidate puts the start in a year
 * and the end at its first occurrence starting on or after the start, so a range across New Year
 * (`novembre-février`) ends in the year after its start. Période 2026-03-01..2027-02-28: `février-mars`
 * is February–March 2026 (31 of its 59 days inside), `novembre-février` November 2026–February 2027 (the
 * 2025–26 one ends before the period), `décembre-mars` December 2026–March 2027 (the 2025–26 one has
 * only 31 of 121 days inside). Période 2025-09-01..2026-08-31: `Printemps-été` is 2026-03-20..2026-09-22
 * (the 2025 one has 22 of 187 days inside).
 */
function placeWhole(u1: Unit, u2: Unit, anchor: Anchor, ys: number): { s1: Span; s2: Span } | null {
  const r = inferYear((y) => {
    const s1 = spanOf(u1, y, ys);
    if (s1 === null) return null;
    const s2 = endAfter(u2, s1, ys);
    return s2 === null ? null : { start: s1.start, end: s2.end, s1, s2 };
  }, anchor);
  return r === null ? null : { s1: r.s1, s2: r.s2 };
}

/**
 * Convention (the committee's year, DESIGN.md §4): a half written without a year is the plan's half
 * (`2e semestre` in a September plan is March–August, after the first), since a reader of the plan could
 * not take it otherwise. A quarter without a year when the committee year does not start in January has
 * two readings, the calendar's (`T3` = July–September) and the plan's (`T3` = March–May in a September
 * plan): no date, and a reason naming both (`quarter`).
 */
function asPlanUnit(u: Unit, ys: number): Unit | ResolveError {
  if (ys === 1 || hasYear(u)) return u;
  if (u.u === "half" && !u.plan) return { ...u, plan: true };
  if (u.u === "quarter" && !u.plan) return { quarter: u.q };
  return u;
}

/** A weekday written with a day (`mardi 13 mai`) that is not that day's: `clash`, the day it names. */
function weekdayClash(u: Unit, sp: Span): ResolveError | null {
  return u.u === "day" && u.wd !== undefined && weekdayOf(sp.start) !== u.wd ? { clash: sp.start } : null;
}

export function resolveSpan(e: SpanExpr, anchor: Anchor | null, ys: number): Resolved | ResolveError {
  const p1 = { ...e.p1 };
  const p2 = e.p2 === undefined ? undefined : { ...e.p2 };
  // a year written once serves both ends (`T1-T2 2024`): then neither end is the plan's
  const written = hasYear(p1.unit) || (p2 !== undefined && hasYear(p2.unit));
  for (const p of p2 && !written ? [p1, p2] : written ? [] : [p1]) {
    const u = asPlanUnit(p.unit, ys);
    if (!isResolved(u) || typeof u === "string") return u as ResolveError;
    p.unit = u;
  }
  const r = resolvePoints(p1, p2, anchor, ys);
  if (!isResolved(r) || typeof r === "string") return r;
  return (
    weekdayClash(p1.unit, { start: r.start, end: r.start }) ??
    weekdayClash(p2?.unit ?? p1.unit, { start: r.end, end: r.end }) ??
    r
  );
}

function resolvePoints(
  p1: Point,
  p2: Point | undefined,
  anchor: Anchor | null,
  ys: number,
): Resolved | ResolveError {
  if (p2 === undefined) {
    const r = resolveOne(p1.unit, anchor, ys);
    if (typeof r === "string" || !isResolved(r)) return r;
    return {
      start: r.span.start,
      end: r.span.end,
      precision: precisionOf(p1.unit),
      approximate: approxOf(p1, !hasYear(p1.unit)),
    };
  }
  let u1 = p1.unit;
  const u2 = p2.unit;
  let s1: Span;
  let s2: Span;
  let inferred = false;
  if (u1.u === "bareday") {
    // `du 3 au 7 mai 2021`, `3-7 mai`: the lone day borrows the month and year of the other end
    if (u2.u !== "day") return "shape";
    const r2 = resolveOne(u2, anchor, ys);
    if (typeof r2 === "string" || !isResolved(r2)) return r2;
    inferred = !hasYear(u2);
    u1 = { u: "day", d: u1.d, m: u2.m, y: r2.y };
    const sp1 = spanOf(u1, r2.y, ys);
    if (sp1 === null) return "invalid";
    s1 = sp1;
    s2 = r2.span;
  } else if (!hasYear(u1) && hasYear(u2)) {
    // Convention: a year written once applies to both ends (`janvier à mars 2021`); the start takes the
    // latest year that keeps it before the end (`novembre à février 2021` starts in November 2020).
    const r2 = resolveOne(u2, anchor, ys);
    if (typeof r2 === "string" || !isResolved(r2)) return r2;
    s2 = r2.span;
    const y2 = yearOf(s2.start);
    let found: Span | null = null;
    for (let y = y2 + 1; y >= y2 - 1 && found === null; y--) {
      const sp = spanOf(u1, y, ys);
      if (sp !== null && sp.start <= s2.start) found = sp;
    }
    if (found === null) return "invalid";
    s1 = found;
  } else if (hasYear(u1)) {
    // Start written with its year; an end without a year is its first occurrence that starts on or
    // after the start (`mai 2020 à février` ends in February 2021).
    const r1 = resolveOne(u1, anchor, ys);
    if (typeof r1 === "string" || !isResolved(r1)) return r1;
    s1 = r1.span;
    if (hasYear(u2)) {
      const r2 = resolveOne(u2, anchor, ys);
      if (typeof r2 === "string" || !isResolved(r2)) return r2;
      s2 = r2.span;
    } else {
      const sp2 = endAfter(u2, s1, ys);
      if (sp2 === null) return "invalid";
      s2 = sp2;
    }
  } else {
    // Neither end has a year: the range is placed as a whole (see placeWhole).
    if (anchor === null) return "noref";
    const w = placeWhole(u1, u2, anchor, ys);
    if (w === null) return "invalid";
    s1 = w.s1;
    s2 = w.s2;
    inferred = true;
  }
  if (s1.start > s2.end || s1.start > s2.start) return "reversed";
  return {
    start: s1.start,
    end: s2.end,
    precision: coarser(precisionOf(u1), precisionOf(u2)),
    approximate: approxOf(p1, inferred) || approxOf(p2, inferred),
  };
}
