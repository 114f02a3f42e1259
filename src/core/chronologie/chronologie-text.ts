/**
 * The words the chronologie sheet shows, in French and English: its title, the line under it (Période,
 * one column per month or week, the day it was prepared), the legend, the table's headers, and the
 * group of actions without an objective. Messages the person reads after running it are the server's
 * (src/server/chronologie-messages.ts).
 */
import { displayDay } from "../dates";
import { type Lang, type Localized, localize } from "../i18n";
import type { TimeScale } from "./time-columns";

export const CHRONOLOGIE_TEXT = {
  title: { fr: "Chronologie — {plan}", en: "Timeline — {plan}" },
  period: {
    fr: "Période : du {start} au {end} · une colonne par {unit} · préparée le {today}",
    en: "Period: {start} to {end} · one column per {unit} · prepared on {today}",
  },
  noPeriod: {
    fr: "Le plan n'a pas de Période : de la première à la dernière date de ses actions, du {start} au {end} · une colonne par {unit} · préparée le {today}",
    en: "The plan has no Period: from its actions' first to last date, {start} to {end} · one column per {unit} · prepared on {today}",
  },
  month: { fr: "mois", en: "month" },
  week: { fr: "semaine", en: "week" },
  legend: { fr: "Légende (couleurs du plan)", en: "Legend (the plan's colours)" },
  currentMonth: { fr: "Mois en cours", en: "This month" },
  currentWeek: { fr: "Semaine en cours", en: "This week" },
  action: { fr: "Objectif / action", en: "Objective / action" },
  responsables: { fr: "Responsables", en: "Responsible" },
  debut: { fr: "Début", en: "Start" },
  echeance: { fr: "Échéance", en: "Due" },
  statut: { fr: "Statut", en: "Status" },
  noObjective: { fr: "Sans objectif", en: "No objective" },
  noDatedAction: {
    fr: "Aucune action du plan n'a de date : écrivez un Échéancier (ou un Début, une Échéance) dans le plan, puis refaites la chronologie.",
    en: "No action of the plan has a date: write a Schedule (or a Start, a Due date) in the plan, then make the timeline again.",
  },
} satisfies Record<string, Localized>;

/** « Chronologie — Plan d'action ». */
export function chronologieTitle(planSheetName: string, lang: Lang): string {
  return localize(lang, CHRONOLOGIE_TEXT.title, { plan: planSheetName });
}

/** A sheet name Sheets accepts: no : \ / ? * [ ], no quote at either end, at most 100 characters. */
export function chronologieSheetName(title: string): string {
  const clean = title.replace(/[:\\/?*[\]]/g, "-").replace(/^'+|'+$/g, "");
  return clean.length <= 100 ? clean : `${clean.slice(0, 99)}…`;
}

/** The line under the title. */
export function periodLine(
  span: { start: string; end: string },
  fromPlan: boolean,
  scale: TimeScale,
  today: string,
  lang: Lang,
): string {
  return localize(lang, fromPlan ? CHRONOLOGIE_TEXT.period : CHRONOLOGIE_TEXT.noPeriod, {
    start: displayDay(span.start, lang),
    end: displayDay(span.end, lang),
    unit: localize(lang, scale === "month" ? CHRONOLOGIE_TEXT.month : CHRONOLOGIE_TEXT.week),
    today: displayDay(today, lang),
  });
}
