/**
 * The words of the échéancier parser, accent-folded and lower-case as the tokenizer produces them:
 * month names and abbreviations (French and English), seasons, ordinals and small number words, and the
 * words that say "not decided yet". Keeping them here keeps the grammar in parse.ts readable.
 */

import type { Season } from "./dates";

const hasOwn = Object.prototype.hasOwnProperty;

/** Own-key lookup (`Object.hasOwn` is ES2022, newer than Apps Script's target; `toString` is no month). */
export function has(table: object, key: string): boolean {
  return hasOwn.call(table, key);
}

/** Month words → month number and language; "both" marks abbreviations shared by French and English. */
export const MONTHS: { [w: string]: { m: number; lang: "fr" | "en" | "both" } } = {};
(function buildMonths() {
  const table: [number, string[], string[], string[]][] = [
    // [month, French-only, English-only, both]
    [1, ["janvier", "janv", "jnv"], ["january"], ["jan"]],
    [2, ["fevrier", "fevr", "fev", "fevier"], ["february", "feb"], []],
    [3, ["mars"], ["march"], ["mar"]],
    [4, ["avril", "avr"], ["april", "apr"], []],
    [5, ["mai"], ["may"], []],
    [6, ["juin"], ["june", "jun"], []],
    [7, ["juillet", "juil"], ["july", "jul"], []],
    [8, ["aout"], ["august", "aug"], []],
    [9, ["septembre", "sept"], ["september"], ["sep"]],
    [10, ["octobre"], ["october"], ["oct"]],
    [11, ["novembre"], ["november"], ["nov"]],
    [12, ["decembre", "decembe"], ["december"], ["dec"]],
  ];
  for (const [m, fr, en, both] of table) {
    for (const w of fr) MONTHS[w] = { m, lang: "fr" };
    for (const w of en) MONTHS[w] = { m, lang: "en" };
    for (const w of both) MONTHS[w] = { m, lang: "both" };
  }
})();

export const SEASONS: { [w: string]: Season } = {
  printemps: "spring",
  spring: "spring",
  ete: "summer",
  summer: "summer",
  automne: "autumn",
  fall: "autumn",
  autumn: "autumn",
  hiver: "winter",
  winter: "winter",
};

/** Ordinal words for quarters and halves (`deuxième trimestre`, `second semestre`, `third quarter`). */
export const ORDINALS: { [w: string]: number } = {
  premier: 1,
  premiere: 1,
  first: 1,
  deuxieme: 2,
  second: 2,
  seconde: 2,
  troisieme: 3,
  third: 3,
  quatrieme: 4,
  fourth: 4,
};

/** Small counts in recurrences (`deux fois par année`, `twice a year`). `sept` is left out: it is September. */
export const COUNT_WORDS: { [w: string]: number } = {
  un: 1,
  une: 1,
  one: 1,
  once: 1,
  deux: 2,
  two: 2,
  twice: 2,
  trois: 3,
  three: 3,
  thrice: 3,
  quatre: 4,
  four: 4,
  cinq: 5,
  five: 5,
  six: 6,
  dix: 10,
  ten: 10,
  douze: 12,
  twelve: 12,
};

/** Weekday words → day of the week, 0 = Sunday … 6 = Saturday (as getUTCDay counts). */
export const WEEKDAYS: { [w: string]: number } = {
  dimanche: 0,
  lundi: 1,
  mardi: 2,
  mercredi: 3,
  jeudi: 4,
  vendredi: 5,
  samedi: 6,
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sun: 0,
  mon: 1,
  tue: 2,
  tues: 2,
  wed: 3,
  thu: 4,
  thurs: 4,
  fri: 5,
  sat: 6,
};

/** Ordinals of a week, a fortnight or a weekday in a month (`première semaine`, `le dernier lundi`); -1 = last. */
export const WEEK_ORDINALS: { [w: string]: number } = {
  premier: 1,
  premiere: 1,
  first: 1,
  deuxieme: 2,
  second: 2,
  seconde: 2,
  troisieme: 3,
  third: 3,
  quatrieme: 4,
  fourth: 4,
  cinquieme: 5,
  fifth: 5,
  dernier: -1,
  derniere: -1,
  last: -1,
};

/** Whole-cell phrases that say the deadline is not decided yet (folded, tokens joined by one space). */
export const UNDECIDED: { [phrase: string]: true } = {
  "a determiner": true,
  "a det": true,
  "a definir": true,
  "a venir": true,
  "a confirmer": true,
  "a preciser": true,
  "a fixer": true,
  "a voir": true,
  "date a determiner": true,
  "date a venir": true,
  "date a confirmer": true,
  "pas encore": true,
  inconnu: true,
  inconnue: true,
  aucune: true,
  aucun: true,
  tbd: true,
  tba: true,
  "to be determined": true,
  "to be confirmed": true,
  "to be announced": true,
  tbc: true,
  unknown: true,
  none: true,
  "n / a": true,
  na: true,
  nd: true,
  "n / d": true,
  "?": true,
  "? ?": true,
  "? ? ?": true,
  "-": true,
  x: true,
};
