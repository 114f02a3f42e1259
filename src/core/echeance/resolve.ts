/**
 * Places the shapes read by grammar.ts on the calendar: gives each unit its span, chooses the year of a
 * unit written without one, and joins the two ends of a range. This is where the year conventions live
 * (DESIGN.md §4): forward inference from the plan's start, a year written once serving both ends of a
 * range, and ranges without years that cross New Year.
 */

import {
  daysInMonth,
  halfSpan,
  isValidDay,
  monthSpan,
  quarterSpan,
  type Span,
  seasonSpan,
  yearOf,
  yearSpan,
} from "./dates";
import type { Point, SpanExpr, Unit } from "./grammar";
import type { Precision } from "./types";

export interface Resolved {
  start: string;
  end: string;
  precision: Precision;
  approximate: boolean;
}

export type ResolveError = "invalid" | "reversed" | "noref" | "shape";

const RANK: Precision[] = ["day", "week", "month", "season", "quarter", "half", "year", "period"];

export function coarser(a: Precision, b: Precision): Precision {
  return RANK.indexOf(a) >= RANK.indexOf(b) ? a : b;
}

export function hasYear(u: Unit): boolean {
  return u.u === "year" || (u.u !== "bareday" && u.y !== undefined);
}

/**
 * The span of a unit in year y (for a winter, y is the year it ends in). `début <mois>` = days 1–10,
 * `mi-<mois>` = days 11–20, `fin <mois>` = the 21st to the month's end. Null when the day does not exist.
 */
export function spanOf(u: Unit, y: number): Span | null {
  switch (u.u) {
    case "day":
      return isValidDay(y, u.m, u.d) ? monthSpan(y, u.m, u.d, u.d) : null;
    case "month":
      if (!isValidDay(y, u.m, 1)) return null;
      if (u.mod === "debut") return monthSpan(y, u.m, 1, 10);
      if (u.mod === "mi") return monthSpan(y, u.m, 11, 20);
      if (u.mod === "fin") return monthSpan(y, u.m, 21, daysInMonth(y, u.m));
      return monthSpan(y, u.m);
    case "season":
      return y > 1000 ? seasonSpan(u.s, y) : null;
    case "quarter":
      return quarterSpan(u.q, y);
    case "half":
      return halfSpan(u.h, y);
    case "year":
      return yearSpan(u.y);
    default:
      return null;
  }
}

export function precisionOf(u: Unit): Precision {
  switch (u.u) {
    case "day":
    case "bareday":
      return "day";
    case "month":
      return u.mod ? "week" : "month";
    case "season":
      return "season";
    case "quarter":
      return "quarter";
    case "half":
      return "half";
    default:
      return "year";
  }
}

/**
 * Seasons are always approximate (people mean "around then"); so is `mi-<mois>` and anything whose year
 * was inferred rather than written.
 */
function approxOf(p: Point, inferred: boolean): boolean {
  return p.approx || inferred || p.unit.u === "season" || (p.unit.u === "month" && p.unit.mod === "mi");
}

/**
 * Convention (forward inference): a unit without a year is its first occurrence that ENDS on or after
 * the anchor — the period start when the plan has a Période, else the reference date. A plan starting in
 * September therefore puts "Janvier" in the following year, and "Septembre" in the same year.
 */
function inferForward(u: Unit, anchor: string): { span: Span; y: number } | null {
  const ay = yearOf(anchor);
  for (let y = ay - 1; y <= ay + 8; y++) {
    const sp = spanOf(u, y);
    if (sp !== null && sp.end >= anchor) return { span: sp, y };
  }
  return null;
}

function resolveOne(u: Unit, anchor: string | null): { span: Span; y: number } | ResolveError {
  if (u.u === "bareday") return "shape";
  if (hasYear(u)) {
    const y = u.u === "year" ? u.y : (u as { y: number }).y;
    const sp = spanOf(u, y);
    return sp === null ? "invalid" : { span: sp, y };
  }
  if (anchor === null) return "noref";
  return inferForward(u, anchor) ?? "invalid";
}

/** The first occurrence of u (yearless) that starts on or after `after.start`: the end of a range. */
function endAfter(u: Unit, after: Span): Span | null {
  const y1 = yearOf(after.start);
  for (let y = y1 - 1; y <= y1 + 8; y++) {
    const sp = spanOf(u, y);
    if (sp !== null && sp.start >= after.start) return sp;
  }
  return null;
}

/**
 * Convention (forward inference, for a range without any year: `février-mars`, `début mai à fin juin`,
 * `mi-novembre - T1`, `hiver-printemps`): the range is placed AS A WHOLE, like a single unit — its first
 * placement that ENDS on or after the anchor. Each candidate puts the start in a year and the end at its
 * first occurrence starting on or after the start, so a range across New Year (`novembre-février`) ends
 * in the year after its start. With a period starting 2026-03-01, `février-mars` is February–March 2026
 * (it ends 2026-03-31), while `novembre-février` is November 2026–February 2027 (the 2025–26 one ends
 * 2026-02-28, before the period).
 */
function placeWhole(u1: Unit, u2: Unit, anchor: string): { s1: Span; s2: Span } | null {
  const ay = yearOf(anchor);
  for (let y = ay - 1; y <= ay + 8; y++) {
    const s1 = spanOf(u1, y);
    if (s1 === null) continue;
    const s2 = endAfter(u2, s1);
    if (s2 !== null && s2.end >= anchor) return { s1, s2 };
  }
  return null;
}

export function resolveSpan(e: SpanExpr, anchor: string | null): Resolved | ResolveError {
  const { p1, p2 } = e;
  if (p2 === undefined) {
    const r = resolveOne(p1.unit, anchor);
    if (typeof r === "string") return r;
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
    const r2 = resolveOne(u2, anchor);
    if (typeof r2 === "string") return r2;
    inferred = !hasYear(u2);
    u1 = { u: "day", d: u1.d, m: u2.m, y: r2.y };
    const sp1 = spanOf(u1, r2.y);
    if (sp1 === null) return "invalid";
    s1 = sp1;
    s2 = r2.span;
  } else if (!hasYear(u1) && hasYear(u2)) {
    // Convention: a year written once applies to both ends (`janvier à mars 2021`); the start takes the
    // latest year that keeps it before the end (`novembre à février 2021` starts in November 2020).
    const r2 = resolveOne(u2, anchor);
    if (typeof r2 === "string") return r2;
    s2 = r2.span;
    const y2 = yearOf(s2.start);
    let found: Span | null = null;
    for (let y = y2 + 1; y >= y2 - 1 && found === null; y--) {
      const sp = spanOf(u1, y);
      if (sp !== null && sp.start <= s2.start) found = sp;
    }
    if (found === null) return "invalid";
    s1 = found;
  } else if (hasYear(u1)) {
    // Start written with its year; an end without a year is its first occurrence that starts on or
    // after the start (`mai 2020 à février` ends in February 2021).
    const r1 = resolveOne(u1, anchor);
    if (typeof r1 === "string") return r1;
    s1 = r1.span;
    if (hasYear(u2)) {
      const r2 = resolveOne(u2, anchor);
      if (typeof r2 === "string") return r2;
      s2 = r2.span;
    } else {
      const sp2 = endAfter(u2, s1);
      if (sp2 === null) return "invalid";
      s2 = sp2;
    }
  } else {
    // Neither end has a year: the range is placed as a whole (see placeWhole).
    if (anchor === null) return "noref";
    const w = placeWhole(u1, u2, anchor);
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
