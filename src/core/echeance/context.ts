/**
 * What every reading of a cell shares (parse.ts and the phrase families it tries): the context once
 * normalised (the Période, the reference date, the committee year's first month, where a yearless unit is
 * looked for, the plausible years), the shape of an attempt, quoting the user's words, turning a span
 * that could not be placed into its reason, and reading a span at a token.
 */

import { yearStartMonth } from "./committee-year";
import { iso, parseIso, yearOf } from "./dates";
import { type Cursor, parseSpan } from "./grammar";
import { ambiguousQuarter, weekdayClash } from "./readings-reasons";
import { invalidDay, noReference, notUnderstood, reversedRange } from "./reasons";
import { type Anchor, type Resolved, type ResolveError, resolveSpan } from "./resolve";
import type { EcheanceContext, ParsedEcheance, Reason } from "./types";
import { weekdayOf } from "./unit-span";

export interface Ctx {
  period: { start: string; end: string } | null;
  reference: string | null;
  /**
   * where a unit without a year is looked for: from the period start, preferably mostly inside the
   * Période (resolve.ts, inferYear); else from the reference
   */
  anchor: Anchor | null;
  /** the committee year's first month (committee-year.ts): the Période's start month, else September */
  yearStart: number;
  /** plausibility window, inclusive */
  low: string;
  high: string;
}

/**
 * Convention: an invalid or reversed Période counts as missing; an invalid reference falls back to the
 * period start. Dates must fall within ±10 years of the period (of the reference when there is no
 * period): from 1 January of (start year − 10) to 31 December of (end year + 10).
 */
export function normalizeContext(context: EcheanceContext | undefined, window: boolean): Ctx {
  const c = context || ({} as EcheanceContext);
  let period: Ctx["period"] = null;
  if (c.period && parseIso(c.period.start) && parseIso(c.period.end) && c.period.start <= c.period.end) {
    period = { start: c.period.start, end: c.period.end };
  }
  const reference = parseIso(c.reference) ? c.reference : period ? period.start : null;
  const anchor: Anchor | null = period
    ? { from: period.start, within: period }
    : reference
      ? { from: reference, within: null }
      : null;
  const lowY = period ? yearOf(period.start) : reference ? yearOf(reference) : null;
  const highY = period ? yearOf(period.end) : reference ? yearOf(reference) : null;
  return {
    period,
    reference,
    anchor,
    yearStart: yearStartMonth(period),
    low: window && lowY !== null ? iso(lowY - 10, 1, 1) : "1000-01-01",
    high: window && highY !== null ? iso(highY + 10, 12, 31) : "9999-12-31",
  };
}

/** No date, and why; `ambiguous` when the reason names two readings (the import preview: « à préciser »). */
export function none(reason: Reason, ambiguous = false): ParsedEcheance {
  return ambiguous
    ? { kind: "none", reason, matched: "", ambiguous: true }
    : { kind: "none", reason, matched: "" };
}

export type Attempt = { result: ParsedEcheance; next: number } | null;

/** The user's words from token i to before token `next` (the cleaned text, see text.ts). */
export function textOf(c: Cursor, i: number, next: number): string {
  if (next <= i) return "";
  return c.text.slice(c.tk[i].s, c.tk[next - 1].e);
}

export function errorResult(e: ResolveError, text: string, ctx: Ctx): ParsedEcheance {
  if (typeof e === "object") {
    if ("clash" in e) return none(weekdayClash(text, e.clash, weekdayOf(e.clash)));
    return none(ambiguousQuarter(text, e.quarter, ctx.yearStart), true);
  }
  return none(errorReason(e, text));
}

function errorReason(e: ResolveError, text: string): Reason {
  if (e === "reversed") return reversedRange(text);
  if (e === "noref") return noReference(text);
  if (e === "invalid") return invalidDay(text);
  return notUnderstood(text);
}

export type SpanRead = { r: Resolved | ResolveError; next: number };

export function isSpan(r: Resolved | ResolveError): r is Resolved {
  return typeof r === "object" && "start" in r;
}

export function spanAttempt(
  c: Cursor,
  i: number,
  ctx: Ctx,
  anchor: Anchor | null = ctx.anchor,
): SpanRead | null {
  const e = parseSpan(c, i);
  if (e === null) return null;
  return { r: resolveSpan(e, anchor, ctx.yearStart), next: e.next };
}

export function dated(r: Resolved): ParsedEcheance {
  return {
    kind: "dated",
    start: r.start,
    end: r.end,
    precision: r.precision,
    approximate: r.approximate,
    matched: "",
  };
}
