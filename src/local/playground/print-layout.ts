/**
 * How a sheet is laid out on paper, shared by the .xlsx export's page setup and the playground's
 * printable version: where the plan's table starts (its header row, found by header text as the add-on
 * finds it, so a moved or second plan works too; on another sheet, its last frozen row), how far the content goes, and how tall a row must be
 * for its wrapped text to show in full. Row heights are an estimate from the text and the column widths
 * (Excel and LibreOffice do not grow a row on opening a file): the average width of a character of
 * 10 pt Arial is taken generously, so a row is rather a little too tall than cut.
 */
import { bilanHeaderRow } from "../../core/bilan/bilan-comments.ts";
import { readPlan } from "../../core/plan/read-plan.ts";
import { DEFAULT_TEMPLATE } from "../../core/template.ts";
import type { CellValue } from "../../shared/cell.ts";
import type { EmuSheet } from "../emulator/sheet.ts";

/** Average width of a character of 10 pt Arial, in pixels (generous: real text averages about 5.5). */
const CHARACTER_PX = 6.2;
/** Height of one line of 10 pt text, in points, and the padding of a cell. */
const LINE_PT = 12.75;
const PADDING_PT = 3;
export const DEFAULT_ROW_PT = 15.75;

export interface SheetExtent {
  lastRow: number;
  lastColumn: number;
  /** The plan table's header row (1-based), or null when the sheet holds no plan. */
  headerRow: number | null;
}

/** How far the sheet's content goes, and where its plan table's header is. */
export function sheetExtent(sheet: EmuSheet): SheetExtent {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (lastRow === 0 || lastColumn === 0) return { lastRow, lastColumn, headerRow: null };
  const values = sheet.getRange(1, 1, lastRow, lastColumn).getValues() as CellValue[][];
  const read = readPlan(values, DEFAULT_TEMPLATE, sheet.getParent().getSpreadsheetTimeZone());
  // A bilan sheet (« Préparer le bilan ») is not a plan, but prints as a table the same way; any other
  // sheet with frozen rows (the chronologie) repeats its last frozen row, its table's header.
  const frozen = sheet.getFrozenRows();
  const headerRow = read.ok ? read.plan.headerRow : (bilanHeaderRow(values) ?? (frozen > 0 ? frozen : null));
  return { lastRow, lastColumn, headerRow };
}

/** Lines a text takes in a column `widthPx` wide when wrapped. */
export function wrappedLines(text: string, widthPx: number): number {
  const perLine = Math.max(1, Math.floor((widthPx - 8) / CHARACTER_PX));
  return text.split("\n").reduce((sum, paragraph) => {
    // Words are not cut: a line holds whole words up to perLine characters.
    let lines = 1;
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const length = word.length;
      if (used === 0) {
        lines += Math.floor(Math.max(0, length - 1) / perLine);
        used = length % perLine || perLine;
      } else if (used + 1 + length <= perLine) used += 1 + length;
      else {
        lines += 1 + Math.floor(Math.max(0, length - 1) / perLine);
        used = length % perLine || perLine;
      }
    }
    return sum + lines;
  }, 0);
}

/** Bold text is wider: its characters are taken this much wider than regular ones. */
const BOLD_FACTOR = 1.1;

/**
 * The width in pixels the text of (row, column) wraps in: its column's, or the merged columns' when the
 * cell starts a merge across (a bilan's title block); null for a cell inside a merge (its text is the
 * first cell's).
 */
function textWidth(sheet: EmuSheet, row: number, column: number): number | null {
  const merge = sheet.merges.find(
    (m) => m.row <= row && row < m.row + m.numRows && m.column <= column && column < m.column + m.numColumns,
  );
  if (!merge) return sheet.getColumnWidth(column);
  if (merge.row !== row || merge.column !== column) return null;
  let width = 0;
  for (let c = merge.column; c < merge.column + merge.numColumns; c++)
    if (!sheet.isColumnHiddenByUser(c)) width += sheet.getColumnWidth(c);
  return width;
}

/** The height in points a row needs for its wrapped cells (null: the default height will do). */
export function rowHeightPt(sheet: EmuSheet, row: number, lastColumn: number): number | null {
  let lines = 1;
  const display = sheet.getRange(row, 1, 1, lastColumn).getDisplayValues()[0] ?? [];
  for (let c = 1; c <= lastColumn; c++) {
    const cell = sheet.cell(row, c);
    const text = display[c - 1] ?? "";
    if (!cell || text === "" || sheet.isColumnHiddenByUser(c)) continue;
    if (cell.wrapStrategy !== "WRAP" && !text.includes("\n")) continue;
    const width = textWidth(sheet, row, c);
    if (width === null) continue;
    const size = ((cell.fontSize ?? 10) / 10) * (cell.fontWeight === "bold" ? BOLD_FACTOR : 1);
    lines = Math.max(lines, Math.ceil(wrappedLines(text, width / size) * size));
  }
  if (lines <= 1) return null;
  return Math.round((lines * LINE_PT + PADDING_PT) * 100) / 100;
}
