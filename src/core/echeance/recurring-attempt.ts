/**
 * Recurrences that name no days (`2 fois par année`, `chaque mois dès septembre`, `monthly from March
 * 2024`, `juin 2 fois par année`): their frequency, and their first occurrence when a date is written next
 * to them. Recurrences that name their days (`tous les jeudis`) are read by recurrence-rule.ts.
 */

import { type Attempt, type Ctx, errorResult, isSpan, type SpanRead, spanAttempt, textOf } from "./context";
import type { Cursor } from "./grammar";
import { parseRecurrence, type RecurrenceExpr } from "./grammar-recurrence";
import type { Resolved } from "./resolve";
import type { ParsedEcheance } from "./types";

/**
 * Recurrence representation. Every recurrence is a (frequency, interval) pair a calendar can repeat, plus
 * `timesPerYear` when that count is a whole number. `N fois par année` becomes "every 12/N months" when N
 * divides 12 (twice a year = monthly, interval 6, timesPerYear 2; once a year = yearly, interval 1), "every
 * 52/N weeks" when N divides 52, and otherwise yearly/interval 1 with timesPerYear N (the calendar layer
 * decides how to spread them; we do not invent months). `N fois par mois`: 1 → monthly, 2 → every 2
 * weeks, 4 → weekly, other N → weekly with timesPerYear 12·N. `trimestriel` = monthly/3, `semestriel` =
 * monthly/6.
 */
function recurrenceShape(e: RecurrenceExpr): Omit<Extract<ParsedEcheance, { kind: "recurring" }>, "matched"> {
  const tpy = (n: number): { timesPerYear?: number } =>
    Number.isInteger(n) && n >= 1 ? { timesPerYear: n } : {};
  if (e.count !== undefined) {
    const n = e.count;
    switch (e.unit) {
      case "year":
        if (n === 1) return { kind: "recurring", frequency: "yearly", interval: 1, timesPerYear: 1 };
        if (12 % n === 0)
          return { kind: "recurring", frequency: "monthly", interval: 12 / n, timesPerYear: n };
        if (52 % n === 0)
          return { kind: "recurring", frequency: "weekly", interval: 52 / n, timesPerYear: n };
        return { kind: "recurring", frequency: "yearly", interval: 1, timesPerYear: n };
      case "month":
        if (n === 1) return { kind: "recurring", frequency: "monthly", interval: 1, timesPerYear: 12 };
        if (n === 2) return { kind: "recurring", frequency: "weekly", interval: 2, timesPerYear: 26 };
        if (n === 4) return { kind: "recurring", frequency: "weekly", interval: 1, timesPerYear: 52 };
        return { kind: "recurring", frequency: "weekly", interval: 1, timesPerYear: 12 * n };
      case "quarter":
        return { kind: "recurring", frequency: "monthly", interval: 3, timesPerYear: 4 * n };
      case "semester":
        return { kind: "recurring", frequency: "monthly", interval: 6, timesPerYear: 2 * n };
      case "week":
        if (n === 1) return { kind: "recurring", frequency: "weekly", interval: 1, timesPerYear: 52 };
        return { kind: "recurring", frequency: "daily", interval: 1, timesPerYear: 52 * n };
      default:
        return { kind: "recurring", frequency: "daily", interval: 1, timesPerYear: 365 * n };
    }
  }
  const k = e.every ?? 1;
  switch (e.unit) {
    case "year":
      return { kind: "recurring", frequency: "yearly", interval: k, ...tpy(1 / k) };
    case "month":
      return { kind: "recurring", frequency: "monthly", interval: k, ...tpy(12 / k) };
    case "quarter":
      return { kind: "recurring", frequency: "monthly", interval: 3 * k, ...tpy(4 / k) };
    case "semester":
      return { kind: "recurring", frequency: "monthly", interval: 6 * k, ...tpy(2 / k) };
    case "week":
      return { kind: "recurring", frequency: "weekly", interval: k, ...tpy(52 / k) };
    default:
      return { kind: "recurring", frequency: "daily", interval: k, ...tpy(365 / k) };
  }
}

const FIRST_STARTERS: string[][] = [
  ["a", "partir", "de"],
  ["a", "partir", "du"],
  ["a", "partir", "d"],
  ["starting", "in"],
  ["starting"],
  ["beginning", "in"],
  ["beginning"],
  ["commencant", "en"],
  ["commencant"],
  ["debutant", "en"],
  ["debutant"],
  ["des"],
  ["from"],
  ["en"],
  ["in"],
];
const MANDATE_TAILS: string[][] = [
  ["tout", "au", "long", "du", "mandat"],
  ["durant", "tout", "le", "mandat"],
  ["pendant", "tout", "le", "mandat"],
  ["durant", "le", "mandat"],
  ["pendant", "le", "mandat"],
  ["mandat", "complet"],
  ["throughout", "the", "mandate"],
  ["en", "continu"],
];

/**
 * Recurrences, optionally with a first occurrence written before or after them: `juin 2 fois par année`,
 * `chaque mois dès septembre`, `monthly from March 2024`. Convention (seed 002, `Responsable-juin 2 fois
 * par année`): a date next to a recurrence is its FIRST occurrence (`first`), not a deadline. A trailing
 * mandate phrase (`2 fois par année durant le mandat`) is accepted and adds nothing.
 */
export function recurringAttempt(c: Cursor, i: number, ctx: Ctx): Attempt {
  let first: SpanRead | null = null;
  let rec: RecurrenceExpr | null = null;
  const lead = spanAttempt(c, i, ctx);
  if (lead !== null) {
    let k = lead.next;
    if (c.isPunct(k, ",", "-", ":")) k++;
    rec = parseRecurrence(c, k);
    if (rec !== null) first = lead;
  }
  if (rec === null) rec = parseRecurrence(c, i);
  if (rec === null) return null;
  let next = rec.next;
  if (first === null) {
    let k = next;
    if (c.isPunct(k, ",", "(")) k++;
    const close = c.isPunct(k - 1, "(");
    const st = c.anySeq(k, FIRST_STARTERS);
    const tail = spanAttempt(c, st ?? k, ctx);
    if (tail !== null && (st !== null || close)) {
      first = tail;
      next = tail.next;
      if (close && c.isPunct(next, ")")) next++;
    }
  }
  const mt = c.anySeq(c.isPunct(next, ",", "(") ? next + 1 : next, MANDATE_TAILS);
  if (mt !== null) next = c.isPunct(mt, ")") ? mt + 1 : mt;
  if (first !== null && !isSpan(first.r))
    return { result: errorResult(first.r, textOf(c, i, next), ctx), next };
  const shape = recurrenceShape(rec);
  // more than once a day on average is not something a calendar of deadlines can hold: not understood
  if (shape.timesPerYear !== undefined && shape.timesPerYear > 366) return null;
  const result: ParsedEcheance = { ...shape, matched: "" };
  if (first !== null) {
    const f = first.r as Resolved;
    result.first = { start: f.start, end: f.end };
  }
  return { result, next };
}
