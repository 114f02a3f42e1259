/**
 * The grammar of dated échéancier expressions, on the tokens of text.ts: single points (a day, a month
 * with an optional `début/mi/fin` modifier, a season, a quarter, a half, a year, numeric dates) and
 * ranges between two points (`-`, `à`, `au`, `de … à …`, `du … au …`, `entre … et …`, English `to`,
 * `from … to …`, `between … and …`). It only recognises shapes; dates are placed on the calendar in
 * resolve.ts. Every function takes a token index and returns the index after what it read, or null.
 */

import type { Season } from "./dates";
import { COUNT_WORDS, has, MONTHS, ORDINALS, SEASONS, WEEKDAYS } from "./lexicon";
import type { Token } from "./text";

export type Modifier = "debut" | "mi" | "fin";

export type Unit =
  | { u: "day"; d: number; m: number; y?: number }
  | { u: "month"; m: number; y?: number; mod?: Modifier }
  | { u: "season"; s: Season; y?: number }
  | { u: "quarter"; q: number; y?: number }
  | { u: "half"; h: number; y?: number }
  | { u: "year"; y: number }
  /** a day number alone, only as the left end of a range: `du 3 au 7 mai` */
  | { u: "bareday"; d: number };

export interface Point {
  unit: Unit;
  /** written with `vers`, `environ`, `around`… */
  approx: boolean;
  next: number;
}

export interface SpanExpr {
  p1: Point;
  p2?: Point;
  next: number;
}

export class Cursor {
  /** parseSpan results by start index: the cell-level attempts try the same positions several times */
  readonly spans: { [i: number]: SpanExpr | null } = {};

  constructor(readonly tk: Token[]) {}

  word(i: number): string | null {
    const t = this.tk[i];
    return t !== undefined && t.k === "word" ? t.t : null;
  }

  isWord(i: number, ...ws: string[]): boolean {
    const w = this.word(i);
    return w !== null && ws.indexOf(w) >= 0;
  }

  isPunct(i: number, ...ps: string[]): boolean {
    const t = this.tk[i];
    return t !== undefined && t.k === "punct" && ps.indexOf(t.t) >= 0;
  }

  num(i: number): Token | null {
    const t = this.tk[i];
    return t !== undefined && t.k === "num" ? t : null;
  }

  /** A four-digit year (the plausibility window is checked later, on the resolved dates). */
  year(i: number): number | null {
    const t = this.num(i);
    return t !== null && t.len === 4 && t.ord === "" ? t.n : null;
  }

  /** Matches a sequence of words; returns the index after it or null. */
  seq(i: number, words: string[]): number | null {
    for (let k = 0; k < words.length; k++) if (this.word(i + k) !== words[k]) return null;
    return i + words.length;
  }

  /** The first sequence of `list` that matches at i (lists are ordered longest first where it matters). */
  anySeq(i: number, list: string[][]): number | null {
    for (const words of list) {
      const r = this.seq(i, words);
      if (r !== null) return r;
    }
    return null;
  }

  adjacent(i: number): boolean {
    const a = this.tk[i];
    const b = this.tk[i + 1];
    return a !== undefined && b !== undefined && a.e === b.s;
  }
}

/** Little words that may precede a point: `le 3 juin`, `en mars`, `à l'automne`, `vers mai`. */
const FILLERS = ["le", "la", "l", "les", "en", "in", "the", "au", "a", "on", "of"];
const APPROX_WORDS = ["vers", "environ", "around", "about", "approx", "approximativement", "circa", "ca"];

const MODIFIERS: [string[], Modifier][] = [
  [["beginning", "of"], "debut"],
  [["start", "of"], "debut"],
  [["debut"], "debut"],
  [["early"], "debut"],
  [["middle", "of"], "mi"],
  [["milieu"], "mi"],
  [["mi"], "mi"],
  [["mid"], "mi"],
  [["end", "of"], "fin"],
  [["fin"], "fin"],
  [["late"], "fin"],
];

const RANGE_SEPS: string[][] = [
  ["jusqu", "au"],
  ["jusqu", "a"],
  ["jusqu"],
  ["a"],
  ["au"],
  ["to"],
  ["through"],
  ["thru"],
  ["until"],
  ["till"],
];

function optionalYear(c: Cursor, i: number): { y?: number; next: number } {
  const y = c.year(i);
  if (y !== null) return { y, next: i + 1 };
  // `juin de 2021`, `l'été d'2022` (rare), `end of June of 2024`
  if (c.isWord(i, "de", "d", "of") && c.year(i + 1) !== null) return { y: c.year(i + 1)!, next: i + 2 };
  if (c.isPunct(i, ",") && c.year(i + 1) !== null) return { y: c.year(i + 1)!, next: i + 2 };
  return { next: i };
}

function monthAt(c: Cursor, i: number): { m: number; lang: string } | null {
  const w = c.word(i);
  return w !== null && has(MONTHS, w) ? MONTHS[w] : null;
}

function isDayNumber(t: Token | null): t is Token {
  return t !== null && t.len <= 2 && t.n >= 1 && t.n <= 31;
}

/** Numeric dates: `2022-03-15`, `15/03/2022` (day first), `15.03.22`, `15/03`, `03/2022`, `2022-03`. */
function numericDate(c: Cursor, i: number): { unit: Unit; next: number } | null {
  const a = c.num(i);
  if (a === null || a.ord !== "") return null;
  const s1 = c.tk[i + 1];
  if (s1 === undefined || s1.k !== "punct" || "/-.".indexOf(s1.t) < 0) return null;
  const b = c.num(i + 2);
  if (b === null || b.ord !== "" || b.len > 2) {
    // `03/2022`: a month and a year
    if (b !== null && b.len === 4 && a.len <= 2 && a.n >= 1 && a.n <= 12 && s1.t === "/") {
      return { unit: { u: "month", m: a.n, y: b.n }, next: i + 3 };
    }
    return null;
  }
  const s2 = c.tk[i + 3];
  const cN = c.num(i + 4);
  const third = s2 !== undefined && s2.k === "punct" && s2.t === s1.t && cN !== null && cN.ord === "";
  if (a.len === 4) {
    if (third && cN!.len <= 2) return { unit: { u: "day", y: a.n, m: b.n, d: cN!.n }, next: i + 5 };
    if (!third && s1.t === "-" && b.n >= 1 && b.n <= 12)
      return { unit: { u: "month", m: b.n, y: a.n }, next: i + 3 };
    return null;
  }
  if (a.len > 2) return null;
  if (third && (cN!.len === 4 || cN!.len === 2)) {
    const y = cN!.len === 2 ? 2000 + cN!.n : cN!.n;
    return { unit: { u: "day", d: a.n, m: b.n, y }, next: i + 5 };
  }
  // `15/03` — a day without year; with `-` this is a range of day numbers (`3-7 mai`), not a date
  if (!third && s1.t === "/") return { unit: { u: "day", d: a.n, m: b.n }, next: i + 3 };
  return null;
}

function ordinalNumber(c: Cursor, i: number, max: number): number | null {
  const t = c.num(i);
  if (t !== null && t.ord !== "" && t.n >= 1 && t.n <= max) return t.n;
  const w = c.word(i);
  if (w !== null && has(ORDINALS, w) && ORDINALS[w] <= max) return ORDINALS[w];
  return null;
}

/** One point: see the module comment. `allowBare` admits a lone day number (left end of a range). */
export function parsePoint(c: Cursor, i0: number, allowBare: boolean): Point | null {
  let i = i0;
  let approx = false;
  for (let guard = 0; guard < 4; guard++) {
    if (c.isWord(i, ...APPROX_WORDS)) {
      approx = true;
      i++;
      if (c.isWord(i, "de", "d")) i++;
    } else if (c.isWord(i, ...FILLERS)) i++;
    else break;
  }
  if (c.word(i) !== null && has(WEEKDAYS, c.word(i)!)) {
    i++;
    if (c.isPunct(i, ",")) i++;
    if (c.isWord(i, "le", "the")) i++;
  }
  if (c.isWord(i, "mois", "month")) {
    i++;
    if (c.isWord(i, "de", "d", "of")) i++;
  }
  if (c.isWord(i, "annee", "an", "year")) {
    if (c.year(i + 1) !== null) i++;
  }
  const done = (unit: Unit, next: number): Point => ({ unit, approx, next });

  // `début mars`, `mi-avril`, `fin de juin 2021`, `end of June`, `early May`
  for (const [words, mod] of MODIFIERS) {
    let j = c.seq(i, words);
    if (j === null) continue;
    if (c.isPunct(j, "-")) j++;
    if (c.isWord(j, "de", "d", "du", "of", "the")) j++;
    if (c.isWord(j, "mois", "month")) {
      j++;
      if (c.isWord(j, "de", "d", "of")) j++;
    }
    const mo = monthAt(c, j);
    if (mo === null) {
      // Convention: `début 2017` is its first quarter, `fin 2018` its last; `mi-2019` is not a span
      const y = c.year(j);
      if (y !== null && mod !== "mi") return done({ u: "quarter", q: mod === "debut" ? 1 : 4, y }, j + 1);
      return null;
    }
    const oy = optionalYear(c, j + 1);
    return done({ u: "month", m: mo.m, y: oy.y, mod }, oy.next);
  }

  const nd = numericDate(c, i);
  if (nd !== null) return done(nd.unit, nd.next);

  // `1er mai 2021`, `15 mars`, `31 March 2024`
  const dn = c.num(i);
  if (isDayNumber(dn)) {
    const mo = monthAt(c, i + 1);
    if (mo !== null) {
      const oy = optionalYear(c, i + 2);
      return done({ u: "day", d: dn.n, m: mo.m, y: oy.y }, oy.next);
    }
  }
  if (c.isWord(i, "premier") && monthAt(c, i + 1) !== null) {
    const oy = optionalYear(c, i + 2);
    return done({ u: "day", d: 1, m: monthAt(c, i + 1)!.m, y: oy.y }, oy.next);
  }

  const mo = monthAt(c, i);
  if (mo !== null) {
    // English order `March 31, 2024`, `March 31st`: only for English month words, and not when the
    // number starts a recurrence (`juin 2 fois par année` is French and never reads as June 2)
    const d = c.num(i + 1);
    if (mo.lang !== "fr" && isDayNumber(d)) {
      const after = c.tk[i + 2];
      if (after === undefined || after.k === "punct" || c.year(i + 2) !== null) {
        const oy = optionalYear(c, i + 2);
        return done({ u: "day", d: d.n, m: mo.m, y: oy.y }, oy.next);
      }
    }
    const oy = optionalYear(c, i + 1);
    return done({ u: "month", m: mo.m, y: oy.y }, oy.next);
  }

  const w = c.word(i);
  if (w !== null && has(SEASONS, w)) {
    const s = SEASONS[w];
    const y1 = c.year(i + 1);
    // `hiver 2021-2022` is the one winter that straddles the two years (it ends in 2022)
    if (s === "winter" && y1 !== null && c.isPunct(i + 2, "-", "/") && c.year(i + 3) === y1 + 1) {
      return done({ u: "season", s, y: y1 + 1 }, i + 4);
    }
    const oy = optionalYear(c, i + 1);
    return done({ u: "season", s, y: oy.y }, oy.next);
  }

  // `T1`, `Q3 2021`, `H1`, `S2` (letter glued to the digit)
  if (w === "t" || w === "q" || w === "h" || w === "s") {
    const n = c.num(i + 1);
    if (c.adjacent(i) && n !== null && n.ord === "" && n.len === 1) {
      const isQuarter = w === "t" || w === "q";
      if (n.n >= 1 && n.n <= (isQuarter ? 4 : 2)) {
        const oy = optionalYear(c, i + 2);
        return done(isQuarter ? { u: "quarter", q: n.n, y: oy.y } : { u: "half", h: n.n, y: oy.y }, oy.next);
      }
    }
  }

  // `1er trimestre`, `deuxième trimestre 2021`, `second semestre`, `first half of 2024`
  const ord = ordinalNumber(c, i, 4);
  if (ord !== null) {
    let j = i + 1;
    if (c.isWord(j, "trimestre", "quarter")) {
      j++;
      const oy = optionalYear(c, j);
      return done({ u: "quarter", q: ord, y: oy.y }, oy.next);
    }
    if (ord <= 2 && c.isWord(j, "semestre", "half")) {
      j++;
      const oy = optionalYear(c, j);
      return done({ u: "half", h: ord, y: oy.y }, oy.next);
    }
  }

  const y = c.year(i);
  if (y !== null) return done({ u: "year", y }, i + 1);

  if (allowBare && isDayNumber(dn) && (dn.ord === "" || dn.ord === "er" || dn.ord === "re")) {
    return done({ u: "bareday", d: dn.n }, i + 1);
  }
  return null;
}

/** A point or a range of two points. */
export function parseSpan(c: Cursor, i0: number): SpanExpr | null {
  if (!(i0 in c.spans)) c.spans[i0] = parseSpanUncached(c, i0);
  return c.spans[i0];
}

function parseSpanUncached(c: Cursor, i0: number): SpanExpr | null {
  let i = i0;
  let opener: "de" | "entre" | null = null;
  if (c.isWord(i, "de", "du", "d", "from", "des")) {
    opener = "de";
    i++;
  } else if (c.isWord(i, "entre", "between")) {
    opener = "entre";
    i++;
  }
  const p1 = parsePoint(c, i, true);
  if (p1 === null) return null;
  // `2016-17`, `2016/17`: a year range whose end keeps two digits (the next ten years only)
  const short = c.num(p1.next + 1);
  if (
    p1.unit.u === "year" &&
    c.isPunct(p1.next, "-", "/") &&
    short !== null &&
    short.len === 2 &&
    short.ord === "" &&
    !c.isPunct(p1.next + 2, "-", "/")
  ) {
    const y1 = p1.unit.y;
    let y2 = Math.floor(y1 / 100) * 100 + short.n;
    if (y2 <= y1) y2 += 100;
    if (y2 - y1 <= 10) {
      const p2: Point = { unit: { u: "year", y: y2 }, approx: false, next: p1.next + 2 };
      return { p1, p2, next: p2.next };
    }
  }
  let j: number | null = null;
  if (opener === "entre") j = c.isWord(p1.next, "et", "and") ? p1.next + 1 : null;
  // `les 27 et 28 août 2015`: two days, read as the span from the first to the second
  else if (p1.unit.u === "bareday" && c.isWord(p1.next, "et", "and")) j = p1.next + 1;
  else if (c.isPunct(p1.next, "-")) j = p1.next + 1;
  // `2023/2024` (a union or school year written with a slash): only between two years
  else if (p1.unit.u === "year" && c.isPunct(p1.next, "/") && c.year(p1.next + 1) !== null) j = p1.next + 1;
  else j = c.anySeq(p1.next, RANGE_SEPS);
  if (j !== null) {
    const p2 = parsePoint(c, j, false);
    if (p2 !== null) return { p1, p2, next: p2.next };
  }
  if (p1.unit.u === "bareday" || opener === "entre") return null;
  return { p1, next: p1.next };
}

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
