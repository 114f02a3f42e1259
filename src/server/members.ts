/**
 * The names listed in the Membres sheet (French or English name), read in one call. Null when the
 * sheet is missing or lists nobody, so that validation does not flag every name of a plan whose
 * committee has not filled Membres.
 */
import { DEFAULT_TEMPLATE } from "../core/template";

export function memberNames(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): string[] | null {
  const sheet =
    spreadsheet.getSheetByName(DEFAULT_TEMPLATE.membersSheetName.fr) ??
    spreadsheet.getSheetByName(DEFAULT_TEMPLATE.membersSheetName.en);
  if (!sheet) return null;
  const values = sheet.getDataRange().getValues();
  const names = values
    .slice(1)
    .map((row) => String(row[0] ?? "").trim())
    .filter((name) => name !== "");
  return names.length > 0 ? names : null;
}
