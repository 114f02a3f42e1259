/**
 * Draws the parts of one sheet's grid, accessible the way Sheets exposes its own:
 * `role="grid"` (multi-selectable), a row of column headers (A, B, C…), one `row` per sheet row with its
 * row header (8) and its `gridcell`s, each placed with `aria-rowindex` / `aria-colindex` (the header row
 * and the row-header column count as 1, so sheet row r is aria row r + 1 and hidden rows and columns
 * leave gaps, as they do in Sheets). Cells show their displayed text, evaluated colours, notes as
 * tooltips and Statut dropdowns as chips (an arrow that opens their list); frozen rows stay in view. Which
 * rows are drawn is grid-window.ts's job; what a click or a key does is the caller's (grid-keyboard.ts,
 * selection.ts): this module only draws, and reports where a pointer went through one listener per kind
 * of event on the table.
 */
import type { SheetView } from "../view.ts";
import { formatClass } from "./cell-formats.ts";
import { a1, el } from "./dom.ts";
import type { CellView, GridGeometry } from "./sheet-data.ts";

export interface GridEvents {
  cellPointer(row: number, column: number, event: MouseEvent): void;
  cellEnter(row: number, column: number, event: MouseEvent): void;
  cellDoubleClick(row: number, column: number): void;
  rowHeader(row: number, event: MouseEvent): void;
  rowHeaderMenu(row: number, event: MouseEvent): void;
  columnHeader(column: number, event: MouseEvent): void;
  columnHeaderMenu(column: number, event: MouseEvent): void;
  /** The arrow of a dropdown cell: its list, opened under the cell at `at`. */
  choicesMenu(row: number, column: number, at: { x: number; y: number }): void;
}

/** The width of a dropdown cell's arrow, at its right edge (page.css draws it). */
const ARROW_PX = 20;

export const cellId = (row: number, column: number) => `cell-${row}-${column}`;

/** A cell as drawn before its own values: built once, cloned for every cell (faster than building each). */
let blankCell: HTMLTableCellElement | null = null;

/**
 * One cell. Scrolling draws some twenty rows a frame, so this is the grid's hot path: a clone of a blank
 * cell, attributes set directly, and no element inside an empty cell.
 */
function renderCell(row: number, cell: CellView): HTMLTableCellElement {
  blankCell ??= el("td", { className: "cell", role: "gridcell", "aria-selected": "false" });
  const td = blankCell.cloneNode() as HTMLTableCellElement;
  const name = a1(row, cell.column);
  td.id = cellId(row, cell.column);
  td.setAttribute("aria-colindex", String(cell.column + 1));
  td.setAttribute("data-cell", name);
  td.setAttribute("data-row", String(row));
  td.setAttribute("data-column", String(cell.column));
  if (cell.note) {
    td.title = cell.note;
    td.classList.add("has-note");
  }
  if (cell.colSpan) td.colSpan = cell.colSpan;
  if (cell.rowSpan) td.rowSpan = cell.rowSpan;
  const format = formatClass(cell);
  if (format) td.classList.add(format);
  if (cell.wrap) td.classList.add("wrap");
  if (cell.options) {
    // A dropdown shows its value with an arrow (drawn by CSS), as Sheets' dropdown chips: a click on the
    // arrow, Enter or a double-click opens the list. A native <select> per row, then a button, cost more
    // than the rest of the row to draw while scrolling.
    td.classList.add("has-choices");
    td.setAttribute("aria-haspopup", "menu");
  }
  // Wrapped text goes straight into the cell; one line that may spill over or be cut with an ellipsis
  // needs its own box. A box for every cell made the layout of each new row a third slower.
  if (cell.text === "") return td;
  if (cell.wrap) td.append(cell.text);
  else td.append(el("div", { className: "cell-text", text: cell.text }));
  return td;
}

/** The column letters' row (sticky at the top); a right-click on a letter opens the column's menu. */
export function renderHead(table: HTMLTableElement, sheet: SheetView): void {
  table.setAttribute("role", "grid");
  table.setAttribute("aria-multiselectable", "true");
  // The sheet's own size, as Sheets says it: every row and column counts, drawn or not.
  table.setAttribute("aria-rowcount", String(sheet.rowCount + 1));
  table.setAttribute("aria-colcount", String(sheet.columnCount + 1));
  table.setAttribute("aria-label", sheet.name);
  const colgroup = el("colgroup", {}, [el("col", { style: "width:46px" })]);
  for (const column of sheet.columns) colgroup.append(el("col", { style: `width:${column.width}px` }));
  table.append(colgroup);
  table.style.width = `${46 + sheet.columns.reduce((sum, c) => sum + c.width, 0)}px`;
  const letters = el("tr", { role: "row", "aria-rowindex": 1 }, [
    el("th", { className: "corner", role: "columnheader", "aria-colindex": 1 }),
  ]);
  for (const column of sheet.columns) {
    const th = el("th", {
      className: "col-head",
      role: "columnheader",
      "aria-colindex": column.column + 1,
      "data-column": column.column,
      text: column.letter,
    });
    letters.append(th);
  }
  table.append(el("thead", { role: "rowgroup" }, [letters]));
}

/** One sheet row: its header and its cells (those a merge hides left out). */
export function renderRow(row: number, geometry: GridGeometry): HTMLTableRowElement {
  const head = el("th", {
    className: "row-head",
    role: "rowheader",
    "aria-colindex": 1,
    "data-row": row,
    text: String(row),
  });
  const tr = el("tr", { role: "row", "aria-rowindex": row + 1, "data-row": row }, [head]);
  if (row <= geometry.frozenRows) tr.classList.add("frozen");
  if (row === geometry.frozenRows) tr.classList.add("frozen-last");
  for (const column of geometry.columns) {
    const cell = geometry.cells.get(`${row}:${column}`);
    if (!cell) continue;
    const td = renderCell(row, cell);
    // As in Sheets, unwrapped left-aligned text runs over the empty cell to its right (numbers do not).
    const next = geometry.cells.get(`${row}:${column + 1}`);
    const spills = !cell.wrap && !cell.options && cell.align === undefined && !cell.colSpan;
    if (spills && cell.text !== "" && (!next || next.text === "")) td.classList.add("overflow");
    tr.append(td);
  }
  return tr;
}

/**
 * Keeps the frozen rows in view while scrolling, under the column letters, like Sheets' frozen panes: they
 * are their own row group, sticky as one (one sticky box, not one per cell: each costs paint time on every
 * frame of a scroll). Returns how tall the letters and the frozen rows are together.
 */
export function stickFrozenRows(table: HTMLTableElement, frozen: HTMLTableSectionElement): number {
  const head = table.tHead?.getBoundingClientRect().height ?? 0;
  frozen.style.top = `${head}px`;
  return head + frozen.getBoundingClientRect().height;
}

/** The sheet cell (or header) an event happened in, from the data attributes the drawing put there. */
function pointOf(
  target: EventTarget | null,
): { kind: string; row: number; column: number; node: HTMLElement } | null {
  const node = (target as HTMLElement | null)?.closest?.<HTMLElement>("td.cell, th.row-head, th.col-head");
  if (!node) return null;
  const kind = node.classList.contains("cell")
    ? "cell"
    : node.classList.contains("row-head")
      ? "row"
      : "column";
  return { kind, row: Number(node.dataset.row), column: Number(node.dataset.column), node };
}

/**
 * Listens on the table once for every cell and header, drawn now or later (one listener per kind of
 * event instead of five per cell: rows come and go while scrolling).
 */
export function listenToGrid(table: HTMLTableElement, on: GridEvents): void {
  let entered: HTMLElement | null = null;
  table.addEventListener("mousedown", (event) => {
    const at = pointOf(event.target);
    if (!at || event.button !== 0) return;
    if (at.kind === "cell") {
      if (!(event.target as HTMLElement).closest("input, textarea, ul"))
        on.cellPointer(at.row, at.column, event);
    } else if (at.kind === "row") on.rowHeader(at.row, event);
    else on.columnHeader(at.column, event);
  });
  // A click on a dropdown's arrow, its cell's last ARROW_PX (not the mousedown, which selects the cell
  // and would close a menu opened by itself).
  table.addEventListener("click", (event) => {
    const at = pointOf(event.target);
    if (at?.kind !== "cell" || !at.node.classList.contains("has-choices")) return;
    const box = at.node.getBoundingClientRect();
    if (event.clientX >= box.right - ARROW_PX)
      on.choicesMenu(at.row, at.column, { x: box.left, y: box.bottom });
  });
  table.addEventListener("contextmenu", (event) => {
    const at = pointOf(event.target);
    if (!at || at.kind === "cell") return;
    event.preventDefault();
    if (at.kind === "row") on.rowHeaderMenu(at.row, event);
    else on.columnHeaderMenu(at.column, event);
  });
  // mouseover bubbles where mouseenter does not: a cell is entered when the pointer comes from elsewhere.
  table.addEventListener("mouseover", (event) => {
    const at = pointOf(event.target);
    if (at?.kind !== "cell" || at.node === entered) return;
    entered = at.node;
    on.cellEnter(at.row, at.column, event);
  });
  table.addEventListener("dblclick", (event) => {
    const at = pointOf(event.target);
    if (at?.kind === "cell") on.cellDoubleClick(at.row, at.column);
  });
}
