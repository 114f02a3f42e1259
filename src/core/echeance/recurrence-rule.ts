/**
 * Recurring deadlines that name their days — `tous les jeudis`, `chaque premier lundi du mois`, `le 15 de
 * chaque mois`, `every other Tuesday`, `the last Friday of each month`, bounded or not by months (`tous
 * les jeudis de septembre à juin`, `chaque lundi en mars`) — read into a recurrence rule the
 * calendar can repeat (RFC 5545 RRULE, which Google Calendar takes in an event's `recurrence`), with its
 * first occurrence inside the plan's Période and an UNTIL at the Période's end. Recurrences that name no
 * day (`2 fois par année`, `mensuel`) are not read here: they stay undated, since any day would be invented.
 *
 * Hand-written rather than a library: the reading is French first (no RRULE or natural-language library
 * reads French day phrases), and the few rule shapes it produces need only a day-by-day walk to find
 * their first day; the tests expand the rules with ical.js, the maintained iCalendar library, to check
 * that no occurrence falls outside the Période.
 */
import { addDays } from "../dates";

export type Weekday = "MO" | "TU" | "WE" | "TH" | "FR" | "SA" | "SU";

export interface RecurrenceRule {
  freq: "WEEKLY" | "MONTHLY";
  /** Every `interval` weeks or months (2 = every other). */
  interval: number;
  /** Weekdays; for a monthly rule with the ordinal of that weekday in the month (1–4, or -1 = last). */
  byDay?: Array<{ day: Weekday; ordinal?: number }>;
  /** Day of the month, for `le 15 de chaque mois`; -1 = the last day (`le 31 de chaque mois`). */
  byMonthDay?: number;
  /** The months it is bounded by (`tous les jeudis de septembre à juin`: 9–12 and 1–6), 1–12, sorted. */
  byMonth?: number[];
}

const WEEKDAYS: Record<string, Weekday> = {
  lundi: "MO",
  mardi: "TU",
  mercredi: "WE",
  jeudi: "TH",
  vendredi: "FR",
  samedi: "SA",
  dimanche: "SU",
  monday: "MO",
  tuesday: "TU",
  wednesday: "WE",
  thursday: "TH",
  friday: "FR",
  saturday: "SA",
  sunday: "SU",
};
/** getUTCDay() order. */
const DAY_INDEX: Weekday[] = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

const ORDINALS: Record<string, number> = {
  premier: 1,
  premiere: 1,
  "1er": 1,
  "1re": 1,
  "1ere": 1,
  deuxieme: 2,
  second: 2,
  seconde: 2,
  "2e": 2,
  "2eme": 2,
  troisieme: 3,
  "3e": 3,
  "3eme": 3,
  quatrieme: 4,
  "4e": 4,
  "4eme": 4,
  dernier: -1,
  derniere: -1,
  first: 1,
  "1st": 1,
  "2nd": 2,
  third: 3,
  "3rd": 3,
  fourth: 4,
  "4th": 4,
  last: -1,
};

const DAY =
  "(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?";
/** One day or a list: `lundis et jeudis`, `Monday, Wednesday and Friday`. */
const DAYS = `${DAY}(?:(?: ?, ?| et | and | & )${DAY})*`;
const ORD = `(${Object.keys(ORDINALS).join("|")})s?`;
const MONTH_DAY = "(1er|\\d{1,2})(?:st|nd|rd|th|e)?";
const EACH_MONTH_FR = "(?:du mois|de chaque mois|de tous les mois|par mois)";
const EACH_MONTH_EN = "of (?:the|each|every) month";
const EVERY_OTHER = "(?:deux|2|other|second)";

/** The phrases, whole-text matches on the normalised text; each gives the parts it captured. */
const PATTERNS: Array<{ re: RegExp; read: (m: RegExpExecArray) => RecurrenceRule | null }> = [
  // tous les jeudis · chaque jeudi · tous les deux jeudis · every Thursday · every other Tuesday
  {
    re: new RegExp(
      `^(?:tous les|toutes les|chaque|every|each) (?:(${EVERY_OTHER}) )?(${DAYS})(?: de chaque semaine| par semaine| of the week)?$`,
    ),
    read: (m) => weekly(m[2], m[1] ? 2 : 1),
  },
  // un jeudi sur deux
  { re: new RegExp(`^(?:un|1) (${DAY}) sur (?:deux|2)$`), read: (m) => weekly(m[1], 2) },
  // le jeudi de chaque semaine · chaque semaine le jeudi · weekly on Thursdays
  {
    re: new RegExp(
      `^(?:(?:le|les|on) (${DAYS}) (?:de chaque semaine|each week|every week)|(?:chaque semaine|toutes les semaines|hebdomadaire(?:ment)?|weekly|every week),? (?:le|les|on) (${DAYS}))$`,
    ),
    read: (m) => weekly(m[1] ?? m[2], 1),
  },
  // chaque premier lundi du mois · le dernier vendredi de chaque mois · the first Monday of every month
  {
    re: new RegExp(
      `^(?:(?:chaque|tous les|toutes les|le|les|every|each|the|on the) )?${ORD} (${DAY}) (?:${EACH_MONTH_FR}|${EACH_MONTH_EN})$`,
    ),
    read: (m) => monthlyWeekday(m[1], m[2]),
  },
  // chaque mois, le premier lundi · monthly on the first Monday
  {
    re: new RegExp(
      `^(?:chaque mois|tous les mois|mensuellement|monthly|every month),? (?:le|on the) ${ORD} (${DAY})$`,
    ),
    read: (m) => monthlyWeekday(m[1], m[2]),
  },
  // le 15 de chaque mois · tous les 15 du mois · the 15th of each month · every 15th of the month
  {
    re: new RegExp(
      `^(?:(?:le|chaque|tous les|every|each|the|on the) )?${MONTH_DAY} (?:${EACH_MONTH_FR}|${EACH_MONTH_EN})$`,
    ),
    read: (m) => monthlyDay(m[1]),
  },
  // le dernier jour de chaque mois · the last day of each month
  {
    re: new RegExp(
      `^(?:(?:le|chaque|tous les|every|each|the|on the) )?(?:dernier jour|last day) (?:${EACH_MONTH_FR}|${EACH_MONTH_EN})$`,
    ),
    read: () => ({ freq: "MONTHLY", interval: 1, byMonthDay: -1 }),
  },
  // chaque mois le 15 · monthly on the 15th
  {
    re: new RegExp(
      `^(?:chaque mois|tous les mois|mensuellement|monthly|every month),? (?:le|on the) ${MONTH_DAY}$`,
    ),
    read: (m) => monthlyDay(m[1]),
  },
];

function weekdayOf(word: string): Weekday {
  return WEEKDAYS[word.replace(/s$/, "")];
}

function weekly(list: string, interval: number): RecurrenceRule {
  const days: Weekday[] = [];
  for (const word of list.match(new RegExp(DAY, "g")) ?? []) {
    const day = weekdayOf(word);
    if (!days.includes(day)) days.push(day);
  }
  return { freq: "WEEKLY", interval, byDay: days.map((day) => ({ day })) };
}

function monthlyWeekday(ordinal: string, day: string): RecurrenceRule | null {
  const n = ORDINALS[ordinal];
  return n ? { freq: "MONTHLY", interval: 1, byDay: [{ day: weekdayOf(day), ordinal: n }] } : null;
}

/**
 * Convention: `le 31 de chaque mois` is the last day of every month (BYMONTHDAY=-1): BYMONTHDAY=31 would
 * skip every shorter month. The 29th and 30th are not read (February has none: monthDayMissing gives the
 * reason), rather than skipped silently or moved to a day nobody wrote.
 */
function monthlyDay(text: string): RecurrenceRule | null {
  const n = text === "1er" ? 1 : Number(text);
  if (n === 31) return { freq: "MONTHLY", interval: 1, byMonthDay: -1 };
  return n >= 1 && n <= 28 ? { freq: "MONTHLY", interval: 1, byMonthDay: n } : null;
}

function normalise(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’']/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.;]$/, "")
    .trim();
}

const MONTH_NUMBERS: Record<string, number> = {};
(
  [
    [1, "janvier janv jan january"],
    [2, "fevrier fevr fev february feb"],
    [3, "mars march mar"],
    [4, "avril avr april apr"],
    [5, "mai may"],
    [6, "juin june jun"],
    [7, "juillet juil july jul"],
    [8, "aout august aug"],
    [9, "septembre sept sep september"],
    [10, "octobre oct october"],
    [11, "novembre nov november"],
    [12, "decembre dec december"],
  ] as Array<[number, string]>
).forEach(([m, words]) => {
  for (const w of words.split(" ")) MONTH_NUMBERS[w] = m;
});
const MONTH = `(${Object.keys(MONTH_NUMBERS).join("|")})\\.?`;
/** `de septembre à juin`, `d'octobre à mai`, `from September to June`; then `(septembre-juin)`. */
const MONTH_RANGE = new RegExp(
  `^(.*),? (?:de|d|du mois de|from|between) ${MONTH} ?(?:a|au|jusqu a|jusqu en|-|to|through|until|and|et) ?(?:en )?${MONTH}$`,
);
const MONTH_RANGE_BARE = new RegExp(`^(.*?),? \\(?${MONTH} ?(?:-|a|to) ?${MONTH}\\)?$`);
/** `en mars`, `au mois de mars`, `in March`, `during March`, `de mars`. */
const ONE_MONTH = new RegExp(`^(.*?),? (?:en|au mois de|du mois de|in|during|de|d|of) ${MONTH}$`);

/** The months from m1 to m2 (across New Year when m2 < m1), sorted. */
function monthsFrom(m1: number, m2: number): number[] {
  const out: number[] = [];
  for (let m = m1; ; m = (m % 12) + 1) {
    out.push(m);
    if (m === m2) break;
  }
  return out.sort((a, b) => a - b);
}

/** The phrase without its bounding months, and those months; or the phrase alone. */
function monthBounds(phrase: string): { rest: string; months?: number[] } {
  const range = MONTH_RANGE.exec(phrase) ?? MONTH_RANGE_BARE.exec(phrase);
  if (range) return { rest: range[1], months: monthsFrom(MONTH_NUMBERS[range[2]], MONTH_NUMBERS[range[3]]) };
  const one = ONE_MONTH.exec(phrase);
  if (one) return { rest: one[1], months: [MONTH_NUMBERS[one[2]]] };
  return { rest: phrase };
}

/**
 * `le 30 de chaque mois`, `the 29th of each month`: the day it names when February does not always have
 * it (29 or 30), so the reading can say why it gives no rule; null otherwise.
 */
const MONTH_DAY_29_30 = new RegExp(
  `^(?:(?:le|chaque|tous les|every|each|the|on the) )?(29|30)(?:st|nd|rd|th|e)? (?:${EACH_MONTH_FR}|${EACH_MONTH_EN})`,
);

export function monthDayMissing(text: unknown): number | null {
  if (typeof text !== "string" || !/\b(?:29|30)/.test(text)) return null;
  const m = MONTH_DAY_29_30.exec(normalise(text));
  return m ? Number(m[1]) : null;
}

/**
 * The rule `text` names, or null when it names no days (or is not a recurrence at all). Months written
 * after it bound it (`tous les jeudis de septembre à juin`, `chaque lundi en mars`: BYMONTH), rather than
 * making it one long span. As in the
 * Échéancier parser, wrapping parentheses and a leading `Responsable -` label (seed 002) are skipped.
 */
export function readRecurrenceRule(text: unknown): RecurrenceRule | null {
  if (typeof text !== "string" || text.length > 120) return null;
  const phrase = normalise(text)
    .replace(/^\((.*)\)$/, "$1")
    .replace(/^responsables? ?[-:] ?/, "")
    .trim();
  const bounded = monthBounds(phrase);
  for (const candidate of bounded.months ? [bounded, { rest: phrase }] : [bounded]) {
    for (const pattern of PATTERNS) {
      const match = pattern.re.exec(candidate.rest);
      if (!match) continue;
      const rule = pattern.read(match);
      if (rule && candidate.months) rule.byMonth = candidate.months;
      return rule;
    }
  }
  return null;
}

function daysInMonth(day: string): number {
  const [year, month] = day.split("-").map(Number);
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when the ISO `day` is one the rule names (ignoring the interval, which counts from the start). */
export function ruleNamesDay(rule: RecurrenceRule, day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  const dom = date.getUTCDate();
  if (rule.byMonth && !rule.byMonth.includes(date.getUTCMonth() + 1)) return false;
  if (rule.byMonthDay === -1) return dom === daysInMonth(day);
  if (rule.byMonthDay !== undefined) return dom === rule.byMonthDay;
  const weekday = DAY_INDEX[date.getUTCDay()];
  return (rule.byDay ?? []).some((entry) => {
    if (entry.day !== weekday) return false;
    if (entry.ordinal === undefined) return true;
    if (entry.ordinal === -1) return dom + 7 > daysInMonth(day);
    return Math.ceil(dom / 7) === entry.ordinal;
  });
}

/** The first day on or after `from` and on or before `until` that the rule names, or null. */
export function firstOccurrence(rule: RecurrenceRule, from: string, until: string): string | null {
  for (let day = from; day <= until; day = addDays(day, 1)) if (ruleNamesDay(rule, day)) return day;
  return null;
}

/** The RRULE line of `rule`, ending on `until` (an ISO day, inclusive: a DATE, as the event is all-day). */
export function rruleLine(rule: RecurrenceRule, until: string): string {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval > 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.byDay?.length)
    parts.push(`BYDAY=${rule.byDay.map((entry) => `${entry.ordinal ?? ""}${entry.day}`).join(",")}`);
  if (rule.byMonthDay !== undefined) parts.push(`BYMONTHDAY=${rule.byMonthDay}`);
  if (rule.byMonth?.length) parts.push(`BYMONTH=${rule.byMonth.join(",")}`);
  parts.push(`UNTIL=${until.replace(/-/g, "")}`);
  return `RRULE:${parts.join(";")}`;
}
