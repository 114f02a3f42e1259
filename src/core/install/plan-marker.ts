/**
 * The marker that says "this sheet is a plan of the add-on": developer metadata on the sheet holding
 * `{ planId, sheetId, spreadsheetId, template, version, origin }`. The plan id ties the sheet to its
 * calendar and sync state; the sheet id and the spreadsheet id say where the plan lives. Developer metadata
 * travels with a copy — File ▸ Make a copy keeps sheet ids and metadata, a duplicated sheet may keep its
 * metadata under a new sheet id — so a marker naming another sheet or another spreadsheet is a copy's: a
 * new plan, whose id is derived from the original's and from where the copy lives (the same for every
 * member who opens it first, at the same time or not), and whose `origin` remembers what it was copied
 * from and the original's calendar (to name its own calendar apart and to say why it asks for one).
 * A marker without a spreadsheet id was written by an earlier version: it is this workbook's own plan,
 * adopted as is (its spreadsheet id is added, its plan id kept).
 */
import { longHash32hex } from "../sync/hash";
import { DEFAULT_TEMPLATE } from "../template";

/** What a copied plan was copied from. */
export interface PlanOrigin {
  /** "workbook": File ▸ Make a copy of the whole spreadsheet; "sheet": the plan sheet duplicated. */
  kind: "workbook" | "sheet";
  planId: string;
  /** The original plan's calendar and its owner's email when it had one ("" otherwise). */
  calendarId: string;
  owner: string;
}

export interface PlanMarker {
  planId: string;
  sheetId: number | null;
  /** null in markers written before plans named their spreadsheet. */
  spreadsheetId: string | null;
  origin: PlanOrigin | null;
}

export function planMarkerValue(
  planId: string,
  sheetId: number,
  spreadsheetId: string,
  origin: PlanOrigin | null = null,
): string {
  return JSON.stringify({
    planId,
    sheetId,
    spreadsheetId,
    template: DEFAULT_TEMPLATE.id,
    version: DEFAULT_TEMPLATE.version,
    ...(origin
      ? { origin: { k: origin.kind, p: origin.planId, c: origin.calendarId, o: origin.owner } }
      : {}),
  });
}

const PLAN_ID = /^[0-9a-v]{5,64}$/;

function readOrigin(data: unknown): PlanOrigin | null {
  const o = data as { k?: unknown; p?: unknown; c?: unknown; o?: unknown } | null;
  if (!o || typeof o !== "object" || typeof o.p !== "string" || !PLAN_ID.test(o.p)) return null;
  return {
    kind: o.k === "sheet" ? "sheet" : "workbook",
    planId: o.p,
    calendarId: typeof o.c === "string" ? o.c : "",
    owner: typeof o.o === "string" ? o.o : "",
  };
}

/** The marker in a metadata value, or null when the value is not one (damaged or foreign). */
export function readPlanMarker(value: string | null): PlanMarker | null {
  try {
    const data = JSON.parse(value ?? "");
    if (!data || typeof data.planId !== "string" || !PLAN_ID.test(data.planId)) return null;
    return {
      planId: data.planId,
      sheetId: typeof data.sheetId === "number" ? data.sheetId : null,
      spreadsheetId: typeof data.spreadsheetId === "string" && data.spreadsheetId ? data.spreadsheetId : null,
      origin: readOrigin(data.origin),
    };
  } catch (_error) {
    return null;
  }
}

/**
 * True when the marker belongs to this very sheet of this very spreadsheet (not to the sheet or the
 * workbook it was copied from). A marker without a spreadsheet id (an earlier version's) fits any.
 */
export function markerFitsSheet(marker: PlanMarker, sheetId: number, spreadsheetId?: string): boolean {
  if (marker.sheetId !== null && marker.sheetId !== sheetId) return false;
  return (
    spreadsheetId === undefined || marker.spreadsheetId === null || marker.spreadsheetId === spreadsheetId
  );
}

/** A marker of this sheet written by an earlier version (no spreadsheet id): to complete, not replace. */
export function markerToAdopt(marker: PlanMarker, sheetId: number, spreadsheetId: string): boolean {
  return markerFitsSheet(marker, sheetId, spreadsheetId) && marker.spreadsheetId === null;
}

/** How `marker`, found on sheet `sheetId` of `spreadsheetId`, was copied here. */
export function copyKind(marker: PlanMarker, spreadsheetId: string): PlanOrigin["kind"] {
  return marker.spreadsheetId !== null && marker.spreadsheetId !== spreadsheetId ? "workbook" : "sheet";
}

/**
 * The plan id of a copy of `marker`'s plan living on sheet `sheetId` of `spreadsheetId`: 16 base32hex
 * characters derived from the three, so that every member who opens the copy first (even at the same
 * time) gives it the same id, and two copies never share one.
 */
export function copyPlanId(marker: PlanMarker, sheetId: number, spreadsheetId: string): string {
  return longHash32hex(`copy\u0000${marker.planId}\u0000${spreadsheetId}\u0000${sheetId}`).slice(0, 16);
}
