/**
 * The marker of a chronologie sheet: developer metadata `{ planId, planSheetId, sheetId }` — the plan it
 * draws, the sheet that plan was on, and the sheet the marker was written on. Kept out of cells, so no
 * key reaches an export or a printed page. A workbook copy (same sheet ids, the plan given a new id on
 * its first read) still finds its chronologie through the plan's sheet id and the id it was copied from;
 * a duplicated chronologie carries the original's marker on another sheet id and is not the one refreshed.
 */
export const CHRONOLOGIE_METADATA_KEY = "planDaction.chronologie";

export interface ChronologieMarker {
  planId: string;
  planSheetId: number;
  sheetId: number;
}

export function chronologieMarkerValue(marker: ChronologieMarker): string {
  return JSON.stringify(marker);
}

export function parseChronologieMarker(value: string | null): ChronologieMarker | null {
  try {
    const data = JSON.parse(value ?? "");
    if (!data || typeof data.planId !== "string" || !Number.isInteger(data.planSheetId)) return null;
    if (!Number.isInteger(data.sheetId)) return null;
    return { planId: data.planId, planSheetId: data.planSheetId, sheetId: data.sheetId };
  } catch (_error) {
    return null;
  }
}

/** The plan this chronologie belongs to: its own id, or the id the plan was copied from on the same sheet. */
export function markerDraws(
  marker: ChronologieMarker,
  plan: { planId: string; originPlanId: string | null; sheetId: number },
): boolean {
  if (marker.planId === plan.planId) return true;
  return marker.planId === plan.originPlanId && marker.planSheetId === plan.sheetId;
}
