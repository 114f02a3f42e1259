/**
 * Simple trigger onEdit: when someone types in the Échéancier, Début or Échéance of a plan, the add-on
 * fills that row's Début/Échéance at once, so the status colours (which read Échéance) and the people
 * looking at the sheet see the deadline without running anything. Only the edited rows are written; a
 * date typed by hand still wins (see src/core/plan/fill-dates.ts). A change of the Période refreshes
 * every row; other edits of the header block (title, comité…) change nothing. It never shows anything and never throws at the person typing: a problem is only logged.
 */

import { HEADER_SEARCH_ROWS, readPlan } from "../core/plan/read-plan";
import { DEFAULT_TEMPLATE } from "../core/template";
import type { CellValue } from "../shared/cell";
import { writeComputedDates } from "./date-cells";
import { userLang } from "./locale";
import { todayIn } from "./today";

/** Simple trigger: runs after every edit a person makes in the spreadsheet. */
export function onEdit(event?: GoogleAppsScript.Events.SheetsOnEdit): void {
  if (!event?.range) return;
  try {
    refreshEditedRows(event.range);
  } catch (error) {
    console.error(`onEdit: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function refreshEditedRows(range: GoogleAppsScript.Spreadsheet.Range): void {
  const sheet = range.getSheet();
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (lastRow === 0 || lastColumn === 0) return;
  // First only the top of the sheet: enough to know whether it is a plan and whether the edit matters.
  const head = sheet
    .getRange(1, 1, Math.min(lastRow, HEADER_SEARCH_ROWS), lastColumn)
    .getValues() as CellValue[][];
  const timeZone = sheet.getParent().getSpreadsheetTimeZone();
  const top = readPlan(head, DEFAULT_TEMPLATE, timeZone);
  if (!top.ok) return;
  const { headerRow, columns } = top.plan;
  const first = range.getRow();
  const last = Math.min(first + range.getNumRows() - 1, lastRow);
  const left = range.getColumn();
  const right = left + range.getNumColumns() - 1;
  const touches = (column: number | undefined) => column !== undefined && column >= left && column <= right;
  const periodRow = rowOf(top.plan.header.periodStartCell);
  const periodEdited = periodRow !== null && first <= periodRow && last >= periodRow;
  const datesEdited =
    last > headerRow && last >= first && [columns.echeancier, columns.debut, columns.echeance].some(touches);
  if (!periodEdited && !datesEdited) return;

  const today = todayIn(timeZone);
  if (periodEdited) {
    // A new Période can move every deadline: the whole table is read and refreshed.
    const values = sheet.getDataRange().getValues() as CellValue[][];
    const read = readPlan(values, DEFAULT_TEMPLATE, timeZone);
    if (read.ok) writeComputedDates(sheet, read.plan, values, today, timeZone, userLang());
    return;
  }
  // Otherwise only the edited rows, laid out at their sheet rows below the header block.
  const firstRow = Math.max(first, headerRow + 1);
  if (last < firstRow) return; // the edit emptied the last rows: nothing left to date
  const edited = sheet.getRange(firstRow, 1, last - firstRow + 1, lastColumn).getValues() as CellValue[][];
  const gap = Array.from({ length: firstRow - headerRow - 1 }, (): CellValue[] => []);
  const values = [...head.slice(0, headerRow), ...gap, ...edited];
  const read = readPlan(values, DEFAULT_TEMPLATE, timeZone);
  if (read.ok)
    writeComputedDates(sheet, read.plan, values, today, timeZone, userLang(), { first: firstRow, last });
}

/** The row of an A1 reference ("B3" → 3), or null. */
function rowOf(cell: string | null): number | null {
  const match = cell ? /(\d+)$/.exec(cell) : null;
  return match ? Number(match[1]) : null;
}
