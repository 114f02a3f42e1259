/**
 * Jumping to a cell from a list in the sidebar or a dialog: selects the cell (or row) in its sheet.
 */
const CELL_A1 = /^[A-Z]{1,3}[1-9]\d{0,6}$/;

export interface SelectResult {
  ok: boolean;
}

/** Called by the sidebar and dialogs: selects `cell` ("F12") of the sheet named `sheetName`. */
export function selectCell(sheetName: string, cell: string): SelectResult {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(String(sheetName));
  if (!sheet || !CELL_A1.test(String(cell))) return { ok: false };
  sheet.activate();
  sheet.getRange(cell).activate();
  return { ok: true };
}

/** Called by the sidebar: selects the whole row `row` of the sheet named `sheetName`. */
export function selectRow(sheetName: string, row: number): SelectResult {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(String(sheetName));
  const rowNumber = Math.floor(Number(row));
  if (!sheet || !(rowNumber >= 1 && rowNumber <= sheet.getMaxRows())) return { ok: false };
  sheet.activate();
  sheet.getRange(rowNumber, 1, 1, sheet.getMaxColumns()).activate();
  return { ok: true };
}
