/**
 * Phrases that bound an action on one side: "due by" forms (`d'ici le 15 mai`, `avant l'été`, `by March`,
 * `juin au plus tard`) and starts (`à partir de mai`, `dès la fin de l'année 2021`, `starting in March`),
 * and the plain span read whole. A start is not a deadline: it gives Début and the Période's end, never
 * an invented end (DESIGN.md §4).
 */

import { type Attempt, type Ctx, dated, errorResult, isSpan, none, spanAttempt, textOf } from "./context";
import { previousDay } from "./dates";
import { type Cursor, parseSpan } from "./grammar";
import { startAfterPeriod, startWithoutEnd } from "./readings-reasons";
import type { Anchor } from "./resolve";

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
 * "by". A due-by date without a year lies ahead of the day it was written: the first occurrence at least
 * half of whose days come on or after the reference (and lie in the Période, when there is one) — `d'ici
 * l'été` or `avant l'été` written in September mean the coming summer, not the one that is ending.
 */
export function dueByAttempt(c: Cursor, i: number, ctx: Ctx): Attempt {
  const ref = ctx.reference;
  const ahead = ref !== null && ctx.period !== null && ctx.period.end > ref ? ctx.period.end : "9999-12-31";
  const anchor: Anchor | null = ref !== null ? { from: ref, within: { start: ref, end: ahead } } : ctx.anchor;
  let before = false;
  let k = c.anySeq(i, BY_PREFIXES);
  if (k === null) {
    k = c.anySeq(i, BEFORE_PREFIXES);
    before = k !== null;
  }
  let sp: ReturnType<typeof spanAttempt>;
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
  if (!isSpan(sp.r)) return { result: errorResult(sp.r, textOf(c, i, next), ctx), next };
  const r = sp.r;
  const end = before && r.precision !== "day" ? previousDay(r.start) : r.end;
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

const START_PREFIXES: string[][] = [
  ["a", "partir", "de"],
  ["a", "partir", "du"],
  ["a", "partir", "d"],
  ["a", "compter", "de"],
  ["a", "compter", "du"],
  ["a", "compter", "d"],
  ["des", "le"],
  ["des", "la"],
  ["des"],
  ["commencant", "en"],
  ["commencant", "le"],
  ["debutant", "en"],
  ["debutant", "le"],
  ["starting", "in"],
  ["starting", "on"],
  ["starting", "from"],
  ["starting"],
  ["beginning", "in"],
  ["as", "of"],
  ["from"],
];

const ONGOING: string[][] = [
  ["en", "continu"],
  ["en", "continue"],
  ["en", "cours"],
  ["aujourd", "hui"],
  ["ongoing"],
  ["present"],
  ["now"],
];

/**
 * Starts: `à partir de mai`, `dès le 15 mars`, `dès la fin de l'année 2021`, `starting in March`, `from
 * May 2024`. Convention: Début = the start of what is named and Échéance = the Période's end (precision
 * "period"); without a Période, no date (nothing says when it ends); a start after the Période's end, no
 * date. A span followed by `en continu` / `ongoing` is a start too. A start followed by its end (`à partir de mai jusqu'en juin`) names its end: that range.
 */
export function startAttempt(c: Cursor, i: number, ctx: Ctx): Attempt {
  let k = c.anySeq(i, START_PREFIXES);
  let openEnd: number | null = null;
  if (k === null) {
    // `novembre 2025 – en continu`, `November 2025 - ongoing`: a start too
    const lead = parseSpan(c, i);
    if (lead === null || lead.p2 !== undefined) return null;
    const sep =
      c.isPunct(lead.next, "-", ",") || c.isWord(lead.next, "a", "to", "et", "and")
        ? lead.next + 1
        : lead.next;
    openEnd = c.anySeq(sep, ONGOING);
    if (openEnd === null) return null;
    k = i;
  }
  const e = parseSpan(c, k);
  if (e === null) return null;
  const sp = spanAttempt(c, k, ctx);
  if (sp === null) return null;
  const next = openEnd ?? sp.next;
  const text = textOf(c, i, next);
  if (!isSpan(sp.r)) return { result: errorResult(sp.r, text, ctx), next };
  if (e.p2 !== undefined) return { result: dated(sp.r), next };
  const p = ctx.period;
  if (p === null) return { result: none(startWithoutEnd(text)), next };
  if (sp.r.start > p.end) return { result: none(startAfterPeriod(text, p.end)), next };
  return {
    result: {
      kind: "dated",
      start: sp.r.start,
      end: p.end,
      precision: "period",
      approximate: sp.r.approximate,
      matched: "",
    },
    next,
  };
}

export function plainAttempt(c: Cursor, i: number, ctx: Ctx): Attempt {
  const sp = spanAttempt(c, i, ctx);
  if (sp === null) return null;
  if (!isSpan(sp.r)) return { result: errorResult(sp.r, textOf(c, i, sp.next), ctx), next: sp.next };
  return { result: dated(sp.r), next: sp.next };
}
