/**
 * The block of cells an imported plan writes below the template's header row, in template column
 * order. Every imported text is written as text: a cell that starts like a formula (`=`, `+`, `-`,
 * `@`) or that Sheets would turn into a number or a date gets a leading apostrophe, so what was pasted
 * is what the cell shows. New rows start as "À faire"; dates and keys are left to the add-on.
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
        case "echeancier":
        case "remarques":
          return asLiteralText(row[column.key]);
        case "statut":
          return firstStatus;
        default:
          return "";
      }
    }),
  );
}
