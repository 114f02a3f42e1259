/**
 * Range.sort, as Apps Script documents it (developers.google.com/apps-script/reference/spreadsheet/range
 * #sort(Object)): the rows of the range are reordered by one column number (absolute, 1-based, inside the
 * range), by `{ column, ascending }`, or by an array of those (later ones break ties); whole rows of the
 * range move together, with their values, formats, notes and validations, which is what keeps the
 * add-on's hidden row key with its action. Equal rows keep their order (a stable sort).
 *
 * The order of mixed types is a guess from the Sheets UI, not a documented rule: numbers (dates are
 * numbers) before text (compared case-insensitively, accents per the French collator), text before
 * booleans, and empty cells always last, whichever the direction. Formulas move as written (Sheets would
 * adjust their relative references; the add-on writes none in sorted ranges). A range crossing a merge of
 * several rows is refused with the message Sheets shows.
 */
import type { GridRect } from "./a1.ts";
import type { Cell, Scalar } from "./values.ts";

export interface SortSpec {
  column: number;
  ascending: boolean;
}

/** What sort needs from a sheet: its cells and its merges. */
export interface SortableSheet {
  cell(row: number, column: number): Cell | undefined;
  ensureCell(row: number, column: number): Cell;
  compact(row: number, column: number): void;
  merges: GridRect[];
}

/** The specs of a Range.sort argument, checked against the range's columns. */
export function sortSpecs(spec: unknown, rect: GridRect): SortSpec[] {
  const list = Array.isArray(spec) ? spec : [spec];
  if (list.length === 0) throw new Error("Exception: Invalid argument: sortSpecObj");
  return list.map((item) => {
    const raw =
      typeof item === "number" ? { column: item } : (item as { column?: unknown; ascending?: unknown });
    const column = Number(raw?.column);
    if (!Number.isInteger(column) || column < rect.column || column >= rect.column + rect.numColumns)
      throw new Error("Exception: The coordinates or dimensions of the range are invalid.");
    return { column, ascending: raw.ascending !== false };
  });
}

const collator = new Intl.Collator("fr", { sensitivity: "base", numeric: false });

function rank(value: Scalar | undefined): number {
  if (value === undefined || value === "") return 3;
  if (typeof value === "number") return 0;
  if (typeof value === "string") return 1;
  return 2;
}

function compareValues(a: Scalar | undefined, b: Scalar | undefined, ascending: boolean): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra === 3 || rb === 3) return ra - rb; // empty cells last in both directions
  let order = ra - rb;
  if (order === 0) {
    if (typeof a === "number" && typeof b === "number") order = a - b;
    else if (typeof a === "string" && typeof b === "string") order = collator.compare(a, b);
    else order = Number(a) - Number(b);
  }
  return ascending ? order : -order;
}

/** Sorts the rows of `rect` in `sheet` by `specs`. */
export function sortRows(sheet: SortableSheet, rect: GridRect, specs: SortSpec[]): void {
  const last = rect.row + rect.numRows - 1;
  const crossesMerge = sheet.merges.some(
    (m) =>
      m.numRows > 1 &&
      m.row <= last &&
      m.row + m.numRows - 1 >= rect.row &&
      m.column < rect.column + rect.numColumns &&
      m.column + m.numColumns - 1 >= rect.column,
  );
  if (crossesMerge)
    throw new Error("Exception: You can't sort a range that includes vertically merged cells.");
  const lines = Array.from({ length: rect.numRows }, (_, i) =>
    Array.from({ length: rect.numColumns }, (_, j) => {
      const cell = sheet.cell(rect.row + i, rect.column + j);
      return cell ? { ...cell } : undefined;
    }),
  );
  const order = lines
    .map((line, index) => ({ line, index }))
    .sort((x, y) => {
      for (const spec of specs) {
        const j = spec.column - rect.column;
        const diff = compareValues(x.line[j]?.value, y.line[j]?.value, spec.ascending);
        if (diff !== 0) return diff;
      }
      return x.index - y.index;
    });
  order.forEach(({ line }, i) => {
    line.forEach((source, j) => {
      const row = rect.row + i;
      const column = rect.column + j;
      const target = sheet.ensureCell(row, column);
      for (const key of Object.keys(target)) delete (target as Record<string, unknown>)[key];
      if (source) Object.assign(target, source);
      sheet.compact(row, column);
    });
  });
}
