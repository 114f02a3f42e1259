/**
 * The Membres sheet (French or English name) and the names it lists, read in one call. `names` is null
 * when the sheet is missing or lists nobody, so that validation does not flag every name of a plan whose
 * committee has not filled Membres; the sheet's actual name is kept for messages.
 */
import { DEFAULT_TEMPLATE } from "../core/template";

export interface Members {
  sheetName: string;
  names: string[] | null;
}

/** The Membres sheet, whichever language named it; null when there is none. */
export function membersSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
): GoogleAppsScript.Spreadsheet.Sheet | null {
  return (
    spreadsheet.getSheetByName(DEFAULT_TEMPLATE.membersSheetName.fr) ??
    spreadsheet.getSheetByName(DEFAULT_TEMPLATE.membersSheetName.en)
  );
}

export function readMembers(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Members {
  const sheet = membersSheet(spreadsheet);
  if (!sheet) return { sheetName: DEFAULT_TEMPLATE.membersSheetName.fr, names: null };
  const names = sheet
    .getDataRange()
    .getValues()
    .slice(1)
    .map((row) => String(row[0] ?? "").trim())
    .filter((name) => name !== "");
  return { sheetName: sheet.getName(), names: names.length > 0 ? names : null };
}
