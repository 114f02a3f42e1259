/**
 * Finding the bilan sheets of a plan through developer metadata: each bilan sheet carries the key
 * BILAN_METADATA_KEY with `{ planId, year }` (year 0 = the whole Période), so a renamed bilan is still
 * the one refreshed, and a bilan sheet found active leads back to its plan sheet.
 */
import { BILAN_METADATA_KEY, type BilanMarker, parseBilanMarker } from "../core/bilan/bilan-marker";
import { PLAN_METADATA_KEY } from "../core/install/install-layout";
import { markerFitsSheet, readPlanMarker } from "../core/install/plan-marker";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface BilanSheet {
  sheet: Sheet;
  marker: BilanMarker;
}

/** Every bilan sheet of the spreadsheet, with its marker. */
export function bilanSheets(spreadsheet: Spreadsheet): BilanSheet[] {
  const found: BilanSheet[] = [];
  for (const meta of spreadsheet.createDeveloperMetadataFinder().withKey(BILAN_METADATA_KEY).find()) {
    const sheet = meta.getLocation().getSheet();
    const marker = parseBilanMarker(meta.getValue());
    if (!sheet || !marker || (marker.sheetId !== null && marker.sheetId !== sheet.getSheetId())) continue;
    if (!found.some((known) => known.sheet.getSheetId() === sheet.getSheetId()))
      found.push({ sheet, marker });
  }
  return found;
}

/** The bilan marker of `sheet`, when it is a bilan sheet. */
export function bilanMarkerOf(sheet: Sheet): BilanMarker | null {
  for (const meta of sheet.getDeveloperMetadata()) {
    if (meta.getKey() !== BILAN_METADATA_KEY) continue;
    const marker = parseBilanMarker(meta.getValue());
    if (marker) return marker;
  }
  return null;
}

/** The plan sheet whose plan id is `planId`, when it is still there. */
export function planSheetById(spreadsheet: Spreadsheet, planId: string): Sheet | null {
  for (const meta of spreadsheet.createDeveloperMetadataFinder().withKey(PLAN_METADATA_KEY).find()) {
    const marker = readPlanMarker(meta.getValue());
    const sheet = meta.getLocation().getSheet();
    if (sheet && marker?.planId === planId && markerFitsSheet(marker, sheet.getSheetId())) return sheet;
  }
  return null;
}
