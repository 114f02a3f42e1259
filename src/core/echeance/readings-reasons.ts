/**
 * The reasons for phrases the parser refuses to date because a careful reader could not either (DESIGN.md
 * §4, "precision first"): two plausible readings (a quarter of the calendar or of the plan, the end of the
 * calendar year or of the plan's year, "all year" in a plan of several years), a weekday that is not the
 * date's, a relative year with nothing to anchor it, a start with no Période to end it. Each names what it
 * read and what to write instead, in French and English. A reason with two readings is marked ambiguous,
 * so the import preview can say « à préciser ».
 */

import { MONTH_NAMES } from "../dates";
import { planQuarterMonths } from "./committee-year";
import { spokenDay } from "./reasons";
import type { Reason } from "./types";

const WEEKDAY_NAMES = {
  fr: ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
};

function months(first: number, last: number, lang: "fr" | "en"): string {
  const names = MONTH_NAMES[lang];
  const a = names[first - 1];
  const b = names[last - 1];
  return `${a}–${b}`;
}

/** `mardi 13 mai` when 13 May is a Wednesday. */
export function weekdayClash(text: string, day: string, weekday: number): Reason {
  const d = spokenDay(day);
  return {
    fr: `« ${text} » : le ${d.fr} est un ${WEEKDAY_NAMES.fr[weekday]}. Vérifiez le jour ou la date.`,
    en: `"${text}": ${d.en} is a ${WEEKDAY_NAMES.en[weekday]}. Check the day or the date.`,
  };
}

function ordinal(q: number, lang: "fr" | "en"): string {
  if (lang === "fr") return q === 1 ? "1er" : `${q}e`;
  return ["1st", "2nd", "3rd", "4th"][q - 1];
}

/** `T3` in a plan whose year does not start in January: the calendar's third quarter or the plan's? */
export function ambiguousQuarter(text: string, q: number, yearStart: number): Reason {
  const [p1, p3] = planQuarterMonths(q, yearStart);
  const c1 = 3 * q - 2;
  return {
    fr: `« ${text} » : le ${ordinal(q, "fr")} trimestre de l'année civile (${months(c1, c1 + 2, "fr")}) ou du plan (${months(p1, p3, "fr")}) ? Écrivez le mois.`,
    en: `"${text}": the ${ordinal(q, "en")} quarter of the calendar year (${months(c1, c1 + 2, "en")}) or of the plan (${months(p1, p3, "en")})? Write the month.`,
  };
}

/** `l'an prochain`, `next year`: the plan does not say when it was written. */
export function unanchoredYear(text: string): Reason {
  return {
    fr: `« ${text} » : le plan ne dit pas quand il a été écrit, on ne peut pas savoir de quelle année il s'agit. Écrivez l'année, par exemple « 2027 ».`,
    en: `"${text}": the plan does not say when it was written, so which year this is cannot be known. Write the year, for example "2027".`,
  };
}

/** `d'ici la fin de l'année` in a plan whose year does not end in December. */
export function ambiguousYearEnd(text: string, calendarEnd: string, planEnd: string): Reason {
  const a = spokenDay(calendarEnd);
  const b = spokenDay(planEnd);
  return {
    fr: `« ${text} » : la fin de l'année civile (${a.fr}) ou de l'année du plan (${b.fr}) ? Écrivez la date.`,
    en: `"${text}": the end of the calendar year (${a.en}) or of the plan's year (${b.en})? Write the date.`,
  };
}

/** `toute l'année` in a plan of several years: the whole Période, or one of its years? */
export function ambiguousWholeYear(text: string, period: { start: string; end: string }): Reason {
  const a = spokenDay(period.start);
  const b = spokenDay(period.end);
  return {
    fr: `« ${text} » : toute la Période (du ${a.fr} au ${b.fr}) ou une seule année du plan ? Écrivez « mandat complet » ou l'année, par exemple « 2025-2026 ».`,
    en: `"${text}": the whole Period (${a.en} to ${b.en}) or a single year of the plan? Write "full mandate" or the year, for example "2025-2026".`,
  };
}

/** `à partir de mai` without a Période: a start, and nothing to end it. */
export function startWithoutEnd(text: string): Reason {
  return {
    fr: `« ${text} » dit quand l'action commence, pas quand elle doit être finie, et la Période du plan est manquante. Inscrivez la Période, ou écrivez la fin, par exemple « de mai à juin 2026 ».`,
    en: `"${text}" says when the action starts, not when it is due, and the plan's Period is missing. Enter the Period, or write the end, for example "May to June 2026".`,
  };
}

/** `à partir de septembre 2027` in a Période that ends before it. */
export function startAfterPeriod(text: string, periodEnd: string): Reason {
  const d = spokenDay(periodEnd);
  return {
    fr: `« ${text} » commence après la fin de la Période (${d.fr}). Vérifiez l'année.`,
    en: `"${text}" starts after the end of the Period (${d.en}). Check the year.`,
  };
}

/** `le 30 de chaque mois`: February has no 30th (nor, most years, a 29th). */
export function monthDayReason(text: string, day: number): Reason {
  return {
    fr: `« ${text} » : février n'a pas de ${day}. Écrivez « le dernier jour de chaque mois » ou un jour que tous les mois ont, par exemple « le 28 de chaque mois ».`,
    en: `"${text}": February has no ${day}th. Write "the last day of each month" or a day every month has, for example "the 28th of each month".`,
  };
}
