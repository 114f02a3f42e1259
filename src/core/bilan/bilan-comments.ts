/**
 * Reading back a bilan sheet before it is refreshed: which of its rows are the add-on's (matched to the
 * record kept in the rows' developer metadata, bilan-record.ts) and which the committee's, whether the
 * add-on's columns are still where it wrote them (found by their header), and the committee's comment on
 * every add-on row, by the row's line id. A bilan made before the keys left the cells is read by its
 * hidden key column instead (LEGACY_KEY_LABEL). The comment is kept exactly: a formula as its formula,
 * text as text (behind an apostrophe, so a comment starting with "=" stays words), a number as itself.
 */
import { type CellValue, isDateValue } from "../../shared/cell";
import { asLiteralText } from "../literal-text";
import { textKey } from "../text-key";
import type { PreservedComment } from "./bilan-layout";
import { alignRows, lineFingerprint, lineId, type RecordLine } from "./bilan-record";
import { BILAN_COLUMNS, type BilanColumnKey, bilanColumn, LEGACY_KEY_LABEL } from "./bilan-text";

/** One row of the bilan's block: the add-on's (its line id) or the committee's (null). */
export interface BlockRow {
  id: string | null;
  /** True when the row holds something beyond the add-on's columns (it is then never deleted). */
  beyond: boolean;
}

export type BilanReadResult =
  | {
      ok: true;
      comments: Map<string, PreservedComment>;
      /** True when the add-on's columns are at 1..7 in its order, so the bilan can be rewritten in place. */
      inPlace: boolean;
      /** An old bilan with the hidden key column (column 8), emptied when it is refreshed. */
      legacy: boolean;
      /** 1-based sheet row of the block's first row. */
      startRow: number;
      /** The rows from the first to the last of the add-on's rows, in sheet order. */
      block: BlockRow[];
    }
  | { ok: false };

/** The add-on's columns whose text identifies its rows (the comment column is the committee's). */
const WRITTEN: readonly BilanColumnKey[] = BILAN_COLUMNS.map((column) => column.key).filter(
  (key) => key !== "commentaire",
);
const LEGACY_WIDTH = BILAN_COLUMNS.length + 1;

function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined || isDateValue(value)) return "";
  return String(value).trim();
}

function headerColumns(row: CellValue[]): Map<string, number> {
  const found = new Map<string, number>();
  const legacy = [textKey(LEGACY_KEY_LABEL.fr), textKey(LEGACY_KEY_LABEL.en)];
  row.forEach((cell, c) => {
    const key = textKey(cellText(cell));
    if (legacy.includes(key) && !found.has("cle")) found.set("cle", c);
    const column = BILAN_COLUMNS.find(
      (candidate) => textKey(candidate.label.fr) === key || textKey(candidate.label.en) === key,
    );
    if (column && !found.has(column.key)) found.set(column.key, c);
  });
  return found;
}

function findHeader(values: CellValue[][]): { index: number; columns: Map<string, number> } | null {
  for (let r = 0; r < values.length; r++) {
    const columns = headerColumns(values[r]);
    if (columns.has("commentaire") && columns.has("action")) return { index: r, columns };
  }
  return null;
}

/** The 1-based row of a bilan's table header (its Action and comment column labels), or null. */
export function bilanHeaderRow(values: CellValue[][]): number | null {
  const header = findHeader(values);
  return header ? header.index + 1 : null;
}

function commentOf(value: CellValue | undefined, formula: string): CellValue {
  if (formula) return formula;
  if (typeof value === "string") return asLiteralText(value);
  return value ?? "";
}

function hasBeyond(row: CellValue[], width: number): boolean {
  return row.slice(width).some((cell) => cellText(cell) !== "");
}

/**
 * Reads a bilan sheet from its values and formulas (one getValues, one getFormulas of its data range)
 * and, when it has one, the record on its rows (`record.startRow` is where the metadata's rows start).
 */
export function readBilan(
  values: CellValue[][],
  formulas: string[][],
  record: { startRow: number; lines: RecordLine[] } | null,
): BilanReadResult {
  const header = findHeader(values);
  const columns = header?.columns ?? new Map(BILAN_COLUMNS.map((column, i) => [column.key, i]));
  const legacy = Boolean(header?.columns.has("cle"));
  if (!record && !legacy) return { ok: false };
  const inPlace =
    BILAN_COLUMNS.every((column) => columns.get(column.key) === bilanColumn(column.key) - 1) &&
    (!legacy || columns.get("cle") === BILAN_COLUMNS.length);
  const width = legacy ? LEGACY_WIDTH : BILAN_COLUMNS.length;
  const commentColumn = columns.get("commentaire") ?? bilanColumn("commentaire") - 1;
  const actionColumn = columns.get("action") ?? bilanColumn("action") - 1;
  const comments = new Map<string, PreservedComment>();
  const keep = (r: number, id: string) => {
    if (r === header?.index || comments.has(id)) return;
    const write = commentOf(values[r][commentColumn], formulas[r]?.[commentColumn] ?? "");
    if (write === "") return;
    comments.set(id, { write, label: cellText(values[r][actionColumn]) || cellText(values[r][0]) });
  };

  const ids: Array<string | null> = [];
  let startRow: number;
  if (record) {
    startRow = record.startRow;
    const rows = values.slice(startRow - 1);
    const fingerprints = rows.map((row) =>
      lineFingerprint(WRITTEN.map((key) => (columns.has(key) ? row[columns.get(key) as number] : ""))),
    );
    const matched = alignRows(
      record.lines.map((line) => line.fingerprint),
      fingerprints,
    );
    matched.forEach((line) => {
      ids.push(line === null ? null : record.lines[line].id);
    });
  } else {
    // The old layout: every row the add-on wrote holds its key in the hidden key column, from row 1.
    startRow = 1;
    const keyColumn = columns.get("cle") as number;
    values.forEach((row) => {
      const key = cellText(row[keyColumn]);
      ids.push(key ? lineId(key) : null);
    });
  }
  // The block ends with the add-on's last row: what follows is below the bilan, not in it.
  let last = ids.length - 1;
  while (last >= 0 && ids[last] === null) last--;
  const block: BlockRow[] = [];
  for (let i = 0; i <= last; i++) {
    const r = startRow - 1 + i;
    const id = ids[i];
    if (id) keep(r, id);
    block.push({ id, beyond: hasBeyond(values[r] ?? [], width) });
  }
  return { ok: true, comments, inPlace, legacy, startRow, block };
}
