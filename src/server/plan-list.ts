/**
 * The workbook's plans as the sidebar lists them: the names of the sheets carrying the add-on's plan
 * marker (even renamed), in tab order.
 */
import { markedPlanSheets } from "./plan-marker";

export function planSheetNames(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): string[] {
  return markedPlanSheets(spreadsheet)
    .map((sheet) => ({ name: sheet.getName(), index: sheet.getIndex() }))
    .sort((a, b) => a.index - b.index)
    .map((sheet) => sheet.name);
}
