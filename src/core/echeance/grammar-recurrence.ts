/**
 * The grammar of recurrences that name no days, on the tokens of text.ts: `2 fois par année`, `deux
 * rencontres par an`, `twice a year`, `chaque mois`, `tous les 3 mois`, `aux trois ans`, and the adjectives
 * (`mensuel`, `trimestriel`, `annually`). It only recognises shapes; parse.ts turns them into a frequency.
 */

import type { Cursor } from "./grammar";
import { COUNT_WORDS, has } from "./lexicon";

export type RecurrenceUnit = "year" | "month" | "week" | "day" | "quarter" | "semester";

export interface RecurrenceExpr {
  /** `N fois par <unit>` */
  count?: number;
  /** `tous les N <unit>`, `chaque <unit>`, adjectives */
  every?: number;
  unit: RecurrenceUnit;
  next: number;
}

const UNIT_WORDS: { [w: string]: RecurrenceUnit } = {
  annee: "year",
  annees: "year",
  an: "year",
  ans: "year",
  year: "year",
  years: "year",
  mois: "month",
  month: "month",
  months: "month",
  semaine: "week",
  semaines: "week",
  week: "week",
  weeks: "week",
  jour: "day",
  jours: "day",
  day: "day",
  days: "day",
  trimestre: "quarter",
  trimestres: "quarter",
  quarter: "quarter",
  quarters: "quarter",
  semestre: "semester",
  semestres: "semester",
};

const ADJECTIVES: { [w: string]: RecurrenceUnit } = {
  mensuel: "month",
  mensuelle: "month",
  mensuels: "month",
  mensuelles: "month",
  mensuellement: "month",
  monthly: "month",
  annuel: "year",
  annuelle: "year",
  annuels: "year",
  annuelles: "year",
  annuellement: "year",
  annually: "year",
  yearly: "year",
  annual: "year",
  trimestriel: "quarter",
  trimestrielle: "quarter",
  trimestriels: "quarter",
  trimestrielles: "quarter",
  trimestriellement: "quarter",
  quarterly: "quarter",
  semestriel: "semester",
  semestrielle: "semester",
  semestriels: "semester",
  semestrielles: "semester",
  semestriellement: "semester",
  semiannual: "semester",
  semiannually: "semester",
  hebdomadaire: "week",
  hebdomadaires: "week",
  hebdomadairement: "week",
  weekly: "week",
  quotidien: "day",
  quotidienne: "day",
  quotidiens: "day",
  quotidiennes: "day",
  quotidiennement: "day",
  daily: "day",
};

const NOT_NOUNS = ["par", "per", "a", "l", "an", "each", "every", "chaque", "le", "la", "de"];

function countAt(c: Cursor, i: number): number | null {
  const t = c.num(i);
  if (t !== null) return t.ord === "" && t.len <= 3 && t.n >= 1 ? t.n : null;
  const w = c.word(i);
  return w !== null && has(COUNT_WORDS, w) ? COUNT_WORDS[w] : null;
}

function unitAt(c: Cursor, i: number): RecurrenceUnit | null {
  const w = c.word(i);
  return w !== null && has(UNIT_WORDS, w) ? UNIT_WORDS[w] : null;
}

/** `2 fois par année`, `deux rencontres par an`, `twice a year`, `chaque mois`, `tous les 3 mois`, `mensuel`. */
export function parseRecurrence(c: Cursor, i0: number): RecurrenceExpr | null {
  let i = i0;
  const atLeast = c.seq(i, ["au", "moins"]) ?? c.seq(i, ["at", "least"]);
  if (atLeast !== null) i = atLeast;

  const w = c.word(i);
  if (w !== null && has(ADJECTIVES, w)) {
    let next = i + 1;
    if (c.isWord(next, "ment")) next++;
    return { every: 1, unit: ADJECTIVES[w], next };
  }
  // `semi-annual(ly)`
  if (w === "semi" && c.isPunct(i + 1, "-") && c.isWord(i + 2, "annual", "annually")) {
    return { every: 1, unit: "semester", next: i + 3 };
  }

  const count = countAt(c, i);
  if (count !== null) {
    let j = i + 1;
    const implied = w === "twice" || w === "once" || w === "thrice";
    if (c.isWord(j, "fois", "times", "x")) j++;
    else if (!implied) {
      // a noun between the count and `par`: `deux rencontres par année`, `4 réunions/an`
      for (
        let k = 0;
        k < 2 && c.word(j) !== null && NOT_NOUNS.indexOf(c.word(j)!) < 0 && !has(ADJECTIVES, c.word(j)!);
        k++
      ) {
        j++;
      }
      // `trois réunions annuelles`, `4 rencontres mensuelles`: so many per year, per month
      const adjective = c.word(j);
      if (j > i + 1 && adjective !== null && has(ADJECTIVES, adjective)) {
        return { count, unit: ADJECTIVES[adjective], next: j + 1 };
      }
    }
    if (c.isWord(j, "par", "per", "a", "l", "each", "every") || c.isPunct(j, "/")) {
      const unit = unitAt(c, j + 1);
      if (unit !== null) return { count, unit, next: j + 2 };
    }
    return null;
  }

  // `par trimestre`, `par mois`, `per year`: once each
  if (c.isWord(i, "par", "per") && unitAt(c, i + 1) !== null && !c.isWord(i + 1, "jour", "jours", "day")) {
    return { every: 1, unit: unitAt(c, i + 1)!, next: i + 2 };
  }
  // `chaque mois`, `tous les ans`, `toutes les 2 semaines`, `every month`, `every other week`, `aux 3 mois`
  let j: number | null = null;
  if (c.isWord(i, "chaque", "every", "each")) j = i + 1;
  else if (c.isWord(i, "tous", "toutes") && c.isWord(i + 1, "les")) j = i + 2;
  else if (c.isWord(i, "aux")) j = i + 1;
  if (j === null) return null;
  let every = 1;
  const n = countAt(c, j);
  if (n !== null && c.num(j) !== null) {
    every = n;
    j++;
  } else if (n !== null && c.word(j) !== "un" && c.word(j) !== "une" && c.word(j) !== "one") {
    every = n;
    j++;
  } else if (c.isWord(j, "other")) {
    every = 2;
    j++;
  }
  const unit = unitAt(c, j);
  if (unit === null) return null;
  if (c.isWord(i, "aux") && every === 1 && c.num(i + 1) === null && countAt(c, i + 1) === null) return null;
  return { every, unit, next: j + 1 };
}
