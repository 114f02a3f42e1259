/**
 * Simple trigger onEdit: when someone types in the Échéancier, Début or Échéance of a plan, the add-on
 * fills that row's Début/Échéance at once, so the status colours (which read Échéance) and the people
 * looking at the sheet see the deadline without running anything. Only the edited rows are written; a
 * date typed by hand still wins (see src/core/plan/fill-dates.ts). A change of the Période refreshes
 * every row. It never shows anything and never throws at the person typing: a problem is only logged.
 */

import { readPlan } from "../core/plan/read-plan";
import { DEFAULT_TEMPLATE } from "../core/template";
import type { CellValue } from "../shared/cell";
import { userLang } from "./locale";
import { writeComputedDates } from "./plan-sheet";
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
  const values = sheet.getDataRange().getValues() as CellValue[][];
  const timeZone = sheet.getParent().getSpreadsheetTimeZone();
  const read = readPlan(values, DEFAULT_TEMPLATE, timeZone);
  if (!read.ok) return;
  const plan = read.plan;
  const first = range.getRow();
  const last = first + range.getNumRows() - 1;
  const left = range.getColumn();
  const right = left + range.getNumColumns() - 1;
  const touches = (column: number | undefined) => column !== undefined && column >= left && column <= right;
  const periodEdited = first < plan.headerRow;
  const datesEdited =
    last > plan.headerRow &&
    [plan.columns.echeancier, plan.columns.debut, plan.columns.echeance].some(touches);
  if (!periodEdited && !datesEdited) return;
  const rows = periodEdited ? undefined : { first, last };
  writeComputedDates(sheet, plan, values, todayIn(timeZone), timeZone, userLang(), rows);
}
