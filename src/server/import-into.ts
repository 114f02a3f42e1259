/**
 * Import into the empty template: right after « Installer le modèle » the plan sheet has no action yet,
 * and an import should fill it rather than make « Plan d'action (2) » beside it (then two plans, each
 * with its calendar). `emptyPlanFor` finds that sheet — the active sheet when it is a plan, else the
 * first sheet marked as a plan — when it is the template's layout (header row and columns where the
 * install put them), nothing typed below its header, and room for the imported rows; the dialog then
 * asks whether to fill it. `fillEmptyPlan` writes the rows there, keeping the sheet's committee, its
 * Période (unless the person set another in the preview), its plan id (so it syncs to its one
 * calendar) and Membres; every write is undone if a later call fails (all-or-nothing.ts).
 */
import { isIsoDay } from "../core/dates";
import { FIRST_DATA_ROW, TABLE_HEADER_ROW } from "../core/install/install-layout";
import { asLiteralText } from "../core/literal-text";
import { readPlan } from "../core/plan/read-plan";
import { DEFAULT_TEMPLATE } from "../core/template";
import type { CellValue } from "../shared/cell";
import type { Undoable } from "./all-or-nothing";
import { markedPlanSheets } from "./plan-marker";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface EmptyPlan {
  sheet: Sheet;
  sheetName: string;
  comite: string;
  /** The Période the sheet holds (ISO days), or null when blank. */
  period: { start: string; end: string } | null;
  /** A1 of its Période cells, where the install wrote them. */
  periodCells: string | null;
}

/**
 * `sheet` when it is an empty plan sheet of the template's layout with room for `rows` rows, else null;
 * with `added` columns to write after the template's, only when no column was added there already (the
 * optional union columns, a committee's own): they would be written over.
 */
function asEmptyPlan(sheet: Sheet, rows: number, added: number, timeZone: string): EmptyPlan | null {
  const values = sheet.getDataRange().getValues() as CellValue[][];
  const read = readPlan(values, DEFAULT_TEMPLATE, timeZone);
  if (!read.ok || read.plan.headerRow !== TABLE_HEADER_ROW) return null;
  const plan = read.plan;
  const sameColumns = DEFAULT_TEMPLATE.columns.every((column, i) => plan.columns[column.key] === i + 1);
  const nothingTyped = values.slice(TABLE_HEADER_ROW).every((row) => row.every((cell) => cell === ""));
  if (!sameColumns || !nothingTyped || plan.rows.length > 0) return null;
  const header = values[TABLE_HEADER_ROW - 1] ?? [];
  if (added > 0 && header.slice(DEFAULT_TEMPLATE.columns.length).some((cell) => cell !== "")) return null;
  if (sheet.getMaxRows() - TABLE_HEADER_ROW < rows) return null;
  const { periodStart, periodEnd, periodStartCell, periodEndCell } = plan.header;
  const period =
    periodStart && periodEnd && isIsoDay(periodStart) && isIsoDay(periodEnd)
      ? { start: periodStart, end: periodEnd }
      : null;
  return {
    sheet,
    sheetName: sheet.getName(),
    comite: plan.header.comite,
    period,
    periodCells: periodStartCell && periodEndCell ? `${periodStartCell}:${periodEndCell}` : null,
  };
}

/**
 * The empty plan an import of `rows` rows and `added` columns of its own can fill: the active sheet when
 * it is a plan, else the first sheet marked as a plan; `name`, when given, must be its name (the one the
 * person agreed to fill).
 */
export function emptyPlanFor(
  spreadsheet: Spreadsheet,
  rows: number,
  added: number,
  name?: string,
): EmptyPlan | null {
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const marked = markedPlanSheets(spreadsheet);
  if (marked.length === 0) return null;
  const activeId = spreadsheet.getActiveSheet().getSheetId();
  const sheet = marked.find((s) => s.getSheetId() === activeId) ?? marked[0];
  if (name !== undefined && sheet.getName() !== name) return null;
  return asEmptyPlan(sheet, rows, added, timeZone);
}

/**
 * Writes `block` (the imported rows, template columns then `added` ones) into the empty plan, the added
 * columns' headers beside the template's, and `period` when the person set one in the preview (null:
 * emptied). Each write registers its undo with `undoable`.
 */
export function fillEmptyPlan(
  target: EmptyPlan,
  block: CellValue[][],
  added: string[],
  period: { start: string; end: string } | null | undefined,
  undoable: Undoable,
): GoogleAppsScript.Spreadsheet.Range {
  const sheet = target.sheet;
  if (added.length > 0) {
    const first = DEFAULT_TEMPLATE.columns.length + 1;
    const missing = first + added.length - 1 - sheet.getMaxColumns();
    if (missing > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), missing);
    const headers = sheet.getRange(TABLE_HEADER_ROW, first, 1, added.length);
    undoable.onUndo(() => headers.clearContent());
    headers
      .setValues([added.map(asLiteralText)])
      .setFontWeight("bold")
      .setWrap(true);
  }
  if (period !== undefined && target.periodCells) {
    const cells = sheet.getRange(target.periodCells);
    const before = cells.getValues();
    undoable.onUndo(() => cells.setValues(before));
    cells.setValues([period ? [period.start, period.end] : ["", ""]]);
  }
  const range = sheet.getRange(FIRST_DATA_ROW, 1, block.length, block[0].length);
  undoable.onUndo(() => range.clearContent().clearNote());
  return range.setValues(block);
}
