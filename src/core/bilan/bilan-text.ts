/**
 * Every word the bilan sheet shows, French and English: its column headers (chosen so that no three of
 * them name a plan column — the bilan must never be read as a plan), the figure labels (the sidebar's
 * own: the same words for the same numbers), the situations of an action and the sheet's name.
 */
import { countPhrase, type Lang, type Localized, pluralOf } from "../i18n";

export type BilanColumnKey =
  | "situation"
  | "action"
  | "dates"
  | "avancement"
  | "responsables"
  | "remarques"
  | "commentaire";

export interface BilanColumn {
  key: BilanColumnKey;
  label: Localized;
  width: number;
}

/** The bilan's columns, in order. What identifies its rows is kept out of cells (bilan-record.ts). */
export const BILAN_COLUMNS: readonly BilanColumn[] = [
  { key: "situation", label: { fr: "Situation", en: "Standing" }, width: 130 },
  { key: "action", label: { fr: "Action", en: "Action" }, width: 300 },
  { key: "dates", label: { fr: "Dates", en: "Dates" }, width: 150 },
  { key: "avancement", label: { fr: "Avancement atteint", en: "Progress reached" }, width: 90 },
  { key: "responsables", label: { fr: "Porté par", en: "Carried by" }, width: 140 },
  { key: "remarques", label: { fr: "Remarques du plan", en: "Notes from the plan" }, width: 200 },
  {
    key: "commentaire",
    label: { fr: "Commentaire pour l'assemblée", en: "Comment for the assembly" },
    width: 260,
  },
];

/**
 * The hidden key column of the bilans made before the keys left the cells: an old bilan is recognised by
 * it, read once by it, and the column is emptied and shown again when the bilan is refreshed.
 */
export const LEGACY_KEY_LABEL: Localized = {
  fr: "Clé du bilan (ne pas modifier)",
  en: "Bilan key (do not edit)",
};

export const BILAN_WIDTH = BILAN_COLUMNS.length;

/** 1-based column of `key` in the bilan sheet. */
export function bilanColumn(key: BilanColumnKey): number {
  return BILAN_COLUMNS.findIndex((column) => column.key === key) + 1;
}

/** Where an action stands in the bilan, in the order the bilan lists them. */
export type Situation = "realisee" | "enCours" | "enRetard" | "aFaire" | "reportee" | "annulee" | "aPreciser";

export const SITUATION_ORDER: readonly Situation[] = [
  "realisee",
  "enCours",
  "enRetard",
  "aFaire",
  "reportee",
  "annulee",
  "aPreciser",
];

export const SITUATION_LABELS: Record<Situation, Localized> = {
  realisee: { fr: "Réalisée", en: "Done" },
  enCours: { fr: "En cours", en: "In progress" },
  enRetard: { fr: "En retard", en: "Overdue" },
  aFaire: { fr: "À faire", en: "To do" },
  reportee: { fr: "Reportée", en: "Postponed" },
  annulee: { fr: "Annulée", en: "Cancelled" },
  aPreciser: { fr: "Statut à préciser", en: "Status to clarify" },
};

export const BILAN_TEXT = {
  sheetPrefix: { fr: "Bilan", en: "Report" },
  title: { fr: "Bilan — {comite} — {periode}", en: "Report — {comite} — {periode}" },
  noComite: { fr: "Comité", en: "Committee" },
  periodLine: { fr: "Période : du {start} au {end}", en: "Period: {start} to {end}" },
  yearLine: {
    fr: "Année {index} sur {count} du mandat : du {start} au {end}",
    en: "Year {index} of {count} of the mandate: {start} to {end}",
  },
  preparedLine: {
    fr: "Préparé le {today} à partir de la feuille « {sheet} ». Les chiffres sont ceux du Résumé de l'avancement à cette date.",
    en: 'Prepared on {today} from the sheet "{sheet}". The figures are those of the Progress summary on that day.',
  },
  yearScope: {
    fr: "Seules les actions dont l'échéance tombe dans cette année sont comptées ({outside} hors de l'année ou sans date).",
    en: "Only the actions due within this year are counted ({outside} outside the year or undated).",
  },
  commentHint: {
    fr: "Le comité écrit dans la colonne « Commentaire pour l'assemblée » : « Préparer le bilan » la refait sans toucher aux commentaires, qui suivent leur action.",
    en: 'The committee writes in the column "Comment for the assembly": "Prepare the report" redoes the sheet without touching the comments, which follow their action.',
  },
  figuresTitle: { fr: "Les chiffres", en: "The figures" },
  progressChart: { fr: "Avancement par objectif", en: "Progress by objective" },
  statesChart: { fr: "Actions par état", en: "Actions by state" },
  overall: { fr: "Avancement global", en: "Overall progress" },
  total: { fr: "Actions", en: "Actions" },
  otherStatus: { fr: "Statut inconnu", en: "Unknown status" },
  byObjective: { fr: "Par objectif", en: "By objective" },
  byPerson: { fr: "Par responsable", en: "By person" },
  noObjective: { fr: "(sans objectif)", en: "(no objective)" },
  unassigned: { fr: "Actions ouvertes sans responsable", en: "Open actions without anyone responsible" },
  actionsTitle: { fr: "Les actions, par objectif", en: "The actions, by objective" },
  objectiveHeading: { fr: "Objectif : {objectif}", en: "Objective: {objectif}" },
  noActions: { fr: "Aucune action dans ce bilan.", en: "No action in this report." },
  orphansTitle: {
    fr: "Commentaires dont l'action n'est plus dans ce bilan (gardés ici)",
    en: "Comments whose action is no longer in this report (kept here)",
  },
  orphanSituation: { fr: "Plus dans le bilan", en: "No longer in the report" },
  dueOn: { fr: "échéance {date}", en: "due {date}" },
  span: { fr: "du {start} au {end}", en: "{start} to {end}" },
  pastDue: { fr: "échéance dépassée", en: "past due" },
  undated: { fr: "sans date", en: "undated" },
} satisfies Record<string, Localized>;

/** "3 actions (1 annulée, non comptée)": the sidebar's caption under the overall figure. */
export function overallCaption(lang: Lang, actions: number, cancelled: number): string {
  if (lang === "fr") {
    return (
      `${actions} ${pluralOf("fr", actions, "action", "actions")}` +
      (cancelled > 0
        ? ` (${cancelled} ${pluralOf("fr", cancelled, "annulée", "annulées")}, ${pluralOf("fr", cancelled, "non comptée", "non comptées")})`
        : "")
    );
  }
  return (
    `${actions} ${pluralOf("en", actions, "action", "actions")}` +
    (cancelled > 0 ? ` (${cancelled} cancelled, not counted)` : "")
  );
}

/** "2 ouvertes, 1 en retard, 3 terminées" for one person's load. */
export function loadCaption(lang: Lang, load: { open: number; overdue: number; done: number }): string {
  const phrase = (count: number, one: Localized, many: Localized) => countPhrase(lang, count, one, many);
  return [
    phrase(load.open, { fr: "ouverte", en: "open" }, { fr: "ouvertes", en: "open" }),
    phrase(load.overdue, { fr: "en retard", en: "overdue" }, { fr: "en retard", en: "overdue" }),
    phrase(load.done, { fr: "terminée", en: "done" }, { fr: "terminées", en: "done" }),
  ].join(", ");
}

/** "3 actions" under an objective's figure. */
export function actionsCaption(lang: Lang, actions: number): string {
  return countPhrase(lang, actions, { fr: "action", en: "action" }, { fr: "actions", en: "actions" });
}
