/**
 * What « Chronologie » says, in French and English: made, refreshed, nothing to draw, busy, and how to
 * print it (Apps Script cannot set a sheet's print settings, so the person chooses them in Sheets'
 * print dialog; the playground's .xlsx export sets them itself).
 */
import type { Localized } from "../core/i18n";

export const CHRONOLOGIE_MESSAGES = {
  title: { fr: "Chronologie", en: "Timeline" },
  operation: { fr: "la préparation de la chronologie", en: "preparing the timeline" },
  busy: {
    fr: "Quelqu'un d'autre prépare une chronologie, un bilan ou synchronise l'agenda en ce moment. Réessayez dans un instant.",
    en: "Someone else is preparing a timeline or a report, or syncing the calendar, right now. Try again in a moment.",
  },
  created: {
    fr: "Chronologie prête dans la feuille « {sheet} » ({actions}, une colonne par {unit}). Les barres suivent le Statut et les dates du plan d'elles-mêmes ; refaites-la après avoir ajouté ou daté des actions.",
    en: 'Timeline ready in the sheet "{sheet}" ({actions}, one column per {unit}). The bars follow the plan\'s Status and dates by themselves; make it again after adding or dating actions.',
  },
  refreshed: {
    fr: "Chronologie « {sheet} » refaite ({actions}, une colonne par {unit}) : l'ancienne a été remplacée en entier.",
    en: 'Timeline "{sheet}" made again ({actions}, one column per {unit}): the previous one was replaced whole.',
  },
  print: {
    fr: " Pour l'imprimer : Fichier ▸ Imprimer, orientation Paysage, échelle « Ajuster à la largeur ».",
    en: ' To print it: File ▸ Print, Landscape, scale "Fit to width".',
  },
  outside: {
    fr: " {count} en dehors de la Période du plan : sans barre.",
    en: " {count} outside the plan's Period: no bar.",
  },
  noDatedAction: {
    fr: "Aucune action du plan n'a de date : il n'y a rien à placer sur une chronologie. Écrivez un Échéancier (ou un Début, une Échéance) dans le plan, puis recommencez.",
    en: "No action of the plan has a date: there is nothing to place on a timeline. Write a Schedule (or a Start, a Due date) in the plan, then try again.",
  },
  actionOne: { fr: "1 action datée", en: "1 dated action" },
  actionMany: { fr: "{n} actions datées", en: "{n} dated actions" },
  month: { fr: "mois", en: "month" },
  week: { fr: "semaine", en: "week" },
} satisfies Record<string, Localized>;
