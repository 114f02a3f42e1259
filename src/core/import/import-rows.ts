/**
 * The block of cells an imported plan writes below the template's header row, in template column
 * order. Every imported text is written as text (see src/core/literal-text.ts), so what was pasted is
 * what the cell shows. A row's Statut is the one its table gave (typed-values.ts), else "À faire"; its
 * Avancement, and Début/Échéance typed as days, as the table gave them (a typed day is kept by the
 * add-on, never recomputed); the columns the template lacks follow the template's, in `added` order.
 */
import type { Lang } from "../i18n";
import { asLiteralText } from "../literal-text";
import { type PlanTemplate, statusLabel } from "../template";
import type { ImportedRow } from "./types";

export function importedRowsBlock(
  rows: ImportedRow[],
  template: PlanTemplate,
  lang: Lang,
  added: string[] = [],
): string[][] {
  const firstStatus = template.statuses[0][lang];
  return rows.map((row) => [
    ...template.columns.map((column) => {
      switch (column.key) {
        case "objectif":
        case "resultat":
        case "moyens":
        case "ressources":
        case "responsables":
        case "remarques":
          return asLiteralText(row[column.key]);
        case "echeancier":
          // Formatted as plain text by the template (PLAIN_TEXT_FORMAT), where Sheets keeps words as
          // written; only formula-like text keeps the apostrophe, in case a write still reads it as one.
          return /^[=+\-@\t\r\n]/.test(row.echeancier) ? asLiteralText(row.echeancier) : row.echeancier;
        case "statut":
          return row.statut ? statusLabel(template, row.statut, lang) : firstStatus;
        case "avancement":
          return row.avancement ?? "";
        case "debut":
          return row.debut ?? "";
        case "echeance":
          return row.echeance ?? "";
        default:
          return "";
      }
    }),
    ...added.map((header) => asLiteralText(row.added?.[header] ?? "")),
  ]);
}
