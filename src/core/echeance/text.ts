/**
 * Text preparation for the échéancier parser: cleans what PDF extraction and typing leave behind (NBSP,
 * line breaks, the debris character `�`, stray `*` and `_`, curly apostrophes, superscript ordinals) and
 * cuts the cleaned text into tokens that are lower-cased and accent-folded (`Février` → `fevrier`) while
 * remembering where each came from, so that `matched` can quote the user's own words.
 */

export interface Token {
  /** folded, lower-case text (`fevrier`, `1`, `-`) */
  t: string;
  /** "num" (digits, with an optional ordinal suffix in `ord`), "word" (letters) or "punct" */
  k: "num" | "word" | "punct";
  /** numeric value for "num" */
  n: number;
  /** number of digits for "num" (a year has 4) */
  len: number;
  /** ordinal suffix of a number: `1er` → "er", `2e` → "e", `31st` → "st" */
  ord: string;
  /** start and end offsets in the cleaned text */
  s: number;
  e: number;
}

const SPACE_RE = /[\s\u00a0\u2007\u202f\u200b\ufeff]+/g;
const DEBRIS_RE = /[\ufffd*_\u00ad]/g;
const APOS_RE = /[\u2019\u2018\u02bc\u00b4`]/g;
const DASH_RE = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;

/**
 * Convention: `matched` quotes this cleaned text (debris removed, spaces collapsed, trimmed), not the raw
 * cell, because the raw cell may hold characters nobody meant to type.
 */
export function cleanText(raw: string): string {
  return raw
    .replace(DEBRIS_RE, " ")
    .replace(APOS_RE, "'")
    .replace(DASH_RE, "-")
    .replace(/\u1d49\u02b3/g, "er")
    .replace(/\u02b3\u1d49/g, "re")
    .replace(/\u1d49/g, "e")
    .replace(SPACE_RE, " ")
    .trim();
}

const FOLD: { [c: string]: string } = {};
(function buildFold() {
  const groups: [string, string][] = [
    ["àâäáãåā", "a"],
    ["ç", "c"],
    ["éèêëē", "e"],
    ["îïíìī", "i"],
    ["ôöóòõō", "o"],
    ["ùûüúū", "u"],
    ["ÿý", "y"],
    ["ñ", "n"],
    ["œ", "o"],
    ["æ", "a"],
  ];
  for (const [chars, to] of groups) for (let i = 0; i < chars.length; i++) FOLD[chars[i]] = to;
})();

/** Lower-cases and removes accents one character at a time, so offsets stay aligned with the input. */
export function fold(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const l = c.toLowerCase();
    const one = l.length === 1 ? l : c;
    out += FOLD[one] || one;
  }
  return out;
}

const TOKEN_RE = /(\d+)(ere|er|re|eme|ieme|e|st|nd|rd|th)?(?![a-z0-9])|\d+|[a-z]+|[^\sa-z0-9]/g;

/**
 * Tokens of the cleaned text. An apostrophe is dropped (`d'ici` → `d`, `ici`); a period right after a
 * word is dropped too, so abbreviations (`janv.`, `sept.`) read like the word, while `15.03.2022` keeps
 * its periods.
 */
export function tokenize(cleaned: string): Token[] {
  const f = fold(cleaned);
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let r: RegExpExecArray | null = TOKEN_RE.exec(f);
  while (r !== null) {
    const s = r.index;
    const e = s + r[0].length;
    const txt = r[0];
    if (r[1] !== undefined) {
      out.push({ t: r[1], k: "num", n: +r[1], len: r[1].length, ord: r[2] || "", s, e });
    } else if (/^\d/.test(txt)) {
      // digits glued to letters (`15mars`): keep the number, the letters follow as a word
      const digits = /^\d+/.exec(txt)![0];
      out.push({ t: digits, k: "num", n: +digits, len: digits.length, ord: "", s, e: s + digits.length });
      TOKEN_RE.lastIndex = s + digits.length;
    } else if (/^[a-z]/.test(txt)) {
      out.push({ t: txt, k: "word", n: Number.NaN, len: 0, ord: "", s, e });
    } else if (txt === "'") {
      // elision: nothing to keep
    } else if (
      txt === "." &&
      out.length > 0 &&
      out[out.length - 1].k === "word" &&
      out[out.length - 1].e === s
    ) {
      out[out.length - 1].e = e;
    } else {
      out.push({ t: txt, k: "punct", n: Number.NaN, len: 0, ord: "", s, e });
    }
    r = TOKEN_RE.exec(f);
  }
  return out;
}
