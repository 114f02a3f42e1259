/**
 * The reasons the échéancier parser gives when it returns `none`, in plain French and English: they are
 * shown to committee members next to the cell, so each says what is wrong and what to write instead.
 * The exact texts of the empty cell and missing period reasons are exported as constants so that other
 * modules can recognise them.
 */

import type { Reason } from "./types";

const EXAMPLE_FR = "Écrivez par exemple « mars 2024 » ou « 15/03/2024 ».";
const EXAMPLE_EN = 'Write for example "March 2024" or "15/03/2024".';

export const REASON_EMPTY: Reason = { fr: "vide", en: "empty" };
export const REASON_NO_PERIOD: Reason = { fr: "Période du plan manquante", en: "Plan period missing" };

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
    fr: `Année improbable : « ${text} » est à plus de 10 ans de la période du plan. Vérifiez l'année.`,
    en: `Improbable year: "${text}" is more than 10 years away from the plan period. Check the year.`,
  };
}

export function reversedRange(text: string): Reason {
  return {
    fr: `« ${text} » : la fin de la plage vient avant son début. Vérifiez l'ordre des dates.`,
    en: `"${text}": the end of the range comes before its start. Check the order of the dates.`,
  };
}

export function mandateOver(text: string): Reason {
  return {
    fr: `« ${text} » : la date de référence est après la fin du mandat, il ne reste aucune période.`,
    en: `"${text}": the reference date is after the end of the mandate, so no time is left.`,
  };
}

export function noReference(text: string): Reason {
  return {
    fr: `« ${text} » : impossible de situer cette échéance sans période du plan ni date de référence valide.`,
    en: `"${text}": this deadline cannot be placed without a plan period or a valid reference date.`,
  };
}

export function notABoolean(): Reason {
  return {
    fr: `Échéancier non compris : une case à cocher n'est pas une date. ${EXAMPLE_FR}`,
    en: `Schedule not understood: a checkbox is not a date. ${EXAMPLE_EN}`,
  };
}
