/**
 * What real plans write around a date, read by the parser (parse.ts) so that the date inside is found
 * and nothing is invented:
 * - a label before it (`MANDAT 2019-2022`, `Année scolaire 2014/2015`, `AG du comité avril 2015`, `lors
 *   de la paie du 2 octobre`, `Date de publication : juin 2024`, `Ce mercredi 8 octobre 2025`): up to six
 *   words, never one that changes the meaning (`après`, `sauf`, `depuis`, `pas`…): `labelEnd`;
 * - a label after a complete date (`21-25 novembre 2016 SERD`): up to four words, only after a date whose
 *   year is written: `acceptsLabelAfter`;
 * - a time after a day (`Monday, December 20, 2021 at 7:30 p.m.`, `le 5 mai à 13 h 30`): `timeTail`;
 * - relative dates, from the reference date: `janvier prochain`, `le 5 janvier prochain`, `next March`,
 *   `l'an prochain` → the first such span that starts after the reference; past references (`en mai
 *   dernier`, `last May`, `depuis janvier`, `l'an dernier`) and durations (`pour une durée de 6
 *   semaines`, `pendant 3 mois`) → no deadline, with a reason that says why: `relativeOrPast`.
 */

import { parseIso, yearOf } from "./dates";
import { type Cursor, parsePoint, type Unit } from "./grammar";
import { COUNT_WORDS, has, MONTHS, SEASONS } from "./lexicon";
import type { ParsedEcheance, Reason } from "./types";
import { spanOf, writtenYear } from "./unit-span";

/** Words that change what the date means: after them, the date is not the deadline. */
const MEANING_WORDS = new Set([
  "apres",
  "after",
  "sauf",
  "except",
  "excepte",
  "depuis",
  "since",
  "pas",
  "not",
  "no",
  "sans",
  "without",
  "hors",
  "jamais",
  "never",
  "dernier",
  "derniere",
  "passe",
  "passee",
  "last",
  "past",
  "ago",
  "y",
  "ni",
  "plutot",
  "annule",
  "annulee",
  "cancelled",
  "canceled",
  "reporte",
  "reportee",
  "postponed",
  "tot",
  "earliest",
  "ou",
  "or",
  "soit",
  "peut",
  "maybe",
  "possiblement",
  "eventuellement",
  "si",
  "if",
  "fois",
  "times",
  // an open end is not a label (`November 2025 – ongoing` is a start: due-start.ts)
  "ongoing",
  "continu",
  "present",
  // a bound is not a label: `d'ici la fin de la session d'automne` is not the session
  "avant",
  "before",
  "ici",
  "jusqu",
  "until",
  "partir",
  "compter",
  "des",
  "from",
  "starting",
  "scolaire",
  "semaine",
  "quinzaine",
  "week",
  // a recurrence is not a label before a date (`chaque lundi en mars` is every Monday of March)
  "chaque",
  "tous",
  "toutes",
  "every",
  "each",
]);

const MODIFIER_WORDS = new Set([
  "fin",
  "debut",
  "milieu",
  "mi",
  "end",
  "beginning",
  "start",
  "middle",
  "early",
  "late",
  "mid",
]);

function isDateWord(w: string): boolean {
  return has(MONTHS, w) || has(SEASONS, w) || has(COUNT_WORDS, w);
}

const MAX_LABEL_TOKENS = 6;
const MAX_LABEL_AFTER_WORDS = 4;

/**
 * The token indexes where a date may start after a label at `i`: each index after one to six label
 * tokens (words, or `:` `-` between them), nearest first. Empty when the label holds a word that changes
 * the meaning, or starts with a number.
 */
export function labelEnds(c: Cursor, i: number): number[] {
  const out: number[] = [];
  if (c.word(i) === null) return out;
  // a modifier in the label modifies the date after it (`fin de la session d'automne`), unless a `:` or
  // `-` ends the label after it (`Date de fin : juin 2026`)
  let modifier = false;
  for (let k = i; k < c.tk.length && k - i < MAX_LABEL_TOKENS; k++) {
    const w = c.word(k);
    if (w !== null) {
      // a date word in the label is part of the date (`mars ou avril`), not a label
      if (MEANING_WORDS.has(w) || isDateWord(w)) return out;
      if (MODIFIER_WORDS.has(w)) modifier = true;
      if (!modifier) out.push(k + 1);
    } else if (c.isPunct(k, ":", "-") || (c.isPunct(k, ",") && k > i)) {
      // `Redon, 07/06/25`: a place before a comma is a label too
      modifier = false;
      out.push(k + 1);
    } else {
      break;
    }
  }
  return out;
}

/** After a date whose year is written: a few plain words (`SERD`, `au siège social`) are its label. */
export function acceptsLabelAfter(c: Cursor, next: number, result: ParsedEcheance): boolean {
  if (result.kind !== "dated" || result.approximate || result.precision === "period") return false;
  // `January 15, 2019 – Planning meeting`: a dash before the label lets it be a little longer
  const dash = c.isPunct(next, "-") ? 1 : 0;
  const rest = c.tk.length - next - dash;
  if (rest < 1 || rest > MAX_LABEL_AFTER_WORDS + 2 * dash) return false;
  for (let k = next + dash; k < c.tk.length; k++) {
    const w = c.word(k);
    if (w === null || MEANING_WORDS.has(w)) return false;
  }
  return true;
}

function hourAt(c: Cursor, i: number): number | null {
  const t = c.num(i);
  return t !== null && t.ord === "" && t.len <= 2 && t.n <= 23 ? i + 1 : null;
}

/** One clock time at i: `7:30`, `13 h 30`, `19 h`, `7 p.m.`, `7:30 pm`. Index after it, or null. */
function clockAt(c: Cursor, i: number): number | null {
  let k = hourAt(c, i);
  if (k === null) return null;
  let marked = false;
  if (c.isPunct(k, ":") && c.num(k + 1) !== null) {
    k += 2;
    marked = true;
  } else if (c.isWord(k, "h")) {
    k++;
    marked = true;
    if (c.num(k) !== null && c.num(k)!.len === 2) k++;
  }
  // a.m. / p.m. / am / pm
  if (c.isWord(k, "am", "pm")) return k + 1;
  if (c.isWord(k, "a", "p") && c.isPunct(k + 1, ".") && c.isWord(k + 2, "m")) {
    k += 3;
    if (c.isPunct(k, ".")) k++;
    return k;
  }
  if (c.isWord(k, "a", "p") && c.isWord(k + 1, "m") && !c.adjacent(k - 1)) return k + 2;
  return marked ? k : null;
}

/** A time after a day (`, at 7:30 p.m.`, `à 13 h 30`, `de 9 h à 12 h`): the index after it, or null. */
export function timeTail(c: Cursor, next: number): number | null {
  let k = next;
  if (c.isPunct(k, ",")) k++;
  if (c.isWord(k, "at", "a", "de", "from", "des", "vers", "around")) k++;
  const end = clockAt(c, k);
  if (end === null) return null;
  if (c.isPunct(end, "-") || c.isWord(end, "a", "to", "au")) {
    const second = clockAt(c, end + 1);
    if (second !== null) return second;
  }
  return end;
}

const NEXT_AFTER = ["prochain", "prochaine", "prochains", "prochaines", "suivant", "suivante"];
const PAST_AFTER = ["dernier", "derniere", "derniers", "dernieres", "passe", "passee"];
const FILLERS = ["le", "la", "l", "les", "en", "au", "a", "ce", "cet", "cette", "in", "the", "on"];
const DURATION_UNITS = ["semaine", "semaines", "mois", "jour", "jours", "an", "ans", "annee", "annees"];
const DURATION_UNITS_EN = ["week", "weeks", "month", "months", "day", "days", "year", "years"];

export function pastReference(text: string): Reason {
  return {
    fr: `« ${text} » parle du passé : ce n'est pas une échéance. Écrivez quand l'action doit être faite, par exemple « mars 2026 ».`,
    en: `"${text}" refers to the past: it is not a deadline. Write when the action is to be done, for example "March 2026".`,
  };
}

export function durationReason(text: string): Reason {
  return {
    fr: `« ${text} » est une durée, pas une date : écrivez quand l'action commence ou doit être finie, par exemple « d'ici mars 2026 ».`,
    en: `"${text}" is a duration, not a date: write when the action starts or is due, for example "by March 2026".`,
  };
}

export type Relative =
  | { kind: "next"; unit: Unit | "year"; next: number }
  | { kind: "past"; next: number }
  | { kind: "duration"; next: number };

function durationAt(c: Cursor, i: number): number | null {
  let k = i;
  if (c.isWord(k, "pour", "pendant", "durant", "sur", "for", "during", "over")) k++;
  else if (!c.isWord(k, "duree")) return null;
  if (c.seq(k, ["une", "duree", "de"]) !== null) k += 3;
  else if (c.seq(k, ["une", "duree", "d"]) !== null) k += 3;
  else if (c.seq(k, ["duree", "de"]) !== null) k += 2;
  else if (c.seq(k, ["a", "period", "of"]) !== null) k += 3;
  const n = c.num(k);
  const w = c.word(k);
  if (
    n === null &&
    !(
      w !== null &&
      /^(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|one|two|three|four|five|six|a)$/.test(w)
    )
  ) {
    return null;
  }
  k++;
  if (c.isWord(k, ...DURATION_UNITS, ...DURATION_UNITS_EN)) return k + 1;
  return null;
}

/** Relative and past references and durations at token i, or null (see the module comment). */
export function readRelative(c: Cursor, i0: number): Relative | null {
  const duration = durationAt(c, i0);
  if (duration !== null) return { kind: "duration", next: duration };
  let i = i0;
  if (c.isWord(i, "depuis", "since")) {
    const p = parsePoint(c, i + 1, false);
    if (p !== null) return { kind: "past", next: p.next };
  }
  if (c.isWord(i, "il") && c.isWord(i + 1, "y") && c.isWord(i + 2, "a"))
    return { kind: "past", next: c.tk.length };
  while (c.isWord(i, ...FILLERS)) i++;
  // `l'an prochain`, `l'année prochaine`, `next year`, `l'an dernier`, `last year`
  if (c.isWord(i, "an", "annee")) {
    if (c.isWord(i + 1, ...NEXT_AFTER)) return { kind: "next", unit: "year", next: i + 2 };
    if (c.isWord(i + 1, ...PAST_AFTER)) return { kind: "past", next: i + 2 };
  }
  if (c.isWord(i, "next", "last") && c.isWord(i + 1, "year")) {
    return c.isWord(i, "next") ? { kind: "next", unit: "year", next: i + 2 } : { kind: "past", next: i + 2 };
  }
  if (c.isWord(i, "next", "last")) {
    const p = parsePoint(c, i + 1, false);
    if (p === null || yearWritten(p.unit)) return null;
    return c.isWord(i, "next")
      ? { kind: "next", unit: p.unit, next: p.next }
      : { kind: "past", next: p.next };
  }
  const p = parsePoint(c, i, false);
  if (p === null || yearWritten(p.unit)) return null;
  if (c.isWord(p.next, ...NEXT_AFTER)) return { kind: "next", unit: p.unit, next: p.next + 1 };
  if (c.isWord(p.next, ...PAST_AFTER)) return { kind: "past", next: p.next + 1 };
  return null;
}

function yearWritten(u: Unit): boolean {
  return writtenYear(u) !== undefined;
}

/** The span of `janvier prochain` seen from `reference`: the first one that starts after it. */
export function nextSpan(unit: Unit | "year", reference: string): { start: string; end: string } | null {
  if (parseIso(reference) === null) return null;
  const y0 = yearOf(reference);
  if (unit === "year") return { start: `${y0 + 1}-01-01`, end: `${y0 + 1}-12-31` };
  for (let y = y0; y <= y0 + 2; y++) {
    const span = spanOf(unit, y);
    if (span && span.start > reference) return span;
  }
  return null;
}
