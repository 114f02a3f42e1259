/**
 * The shown sheet as the page works with it: the view sent by the server (view.ts) made whole again —
 * every visible cell of every visible row (a cell the server left out is empty), each with the text the
 * editor starts from and its validation's choices as a list — and the geometry the keyboard and the
 * selection move over: visible rows and columns in order, and the cells a merge hides.
 */
import type { SheetView, CellView as WireCell } from "../view.ts";

export interface CellView extends Omit<WireCell, "edit" | "choices" | "strict"> {
  /** What the editor starts with: the formula, a date as yyyy-mm-dd, or the text. */
  edit: string;
  /** A dropdown (validation list, invalid values refused). */
  options?: string[];
  /** Suggestions (validation from a range, any value accepted). */
  suggestions?: string[];
}

/** Where each cell is: visible rows and columns in order, and merged cells' hidden parts. */
export interface GridGeometry {
  rows: number[];
  columns: number[];
  /** "row:column" of a cell hidden by a merge → its merge's top-left cell. */
  coveredBy: Map<string, { row: number; column: number }>;
  cells: Map<string, CellView>;
  /** The last row and column holding content (Ctrl+End). */
  lastRow: number;
  lastColumn: number;
  /** Row heights set on the sheet, by row (px). */
  heights: Map<number, number>;
  frozenRows: number;
  /** The sheet these are the rows of. */
  sheetId: number;
  /** Rows whose conditional formats the server has not evaluated yet (grid-styles.ts asks for them). */
  unstyled: Set<number>;
}

export function emptyGeometry(): GridGeometry {
  return {
    rows: [],
    columns: [],
    coveredBy: new Map(),
    cells: new Map(),
    lastRow: 0,
    lastColumn: 0,
    heights: new Map(),
    frozenRows: 0,
    sheetId: -1,
    unstyled: new Set(),
  };
}

function hydrate(cell: WireCell, lists: string[][]): CellView {
  const { edit, choices, strict, ...rest } = cell;
  const out: CellView = { ...rest, edit: edit ?? cell.text };
  if (choices !== undefined) {
    const list = lists[choices] ?? [];
    if (strict) out.options = list;
    else out.suggestions = list;
  }
  return out;
}

/** The whole geometry of `sheet`, every row (drawing only what is in view is grid-window.ts's job). */
export function sheetGeometry(sheet: SheetView): GridGeometry {
  const geometry = emptyGeometry();
  geometry.rows = sheet.rows.map((r) => r.row);
  geometry.columns = sheet.columns.map((c) => c.column);
  geometry.lastRow = sheet.lastRow;
  geometry.lastColumn = sheet.lastColumn;
  geometry.frozenRows = sheet.frozenRows;
  geometry.sheetId = sheet.id;
  for (const row of sheet.rows) {
    geometry.heights.set(row.row, row.height);
    if (row.unstyled) geometry.unstyled.add(row.row);
    const given = new Map(row.cells.map((c) => [c.column, c]));
    for (const column of geometry.columns) {
      const key = `${row.row}:${column}`;
      if (geometry.coveredBy.has(key)) continue;
      const wire = given.get(column);
      const cell = wire ? hydrate(wire, sheet.choiceLists) : { column, text: "", edit: "" };
      geometry.cells.set(key, cell);
      for (let r = 0; r < (cell.rowSpan ?? 1); r++)
        for (let c = 0; c < (cell.colSpan ?? 1); c++)
          if (r || c) geometry.coveredBy.set(`${row.row + r}:${column + c}`, { row: row.row, column });
    }
  }
  return geometry;
}
