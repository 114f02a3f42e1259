/**
 * The grammar of dated échéancier points, on the tokens of text.ts: a day, a month with an optional
 * `début/mi/fin` modifier, a season, a quarter, a half, a year, numeric dates, and (grammar-parts.ts) the
 * parts of months, seasons and years and the cégep sessions. Ranges between two points are read in
 * grammar-span.ts. It only recognises shapes; dates are placed on the calendar in
 * resolve.ts. Every function takes a token index and returns the index after what it read, or null.
 */

import { readMonthPart, readSession, readThird, readWeekOf } from "./grammar-parts";
import type { Cursor, Modifier, Point, Unit } from "./grammar-types";
import { has, MONTHS, ORDINALS, SEASONS, WEEKDAYS } from "./lexicon";
import type { Token } from "./text";

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

/** `2025-2026`, `2025/2026`, `2025-26` at i: two consecutive or later years, or null. */
export function yearRangeAt(c: Cursor, i: number): { y1: number; y2: number; next: number } | null {
  const y1 = c.year(i);
  if (y1 === null || !c.isPunct(i + 1, "-", "/")) return null;
  const y2 = c.year(i + 2);
  if (y2 !== null) return y2 > y1 ? { y1, y2, next: i + 3 } : null;
  const short = c.num(i + 2);
  if (short === null || short.len !== 2 || short.ord !== "" || c.isPunct(i + 3, "-", "/")) return null;
  let y = Math.floor(y1 / 100) * 100 + short.n;
  if (y <= y1) y += 100;
  return y - y1 <= 10 ? { y1, y2: y, next: i + 3 } : null;
}

/** A quarter or half with its year: `T3 2021`, or of a committee year, `T2 2025-2026` (the plan's). */
function quarterOrHalf(c: Cursor, j: number, q: number, half: boolean): { unit: Unit; next: number } {
  const range = yearRangeAt(c, j);
  if (range !== null && range.y2 === range.y1 + 1) {
    const unit: Unit = half
      ? { u: "half", h: q, y: range.y1, plan: true }
      : { u: "quarter", q, y: range.y1, plan: true };
    return { unit, next: range.next };
  }
  const oy = optionalYear(c, j);
  return { unit: half ? { u: "half", h: q, y: oy.y } : { u: "quarter", q, y: oy.y }, next: oy.next };
}

const ENGLISH_ORDINALS = ["st", "nd", "rd", "th"];

/** One point: see the module comment. `allowBare` admits a lone day number (left end of a range). */
export function parsePoint(c: Cursor, i0: number, allowBare: boolean): Point | null {
  let i = i0;
  let approx = false;
  const session = readSession(c, i);
  if (session !== null) return { unit: session.unit, approx: false, next: session.next };
  for (let guard = 0; guard < 4; guard++) {
    if (c.isWord(i, ...APPROX_WORDS)) {
      approx = true;
      i++;
      if (c.isWord(i, "de", "d")) i++;
    } else if (c.isWord(i, ...FILLERS)) i++;
    else break;
  }
  const done = (unit: Unit, next: number): Point => ({ unit, approx, next });
  const part = readWeekOf(c, i) ?? readMonthPart(c, i) ?? readSession(c, i);
  if (part !== null) return done(part.unit, part.next);
  let wd: number | undefined;
  if (c.word(i) !== null && has(WEEKDAYS, c.word(i)!)) {
    wd = WEEKDAYS[c.word(i)!];
    i++;
    if (c.isPunct(i, ",")) i++;
    if (c.isWord(i, "le", "the")) i++;
  }
  const day = (d: number, m: number, y: number | undefined, next: number): Point =>
    done(wd === undefined ? { u: "day", d, m, y } : { u: "day", d, m, y, wd }, next);
  if (c.isWord(i, "mois", "month")) {
    i++;
    if (c.isWord(i, "de", "d", "of")) i++;
  }
  // `année scolaire 2025-2026`: the school year (September → June), not the committee's or the calendar's
  if (c.isWord(i, "annee", "school") && c.isWord(i + 1, "scolaire", "year")) {
    let j = i + 2;
    if (c.isPunct(j, ":")) j++;
    const range = yearRangeAt(c, j);
    return range === null ? null : done({ u: "years", y1: range.y1, y2: range.y2, school: true }, range.next);
  }
  if (c.isWord(i, "annee", "an", "year")) {
    if (c.year(i + 1) !== null) i++;
  }

  // `début mars`, `mi-avril`, `fin de juin 2021`, `end of June`, `early May`; of a season or a year: a third
  for (const [words, mod] of MODIFIERS) {
    let j = c.seq(i, words);
    if (j === null) continue;
    if (c.isPunct(j, "-")) j++;
    const third = readThird(c, j, mod);
    if (third !== null) return done(third.unit, third.next);
    if (c.isWord(j, "de", "d", "du", "of", "the")) j++;
    if (c.isWord(j, "mois", "month")) {
      j++;
      if (c.isWord(j, "de", "d", "of")) j++;
    }
    const mo = monthAt(c, j);
    if (mo === null) return null;
    const oy = optionalYear(c, j + 1);
    return done({ u: "month", m: mo.m, y: oy.y, mod }, oy.next);
  }

  const nd = numericDate(c, i);
  if (nd !== null) {
    const u = nd.unit;
    return u.u === "day" ? day(u.d, u.m, u.y, nd.next) : done(u, nd.next);
  }

  // `1er mai 2021`, `15 mars`, `31 March 2024`
  const dn = c.num(i);
  if (isDayNumber(dn)) {
    const mo = monthAt(c, i + 1);
    if (mo !== null) {
      const oy = optionalYear(c, i + 2);
      return day(dn.n, mo.m, oy.y, oy.next);
    }
  }
  if (c.isWord(i, "premier") && monthAt(c, i + 1) !== null) {
    const oy = optionalYear(c, i + 2);
    return day(1, monthAt(c, i + 1)!.m, oy.y, oy.next);
  }
  // `Noël` (25 December), `d'ici Noël`
  if (c.isWord(i, "noel", "christmas")) {
    const oy = optionalYear(c, i + 1);
    return day(25, 12, oy.y, oy.next);
  }

  const mo = monthAt(c, i);
  if (mo !== null) {
    // English order `March 31, 2024`, `March 31st`, `Sept 3rd`: for English month words, or any month
    // word with an English ordinal; never when the number starts a recurrence (`juin 2 fois par année`
    // is French and never reads as June 2)
    const d = c.num(i + 1);
    if (isDayNumber(d) && (mo.lang !== "fr" || ENGLISH_ORDINALS.indexOf(d.ord) >= 0)) {
      const after = c.tk[i + 2];
      if (
        after === undefined ||
        after.k === "punct" ||
        c.year(i + 2) !== null ||
        c.isWord(i + 2, "at", "to", "through", "thru", "until", "and")
      ) {
        const oy = optionalYear(c, i + 2);
        return day(d.n, mo.m, oy.y, oy.next);
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
        const r = quarterOrHalf(c, i + 2, n.n, !isQuarter);
        return done(r.unit, r.next);
      }
    }
  }

  // `1er trimestre`, `deuxième trimestre 2021`, `second semestre`, `first half of 2024`
  const ord = ordinalNumber(c, i, 4);
  if (ord !== null) {
    const j = i + 1;
    if (c.isWord(j, "trimestre", "quarter")) {
      const r = quarterOrHalf(c, j + 1, ord, false);
      return done(r.unit, r.next);
    }
    if (ord <= 2 && c.isWord(j, "semestre", "half")) {
      const r = quarterOrHalf(c, j + 1, ord, true);
      return done(r.unit, r.next);
    }
  }

  const y = c.year(i);
  if (y !== null) return done({ u: "year", y }, i + 1);

  if (allowBare && isDayNumber(dn) && (dn.ord === "" || dn.ord === "er" || dn.ord === "re")) {
    return done({ u: "bareday", d: dn.n }, i + 1);
  }
  return null;
}

export { parseRecurrence, type RecurrenceExpr, type RecurrenceUnit } from "./grammar-recurrence";
export { parseSpan } from "./grammar-span";
export { Cursor, type Modifier, type Point, type SpanExpr, type Third, type Unit } from "./grammar-types";
