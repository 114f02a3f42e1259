/**
 * The grid's selection, as in Sheets: an active cell (where typing goes) and a range stretched from it
 * to a second corner by Shift+click, Shift+arrows, a drag, or a click on a row or column header. It
 * moves over the visible rows and columns only and treats a merged block as its top-left cell. Painting
 * marks each cell `aria-selected`, the active one with `aria-activedescendant` on the grid, and fills
 * the name box and the formula bar.
 */
import { $, a1 } from "./dom.ts";
import { cellId } from "./grid-render.ts";
import { reveal } from "./grid-window.ts";
import { emptyGeometry, type GridGeometry } from "./sheet-data.ts";

export interface Point {
  row: number;
  column: number;
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

let geometry: GridGeometry = emptyGeometry();
let anchor: Point | null = null;
let corner: Point | null = null;
/** The column a run of Tab moves started from: Enter then goes to the next row in that column, as in Sheets. */
let tabStartColumn: number | null = null;

export function setGeometry(next: GridGeometry): void {
  geometry = next;
  if (anchor && !geometry.rows.includes(anchor.row)) anchor = corner = null;
}

export function grid(): GridGeometry {
  return geometry;
}

/** The cell a point shows: a merged block's top-left cell for any of its cells. */
export function visible(point: Point): Point {
  return geometry.coveredBy.get(`${point.row}:${point.column}`) ?? point;
}

export function active(): Point | null {
  return anchor;
}

export function rect(): Rect | null {
  if (!anchor || !corner) return null;
  return {
    top: Math.min(anchor.row, corner.row),
    bottom: Math.max(anchor.row, corner.row),
    left: Math.min(anchor.column, corner.column),
    right: Math.max(anchor.column, corner.column),
  };
}

export function select(point: Point | null, extend = false): void {
  tabStartColumn = null;
  if (!point) {
    anchor = corner = null;
  } else if (extend && anchor) {
    corner = point;
  } else {
    anchor = visible(point);
    corner = anchor;
  }
  paint();
}

/** Selects whole rows or columns (a header click): the active cell is the first cell of the block. */
export function selectBlock(from: Point, to: Point, extend = false): void {
  tabStartColumn = null;
  if (extend && anchor) {
    corner = to;
  } else {
    anchor = visible(from);
    corner = to;
  }
  paint();
}

/** The visible row and column numbers of the selected rectangle, top to bottom, left to right. */
export function selectedRows(): number[] {
  const r = rect();
  return r ? geometry.rows.filter((row) => row >= r.top && row <= r.bottom) : [];
}
export function selectedColumns(): number[] {
  const r = rect();
  return r ? geometry.columns.filter((c) => c >= r.left && c <= r.right) : [];
}

function step(list: number[], value: number, delta: number): number {
  const index = list.indexOf(value);
  if (index < 0) return list[0] ?? value;
  return list[Math.max(0, Math.min(list.length - 1, index + delta))]!;
}

/** One cell over from `from` (skipping hidden rows, columns and the rest of a merged block). */
export function neighbour(from: Point, dRow: number, dColumn: number): Point {
  const cell = geometry.cells.get(`${from.row}:${from.column}`);
  const spanRows = dRow > 0 ? (cell?.rowSpan ?? 1) : 1;
  const spanColumns = dColumn > 0 ? (cell?.colSpan ?? 1) : 1;
  const row = dRow === 0 ? from.row : step(geometry.rows, from.row, dRow * spanRows);
  const column = dColumn === 0 ? from.column : step(geometry.columns, from.column, dColumn * spanColumns);
  return { row, column };
}

export function edge(from: Point, where: "home" | "end"): Point {
  if (where === "home") return { row: from.row, column: geometry.columns[0] ?? from.column };
  return { row: from.row, column: geometry.columns.at(-1) ?? from.column };
}

/** Ctrl+Home: A1 (the first visible cell). Ctrl+End: the last row and column holding content, as in Sheets. */
export function sheetCorner(where: "first" | "last"): Point {
  const first = { row: geometry.rows[0] ?? 1, column: geometry.columns[0] ?? 1 };
  if (where === "first") return first;
  const row = [...geometry.rows].reverse().find((r) => r <= geometry.lastRow) ?? first.row;
  const column = [...geometry.columns].reverse().find((c) => c <= geometry.lastColumn) ?? first.column;
  return visible({ row, column });
}

function filled(point: Point): boolean {
  return (geometry.cells.get(`${point.row}:${point.column}`)?.text ?? "") !== "";
}

/**
 * Ctrl+arrow, as in Sheets: from a filled cell with a filled neighbour, to the last filled cell of the run;
 * otherwise to the next filled cell that way, or to the sheet's edge when there is none.
 */
export function dataEdge(from: Point, dRow: number, dColumn: number): Point {
  let at = from;
  let next = neighbour(at, dRow, dColumn);
  if (next.row === at.row && next.column === at.column) return at;
  if (filled(at) && filled(next)) {
    while (filled(next) && (next.row !== at.row || next.column !== at.column)) {
      at = next;
      next = neighbour(at, dRow, dColumn);
    }
    return at;
  }
  at = next;
  for (;;) {
    if (filled(at)) return at;
    next = neighbour(at, dRow, dColumn);
    if (next.row === at.row && next.column === at.column) return at;
    at = next;
  }
}

/** Moves the active cell (collapsing the range), or the range's far corner with `extend`. */
export function move(dRow: number, dColumn: number, extend = false): void {
  if (!anchor) {
    select({ row: geometry.rows[0] ?? 1, column: geometry.columns[0] ?? 1 });
    return;
  }
  if (extend) {
    corner = neighbour(corner ?? anchor, dRow, dColumn);
    paint();
  } else select(neighbour(anchor, dRow, dColumn));
  scrollToActive();
}

/** Tab or Shift+Tab: one cell over, remembering where the run of Tabs started (see enterDown). */
export function tab(backwards: boolean): void {
  const start = tabStartColumn ?? anchor?.column ?? null;
  move(0, backwards ? -1 : 1);
  tabStartColumn = start;
}

/** Enter after an edit: one row down, back in the column the Tabs started from (Sheets does the same). */
export function enterDown(): void {
  const column = tabStartColumn;
  if (!anchor || column === null) {
    move(1, 0);
    return;
  }
  select(visible({ row: neighbour(anchor, 1, 0).row, column }));
  scrollToActive();
}

/** Brings the active cell (or the far corner of the range) into view, drawing its row first if need be. */
export function scrollToActive(): void {
  const target = extendTarget();
  if (!target) return;
  reveal(target.row);
  paint();
  document.getElementById(cellId(target.row, target.column))?.scrollIntoView({
    block: "nearest",
    inline: "nearest",
  });
}

function extendTarget(): Point | null {
  return corner ? visible(corner) : anchor;
}

function paintCell(td: HTMLTableCellElement, r: Rect | null): void {
  const row = Number(td.dataset.row);
  const column = Number(td.dataset.column);
  const inside =
    r !== null &&
    row <= r.bottom &&
    column <= r.right &&
    row + td.rowSpan - 1 >= r.top &&
    column + td.colSpan - 1 >= r.left;
  const isActive = anchor !== null && anchor.row === row && anchor.column === column;
  td.setAttribute("aria-selected", inside ? "true" : "false");
  td.classList.toggle(
    "in-range",
    inside && !isActive && r !== null && (r.top !== r.bottom || r.left !== r.right),
  );
  td.classList.toggle("selected", isActive);
}

function paintRowHead(th: HTMLElement, r: Rect | null): void {
  th.classList.toggle(
    "head-selected",
    r !== null && Number(th.dataset.row) >= r.top && Number(th.dataset.row) <= r.bottom,
  );
}

/** Paints the cells of rows the grid has just drawn (scrolling): the rest of the grid is painted already. */
export function paintRows(rows: HTMLTableRowElement[]): void {
  const r = rect();
  for (const tr of rows) {
    // A row is drawn unselected: only those the selection reaches (a merge from above included) need paint.
    const row = Number(tr.dataset.row);
    const merged = tr.querySelector("td[rowspan]") !== null;
    if (r === null || row > r.bottom || (row < r.top && !merged)) continue;
    for (const cell of Array.from(tr.cells)) {
      if (cell.classList.contains("cell")) paintCell(cell, r);
      else if (cell.classList.contains("row-head")) paintRowHead(cell, r);
    }
  }
}

export function paint(): void {
  const table = $("grid");
  const r = rect();
  for (const td of Array.from(table.querySelectorAll<HTMLTableCellElement>("td.cell"))) paintCell(td, r);
  for (const th of Array.from(table.querySelectorAll<HTMLElement>("th.row-head"))) paintRowHead(th, r);
  for (const th of Array.from(table.querySelectorAll<HTMLElement>("th.col-head")))
    th.classList.toggle(
      "head-selected",
      r !== null && Number(th.dataset.column) >= r.left && Number(th.dataset.column) <= r.right,
    );
  if (anchor) table.setAttribute("aria-activedescendant", cellId(anchor.row, anchor.column));
  else table.removeAttribute("aria-activedescendant");
  const ref = $("cell-ref");
  const content = $("cell-content");
  if (!anchor || !r) {
    ref.textContent = "";
    content.textContent = "";
    return;
  }
  const single = r.top === r.bottom && r.left === r.right;
  ref.textContent = single ? a1(anchor.row, anchor.column) : `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;
  content.textContent = geometry.cells.get(`${anchor.row}:${anchor.column}`)?.edit ?? "";
}
