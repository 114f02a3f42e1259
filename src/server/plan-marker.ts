/**
 * Finding and marking the add-on's plan sheets through developer metadata (see
 * src/core/install/plan-marker.ts): a renamed plan sheet is still found, and a duplicated one gets its
 * own plan id the first time it is read.
 */
import { PLAN_METADATA_KEY } from "../core/install/install-layout";
import { markerFitsSheet, planMarkerValue, readPlanMarker } from "../core/install/plan-marker";
import { newPlanId } from "./plan-id";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Every sheet that carries the plan marker, in the order Sheets lists the metadata. */
export function markedPlanSheets(spreadsheet: Spreadsheet): Sheet[] {
  const sheets: Sheet[] = [];
  for (const meta of spreadsheet.createDeveloperMetadataFinder().withKey(PLAN_METADATA_KEY).find()) {
    const sheet = meta.getLocation().getSheet();
    if (sheet && !sheets.some((known) => known.getSheetId() === sheet.getSheetId())) sheets.push(sheet);
  }
  return sheets;
}

/** Marks a new plan sheet with a new plan id. */
export function markPlanSheet(sheet: Sheet): string {
  const planId = newPlanId();
  sheet.addDeveloperMetadata(PLAN_METADATA_KEY, planMarkerValue(planId, sheet.getSheetId()));
  return planId;
}

/** A sheet's developer metadata with each key, read once (callers filter by key without more calls). */
export interface SheetMetadata {
  entries: Array<{ key: string; meta: GoogleAppsScript.Spreadsheet.DeveloperMetadata }>;
}

export function readSheetMetadata(sheet: Sheet): SheetMetadata {
  return { entries: sheet.getDeveloperMetadata().map((meta) => ({ key: meta.getKey(), meta })) };
}

/** The plan id of `sheet`: its own marker's; a copy's or a hand-made plan's is created now. */
export function planIdOf(sheet: Sheet, metadata: SheetMetadata = readSheetMetadata(sheet)): string {
  const markers = metadata.entries
    .filter((entry) => entry.key === PLAN_METADATA_KEY)
    .map((entry) => entry.meta);
  const sheetId = sheet.getSheetId();
  for (const meta of markers) {
    const marker = readPlanMarker(meta.getValue());
    if (marker && markerFitsSheet(marker, sheetId)) return marker.planId;
  }
  for (const meta of markers) meta.remove();
  return markPlanSheet(sheet);
}
