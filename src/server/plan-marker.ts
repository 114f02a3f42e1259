/**
 * Finding and marking the add-on's plan sheets through developer metadata (see
 * src/core/install/plan-marker.ts): a renamed plan sheet is still found; a duplicated sheet or a copied
 * workbook carries the original's marker, and gets a plan of its own the first time it is read (its id
 * derived from the original's and from where it lives, its origin remembered); an earlier version's
 * marker (no spreadsheet id) is this workbook's own plan, completed in place.
 */
import { PLAN_METADATA_KEY } from "../core/install/install-layout";
import {
  copyKind,
  copyPlanId,
  markerFitsSheet,
  markerToAdopt,
  type PlanOrigin,
  planMarkerValue,
  readPlanMarker,
} from "../core/install/plan-marker";
import { readRecord } from "../core/sync/calendar-identity";
import { newPlanId } from "./plan-id";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The calendar record's key on the plan sheet (calendar-records.ts writes it). */
export const SHEET_RECORD_KEY = "planDaction.calendar";

/** Every sheet that carries the plan marker, in the order Sheets lists the metadata. */
export function markedPlanSheets(spreadsheet: Spreadsheet): Sheet[] {
  const sheets: Sheet[] = [];
  for (const meta of spreadsheet.createDeveloperMetadataFinder().withKey(PLAN_METADATA_KEY).find()) {
    const sheet = meta.getLocation().getSheet();
    if (sheet && !sheets.some((known) => known.getSheetId() === sheet.getSheetId())) sheets.push(sheet);
  }
  return sheets;
}

/** Marks a new plan sheet of spreadsheet `spreadsheetId` with a new plan id. */
export function markPlanSheet(sheet: Sheet, spreadsheetId: string = sheet.getParent().getId()): string {
  const planId = newPlanId();
  sheet.addDeveloperMetadata(PLAN_METADATA_KEY, planMarkerValue(planId, sheet.getSheetId(), spreadsheetId));
  return planId;
}

/** A sheet's developer metadata with each key, read once (callers filter by key without more calls). */
export interface SheetMetadata {
  entries: Array<{ key: string; meta: GoogleAppsScript.Spreadsheet.DeveloperMetadata }>;
}

export function readSheetMetadata(sheet: Sheet): SheetMetadata {
  return { entries: sheet.getDeveloperMetadata().map((meta) => ({ key: meta.getKey(), meta })) };
}

/** Which plan a sheet is, and what it was copied from (null for a plan made here). */
export interface PlanIdentity {
  planId: string;
  origin: PlanOrigin | null;
}

/** A marker write that may be refused: the id answered stays right, the next run writes it again. */
function tryWrite(write: () => void): void {
  try {
    write();
  } catch (error) {
    console.error(`Plan marker not saved: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * The plan of `sheet`: its own marker's; a copy's is derived now from the copied marker (and marked);
 * a hand-made plan's is created now. `spreadsheetId` saves a call when the caller has it.
 */
export function planOf(
  sheet: Sheet,
  metadata: SheetMetadata = readSheetMetadata(sheet),
  spreadsheetId: string = sheet.getParent().getId(),
): PlanIdentity {
  const markers = metadata.entries
    .filter((entry) => entry.key === PLAN_METADATA_KEY)
    .map((entry) => entry.meta);
  const sheetId = sheet.getSheetId();
  let copied: ReturnType<typeof readPlanMarker> = null;
  for (const meta of markers) {
    const marker = readPlanMarker(meta.getValue());
    if (!marker) continue;
    if (!markerFitsSheet(marker, sheetId, spreadsheetId)) {
      copied = copied ?? marker;
      continue;
    }
    if (markerToAdopt(marker, sheetId, spreadsheetId))
      tryWrite(() => meta.setValue(planMarkerValue(marker.planId, sheetId, spreadsheetId, marker.origin)));
    return { planId: marker.planId, origin: marker.origin };
  }
  if (!copied) {
    for (const meta of markers) meta.remove();
    // A sheet duplicated without its metadata (Google does not say whether Duplicate keeps it) looks
    // hand-made: when another plan of this workbook has a calendar, this one is told apart as a copy.
    const sibling = syncedSibling(sheet, sheetId, spreadsheetId);
    const planId = markPlanSheet(sheet, spreadsheetId);
    if (sibling) tryWrite(() => remark(sheet, planId, sheetId, spreadsheetId, sibling));
    return { planId, origin: sibling };
  }
  const planId = copyPlanId(copied, sheetId, spreadsheetId);
  const original = metadata.entries
    .filter((entry) => entry.key === SHEET_RECORD_KEY)
    .map((entry) => readRecord(entry.meta.getValue(), copied.planId))
    .find((record) => record !== null);
  const origin: PlanOrigin = {
    kind: copyKind(copied, spreadsheetId),
    planId: copied.planId,
    calendarId: original?.calendarId ?? "",
    owner: original?.owner ?? "",
  };
  // The new marker first: if removing the copied one then fails, the new one is still found first.
  tryWrite(() => {
    sheet.addDeveloperMetadata(PLAN_METADATA_KEY, planMarkerValue(planId, sheetId, spreadsheetId, origin));
    for (const meta of markers) meta.remove();
  });
  return { planId, origin };
}

/** Another plan sheet of the workbook whose calendar is recorded on it, as an origin; null when none. */
function syncedSibling(sheet: Sheet, sheetId: number, spreadsheetId: string): PlanOrigin | null {
  for (const other of markedPlanSheets(sheet.getParent())) {
    if (other.getSheetId() === sheetId) continue;
    const metadata = readSheetMetadata(other);
    const marker = metadata.entries
      .filter((entry) => entry.key === PLAN_METADATA_KEY)
      .map((entry) => readPlanMarker(entry.meta.getValue()))
      .find((found) => found && markerFitsSheet(found, other.getSheetId(), spreadsheetId));
    if (!marker) continue;
    const record = metadata.entries
      .filter((entry) => entry.key === SHEET_RECORD_KEY)
      .map((entry) => readRecord(entry.meta.getValue(), marker.planId))
      .find((found) => found !== null);
    if (record)
      return { kind: "sheet", planId: marker.planId, calendarId: record.calendarId, owner: record.owner };
  }
  return null;
}

/** Rewrites the marker just made with its origin. */
function remark(
  sheet: Sheet,
  planId: string,
  sheetId: number,
  spreadsheetId: string,
  origin: PlanOrigin,
): void {
  for (const meta of sheet.getDeveloperMetadata())
    if (meta.getKey() === PLAN_METADATA_KEY)
      meta.setValue(planMarkerValue(planId, sheetId, spreadsheetId, origin));
}

/**
 * The plan ids whose records in this workbook belong to the plan `identity`: its own, and, in a copy of
 * a whole workbook, the original's — the bilan and next year's plans that came with the copy name the
 * plan they were made from, which in this workbook is now this copy (a duplicated sheet is not: the
 * original's records there are still the original's).
 */
export function recordPlanIds(identity: PlanIdentity): string[] {
  return identity.origin?.kind === "workbook" ? [identity.planId, identity.origin.planId] : [identity.planId];
}

/** The plan id of `sheet` (see planOf). */
export function planIdOf(sheet: Sheet, metadata?: SheetMetadata, spreadsheetId?: string): string {
  return planOf(sheet, metadata, spreadsheetId).planId;
}
