/**
 * `parseEcheance`: reads one Échéancier cell (any value a sheet can hold) in the context of the plan's
 * Période and a reference date, and says what it means — a dated span, a recurrence, or "none" with a
 * reason (DESIGN.md §4: never invent a date). The cell must be read whole; the only extras tolerated are
 * wrapping parentheses, a leading `Responsable -` label left by a merged column, and a comment after a
 * comma, semicolon or parenthesis (`mai 2020-novembre 2021, en vue de …`).
 */

import { iso, parseIso, previousDay, yearOf } from "./dates";
import { Cursor, parseRecurrence, parseSpan, type RecurrenceExpr } from "./grammar";
import { has, MONTHS, SEASONS, UNDECIDED } from "./lexicon";
import {
  acceptsLabelAfter,
  durationReason,
  labelEnds,
  nextSpan,
  pastReference,
  readRelative,
  timeTail,
} from "./phrase-frame";
import {
  improbableYear,
  invalidDay,
  mandateOver,
  noReference,
  notABoolean,
  notUnderstood,
  placeExamples,
  REASON_EMPTY,
  REASON_NO_PERIOD,
  reversedRange,
  undecided,
} from "./reasons";
import { readRecurrenceRule } from "./recurrence-rule";
import { type Anchor, type Resolved, type ResolveError, resolveSpan } from "./resolve";
import { cleanText, type Token, tokenize } from "./text";
import type { EcheanceContext, ParsedEcheance, Reason } from "./types";

interface Ctx {
  period: { start: string; end: string } | null;
  reference: string | null;
  /**
   * where a unit without a year is looked for: from the period start, preferably mostly inside the
   * Période (resolve.ts, inferYear); else from the reference
   */
  anchor: Anchor | null;
  /** plausibility window, inclusive */
  low: string;
  high: string;
}

/**
 * Convention: an invalid or reversed Période counts as missing; an invalid reference falls back to the
 * period start. Dates must fall within ±10 years of the period (of the reference when there is no
 * period): from 1 January of (start year − 10) to 31 December of (end year + 10).
 */
function normalizeContext(context: EcheanceContext | undefined, window: boolean): Ctx {
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
    low: window && lowY !== null ? iso(lowY - 10, 1, 1) : "1000-01-01",
    high: window && highY !== null ? iso(highY + 10, 12, 31) : "9999-12-31",
  };
}

function none(reason: Reason): ParsedEcheance {
  return { kind: "none", reason, matched: "" };
}

type Attempt = { result: ParsedEcheance; next: number } | null;

const FULL_MANDATE: string[][] = [
  ["pendant", "toute", "la", "duree", "du", "mandat"],
  ["toute", "la", "duree", "du", "mandat"],
  ["la", "duree", "du", "mandat"],
  ["duree", "du", "mandat"],
  ["tout", "au", "long", "du", "mandat"],
  ["tout", "au", "long", "de", "l", "annee"],
  ["durant", "tout", "le", "mandat"],
  ["pendant", "tout", "le", "mandat"],
  ["sur", "tout", "le", "mandat"],
  ["durant", "le", "mandat"],
  ["pendant", "le", "mandat"],
  ["tout", "le", "mandat"],
  ["le", "mandat", "complet"],
  ["mandat", "complet"],
  ["en", "continu"],
  ["en", "continue"],
  ["en", "permanence"],
  ["continu"],
  ["continue"],
  ["throughout", "the", "mandate"],
  ["throughout", "the", "term"],
  ["throughout"],
  ["ongoing"],
  ["continuous"],
  ["continuously"],
  ["full", "mandate"],
  ["whole", "mandate"],
  ["entire", "mandate"],
  ["the", "whole", "mandate"],
];

const REST_OF_MANDATE: string[][] = [
  ["le", "reste", "du", "mandat"],
  ["reste", "du", "mandat"],
  ["rest", "of", "the", "mandate"],
  ["rest", "of", "mandate"],
  ["rest", "of", "the", "term"],
  ["remainder", "of", "the", "mandate"],
];
const BY_END_OF_MANDATE: string[][] = [
  ["d", "ici", "la", "fin", "du", "mandat"],
  ["jusqu", "a", "la", "fin", "du", "mandat"],
  ["avant", "la", "fin", "du", "mandat"],
  ["by", "the", "end", "of", "the", "mandate"],
  ["until", "the", "end", "of", "the", "mandate"],
  ["by", "the", "end", "of", "the", "term"],
];
const REST_OF_YEAR: string[][] = [
  ["le", "reste", "de", "l", "annee"],
  ["reste", "de", "l", "annee"],
  ["rest", "of", "the", "year"],
  ["remainder", "of", "the", "year"],
];
const BY_END_OF_YEAR: string[][] = [
  ["d", "ici", "la", "fin", "de", "l", "annee"],
  ["jusqu", "a", "la", "fin", "de", "l", "annee"],
  ["avant", "la", "fin", "de", "l", "annee"],
  ["by", "the", "end", "of", "the", "year"],
  ["until", "the", "end", "of", "the", "year"],
  ["by", "year", "end"],
  ["by", "end", "of", "year"],
];

/**
 * Mandate phrases. `mandat complet`, `en continu`, `ongoing`… → the whole Période (precision "period").
 * `reste du mandat` and `d'ici la fin du mandat` → from the reference date (not before the period start)
 * to the period end; none when the reference is already past the end. `reste de l'année` and `d'ici la
 * fin de l'année` → from the reference date to 31 December of the reference's year (precision "year").
 * The `d'ici …`/`by …` forms carry `dueBy: true`. Without a Période the mandate phrases give none.
 */
function mandatePhrase(c: Cursor, i: number, ctx: Ctx): Attempt {
  let next = c.anySeq(i, FULL_MANDATE);
  if (next !== null) {
    if (ctx.period === null) return { result: none(REASON_NO_PERIOD), next };
    const p = ctx.period;
    return {
      result: {
        kind: "dated",
        start: p.start,
        end: p.end,
        precision: "period",
        approximate: false,
        matched: "",
      },
      next,
    };
  }
  let dueBy = false;
  next = c.anySeq(i, REST_OF_MANDATE);
  if (next === null) {
    next = c.anySeq(i, BY_END_OF_MANDATE);
    dueBy = next !== null;
  }
  if (next !== null) {
    if (ctx.period === null) return { result: none(REASON_NO_PERIOD), next };
    const p = ctx.period;
    const ref = ctx.reference!;
    let start = p.start;
    if (ref > start) start = ref;
    if (start > p.end) return { result: none(mandateOver(textOf(c, i, next), p.end)), next };
    const r: ParsedEcheance = {
      kind: "dated",
      start,
      end: p.end,
      precision: "period",
      approximate: false,
      matched: "",
    };
    if (dueBy) r.dueBy = true;
    return { result: r, next };
  }
  next = c.anySeq(i, REST_OF_YEAR);
  if (next === null) {
    next = c.anySeq(i, BY_END_OF_YEAR);
    dueBy = next !== null;
  }
  if (next !== null) {
    if (ctx.reference === null) return { result: none(noReference(textOf(c, i, next))), next };
    const ref = ctx.reference;
    const r: ParsedEcheance = {
      kind: "dated",
      start: ref,
      end: iso(yearOf(ref), 12, 31),
      precision: "year",
      approximate: false,
      matched: "",
    };
    if (dueBy) r.dueBy = true;
    return { result: r, next };
  }
  return null;
}

// Set by parseText for the current call, so helpers can quote the user's words.
let currentText = "";

function textOf(c: Cursor, i: number, next: number): string {
  if (next <= i) return "";
  return currentText.slice(c.tk[i].s, c.tk[next - 1].e);
}

function errorReason(e: ResolveError, text: string): Reason {
  if (e === "reversed") return reversedRange(text);
  if (e === "noref") return noReference(text);
  if (e === "invalid") return invalidDay(text);
  return notUnderstood(text);
}

function spanAttempt(
  c: Cursor,
  i: number,
  ctx: Ctx,
  anchor: Anchor | null = ctx.anchor,
): { r: Resolved | ResolveError; next: number } | null {
  const e = parseSpan(c, i);
  if (e === null) return null;
  return { r: resolveSpan(e, anchor), next: e.next };
}

function dated(r: Resolved): ParsedEcheance {
  return {
    kind: "dated",
    start: r.start,
    end: r.end,
    precision: r.precision,
    approximate: r.approximate,
    matched: "",
  };
}

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
function recurringAttempt(c: Cursor, i: number, ctx: Ctx): Attempt {
  let first: { r: Resolved | ResolveError; next: number } | null = null;
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
  if (first !== null && typeof first.r === "string") {
    return { result: none(errorReason(first.r, textOf(c, i, next))), next };
  }
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

const BY_PREFIXES: string[][] = [
  ["au", "plus", "tard", "le"],
  ["au", "plus", "tard", "en"],
  ["au", "plus", "tard"],
  ["d", "ici", "le"],
  ["d", "ici", "la"],
  ["d", "ici"],
  ["jusqu", "au"],
  ["jusqu", "a"],
  ["jusqu"],
  ["pour", "le"],
  ["no", "later", "than"],
  ["due", "by"],
  ["by"],
  ["until"],
];
const BEFORE_PREFIXES: string[][] = [["avant", "le"], ["avant"], ["before"]];
const LATEST_SUFFIXES: string[][] = [
  ["au", "plus", "tard"],
  ["at", "the", "latest"],
];

/**
 * "Due by" forms: `d'ici (le)`, `au plus tard (le)`, `jusqu'au`, `pour le`, `by`, `avant (le)`, `before`,
 * and a trailing `au plus tard`. Convention: start = the reference date (from now until the deadline),
 * or the deadline itself when the reference is already past it; `dueBy: true`. The end is the end of the
 * named span (`d'ici mars 2024` → 31 March), except `avant`/`before` a span longer than a day, which ends
 * the day before it starts (`avant mai` → 30 April). `avant le 15 mai` ends on 15 May: committees mean
 * "by". A due-by date without a year lies ahead of the day it was written: its year is inferred from the
 * reference (`d'ici l'été` written in October means next summer), not from the period start.
 */
function dueByAttempt(c: Cursor, i: number, ctx: Ctx): Attempt {
  const anchor: Anchor | null = ctx.reference !== null ? { from: ctx.reference, within: null } : ctx.anchor;
  let before = false;
  let k = c.anySeq(i, BY_PREFIXES);
  if (k === null) {
    k = c.anySeq(i, BEFORE_PREFIXES);
    before = k !== null;
  }
  let sp: { r: Resolved | ResolveError; next: number } | null;
  let next: number;
  if (k !== null) {
    sp = spanAttempt(c, k, ctx, anchor);
    if (sp === null) return null;
    next = sp.next;
  } else {
    sp = spanAttempt(c, i, ctx, anchor);
    if (sp === null) return null;
    const suf = c.anySeq(sp.next, LATEST_SUFFIXES);
    if (suf === null) return null;
    next = suf;
  }
  if (typeof sp.r === "string") return { result: none(errorReason(sp.r, textOf(c, i, next))), next };
  const r = sp.r;
  const end = before && r.precision !== "day" ? previousDay(r.start) : r.end;
  const ref = ctx.reference;
  const start = ref !== null && ref <= end ? ref : end;
  return {
    result: {
      kind: "dated",
      start,
      end,
      precision: r.precision,
      approximate: r.approximate,
      matched: "",
      dueBy: true,
    },
    next,
  };
}

function plainAttempt(c: Cursor, i: number, ctx: Ctx): Attempt {
  const sp = spanAttempt(c, i, ctx);
  if (sp === null) return null;
  if (typeof sp.r === "string")
    return { result: none(errorReason(sp.r, textOf(c, i, sp.next))), next: sp.next };
  return { result: dated(sp.r), next: sp.next };
}

/**
 * What may follow the understood part: nothing, or ONE comment after `,` `;` `(` or `:` (`mai 2020-novembre
 * 2021, en vue de la tenue de l'événement`). The comment must not itself start with a date or a recurrence
 * (`janvier, février et mars` is several deadlines: none), nor look like a list of examples — another
 * comma or an `etc` (`1er mai, projets de loi, etc.` in seed 001 names events, it is not a deadline).
 */
function acceptsEnd(c: Cursor, next: number): boolean {
  const n = c.tk.length;
  if (next >= n) return true;
  if (!c.isPunct(next, ",", ";", "(", ":")) return false;
  if (next + 1 >= n) return true;
  for (let k = next + 1; k < n; k++) if (c.isPunct(k, ",", ";") || c.isWord(k, "etc")) return false;
  return parseSpan(c, next + 1) === null && parseRecurrence(c, next + 1) === null;
}

function inWindow(s: string, ctx: Ctx): boolean {
  return s >= ctx.low && s <= ctx.high;
}

const QUOTES = ["«", "»", '"', "“", "”", "'"];
const TRAILING = [".", ",", ";", ":", "!", "-"];

function parseText(raw: string, ctx: Ctx): ParsedEcheance {
  const text = cleanText(raw);
  currentText = text;
  let tk: Token[] = tokenize(text);
  // quotes around the cell, and end-of-sentence punctuation
  while (tk.length > 0 && tk[0].k === "punct" && QUOTES.indexOf(tk[0].t) >= 0) tk = tk.slice(1);
  while (
    tk.length > 0 &&
    tk[tk.length - 1].k === "punct" &&
    (QUOTES.indexOf(tk[tk.length - 1].t) >= 0 || TRAILING.indexOf(tk[tk.length - 1].t) >= 0)
  ) {
    tk = tk.slice(0, -1);
  }
  if (tk.length === 0) return none(REASON_EMPTY);
  // a cell that is exactly `(mars 2020)`, as copied from the end of an action
  if (tk[0].t === "(" && tk[tk.length - 1].t === ")") {
    let depth = 0;
    let closesAtEnd = true;
    for (let k = 0; k < tk.length; k++) {
      if (tk[k].t === "(") depth++;
      else if (tk[k].t === ")") depth--;
      if (depth === 0 && k < tk.length - 1) closesAtEnd = false;
    }
    if (closesAtEnd) tk = tk.slice(1, -1);
    if (tk.length === 0) return none(REASON_EMPTY);
  }
  const whole = text.slice(tk[0].s, tk[tk.length - 1].e);
  const phrase = tk.map((t) => t.t).join(" ");
  if (has(UNDECIDED, phrase)) return none(undecided(whole));

  const c = new Cursor(tk);
  let i = 0;
  // Convention (seed 002): a leading `Responsable -` / `Responsables :` is a label that bled in from the
  // neighbouring column; it is skipped when something follows it.
  if (c.isWord(0, "responsable", "responsables", "resp") && c.isPunct(1, "-", ":") && tk.length > 2) i = 2;

  const found = readAt(c, i, ctx);
  if (found !== null) return found;
  // Recurrences that name their days (`tous les jeudis`, `le 15 de chaque mois`): recurrence-rule.ts.
  const named = text.slice(tk[i].s, tk[tk.length - 1].e);
  const rule = readRecurrenceRule(named);
  if (rule)
    return {
      kind: "recurring",
      frequency: rule.freq === "WEEKLY" ? "weekly" : "monthly",
      interval: rule.interval,
      rule,
      matched: named,
    };
  // a label before the date (`MANDAT 2019-2022`, `AG du comité avril 2015`): the date after it
  const ends = hasDateToken(c, i) ? labelEnds(c, i) : [];
  for (const k of ends) {
    if (k >= tk.length) break;
    const labelled = readAt(c, k, ctx);
    // only a date: a label before a recurrence is how `sept fois par année` would become `par année`
    if (labelled !== null && labelled.kind === "dated") return labelled;
  }
  return none(notUnderstood(whole));
}

/** A number, a month or a season after i: without one, no label can be followed by a date. */
function hasDateToken(c: Cursor, i: number): boolean {
  for (let k = i; k < c.tk.length; k++) {
    const t = c.tk[k];
    if (t.k === "num" || (t.k === "word" && (has(MONTHS, t.t) || has(SEASONS, t.t)))) return true;
  }
  return false;
}

const ATTEMPTS = [relativeAttempt, mandatePhrase, recurringAttempt, dueByAttempt, plainAttempt];

/**
 * The cell read from token i: the first attempt whose reading ends the text, or is followed by a comment
 * (acceptsEnd), a time after a day, or a short label after a complete date. Null when none fits.
 */
function readAt(c: Cursor, i: number, ctx: Ctx): ParsedEcheance | null {
  for (const attempt of ATTEMPTS) {
    const a = attempt(c, i, ctx);
    if (a === null) continue;
    let next = a.next;
    const r = a.result;
    if (!acceptsEnd(c, next)) {
      const time = r.kind === "dated" && r.precision === "day" ? timeTail(c, next) : null;
      if (time !== null && acceptsEnd(c, time)) next = time;
      else if (acceptsLabelAfter(c, next, r)) next = c.tk.length;
      else continue;
    }
    if (r.kind === "none") return r;
    const matched = textOf(c, i, a.next);
    if (r.kind === "dated") {
      if (!inWindow(r.start, ctx) || !inWindow(r.end, ctx)) return none(improbableYear(matched));
      return { ...r, matched };
    }
    if (r.first && (!inWindow(r.first.start, ctx) || !inWindow(r.first.end, ctx))) {
      return none(improbableYear(matched));
    }
    return { ...r, matched };
  }
  return null;
}

/**
 * `janvier prochain`, `le 5 janvier prochain`, `next March`, `l'an prochain`: the first such span that
 * starts after the reference date (none without one). Past references and durations: none, saying why.
 */
function relativeAttempt(c: Cursor, i: number, ctx: Ctx): Attempt {
  const rel = readRelative(c, i);
  if (rel === null) return null;
  const text = textOf(c, i, rel.next);
  if (rel.kind === "past") return { result: none(pastReference(text)), next: rel.next };
  if (rel.kind === "duration") return { result: none(durationReason(text)), next: rel.next };
  if (ctx.reference === null) return { result: none(noReference(text)), next: rel.next };
  const span = nextSpan(rel.unit, ctx.reference);
  if (span === null) return { result: none(invalidDay(text)), next: rel.next };
  const precision = rel.unit === "year" ? "year" : rel.unit.u === "bareday" ? "day" : rel.unit.u;
  return {
    result: {
      kind: "dated",
      start: span.start,
      end: span.end,
      precision:
        precision === "day" ||
        precision === "month" ||
        precision === "season" ||
        precision === "quarter" ||
        precision === "half" ||
        precision === "year"
          ? precision
          : "month",
      approximate: false,
      matched: "",
    },
    next: rel.next,
  };
}

function isDateLike(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === "[object Date]";
}

/** Internal entry used by findTrailingEcheance: `window: false` skips the ±10-year plausibility check. */
export function parseWith(
  text: unknown,
  context: EcheanceContext | undefined,
  window: boolean,
): ParsedEcheance {
  const ctx = normalizeContext(context, window);
  if (text === null || text === undefined) return none(REASON_EMPTY);
  if (typeof text === "string") return parseText(text, ctx);
  if (typeof text === "number") {
    // Convention: a number is read as its digits, so 2021 is the year 2021; anything else is not a date
    if (Number.isInteger(text) && text >= 1000 && text <= 9999) return parseText(String(text), ctx);
    return none(notUnderstood(String(text)));
  }
  if (typeof text === "boolean") return none(notABoolean());
  if (isDateLike(text)) {
    // A Date from getValues(): its local calendar parts are the day the sheet shows (UTC-noon safe)
    const t = text.getTime();
    if (Number.isNaN(t)) return none(notUnderstood(String(text)));
    const y = text.getFullYear();
    const s = iso(y, text.getMonth() + 1, text.getDate());
    if (y < 1000 || y > 9999) return none(improbableYear(String(y)));
    if (!inWindow(s, ctx)) return none(improbableYear(s));
    return { kind: "dated", start: s, end: s, precision: "day", approximate: false, matched: s };
  }
  let shown = "?";
  try {
    shown = String(text).slice(0, 60);
  } catch {
    // objects without a string form (Object.create(null)) are quoted as "?"
  }
  return none(notUnderstood(shown));
}

export function parseEcheance(text: unknown, context: EcheanceContext): ParsedEcheance {
  const result = parseWith(text, context, true);
  if (result.kind !== "none") return result;
  const reason = placeExamples(result.reason, context?.period, context?.reference);
  return reason === result.reason ? result : { ...result, reason };
}
