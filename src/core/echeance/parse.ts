/**
 * `parseEcheance`: reads one Échéancier cell (any value a sheet can hold) in the context of the plan's
 * Période and a reference date, and says what it means — a dated span, a recurrence, or "none" with a
 * reason (DESIGN.md §4: never invent a date). The cell must be read whole; the only extras tolerated are
 * wrapping parentheses, a leading `Responsable -` label left by a merged column, a label before the date,
 * and a comment after a comma, semicolon or parenthesis (`mai 2020-novembre 2021, en vue de …`). The
 * phrase families are tried in order: relative and past references (phrase-frame.ts), the mandate's and
 * the year's phrases (mandate-phrases.ts), recurrences (recurring-attempt.ts), starts, due-by forms and
 * plain spans (due-start.ts).
 */

import { type Attempt, type Ctx, none, normalizeContext, textOf } from "./context";
import { iso } from "./dates";
import { dueByAttempt, plainAttempt, startAttempt } from "./due-start";
import { Cursor, parseRecurrence, parseSpan } from "./grammar";
import { has, MONTHS, SEASONS, UNDECIDED, WEEKDAYS } from "./lexicon";
import { mandateOrYearPhrase } from "./mandate-phrases";
import {
  acceptsLabelAfter,
  durationReason,
  labelEnds,
  nextSpan,
  pastReference,
  readRelative,
  timeTail,
} from "./phrase-frame";
import { monthDayReason, unanchoredYear } from "./readings-reasons";
import {
  improbableYear,
  invalidDay,
  noReference,
  notABoolean,
  notUnderstood,
  placeExamples,
  REASON_EMPTY,
  undecided,
} from "./reasons";
import { monthDayMissing, readRecurrenceRule } from "./recurrence-rule";
import { recurringAttempt } from "./recurring-attempt";
import { cleanText, type Token, tokenize } from "./text";
import type { EcheanceContext, ParsedEcheance } from "./types";
import { precisionOf } from "./unit-span";

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
  // `13 mai, mardi`: a weekday after the date is part of it, not a comment (and may contradict it)
  const after = c.word(next + 1);
  if (after !== null && has(WEEKDAYS, after)) return false;
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

  const c = new Cursor(tk, text);
  let i = 0;
  // Convention (seed 002): a leading `Responsable -` / `Responsables :` is a label that bled in from the
  // neighbouring column; it is skipped when something follows it.
  if (c.isWord(0, "responsable", "responsables", "resp") && c.isPunct(1, "-", ":") && tk.length > 2) i = 2;

  const found = readAt(c, i, ctx);
  if (found !== null) return found;
  // Recurrences that name their days (`tous les jeudis`, `le 15 de chaque mois`): recurrence-rule.ts.
  const named = text.slice(tk[i].s, tk[tk.length - 1].e);
  const missing = monthDayMissing(named);
  if (missing !== null) return none(monthDayReason(named, missing));
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

const ATTEMPTS = [
  relativeAttempt,
  mandateOrYearPhrase,
  recurringAttempt,
  startAttempt,
  dueByAttempt,
  plainAttempt,
];

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
  // Convention: a relative year (`l'an prochain`, `next year`) has nothing to anchor it — the plan does
  // not say when it was written, and in a calendar-year plan it falls outside the Période: no date.
  if (rel.unit === "year") return { result: none(unanchoredYear(text)), next: rel.next };
  if (ctx.reference === null) return { result: none(noReference(text)), next: rel.next };
  const span = nextSpan(rel.unit, ctx.reference);
  if (span === null) return { result: none(invalidDay(text)), next: rel.next };
  return {
    result: {
      kind: "dated",
      start: span.start,
      end: span.end,
      precision: precisionOf(rel.unit),
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
