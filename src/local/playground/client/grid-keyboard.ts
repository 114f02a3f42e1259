/**
 * What the person's keys and pointer do on the grid, as in Sheets: click, Shift+click, drag and the
 * headers select; the arrows, Tab, Shift+Tab, Enter, Shift+Enter, Home/End, Ctrl+Home/End (A1; the last cell
 * with content), Ctrl+arrows (to the edge of the data) and Page Up/Down move (with
 * Shift, the arrows stretch the range); typing replaces the active cell, F2, Enter or a double-click edit
 * it in place (on a dropdown, Enter, a double-click or its arrow open its list as a menu instead, and what
 * is picked is written); Delete and Backspace clear the selection; Ctrl+C, Ctrl+X and Ctrl+V copy, cut and paste
 * tab-separated text; Ctrl+Z and Ctrl+Y (or Ctrl+Shift+Z) undo and redo; a right-click on a row header
 * (or the context-menu key) offers to insert or delete rows. The edits themselves go through `actions`.
 */
import { isEditing, type Move, startEditor } from "./cell-editor.ts";
import { pastedRows, toTsv } from "./clipboard.ts";
import { openMenu, openRowMenu, type RowAction } from "./context-menu.ts";
import { $, a1 } from "./dom.ts";
import { cellId, type GridEvents } from "./grid-render.ts";
import { rowsPerPage, scrollPages, scrollToTop } from "./grid-window.ts";
import * as selection from "./selection.ts";
import { t } from "./strings.ts";

export interface CellEdit {
  row: number;
  column: number;
  text: string;
}

export interface GridActions {
  /** Saves the person's edits of the shown sheet (recorded for undo). */
  write(edits: CellEdit[]): void;
  undo(): void;
  redo(): void;
  rows(action: RowAction, first: number, count: number): void;
  /** A right-click on a column's letter (the column menu: column-menu.ts). */
  columnMenu(column: number, x: number, y: number): void;
}

let dragging = false;

function table(): HTMLTableElement {
  return $<HTMLTableElement>("grid");
}

function focusGrid(): void {
  table().focus({ preventScroll: true });
}

function cellAt(point: selection.Point) {
  return selection.grid().cells.get(`${point.row}:${point.column}`);
}

function edit(mode: "replace" | "edit", actions: GridActions, text?: string): void {
  const point = selection.active();
  if (!point || isEditing()) return;
  const td = document.getElementById(cellId(point.row, point.column)) as HTMLTableCellElement | null;
  const cell = cellAt(point);
  if (!td || !cell) return;
  if (mode === "edit" && cell.options) {
    // A dropdown opens its list, as Enter does on a Sheets dropdown chip.
    const box = td.getBoundingClientRect();
    openChoices(point, cell.options, { x: box.left, y: box.bottom }, actions);
    return;
  }
  startEditor(
    td,
    {
      mode,
      text: mode === "replace" ? (text ?? "") : cell.edit,
      label: a1(point.row, point.column),
      suggestions: cell.suggestions,
      choices: cell.options,
    },
    ({ text: saved, move, via }: { text: string | null; move: Move; via?: "enter" | "tab" }) => {
      if (saved !== null && saved !== cell.edit) actions.write([{ ...point, text: saved }]);
      if (move && via === "tab") selection.tab(move[1] < 0);
      else if (move && via === "enter" && move[0] > 0) selection.enterDown();
      else if (move) selection.move(move[0], move[1]);
      focusGrid();
    },
  );
}

/** A dropdown cell's list as a menu under it; the value picked is written (an empty one clears the cell). */
function openChoices(
  point: selection.Point,
  options: string[],
  at: { x: number; y: number },
  actions: GridActions,
): void {
  const current = cellAt(point)?.edit ?? "";
  const items: Array<[string, string]> = options.map((option) => [option, option]);
  if (current !== "") items.push(["", t("clearValue")]);
  openMenu(at, t("choicesMenu", { cell: a1(point.row, point.column) }), items, (value) => {
    if (value !== current) actions.write([{ ...point, text: value }]);
    focusGrid();
  });
}

/** Every visible cell of the selection, row by row. */
function selectedPoints(): selection.Point[][] {
  const columns = selection.selectedColumns();
  return selection
    .selectedRows()
    .map((row) =>
      columns
        .filter((column) => !selection.grid().coveredBy.has(`${row}:${column}`))
        .map((column) => ({ row, column })),
    );
}

function clearSelection(actions: GridActions): void {
  const edits = selectedPoints()
    .flat()
    .filter((p) => (cellAt(p)?.edit ?? "") !== "")
    .map((p) => ({ ...p, text: "" }));
  if (edits.length) actions.write(edits);
}

function copiedText(): string {
  return toTsv(selectedPoints().map((line) => line.map((p) => cellAt(p)?.text ?? "")));
}

/** Pastes a block at the active cell; one value pasted over a range fills the whole range. */
function paste(rows: string[][], actions: GridActions): void {
  const start = selection.active();
  const r = selection.rect();
  if (!start || !r || rows.length === 0) return;
  const grid = selection.grid();
  const edits: CellEdit[] = [];
  const single = rows.length === 1 && rows[0]!.length === 1;
  if (single && (r.top !== r.bottom || r.left !== r.right)) {
    for (const p of selectedPoints().flat()) edits.push({ ...p, text: rows[0]![0]! });
  } else {
    // Hidden rows and columns are stepped over (the add-on's hidden row key stays untouched).
    const firstRow = grid.rows.indexOf(r.top);
    const firstColumn = grid.columns.indexOf(r.left);
    rows.forEach((line, i) => {
      const row = grid.rows[firstRow + i];
      if (row === undefined) return;
      line.forEach((text, j) => {
        const column = grid.columns[firstColumn + j];
        if (column === undefined || grid.coveredBy.has(`${row}:${column}`)) return;
        edits.push({ row, column, text });
      });
    });
    const last = edits.at(-1);
    if (last) {
      selection.select({ row: r.top, column: r.left });
      selection.select(last, true);
    }
  }
  if (edits.length) actions.write(edits);
}

function rowMenuAt(x: number, y: number, actions: GridActions): void {
  const rows = selection.selectedRows();
  if (rows.length === 0) return;
  const first = rows[0]!;
  const last = rows.at(-1)!;
  openRowMenu({ x, y }, { first, last }, (action) => actions.rows(action, first, last - first + 1));
}

function selectRows(row: number, extend: boolean): void {
  const columns = selection.grid().columns;
  selection.selectBlock({ row, column: columns[0] ?? 1 }, { row, column: columns.at(-1) ?? 1 }, extend);
}

function selectColumns(column: number, extend: boolean): void {
  const rows = selection.grid().rows;
  selection.selectBlock({ row: rows[0] ?? 1, column }, { row: rows.at(-1) ?? 1, column }, extend);
}

export function gridEvents(actions: GridActions): GridEvents {
  return {
    cellPointer(row, column, event) {
      if (isEditing()) return;
      event.preventDefault();
      selection.select({ row, column }, event.shiftKey);
      dragging = !event.shiftKey;
      focusGrid();
    },
    cellEnter(row, column, event) {
      if (dragging && event.buttons === 1) selection.select({ row, column }, true);
    },
    cellDoubleClick(row, column) {
      selection.select({ row, column });
      edit("edit", actions);
    },
    rowHeader(row, event) {
      event.preventDefault();
      selectRows(row, event.shiftKey);
      focusGrid();
    },
    rowHeaderMenu(row, event) {
      if (!selection.selectedRows().includes(row)) selectRows(row, false);
      rowMenuAt(event.clientX, event.clientY, actions);
    },
    columnHeaderMenu(column, event) {
      if (!selection.selectedColumns().includes(column)) selectColumns(column, false);
      actions.columnMenu(column, event.clientX, event.clientY);
    },
    columnHeader(column, event) {
      event.preventDefault();
      selectColumns(column, event.shiftKey);
      focusGrid();
    },
    choicesMenu(row, column, at) {
      if (isEditing()) return;
      selection.select({ row, column });
      const options = cellAt({ row, column })?.options;
      if (options) openChoices({ row, column }, options, at, actions);
    },
  };
}

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

function onKey(event: KeyboardEvent, actions: GridActions): void {
  if (isEditing()) return;
  const ctrl = event.ctrlKey || event.metaKey;
  const key = event.key;
  if (MOVES[key]) {
    event.preventDefault();
    const [dr, dc] = MOVES[key]!;
    if (ctrl) {
      const from = selection.active();
      if (from) selection.select(selection.dataEdge(from, dr, dc));
      selection.scrollToActive();
    } else selection.move(dr, dc, event.shiftKey);
  } else if (key === "Tab") {
    event.preventDefault();
    selection.tab(event.shiftKey);
  } else if (key === "Enter") {
    event.preventDefault();
    if (event.shiftKey) selection.move(-1, 0);
    else edit("edit", actions);
  } else if (key === "F2") {
    event.preventDefault();
    edit("edit", actions);
  } else if (key === "Delete" || key === "Backspace") {
    event.preventDefault();
    clearSelection(actions);
  } else if (key === "Home" || key === "End") {
    event.preventDefault();
    const from = selection.active();
    if (ctrl && key === "Home") scrollToTop();
    if (ctrl) selection.select(selection.sheetCorner(key === "Home" ? "first" : "last"));
    else if (from) selection.select(selection.edge(from, key === "Home" ? "home" : "end"));
    selection.scrollToActive();
  } else if (key === "PageDown" || key === "PageUp") {
    // One screen down or up, the active cell with it, as in Sheets.
    event.preventDefault();
    const pages = key === "PageDown" ? 1 : -1;
    scrollPages(pages);
    selection.move(pages * rowsPerPage(), 0, event.shiftKey);
  } else if (ctrl && (key === "z" || key === "Z")) {
    event.preventDefault();
    if (event.shiftKey) actions.redo();
    else actions.undo();
  } else if (ctrl && (key === "y" || key === "Y")) {
    event.preventDefault();
    actions.redo();
  } else if (ctrl && (key === "a" || key === "A")) {
    event.preventDefault();
    const g = selection.grid();
    selection.selectBlock(
      { row: g.rows[0] ?? 1, column: g.columns[0] ?? 1 },
      { row: g.rows.at(-1) ?? 1, column: g.columns.at(-1) ?? 1 },
    );
  } else if (key === "ContextMenu" || (key === "F10" && event.shiftKey)) {
    event.preventDefault();
    const point = selection.active();
    const td = point && document.getElementById(cellId(point.row, point.column));
    const box = td?.getBoundingClientRect();
    if (box) rowMenuAt(box.left, box.bottom, actions);
  } else if (key === "Escape") {
    const point = selection.active();
    if (point) selection.select(point);
  } else if (!ctrl && !event.altKey && key.length === 1) {
    event.preventDefault();
    edit("replace", actions, key);
  }
}

/** Wires the grid's keyboard and clipboard (the pointer comes through gridEvents). */
export function installGridKeys(actions: GridActions): void {
  const grid = table();
  grid.tabIndex = 0;
  grid.addEventListener("keydown", (event) => onKey(event, actions));
  document.addEventListener("mouseup", () => {
    dragging = false;
  });
  const ours = (event: Event) =>
    !isEditing() &&
    (event.target === grid || grid.contains(document.activeElement) || document.activeElement === grid);
  document.addEventListener("copy", (event) => {
    if (!ours(event) || !event.clipboardData) return;
    event.preventDefault();
    event.clipboardData.setData("text/plain", copiedText());
  });
  document.addEventListener("cut", (event) => {
    if (!ours(event) || !event.clipboardData) return;
    event.preventDefault();
    event.clipboardData.setData("text/plain", copiedText());
    clearSelection(actions);
  });
  document.addEventListener("paste", (event) => {
    if (!ours(event) || !event.clipboardData) return;
    event.preventDefault();
    paste(pastedRows(event.clipboardData), actions);
  });
}
