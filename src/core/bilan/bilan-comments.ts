/**
 * Reading back a bilan sheet before it is refreshed: where its table header is, whether the add-on's
 * columns are still where it wrote them, and the committee's comment on every row, by the row's key
 * (the hidden last column). The comment is kept exactly: a formula as its formula, text as text (behind
 * an apostrophe, so a comment starting with "=" stays words), a number or date as itself.
 */
import type { CellValue } from "../../shared/cell";
import { asLiteralText } from "../literal-text";
import { textKey } from "../text-key";
import type { PreservedComment } from "./bilan-layout";
import { BILAN_COLUMNS, bilanColumn } from "./bilan-text";

export type BilanReadResult =
  | {
      ok: true;
      comments: Map<string, PreservedComment>;
      /** True when the header sits in columns 1..8 in the add-on's order, so the block can be rewritten. */
      inPlace: boolean;
      /** The last sheet row that holds a key (the end of what the add-on wrote). */
      lastKeyedRow: number;
    }
  | { ok: false };

function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined || value instanceof Date) return "";
  return String(value).trim();
}

function headerColumns(row: CellValue[]): Map<string, number> {
  const found = new Map<string, number>();
  row.forEach((cell, c) => {
    const key = textKey(cellText(cell));
    const column = BILAN_COLUMNS.find(
      (candidate) => textKey(candidate.label.fr) === key || textKey(candidate.label.en) === key,
    );
    if (column && !found.has(column.key)) found.set(column.key, c);
  });
  return found;
}

/** The 1-based row of a bilan's table header (its comment and key column labels), or null. */
export function bilanHeaderRow(values: CellValue[][]): number | null {
  for (let r = 0; r < values.length; r++) {
    const columns = headerColumns(values[r]);
    if (columns.has("commentaire") && columns.has("cle")) return r + 1;
  }
  return null;
}

/** Reads the comments of a bilan sheet from its values and formulas (one getValues, one getFormulas). */
export function readBilanComments(values: CellValue[][], formulas: string[][]): BilanReadResult {
  let header: Map<string, number> | null = null;
  let headerIndex = -1;
  for (let r = 0; r < values.length && !header; r++) {
    const columns = headerColumns(values[r]);
    if (columns.has("commentaire") && columns.has("cle")) {
      header = columns;
      headerIndex = r;
    }
  }
  if (!header) return { ok: false };
  const commentColumn = header.get("commentaire") as number;
  const keyColumn = header.get("cle") as number;
  const actionColumn = header.get("action") ?? header.get("situation") ?? 0;
  const inPlace = BILAN_COLUMNS.every((column) => header.get(column.key) === bilanColumn(column.key) - 1);
  const comments = new Map<string, PreservedComment>();
  let lastKeyedRow = 0;
  const headerKey = textKey(cellText(values[headerIndex][keyColumn]));
  values.forEach((row, r) => {
    const key = cellText(row[keyColumn]);
    if (!key) return;
    lastKeyedRow = r + 1;
    if (r === headerIndex || textKey(key) === headerKey) return;
    const formula = formulas[r]?.[commentColumn] ?? "";
    const value = row[commentColumn];
    let write: CellValue;
    if (formula) write = formula;
    else if (typeof value === "string") write = asLiteralText(value);
    else write = value ?? "";
    if (write === "" || comments.has(key)) return;
    comments.set(key, { write, label: cellText(row[actionColumn]) || cellText(row[0]) });
  });
  return { ok: true, comments, inPlace, lastKeyedRow };
}
