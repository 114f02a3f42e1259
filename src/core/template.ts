/**
 * Typed access to the plan templates, which are data in templates/ (columns with their key, French and
 * English labels, aliases, widths and kinds; the header block; the statuses; the Membres sheet). The
 * default template is the committees' own six-column table of seed 002, plus the columns the add-on
 * needs to follow a plan (Début, Échéance, Statut, Avancement, Remarques and the hidden row key).
 */
import PLAN_DACTION from "../../templates/plan-daction.json";
import type { Lang, Localized } from "./i18n";

export type ColumnKey =
  | "objectif"
  | "resultat"
  | "moyens"
  | "ressources"
  | "responsables"
  | "echeancier"
  | "debut"
  | "echeance"
  | "statut"
  | "avancement"
  | "remarques"
  | "cle";

export type ColumnKind = "text" | "date" | "status" | "percent" | "key";

export interface TemplateColumn {
  key: ColumnKey;
  label: Localized;
  aliases: string[];
  kind: ColumnKind;
  required: boolean;
  hidden?: boolean;
  width: number;
  note: Localized;
}

export type HeaderFieldKey = "comite" | "periode" | "besoin" | "resultatsGlobaux";

export interface HeaderField {
  key: HeaderFieldKey;
  label: Localized;
  /** Other labels committees use for the same field ("Période de", "Mandat"). */
  aliases: string[];
  kind: "text" | "period";
  note: Localized;
}

export type StatusKey = "aFaire" | "enCours" | "termine" | "reporte" | "annule";

export interface StatusDef {
  key: StatusKey;
  fr: string;
  en: string;
}

/** The optional union columns (« Mandat / résolution », « Budget prévu »…): see src/core/union. */
export type UnionColumnKey =
  | "mandat"
  | "indicateur"
  | "resultatIndicateur"
  | "budgetPrevu"
  | "budgetReel"
  | "liberations";

/** Text, an amount in dollars, or a number of days. */
export type UnionColumnKind = "text" | "money" | "days";

export interface UnionColumn {
  key: UnionColumnKey;
  label: Localized;
  aliases: string[];
  kind: UnionColumnKind;
  width: number;
  note: Localized;
}

export interface PlanTemplate {
  id: string;
  version: number;
  sheetName: Localized;
  membersSheetName: Localized;
  title: Localized;
  headerBlock: HeaderField[];
  columns: TemplateColumn[];
  statuses: StatusDef[];
  members: { columns: { key: string; label: Localized; note: Localized; width: number }[] };
  /** Columns a plan has only when the committee asked for them (at install or later from the menu). */
  unionColumns: UnionColumn[];
}

export const DEFAULT_TEMPLATE = PLAN_DACTION as PlanTemplate;

/** A column's header label in `lang` ("Échéance", "Due date"); the key itself for a column the template lacks. */
export function columnLabel(template: PlanTemplate, key: ColumnKey, lang: Lang): string {
  return template.columns.find((column) => column.key === key)?.label[lang] ?? key;
}

/** A status's label in `lang`, as the Statut dropdown shows it: "Terminé", "Done". */
export function statusLabel(template: PlanTemplate, key: StatusKey, lang: Lang): string {
  const status = template.statuses.find((candidate) => candidate.key === key);
  if (!status) throw new Error(`No status ${key} in template ${template.id}`);
  return status[lang];
}

/** The status labels shown in the Statut dropdown, in template order. */
export function statusLabels(template: PlanTemplate, lang: Lang): string[] {
  return template.statuses.map((status) => status[lang]);
}
