/**
 * Finding the bilan sheets of a plan through developer metadata: each bilan sheet carries the key
 * BILAN_METADATA_KEY with `{ planId, year }` (year 0 = the whole Période), so a renamed bilan is still
 * the one refreshed, and a bilan sheet found active leads back to its plan sheet. A bilan that came with
 * a copied workbook names the original plan: it leads to the copy's plan sheet, and is adopted by it.
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

/**
 * The plan sheet whose plan id is `planId`, when it is still there; in a copied workbook, the copy of
 * that plan (its marker's origin), since the bilan came with the copy.
 */
export function planSheetById(spreadsheet: Spreadsheet, planId: string): Sheet | null {
  let copy: Sheet | null = null;
  for (const meta of spreadsheet.createDeveloperMetadataFinder().withKey(PLAN_METADATA_KEY).find()) {
    const marker = readPlanMarker(meta.getValue());
    const sheet = meta.getLocation().getSheet();
    if (!sheet || !marker || !markerFitsSheet(marker, sheet.getSheetId())) continue;
    if (marker.planId === planId) return sheet;
    if (marker.origin?.kind === "workbook" && marker.origin.planId === planId) copy = copy ?? sheet;
  }
  return copy;
}

/**
 * Makes the bilan found for `planId` name it, when it names the plan's original (a bilan that came with
 * a copied workbook): the bilan is this copy's from now on. Taken back with the operation if it fails.
 */
export function adoptBilan(bilan: BilanSheet, planId: string, onUndo: (undo: () => void) => void): void {
  if (bilan.marker.planId === planId) return;
  for (const meta of bilan.sheet.getDeveloperMetadata()) {
    if (meta.getKey() !== BILAN_METADATA_KEY) continue;
    const value = meta.getValue() ?? "";
    const data = JSON.parse(value) as Record<string, unknown>;
    if (data.planId !== bilan.marker.planId) continue;
    meta.setValue(JSON.stringify({ ...data, planId }));
    onUndo(() => meta.setValue(value));
  }
  bilan.marker = { ...bilan.marker, planId };
}
