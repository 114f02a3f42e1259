/**
 * Why a plan row is not in the calendar, in words a committee can act on: Annulé, an Échéance cell that
 * is not a date (quoted back), a recurrence that names no day (none is invented) or that needs the
 * Période, an Échéancier not understood (the parser's own reason), or no deadline at all.
 */
import type { ParsedEcheance } from "../echeance/types";
import { type Localized, localize } from "../i18n";
import type { PlanRow } from "../plan/plan-model";

export const SKIP_REASONS = {
  cancelled: { fr: "Annulé : pas d'événement dans l'agenda.", en: "Cancelled: no event in the calendar." },
  recurring: {
    fr: "Échéance récurrente sans jour précis : aucun jour n'est inventé. Nommez les jours (ex. « tous les jeudis », « le 15 de chaque mois », « chaque premier lundi du mois ») ou indiquez une date dans Échéance.",
    en: 'Recurring deadline without set days: no day is made up. Name the days (e.g. "every Thursday", "the 15th of each month", "the first Monday of every month") or put a date in Due.',
  },
  recurringNoPeriod: {
    fr: "Échéance récurrente : il faut la Période du plan (dates de début et de fin dans l'en-tête) pour savoir quand elle commence et finit.",
    en: "Recurring deadline: the plan's Period (start and end dates in the header) is needed to know when it starts and ends.",
  },
  notUnderstood: {
    fr: "Échéancier non compris : écrivez une date (ex. « 15 mars 2025 », « mars 2025 ») ou remplissez Échéance.",
    en: 'Schedule not understood: write a date (e.g. "March 15, 2025", "March 2025") or fill in Due.',
  },
  echeanceNotDate: {
    fr: "L'Échéance « {value} » n'est pas une date : tapez une date (ex. 31/03/2026) ou écrivez l'échéance dans l'Échéancier.",
    en: 'The Due cell "{value}" is not a date: type a date (e.g. 2026-03-31) or write the deadline in Schedule.',
  },
  noDate: {
    fr: "Pas d'échéance : remplissez Échéancier ou Échéance pour l'ajouter à l'agenda.",
    en: "No deadline: fill in Schedule or Due to add it to the calendar.",
  },
} satisfies Record<string, Localized>;

/** Longest Échéance text quoted back in a reason. */
const QUOTED_MAX = 40;

/** The Échéance cell's text when it holds something that is not a date, else "". */
function echeanceText(row: PlanRow): string {
  const value = row.echeanceValue;
  if (row.echeance || (typeof value !== "string" && typeof value !== "number")) return "";
  const text = String(value).replace(/\s+/g, " ").trim();
  return text.length > QUOTED_MAX ? `${text.slice(0, QUOTED_MAX - 1)}…` : text;
}

export function skipReason(row: PlanRow, parsed: ParsedEcheance | undefined): Localized {
  if (row.status === "annule") return SKIP_REASONS.cancelled;
  const value = echeanceText(row);
  if (value)
    return {
      fr: localize("fr", SKIP_REASONS.echeanceNotDate, { value }),
      en: localize("en", SKIP_REASONS.echeanceNotDate, { value }),
    };
  if (parsed?.kind === "recurring")
    return parsed.rule ? SKIP_REASONS.recurringNoPeriod : SKIP_REASONS.recurring;
  if (parsed?.kind === "none" && row.echeancier) return parsed.reason;
  if (row.echeancier) return SKIP_REASONS.notUnderstood;
  return SKIP_REASONS.noDate;
}
