/**
 * The block of cells an imported plan writes below the template's header row, in template column
 * order. Every imported text is written as text (see src/core/literal-text.ts), so what was pasted is
 * what the cell shows. New rows start as "À faire"; dates and keys are left to the add-on.
 */
import type { Lang } from "../i18n";
import { asLiteralText } from "../literal-text";
import type { PlanTemplate } from "../template";
import type { ImportedRow } from "./types";

export function importedRowsBlock(rows: ImportedRow[], template: PlanTemplate, lang: Lang): string[][] {
  const firstStatus = template.statuses[0][lang];
  return rows.map((row) =>
    template.columns.map((column) => {
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
          return firstStatus;
        default:
          return "";
      }
    }),
  );
}
