/**
 * The grammar of the narrower points committees write inside a month, a season or a year, and of the
 * college (cégep) calendar: `première semaine d'août`, `2e quinzaine de mai`, `first half of May`, `le
 * premier lundi d'octobre`, `the last Friday of June`, `la semaine du 12 mai`, `début / milieu / fin` of a
 * season or a year (`début du printemps`, `mi-2026`, `fin de l'année 2021`), `session d'automne 2025`,
 * `A-2025`, `H-2026`, `rentrée d'hiver`, `la rentrée`. Like grammar.ts it only recognises shapes (resolve.ts
 * gives them their days); each reader takes a token index and returns the unit and the index after it.
 */

import type { Cursor, Modifier, Third, Unit } from "./grammar";
import { has, MONTHS, SEASONS, WEEK_ORDINALS, WEEKDAYS } from "./lexicon";

export interface Read {
  unit: Unit;
  next: number;
}

/** `2025`, `de 2025`, `, 2025`: a year written after a unit. */
export function yearAfter(c: Cursor, i: number): { y?: number; next: number } {
  const y = c.year(i);
  if (y !== null) return { y, next: i + 1 };
  if (c.isWord(i, "de", "d", "of") && c.year(i + 1) !== null) return { y: c.year(i + 1)!, next: i + 2 };
  if (c.isPunct(i, ",") && c.year(i + 1) !== null) return { y: c.year(i + 1)!, next: i + 2 };
  return { next: i };
}

function monthWord(c: Cursor, i: number): number | null {
  const w = c.word(i);
  return w !== null && has(MONTHS, w) ? MONTHS[w].m : null;
}

/** An ordinal for weeks and weekdays: `premier`, `2e`, `3rd`, `dernière`, `last`. */
function weekOrdinal(c: Cursor, i: number): number | null {
  const t = c.num(i);
  if (t !== null) return t.ord !== "" && t.n >= 1 && t.n <= 5 ? t.n : null;
  const w = c.word(i);
  return w !== null && has(WEEK_ORDINALS, w) ? WEEK_ORDINALS[w] : null;
}

/** `de`, `d'`, `du mois de`, `of`, `in`, `of the month of` between a part and its month: the index of the month. */
function toMonth(c: Cursor, i: number): number | null {
  let j = i;
  if (c.isWord(j, "de", "d", "du", "of", "in", "en")) j++;
  if (c.isWord(j, "the")) j++;
  if (c.isWord(j, "mois", "month")) {
    j++;
    if (c.isWord(j, "de", "d", "of")) j++;
  }
  return monthWord(c, j) !== null ? j : null;
}

/**
 * `première semaine d'août`, `la dernière semaine de juin`, `2e quinzaine de mai`, `first half of May`,
 * `le premier lundi d'octobre`, `the last Friday in June`.
 */
export function readMonthPart(c: Cursor, i0: number): Read | null {
  let i = i0;
  if (c.isWord(i, "le", "la", "the", "l")) i++;
  const n = weekOrdinal(c, i);
  if (n === null) return null;
  const what = c.word(i + 1);
  if (what === null) return null;
  let kind: "week" | "fortnight" | "nthday";
  if (what === "semaine" || what === "week") kind = "week";
  else if (what === "quinzaine" || (what === "half" && n !== 5)) kind = "fortnight";
  else if (has(WEEKDAYS, what)) kind = "nthday";
  else return null;
  if (kind === "fortnight" && n > 2) return null;
  const j = toMonth(c, i + 2);
  if (j === null) return null;
  const m = monthWord(c, j)!;
  const oy = yearAfter(c, j + 1);
  if (kind === "week") return { unit: { u: "week", n, m, y: oy.y }, next: oy.next };
  if (kind === "fortnight")
    return { unit: { u: "fortnight", n: n === -1 ? 2 : n, m, y: oy.y }, next: oy.next };
  return { unit: { u: "nthday", n, wd: WEEKDAYS[what], m, y: oy.y }, next: oy.next };
}

/** `la semaine du 12 mai`, `semaine du 3 novembre 2025`, `the week of May 12`, `week of 12 May`. */
export function readWeekOf(c: Cursor, i0: number): Read | null {
  let i = i0;
  if (c.isWord(i, "la", "the")) i++;
  if (!c.isWord(i, "semaine", "week")) return null;
  if (!c.isWord(i + 1, "du", "of")) return null;
  let j = i + 2;
  if (c.isWord(j, "the", "le")) j++;
  const d = c.num(j);
  if (d !== null && d.n >= 1 && d.n <= 31 && d.len <= 2) {
    const m = monthWord(c, j + 1);
    if (m === null) return null;
    const oy = yearAfter(c, j + 2);
    return { unit: { u: "weekof", d: d.n, m, y: oy.y }, next: oy.next };
  }
  const m = monthWord(c, j);
  const d2 = c.num(j + 1);
  if (m !== null && d2 !== null && d2.n >= 1 && d2.n <= 31 && d2.len <= 2) {
    const oy = yearAfter(c, j + 2);
    return { unit: { u: "weekof", d: d2.n, m, y: oy.y }, next: oy.next };
  }
  return null;
}

const THIRDS: { [m in Modifier]: Third } = { debut: 1, mi: 2, fin: 3 };

/**
 * After a modifier (`début`, `milieu`, `mi-`, `fin`, `early`, `late`…) at j: a season (`début du
 * printemps`, `fin de l'automne 2025`, `late fall`) or a year (`mi-2026`, `fin de l'année 2021`), as
 * its first, middle or last third. Null when neither follows.
 */
export function readThird(c: Cursor, j0: number, mod: Modifier): Read | null {
  let j = j0;
  if (c.isWord(j, "de", "d", "du", "of")) j++;
  if (c.isWord(j, "l", "the", "la", "le")) j++;
  const third = THIRDS[mod];
  const w = c.word(j);
  if (w !== null && has(SEASONS, w)) {
    const oy = yearAfter(c, j + 1);
    return { unit: { u: "season", s: SEASONS[w], y: oy.y, third }, next: oy.next };
  }
  if (c.isWord(j, "annee", "an", "year") && c.year(j + 1) !== null) j++;
  const y = c.year(j);
  if (y !== null) return { unit: { u: "year", y, third }, next: j + 1 };
  return null;
}

const SESSION_LETTERS: { [w: string]: "automne" | "hiver" | "ete" } = { a: "automne", h: "hiver", e: "ete" };
const SESSION_WORDS: { [w: string]: "automne" | "hiver" | "ete" } = {
  automne: "automne",
  hiver: "hiver",
  ete: "ete",
  fall: "automne",
  autumn: "automne",
  winter: "hiver",
  summer: "ete",
};

/** A session code `A-2025`, `H-26`, `A2025`: the letter, then a hyphen and the year, or the four digits glued. */
function sessionCode(c: Cursor, i: number): Read | null {
  const w = c.word(i);
  if (w === null || !has(SESSION_LETTERS, w)) return null;
  let j = i + 1;
  const hyphen = c.isPunct(j, "-") && c.adjacent(i);
  if (hyphen) j++;
  else if (!c.adjacent(i)) return null;
  const t = c.num(j);
  // two digits only after a hyphen: `19h30` is a time, not the winter session of 2030
  if (t === null || t.ord !== "" || !(t.len === 4 || (hyphen && t.len === 2)) || !c.adjacent(j - 1))
    return null;
  return { unit: { u: "session", s: SESSION_LETTERS[w], y: t.len === 2 ? 2000 + t.n : t.n }, next: j + 1 };
}

/**
 * Cégep sessions (DESIGN.md §4): `session d'automne (2025)`, `session A-2025`, `A-2025`, `H-2026`, `fall
 * session`; `rentrée d'hiver` = January; `la rentrée`, `rentrée scolaire`, `rentrée d'automne` = late
 * August → September. A season without `session` stays the astronomical season (grammar.ts).
 */
export function readSession(c: Cursor, i0: number): Read | null {
  let i = i0;
  if (c.isWord(i, "la", "le", "the", "l")) i++;
  const code = sessionCode(c, i);
  if (code !== null) return code;
  if (c.isWord(i, "session", "trimestre")) {
    let j = i + 1;
    const inner = sessionCode(c, j);
    if (inner !== null) return inner;
    if (c.isWord(j, "de", "d", "du")) j++;
    const w = c.word(j);
    if (
      w === null ||
      !has(SESSION_WORDS, w) ||
      (c.isWord(i, "trimestre") && w !== "automne" && w !== "hiver")
    )
      return null;
    const oy = yearAfter(c, j + 1);
    return { unit: { u: "session", s: SESSION_WORDS[w], y: oy.y }, next: oy.next };
  }
  const w = c.word(i);
  if (w !== null && has(SESSION_WORDS, w) && c.isWord(i + 1, "session", "semester", "term")) {
    const oy = yearAfter(c, i + 2);
    return { unit: { u: "session", s: SESSION_WORDS[w], y: oy.y }, next: oy.next };
  }
  if (c.isWord(i, "rentree")) {
    let j = i + 1;
    if (c.isWord(j, "d", "de") && c.isWord(j + 1, "hiver")) {
      const oy = yearAfter(c, j + 2);
      return { unit: { u: "month", m: 1, y: oy.y }, next: oy.next };
    }
    if (c.isWord(j, "scolaire")) j++;
    else if (c.isWord(j, "d", "de") && c.isWord(j + 1, "automne")) j += 2;
    const oy = yearAfter(c, j);
    return { unit: { u: "rentree", y: oy.y }, next: oy.next };
  }
  return null;
}
