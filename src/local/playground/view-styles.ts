/**
 * The colours and weights a cell shows in the playground's grid: its own format overlaid by the sheet's
 * conditional-format rules (formula-format.ts evaluates them, custom formulas included). Evaluating the
 * rules is what a large plan's view costs most (a 2,000-row plan: some 24,000 cells under five rules), so
 * the page asks for them only for the rows it draws: `/api/view` evaluates them for a window of rows and
 * marks the other rows a rule covers as `unstyled` (their cells carry their own format meanwhile), and
 * `/api/styles` sends the evaluated formats of more rows when the page scrolls to them (grid-styles.ts).
 */
import { effectiveFormat } from "../emulator/formula-format.ts";
import type { Emulator } from "../emulator/index.ts";
import type { EmuSheet } from "../emulator/sheet.ts";
import type { Cell } from "../emulator/values.ts";

/** The rows whose conditional formats `/api/view` evaluates when the page names none: the top of a sheet. */
export const DEFAULT_STYLED_ROWS = { from: 1, to: 400 };
/** At most this many rows per request (the page asks for what it draws and 300 rows either side). */
export const MAX_STYLED_ROWS = 800;

export interface CellStyle {
  background?: string;
  color?: string;
  bold?: boolean;
  strike?: boolean;
}

/** The styles of rows `from` to `to` of a sheet, by runs of columns (empty cells left out). */
export interface RowStyles {
  sheetId: number;
  rows: Array<{ row: number; runs: StyleRun[] }>;
}

/**
 * Columns `from` to `to` of a row sharing one style: a rule colours a plan's whole row, so a row is
 * mostly one run (a large plan's answer some ten times smaller than cell by cell, quicker to make, send
 * and read while the page scrolls).
 */
export type StyleRun = CellStyle & { from: number; to: number };

const sameStyle = (a: CellStyle, b: CellStyle) =>
  a.background === b.background && a.color === b.color && a.bold === b.bold && a.strike === b.strike;

/** The runs of a row's cells (in column order), consecutive columns of one style joined. */
export function styleRuns(cells: Array<CellStyle & { column: number }>): StyleRun[] {
  const runs: StyleRun[] = [];
  for (const { column, ...style } of cells) {
    const last = runs.at(-1);
    if (last && last.to === column - 1 && sameStyle(last, style)) last.to = column;
    else runs.push({ ...style, from: column, to: column });
  }
  return runs;
}

/** Each column of `runs` with its style. */
export function runCells(runs: StyleRun[]): Array<CellStyle & { column: number }> {
  return runs.flatMap(({ from, to, ...style }) =>
    Array.from({ length: to - from + 1 }, (_, i) => ({ ...style, column: from + i })),
  );
}

/** The columns the grid shows: past the last one with content by one, at least eight (as Sheets' A–H). */
export function shownColumnCount(sheet: EmuSheet): number {
  return Math.min(sheet.getMaxColumns(), Math.max(8, sheet.getLastColumn() + 1));
}

/** The own format of a cell, before any rule. */
function ownFormat(cell: Cell) {
  return {
    background: cell.background ?? null,
    fontColor: cell.fontColor ?? null,
    bold: cell.fontWeight === "bold",
    strikethrough: cell.fontLine === "line-through",
  };
}

/**
 * What a cell shows: evaluated (`evaluate`) or its own format; a rule the evaluator cannot read leaves its
 * own. `rowAnswers` keeps rules' answers across the cells of one view or request (formula-format.ts).
 */
export function cellStyle(
  emulator: Emulator,
  sheetName: string,
  row: number,
  column: number,
  cell: Cell,
  evaluate: boolean,
  rowAnswers?: Map<string, boolean>,
): CellStyle {
  let format = ownFormat(cell);
  if (evaluate) {
    try {
      format = effectiveFormat(emulator, sheetName, row, column, { rowAnswers });
    } catch {
      // The cell's own format (the evaluator does not read every criterion Sheets has).
    }
  }
  const style: CellStyle = {};
  if (format.background && format.background !== "#ffffff") style.background = format.background;
  if (format.fontColor && format.fontColor !== "#000000") style.color = format.fontColor;
  if (format.bold) style.bold = true;
  if (format.strikethrough) style.strike = true;
  return style;
}

/** The rows of `sheet` some conditional-format rule covers, as a test. */
export function ruledRows(sheet: EmuSheet): (row: number) => boolean {
  const id = sheet.getSheetId();
  const spans = sheet
    .conditionalFormatData()
    .flatMap((rule) => rule.ranges)
    .filter((range) => range.sheetId === id)
    .map((range) => [range.row, range.row + range.numRows - 1] as const);
  return (row) => spans.some(([first, last]) => row >= first && row <= last);
}

/** A window of rows as the page asks for it, within the sheet and at most MAX_STYLED_ROWS long. */
export function styledWindow(from: number, to: number): { from: number; to: number } {
  const first = Math.max(1, Math.floor(Number.isFinite(from) ? from : 1));
  const last = Math.max(first, Math.floor(Number.isFinite(to) ? to : first));
  return { from: first, to: Math.min(last, first + MAX_STYLED_ROWS - 1) };
}

/** The evaluated styles of rows `from` to `to` of sheet `sheetId` (`/api/styles`). */
export function rowStyles(emulator: Emulator, sheetId: number, from: number, to: number): RowStyles | null {
  const sheet = emulator.spreadsheet.getSheetById(sheetId) as EmuSheet | null;
  if (!sheet) return null;
  const window = styledWindow(from, to);
  const name = sheet.getName();
  const last = Math.min(window.to, sheet.getMaxRows());
  const columns = shownColumnCount(sheet);
  const rows: RowStyles["rows"] = [];
  const rowAnswers = new Map<string, boolean>();
  for (let r = window.from; r <= last; r++) {
    const cells: Array<CellStyle & { column: number }> = [];
    for (let c = 1; c <= columns; c++) {
      const cell = sheet.cell(r, c);
      if (cell) cells.push({ column: c, ...cellStyle(emulator, name, r, c, cell, true, rowAnswers) });
    }
    rows.push({ row: r, runs: styleRuns(cells) });
  }
  return { sheetId, rows };
}
