/**
 * The marker of a bilan sheet: developer metadata `{ planId, year, sheetId }` — the plan it reports on,
 * the year of the Période (0 for the whole Période) and the sheet it was written on (a duplicated bilan
 * carries the original's marker with another sheet id, and is then not the one to refresh).
 */
export const BILAN_METADATA_KEY = "planDaction.bilan";

export interface BilanMarker {
  planId: string;
  year: number;
  sheetId: number | null;
}

export function bilanMarkerValue(marker: BilanMarker): string {
  return JSON.stringify(marker);
}

export function parseBilanMarker(value: string | null): BilanMarker | null {
  try {
    const data = JSON.parse(value ?? "");
    if (!data || typeof data.planId !== "string" || !Number.isInteger(data.year) || data.year < 0)
      return null;
    return {
      planId: data.planId,
      year: data.year,
      sheetId: typeof data.sheetId === "number" ? data.sheetId : null,
    };
  } catch (_error) {
    return null;
  }
}
