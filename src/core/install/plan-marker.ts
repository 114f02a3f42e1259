/**
 * The marker that says "this sheet is a plan of the add-on": developer metadata on the sheet holding
 * `{ planId, sheetId, template, version }`. The plan id ties the sheet to its calendar and sync state;
 * the sheet id detects a duplicated sheet (a copy carries the original's marker but has another sheet
 * id), which must get a plan id of its own so that two sheets never share one calendar's events.
 */
import { DEFAULT_TEMPLATE } from "../template";

export interface PlanMarker {
  planId: string;
  sheetId: number | null;
}

export function planMarkerValue(planId: string, sheetId: number): string {
  return JSON.stringify({
    planId,
    sheetId,
    template: DEFAULT_TEMPLATE.id,
    version: DEFAULT_TEMPLATE.version,
  });
}

/** The marker in a metadata value, or null when the value is not one (damaged or foreign). */
export function readPlanMarker(value: string | null): PlanMarker | null {
  try {
    const data = JSON.parse(value ?? "");
    if (!data || typeof data.planId !== "string" || !/^[0-9a-v]{5,64}$/.test(data.planId)) return null;
    return { planId: data.planId, sheetId: typeof data.sheetId === "number" ? data.sheetId : null };
  } catch (_error) {
    return null;
  }
}

/** True when the marker belongs to this very sheet (not to the sheet it was duplicated from). */
export function markerFitsSheet(marker: PlanMarker, sheetId: number): boolean {
  return marker.sheetId === null || marker.sheetId === sheetId;
}
