/**
 * How an imported table's columns were read, for the preview to show before anything is written
 * ("« Porteur » → Responsables", "« 2024-2025 » → Échéancier"): each header cell with the template column
 * it fills, worded in the user's language. A cell that names no template column is kept as a column of
 * its own after the template's (rules/table.ts), and the preview says so. Tables read by position (no header row)
 * have no header cells to show. Pure: the preview (import-preview.ts) sends this over the wire.
 */
import { type Lang, localize } from "../i18n";
import { type ColumnKey, columnLabel, DEFAULT_TEMPLATE } from "../template";
import { YEAR_COLUMN } from "./header-synonyms";
import type { ImportedPlan } from "./types";

const ADDED_COLUMN = {
  fr: "une colonne à part, après celles du modèle",
  en: "a column of its own, after the template's",
};

export interface ColumnRead {
  /** The header cell as written. */
  header: string;
  /** The template column it fills, as the sheet names it ("Responsables"), or Remarques. */
  readAs: string;
}

/** One list per table with a header row, in table order. */
export function columnsRead(plan: ImportedPlan, lang: Lang): ColumnRead[][] {
  const tables = plan.structure?.tables ?? [];
  return tables
    .filter((t) => t.headers.length > 0)
    .map((t) =>
      t.headers.flatMap((header, i): ColumnRead[] => {
        if (header.trim() === "") return [];
        const column = t.columns[i] ?? (YEAR_COLUMN.test(header.trim()) ? "echeancier" : null);
        if (column === null) return [{ header: header.trim(), readAs: localize(lang, ADDED_COLUMN) }];
        return [{ header: header.trim(), readAs: columnLabel(DEFAULT_TEMPLATE, column as ColumnKey, lang) }];
      }),
    );
}
