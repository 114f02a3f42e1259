/**
 * What "Installer le modèle" writes, decided in the core so the edge only applies it: the header block
 * and the table header of the plan sheet as one block of values, the notes that explain each field,
 * the column formats, widths and hidden key column, and the Membres sheet. The layout is fixed by the
 * template, so installing costs the same number of service calls whatever the spreadsheet holds.
 */

import { addDays } from "../dates";
import { type Lang, localize } from "../i18n";
import { asLiteralText } from "../literal-text";
import { avancementFormat } from "../plan/avancement";
import { type PlanTemplate, statusLabels, type TemplateColumn } from "../template";

/** Sheet rows of the plan layout (1-based): title, header fields, a spare row, then the table. */
export const TITLE_ROW = 1;
export const FIRST_FIELD_ROW = 2;
export const TABLE_HEADER_ROW = 7;
export const FIRST_DATA_ROW = TABLE_HEADER_ROW + 1;
/** The number format of Début, Échéance and the Période dates (day first, as in Québec). */
export const DATE_FORMAT = "dd/mm/yyyy";
/**
 * The Période's two dates say what they are in the sheet ("du 01/09/2026", "au 31/08/2027") through
 * their number format: the words are part of the format, the cells stay real dates.
 */
export const PERIOD_FORMATS: Record<Lang, [string, string]> = {
  fr: [`"du "${DATE_FORMAT}`, `"au "${DATE_FORMAT}`],
  en: [`"from "${DATE_FORMAT}`, `"to "${DATE_FORMAT}`],
};
/**
 * Plain text, for the Échéancier: what the committee types there ("mars 2021", "15/03/2026") must stay
 * the words they typed, not become a date Sheets guessed (the first of the month), so the add-on can
 * read it as a whole month or a day.
 */
export const PLAIN_TEXT_FORMAT = "@";
/** Developer-metadata key that marks a sheet as a plan installed by the add-on. */
export const PLAN_METADATA_KEY = "planDaction.plan";

export interface PlanSheetLayout {
  sheetName: string;
  membersSheetName: string;
  /** Rows 1..TABLE_HEADER_ROW, as wide as the table. */
  values: string[][];
  /** Notes for the header-block labels (column A, rows 2..5) and for the table header row. */
  fieldNotes: string[][];
  headerNotes: string[][];
  columns: TemplateColumn[];
  statusLabels: string[];
  /** 1-based columns of the fields the edge formats. */
  dateColumns: number[];
  percentColumn: number | null;
  /** The Avancement column's number format (see src/core/plan/avancement.ts for the choice). */
  percentFormat: string;
  /** The Échéancier column, kept as plain text. */
  echeancierColumn: number | null;
  keyColumn: number | null;
  statusColumn: number;
  responsablesColumn: number | null;
  membersHeader: string[][];
  /** What each Membres column is for, as header notes. */
  membersNotes: string[][];
  membersWidths: number[];
}

/** The default Période: the current month and the eleven that follow. */
export function defaultPeriod(today: string): { start: string; end: string } {
  const [year, month] = today.split("-").map(Number);
  const start = `${year}-${String(month).padStart(2, "0")}-01`;
  const nextYear = `${year + 1}-${String(month).padStart(2, "0")}-01`;
  return { start, end: addDays(nextYear, -1) };
}

export function planSheetLayout(
  template: PlanTemplate,
  lang: Lang,
  comite: string,
  period: { start: string; end: string } | null,
): PlanSheetLayout {
  const width = template.columns.length;
  const blankRow = () => new Array<string>(width).fill("");
  const values: string[][] = [];
  const title = blankRow();
  title[0] = asLiteralText(localize(lang, template.title) + comite);
  values.push(title);
  for (const field of template.headerBlock) {
    const row = blankRow();
    row[0] = field.label[lang];
    if (field.kind === "period") {
      row[1] = period?.start ?? "";
      row[2] = period?.end ?? "";
    } else if (field.key === "comite") {
      row[1] = asLiteralText(comite);
    }
    values.push(row);
  }
  while (values.length < TABLE_HEADER_ROW - 1) values.push(blankRow());
  values.push(template.columns.map((column) => column.label[lang]));

  const columnOf = (key: string) => {
    const index = template.columns.findIndex((column) => column.key === key);
    return index < 0 ? null : index + 1;
  };
  return {
    sheetName: template.sheetName[lang],
    membersSheetName: template.membersSheetName[lang],
    values,
    fieldNotes: template.headerBlock.map((field) => [field.note[lang]]),
    headerNotes: [template.columns.map((column) => column.note[lang])],
    columns: template.columns,
    statusLabels: statusLabels(template, lang),
    dateColumns: template.columns.flatMap((column, i) => (column.kind === "date" ? [i + 1] : [])),
    percentColumn: columnOf("avancement"),
    percentFormat: avancementFormat(lang),
    echeancierColumn: columnOf("echeancier"),
    keyColumn: columnOf("cle"),
    statusColumn: columnOf("statut") ?? 0,
    responsablesColumn: columnOf("responsables"),
    membersHeader: [template.members.columns.map((column) => column.label[lang])],
    membersNotes: [template.members.columns.map((column) => column.note[lang])],
    membersWidths: template.members.columns.map((column) => column.width),
  };
}
