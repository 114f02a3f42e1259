/**
 * Phrases about the mandate and the committee's year, read from the Période and the reference date:
 * `mandat complet`, `en continu`, `ongoing` (the whole Période); `reste du mandat`, `d'ici la fin du
 * mandat` (from the reference to the Période's end); `reste de l'année`, `d'ici la fin de l'année` (to the
 * end of the year, when the calendar's and the plan's agree); `toute l'année`, `tout au long de l'année`
 * (the Période when it is one year, else two readings); `d'ici la fin de l'exercice` (the committee
 * year's end) and `de l'année scolaire` (30 June). Where readings differ: no date, and a reason that
 * names both (readings-reasons.ts).
 */

import { committeeYearOf, schoolYearSpan } from "./committee-year";
import { type Attempt, type Ctx, none, textOf } from "./context";
import { iso, spanDays, yearOf } from "./dates";
import type { Cursor } from "./grammar";
import { ambiguousWholeYear, ambiguousYearEnd } from "./readings-reasons";
import { mandateOver, noReference, REASON_NO_PERIOD } from "./reasons";
import type { ParsedEcheance } from "./types";

const FULL_MANDATE: string[][] = [
  ["pendant", "toute", "la", "duree", "du", "mandat"],
  ["toute", "la", "duree", "du", "mandat"],
  ["la", "duree", "du", "mandat"],
  ["duree", "du", "mandat"],
  ["tout", "au", "long", "du", "mandat"],
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

/**
 * Mandate phrases. `mandat complet`, `en continu`, `ongoing`… → the whole Période (precision "period").
 * `reste du mandat` and `d'ici la fin du mandat` → from the reference date (not before the period start)
 * to the period end; none when the reference is already past the end. The `d'ici …`/`by …` forms carry
 * `dueBy: true`. Without a Période the mandate phrases give none.
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
  return null;
}

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

const WHOLE_YEAR: string[][] = [
  ["pendant", "toute", "l", "annee"],
  ["durant", "toute", "l", "annee"],
  ["sur", "toute", "l", "annee"],
  ["tout", "au", "long", "de", "l", "annee"],
  ["toute", "l", "annee"],
  ["l", "annee", "durant"],
  ["a", "l", "annee"],
  ["throughout", "the", "year"],
  ["all", "year", "long"],
  ["all", "year", "round"],
  ["all", "year"],
  ["year", "round"],
  ["the", "whole", "year"],
];

/**
 * `toute l'année`, `tout au long de l'année`, `all year` (one reading for all of them): the whole Période
 * when it lasts at most a year (both readings agree); in a longer plan, the whole mandate or one of its
 * years — no date, and a reason naming both. Without a Période: the missing-Période reason.
 */
function wholeYear(c: Cursor, i: number, ctx: Ctx): Attempt {
  let next = c.anySeq(i, WHOLE_YEAR);
  if (next === null) return null;
  // `toute l'année scolaire`: September → June of the plan's school year
  const school = c.isWord(next, "scolaire");
  if (school) next++;
  const p = ctx.period;
  if (p === null) return { result: none(REASON_NO_PERIOD), next };
  if (spanDays(p) > 366) return { result: none(ambiguousWholeYear(textOf(c, i, next), p), true), next };
  const y = yearOf(p.start) - (+p.start.slice(5, 7) < 7 ? 1 : 0);
  const span = school ? schoolYearSpan(y, y + 1) : p;
  return {
    result: {
      kind: "dated",
      start: span.start,
      end: span.end,
      precision: "period",
      approximate: false,
      matched: "",
    },
    next,
  };
}

/**
 * `reste de l'année`, `d'ici la fin de l'année`: from the reference date to the end of its year. Which
 * year: the calendar's ends on 31 December, the committee's on the eve of its first month; when they
 * differ (a September plan), no date and a reason naming both. `dueBy` for the `d'ici …`/`by …` forms.
 */
function restOfYear(c: Cursor, i: number, ctx: Ctx): Attempt {
  let dueBy = false;
  let next = c.anySeq(i, REST_OF_YEAR);
  if (next === null) {
    next = c.anySeq(i, BY_END_OF_YEAR);
    dueBy = next !== null;
  }
  if (next === null) return null;
  const text = textOf(c, i, next);
  if (ctx.reference === null) return { result: none(noReference(text)), next };
  const ref = ctx.reference;
  const calendarEnd = iso(yearOf(ref), 12, 31);
  const planEnd = committeeYearOf(ref, ctx.yearStart).end;
  if (planEnd !== calendarEnd)
    return { result: none(ambiguousYearEnd(text, calendarEnd, planEnd), true), next };
  const r: ParsedEcheance = {
    kind: "dated",
    start: ref,
    end: calendarEnd,
    precision: "year",
    approximate: false,
    matched: "",
  };
  if (dueBy) r.dueBy = true;
  return { result: r, next };
}

const BY_END_OF_EXERCISE: string[][] = [
  ["d", "ici", "la", "fin", "de", "l", "exercice", "financier"],
  ["d", "ici", "la", "fin", "de", "l", "exercice"],
  ["avant", "la", "fin", "de", "l", "exercice"],
  ["jusqu", "a", "la", "fin", "de", "l", "exercice"],
  ["reste", "de", "l", "exercice"],
  ["by", "the", "end", "of", "the", "fiscal", "year"],
];
const BY_END_OF_SCHOOL_YEAR: string[][] = [
  ["d", "ici", "la", "fin", "de", "l", "annee", "scolaire"],
  ["avant", "la", "fin", "de", "l", "annee", "scolaire"],
  ["jusqu", "a", "la", "fin", "de", "l", "annee", "scolaire"],
  ["reste", "de", "l", "annee", "scolaire"],
  ["by", "the", "end", "of", "the", "school", "year"],
];

/**
 * `d'ici la fin de l'exercice` (the plan's own year: it ends on the eve of the committee year's first
 * month, one reading) and `d'ici la fin de l'année scolaire` (30 June; in July or August, the coming
 * one): from the reference date, due by that day.
 */
function endOfNamedYear(c: Cursor, i: number, ctx: Ctx): Attempt {
  const exercise = c.anySeq(i, BY_END_OF_EXERCISE);
  const school = exercise === null ? c.anySeq(i, BY_END_OF_SCHOOL_YEAR) : null;
  const next = exercise ?? school;
  if (next === null) return null;
  if (ctx.reference === null) return { result: none(noReference(textOf(c, i, next))), next };
  const ref = ctx.reference;
  const y = yearOf(ref);
  const end =
    exercise !== null
      ? committeeYearOf(ref, ctx.yearStart).end
      : iso(+ref.slice(5, 7) >= 7 ? y + 1 : y, 6, 30);
  return {
    result: {
      kind: "dated",
      start: ref,
      end,
      precision: "year",
      approximate: false,
      matched: "",
      dueBy: true,
    },
    next,
  };
}

/** The mandate's and the year's phrases at token i (see the module comment), or null. */
export function mandateOrYearPhrase(c: Cursor, i: number, ctx: Ctx): Attempt {
  return (
    wholeYear(c, i, ctx) ?? mandatePhrase(c, i, ctx) ?? endOfNamedYear(c, i, ctx) ?? restOfYear(c, i, ctx)
  );
}
