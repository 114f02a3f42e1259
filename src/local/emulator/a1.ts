/**
 * A1 notation and grid rectangles: parsing "A1", "B2:C10", "A:C", "3:5", "'Plan d''action'!A1:B2",
 * writing a rectangle back as A1, and shifting rectangles when rows or columns are inserted or deleted
 * (merges, conditional-format ranges, named ranges, protections and metadata follow the grid).
 */

/** A 1-based rectangle on one sheet. */
export interface GridRect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** How an A1 reference was written: "A:C" (whole columns), "3:5" (whole rows), or with cells. */
export type A1Shape = "CELLS" | "COLUMNS" | "ROWS";

/** The shape of a reference that parseA1 accepted. */
export function a1Shape(cells: string): A1Shape {
  const parts = cells.trim().split(":");
  if (parts.length === 2 && parts.every((p) => /^\$?[A-Za-z]+$/.test(p))) return "COLUMNS";
  if (parts.length === 2 && parts.every((p) => /^\$?\d+$/.test(p))) return "ROWS";
  return "CELLS";
}

export function columnToLetters(column: number): string {
  let n = column;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Splits "Sheet!A1:B2" into the sheet name (unquoted) and the cell part. */
export function splitSheetName(a1: string): { sheetName: string | null; cells: string } {
  const bang = a1.lastIndexOf("!");
  if (bang < 0) return { sheetName: null, cells: a1 };
  let name = a1.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, cells: a1.slice(bang + 1) };
}

const REF = /^\$?([A-Za-z]*)\$?(\d*)$/;

/** Parses the cell part of an A1 notation against the sheet's size; null when it is not A1. */
export function parseA1(cells: string, maxRows: number, maxColumns: number): GridRect | null {
  const parts = cells.trim().split(":");
  if (parts.length > 2 || parts[0] === "") return null;
  const a = REF.exec(parts[0]!);
  const b = parts.length === 2 ? REF.exec(parts[1]!) : a;
  if (!a || !b) return null;
  const [, ca, ra] = a;
  const [, cb, rb] = b;
  if (parts.length === 1 && (!ca || !ra)) return null;
  if ((!ca && !ra) || (!cb && !rb)) return null;
  const c1 = ca ? lettersToColumn(ca) : 1;
  const c2 = cb ? lettersToColumn(cb) : maxColumns;
  const r1 = ra ? Number(ra) : 1;
  const r2 = rb ? Number(rb) : maxRows;
  if ((ca === "") !== (cb === "") && parts.length === 2 && !(ra && rb)) {
    // "A2:C" style (open-ended rows) is fine; "A:3" is not A1.
    if (!ca || !cb) return null;
  }
  if (r1 < 1 || r2 < 1 || c1 < 1 || c2 < 1) return null;
  const row = Math.min(r1, r2);
  const column = Math.min(c1, c2);
  return { row, column, numRows: Math.abs(r2 - r1) + 1, numColumns: Math.abs(c2 - c1) + 1 };
}

export function rectToA1(rect: GridRect, shape: A1Shape = "CELLS"): string {
  if (shape === "COLUMNS")
    return `${columnToLetters(rect.column)}:${columnToLetters(rect.column + rect.numColumns - 1)}`;
  if (shape === "ROWS") return `${rect.row}:${rect.row + rect.numRows - 1}`;
  const start = columnToLetters(rect.column) + rect.row;
  if (rect.numRows === 1 && rect.numColumns === 1) return start;
  return `${start}:${columnToLetters(rect.column + rect.numColumns - 1)}${rect.row + rect.numRows - 1}`;
}

export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function intersects(a: GridRect, b: GridRect): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

export function contains(outer: GridRect, inner: GridRect): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.column + inner.numColumns <= outer.column + outer.numColumns
  );
}

/**
 * Moves a 1-D span [start, start+length) for an insertion (delta > 0: `delta` items inserted before
 * position `at`) or a deletion (delta < 0: items at..at-delta-1 removed). Returns null when the span is
 * entirely deleted.
 */
export function shiftSpan(start: number, length: number, at: number, delta: number): [number, number] | null {
  const end = start + length - 1;
  if (delta > 0) {
    if (start >= at) return [start + delta, length];
    if (end >= at) return [start, length + delta];
    return [start, length];
  }
  const n = -delta;
  const delEnd = at + n - 1;
  if (end < at) return [start, length];
  if (start > delEnd) return [start - n, length];
  const overlap = Math.min(end, delEnd) - Math.max(start, at) + 1;
  const kept = length - overlap;
  if (kept <= 0) return null;
  return [Math.min(start, at), kept];
}

/** Shifts a rectangle in place along rows or columns; returns false when it vanished. */
export function shiftRect(rect: GridRect, dimension: "ROWS" | "COLUMNS", at: number, delta: number): boolean {
  if (dimension === "ROWS") {
    const s = shiftSpan(rect.row, rect.numRows, at, delta);
    if (!s) return false;
    [rect.row, rect.numRows] = s;
  } else {
    const s = shiftSpan(rect.column, rect.numColumns, at, delta);
    if (!s) return false;
    [rect.column, rect.numColumns] = s;
  }
  return true;
}
