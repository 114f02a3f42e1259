/**
 * Draws the parts of one sheet's grid, accessible the way Sheets exposes its own:
 * `role="grid"` (multi-selectable), a row of column headers (A, B, C…), one `row` per sheet row with its
 * row header (8) and its `gridcell`s, each placed with `aria-rowindex` / `aria-colindex` (the header row
 * and the row-header column count as 1, so sheet row r is aria row r + 1 and hidden rows and columns
 * leave gaps, as they do in Sheets). Cells show their displayed text, evaluated colours, notes as
 * tooltips and Statut dropdowns; frozen rows stay in view. Which rows are drawn is grid-window.ts's job;
 * what a click or a key does is the caller's (grid-keyboard.ts, selection.ts): this module only draws and
 * reports where a pointer went.
 */
import type { SheetView } from "../view.ts";
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
  statusPicked(row: number, column: number, value: string): void;
}

export const cellId = (row: number, column: number) => `cell-${row}-${column}`;

function cellStyle(td: HTMLElement, cell: CellView): void {
  if (cell.background) td.style.backgroundColor = cell.background;
  if (cell.color) td.style.color = cell.color;
  if (cell.bold) td.style.fontWeight = "bold";
  if (cell.italic) td.style.fontStyle = "italic";
  if (cell.strike) td.style.textDecoration = "line-through";
  if (cell.fontSize) td.style.fontSize = `${Math.round(cell.fontSize * 1.333)}px`;
  if (cell.align) td.style.textAlign = cell.align.toLowerCase();
  if (cell.valign)
    td.style.verticalAlign = cell.valign.toLowerCase() === "middle" ? "middle" : cell.valign.toLowerCase();
  td.classList.toggle("wrap", Boolean(cell.wrap));
}

function renderCell(row: number, cell: CellView, on: GridEvents): HTMLTableCellElement {
  const td = el("td", {
    id: cellId(row, cell.column),
    className: "cell",
    role: "gridcell",
    "aria-colindex": cell.column + 1,
    "aria-selected": "false",
    "data-cell": a1(row, cell.column),
    "data-row": row,
    "data-column": cell.column,
    title: cell.note,
    colspan: cell.colSpan,
    rowspan: cell.rowSpan,
  });
  cellStyle(td, cell);
  if (cell.options) {
    const select = el("select", {
      className: "status-select",
      "aria-label": a1(row, cell.column),
      tabindex: "-1",
    });
    const values = cell.options.includes(cell.text) ? cell.options : ["", ...cell.options];
    if (!values.includes("")) select.append(el("option", { value: "", text: "" }));
    for (const option of values) select.append(el("option", { value: option, text: option }));
    select.value = cell.text;
    if (cell.background) select.style.backgroundColor = cell.background;
    if (cell.color) select.style.color = cell.color;
    select.addEventListener("change", () => on.statusPicked(row, cell.column, select.value));
    td.append(select);
    td.classList.add("has-select");
  } else {
    td.append(el("div", { className: "cell-text", text: cell.text }));
  }
  if (cell.note) td.classList.add("has-note");
  td.addEventListener("mousedown", (event) => {
    if (event.button === 0 && !(event.target as HTMLElement).closest("select, input"))
      on.cellPointer(row, cell.column, event);
  });
  td.addEventListener("mouseenter", (event) => on.cellEnter(row, cell.column, event));
  td.addEventListener("dblclick", () => on.cellDoubleClick(row, cell.column));
  return td;
}

/** The column letters' row (sticky at the top); a right-click on a letter opens the column's menu. */
export function renderHead(table: HTMLTableElement, sheet: SheetView, on: GridEvents): void {
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
    th.addEventListener("mousedown", (event) => {
      if (event.button === 0) on.columnHeader(column.column, event);
    });
    th.addEventListener("contextmenu", (event) => {
      event.preventDefault();
      on.columnHeaderMenu(column.column, event);
    });
    letters.append(th);
  }
  table.append(el("thead", { role: "rowgroup" }, [letters]));
}

/** One sheet row: its header and its cells (those a merge hides left out). */
export function renderRow(row: number, geometry: GridGeometry, on: GridEvents): HTMLTableRowElement {
  const head = el("th", {
    className: "row-head",
    role: "rowheader",
    "aria-colindex": 1,
    "data-row": row,
    text: String(row),
  });
  head.addEventListener("mousedown", (event) => {
    if (event.button === 0) on.rowHeader(row, event);
  });
  head.addEventListener("contextmenu", (event) => {
    event.preventDefault();
    on.rowHeaderMenu(row, event);
  });
  const tr = el("tr", { role: "row", "aria-rowindex": row + 1, "data-row": row }, [head]);
  if (row <= geometry.frozenRows) tr.classList.add("frozen");
  if (row === geometry.frozenRows) tr.classList.add("frozen-last");
  for (const column of geometry.columns) {
    const cell = geometry.cells.get(`${row}:${column}`);
    if (!cell) continue;
    const td = renderCell(row, cell, on);
    // As in Sheets, unwrapped left-aligned text runs over the empty cell to its right (numbers do not).
    const next = geometry.cells.get(`${row}:${column + 1}`);
    const spills = !cell.wrap && !cell.options && cell.align === undefined && !cell.colSpan;
    if (spills && cell.text !== "" && (!next || next.text === "")) td.classList.add("overflow");
    tr.append(td);
  }
  return tr;
}

/** Keeps the frozen rows in view while scrolling, under the column letters, like Sheets' frozen panes. */
export function stickFrozenRows(table: HTMLTableElement, rows: HTMLTableRowElement[]): number {
  const headRow = table.tHead?.rows[0];
  let top = headRow ? headRow.getBoundingClientRect().height : 0;
  for (const tr of rows) {
    for (const cell of Array.from(tr.cells)) {
      cell.style.position = "sticky";
      cell.style.top = `${top}px`;
      cell.style.zIndex = cell.classList.contains("row-head")
        ? "4"
        : cell.classList.contains("overflow")
          ? "3"
          : "2";
    }
    top += tr.getBoundingClientRect().height;
  }
  return top;
}
