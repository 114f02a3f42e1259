/**
 * The reasons the échéancier parser gives when it returns `none`, in plain French and English: they are
 * shown to committee members next to the cell, so each is a full sentence that says what is wrong and
 * what to write instead, with no parser vocabulary ("date de référence", "anchor"). English examples are
 * never day-first (`15/03/2024` reads as the 3rd of the 15th month in en_US): they use `2024-03-15`. The
 * exact texts of the empty cell and missing period reasons are exported as constants so that other
 * modules can recognise them (by identity or by their fields).
 */

import { MONTH_NAMES } from "../dates";
import { parseIso } from "./dates";
import type { Reason } from "./types";

const EXAMPLE_FR = "Écrivez par exemple « mars 2024 » ou « 15/03/2024 ».";
const EXAMPLE_EN = 'Write for example "March 2024" or "2024-03-15".';

export const REASON_EMPTY: Reason = {
  fr: "Échéancier vide : écrivez quand l'action doit être faite, par exemple « mars 2026 ».",
  en: 'Schedule empty: write when the action is to be done, for example "March 2026".',
};

/**
 * The Période's dates are found next to its label (columns B and C in the template), wherever the
 * header block sits, so the sentence points at the label rather than at a row number.
 */
export const REASON_NO_PERIOD: Reason = {
  fr: "Cette échéance dépend de la Période du plan, qui est manquante : inscrivez les dates de début et de fin à côté de « Période », en haut de la feuille.",
  en: 'This deadline depends on the plan\'s Period, which is missing: enter its start and end dates next to "Period", at the top of the sheet.',
};

/** A day as people read it: `31 mai 2022` / `May 31, 2022` (the ISO text itself if it is not a day). */
export function spokenDay(isoDay: string): Reason {
  const p = parseIso(isoDay);
  if (p === null) return { fr: isoDay, en: isoDay };
  const d = p.d === 1 ? "1er" : String(p.d);
  return {
    fr: `${d} ${MONTH_NAMES.fr[p.m - 1]} ${p.y}`,
    en: `${MONTH_NAMES.en[p.m - 1]} ${p.d}, ${p.y}`,
  };
}

const EXAMPLE_MONTH = { fr: "mars 2024", en: "March 2024" };
const EXAMPLE_DAY = { fr: "15/03/2024", en: "2024-03-15" };

/**
 * The reason with its example dates moved inside the plan: a 2027 plan is not advised « mars 2024 ».
 * The example is the 15th of the third month of the Période (its last month when shorter), or of the
 * month after `reference` without a Période. The empty-cell reason is kept as is (it is recognised by
 * identity).
 */
export function placeExamples(
  reason: Reason,
  period: { start: string; end: string } | undefined,
  reference: string,
): Reason {
  if (reason === REASON_EMPTY || reason === REASON_NO_PERIOD) return reason;
  const base = parseIso(period?.start ?? reference);
  if (base === null) return reason;
  let month = base.m + (period ? 2 : 1);
  let year = base.y + Math.floor((month - 1) / 12);
  month = ((month - 1) % 12) + 1;
  const end = period ? parseIso(period.end) : null;
  if (end && (year > end.y || (year === end.y && month > end.m))) {
    year = end.y;
    month = end.m;
  }
  const mm = String(month).padStart(2, "0");
  const place = (text: string, lang: "fr" | "en") =>
    text
      .split(EXAMPLE_MONTH[lang])
      .join(lang === "fr" ? `${MONTH_NAMES.fr[month - 1]} ${year}` : `${MONTH_NAMES.en[month - 1]} ${year}`)
      .split(EXAMPLE_DAY[lang])
      .join(lang === "fr" ? `15/${mm}/${year}` : `${year}-${mm}-15`);
  const placed = { fr: place(reason.fr, "fr"), en: place(reason.en, "en") };
  return placed.fr === reason.fr && placed.en === reason.en ? reason : placed;
}

export function notUnderstood(text: string): Reason {
  return {
    fr: `Échéancier non compris : « ${text} » n'est pas une date. ${EXAMPLE_FR}`,
    en: `Schedule not understood: "${text}" is not a date. ${EXAMPLE_EN}`,
  };
}

export function undecided(text: string): Reason {
  return {
    fr: `« ${text} » : l'échéance n'est pas encore fixée. Écrivez la date quand elle sera connue, par exemple « mars 2024 ».`,
    en: `"${text}": the deadline is not set yet. Write the date once it is known, for example "March 2024".`,
  };
}

export function invalidDay(text: string): Reason {
  return {
    fr: `« ${text} » n'est pas une date valide : ce jour n'existe pas. ${EXAMPLE_FR}`,
    en: `"${text}" is not a valid date: that day does not exist. ${EXAMPLE_EN}`,
  };
}

export function improbableYear(text: string): Reason {
  return {
    fr: `Année improbable : « ${text} » est à plus de 10 ans de la Période du plan. Vérifiez l'année.`,
    en: `Improbable year: "${text}" is more than 10 years away from the plan's Period. Check the year.`,
  };
}

export function reversedRange(text: string): Reason {
  return {
    fr: `« ${text} » : la fin de la plage vient avant son début. Vérifiez l'ordre des dates.`,
    en: `"${text}": the end of the range comes before its start. Check the order of the dates.`,
  };
}

/** `reste du mandat` written after the Période's end: nothing is left of the mandate to schedule. */
export function mandateOver(text: string, periodEnd: string): Reason {
  const end = spokenDay(periodEnd);
  return {
    fr: `« ${text} » : le mandat est déjà terminé (il a pris fin le ${end.fr}). Indiquez une date précise.`,
    en: `"${text}": the mandate is already over (it ended on ${end.en}). Write a precise date instead.`,
  };
}

/**
 * A phrase that needs "today" or the Période (`reste de l'année`, a month without a year) when neither
 * is known: the fix is to fill in the Période, or to write the year.
 */
export function noReference(text: string): Reason {
  return {
    fr: `« ${text} » : cette échéance ne peut pas être placée sans la Période du plan. Inscrivez les dates de début et de fin à côté de « Période », ou écrivez l'année, par exemple « mars 2024 ».`,
    en: `"${text}": this deadline cannot be placed without the plan's Period. Enter its start and end dates next to "Period", or write the year, for example "March 2024".`,
  };
}

export function notABoolean(): Reason {
  return {
    fr: `Échéancier non compris : une case à cocher n'est pas une date. ${EXAMPLE_FR}`,
    en: `Schedule not understood: a checkbox is not a date. ${EXAMPLE_EN}`,
  };
}
