/**
 * Several plans in one workbook (this year's, next year's, another committee's): every feature acts on the
 * active plan sheet (see loadPlan), so switching plans is activating the plan's sheet. The sidebar lists
 * the workbook's plans — the sheets carrying the add-on's plan marker, in tab order — and switches with
 * switchPlan, which answers the sidebar's data for the plan now active.
 */
import type { SidebarData } from "../shared/sidebar-wire";
import { markedPlanSheets } from "./plan-marker";
import { getSidebarData } from "./sidebar";

/** Called by the sidebar's plan list: makes `sheetName` the active plan and returns its summary. */
export function switchPlan(sheetName: string): SidebarData {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const target = markedPlanSheets(spreadsheet).find((sheet) => sheet.getName() === String(sheetName));
  if (target) target.activate();
  return getSidebarData();
}
