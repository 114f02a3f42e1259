/**
 * « Chronologie » (menu and sidebar): makes or refreshes the sheet « Chronologie — <plan> » of the
 * active plan (or, when the active sheet is a chronologie, of its plan). The core lays it out
 * (src/core/chronologie); chronologie-sheet.ts writes it. A refresh never edits the old sheet: a new one
 * is written whole, then the old one is deleted, as the very last call — so nothing of an old layout
 * (rows, columns, rules, widths) stays, and a failure at any earlier call is taken back by the
 * all-or-nothing runner (the new sheet deleted, the old one's name put back): nothing changed.
 * The sheet is recognised by developer metadata (chronologie-marker.ts), never by a key in a cell.
 */

import { chronologieLayout } from "../core/chronologie/chronologie-layout";
import {
  CHRONOLOGIE_METADATA_KEY,
  type ChronologieMarker,
  chronologieMarkerValue,
  markerDraws,
  parseChronologieMarker,
} from "../core/chronologie/chronologie-marker";
import { type Lang, localize } from "../core/i18n";
import { allOrNothing, nothingChangedMessage, type Undoable } from "./all-or-nothing";
import { CHRONOLOGIE_MESSAGES } from "./chronologie-messages";
import { writeChronologie } from "./chronologie-sheet";
import { userLang } from "./locale";
import { planOf } from "./plan-marker";
import { loadPlan } from "./plan-sheet";
import { withRefusedDates } from "./refused-writes";
import { alertUser, toastUser } from "./say";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const LOCK_WAIT_MS = 2_000;

export type ChronologieResult =
  | { ok: true; message: string; sheetName: string; refreshed: boolean }
  | { ok: false; message: string };

interface ChronologieSheet {
  sheet: Sheet;
  marker: ChronologieMarker;
}

/** Every chronologie sheet of the workbook (a marker on another sheet than its own is a duplicate's). */
function chronologieSheets(spreadsheet: Spreadsheet): ChronologieSheet[] {
  const found: ChronologieSheet[] = [];
  for (const meta of spreadsheet.createDeveloperMetadataFinder().withKey(CHRONOLOGIE_METADATA_KEY).find()) {
    const sheet = meta.getLocation().getSheet();
    const marker = parseChronologieMarker(meta.getValue());
    if (!sheet || !marker || marker.sheetId !== sheet.getSheetId()) continue;
    if (!found.some((known) => known.sheet.getSheetId() === marker.sheetId)) found.push({ sheet, marker });
  }
  return found;
}

/** The plan sheet of the active chronologie, when the active sheet is one. */
function planSheetOfActive(spreadsheet: Spreadsheet): Sheet | null {
  const active = spreadsheet.getActiveSheet();
  for (const meta of active.getDeveloperMetadata()) {
    if (meta.getKey() !== CHRONOLOGIE_METADATA_KEY) continue;
    const marker = parseChronologieMarker(meta.getValue());
    if (marker && marker.sheetId === active.getSheetId())
      return spreadsheet.getSheets().find((sheet) => sheet.getSheetId() === marker.planSheetId) ?? null;
  }
  return null;
}

/** `name`, or `name (2)`… when another sheet than `except` holds it. */
function freeName(spreadsheet: Spreadsheet, name: string, except: Sheet | null = null): string {
  let candidate = name;
  for (let n = 2; ; n++) {
    const holder = spreadsheet.getSheetByName(candidate);
    if (!holder || (except && holder.getSheetId() === except.getSheetId())) return candidate;
    candidate = `${name} (${n})`;
  }
}

function countText(lang: Lang, count: number): string {
  return count === 1
    ? localize(lang, CHRONOLOGIE_MESSAGES.actionOne)
    : localize(lang, CHRONOLOGIE_MESSAGES.actionMany, { n: count });
}

function makeLocked(lang: Lang, undoable: Undoable): ChronologieResult {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const load = loadPlan(lang, planSheetOfActive(spreadsheet));
  if (!load.ok) return { ok: false, message: load.message };
  const { loaded } = load;
  const identity = planOf(loaded.sheet);
  const planSheetId = loaded.sheet.getSheetId();
  const drawn = {
    planId: identity.planId,
    originPlanId: identity.origin?.planId ?? null,
    sheetId: planSheetId,
  };
  const existing =
    chronologieSheets(spreadsheet).find((found) => markerDraws(found.marker, drawn))?.sheet ?? null;
  const layout = chronologieLayout({
    plan: loaded.plan,
    planSheetName: loaded.sheet.getName(),
    today: loaded.today,
    lang,
  });
  if (layout.actionCount === 0 && !existing)
    return { ok: false, message: localize(lang, CHRONOLOGIE_MESSAGES.noDatedAction) };

  // The new sheet goes where the old one was, else right after the plan.
  const index = existing ? existing.getIndex() - 1 : loaded.sheet.getIndex();
  const sheet = spreadsheet.insertSheet(freeName(spreadsheet, layout.sheetName), index);
  writeChronologie(sheet, layout);
  const marker = { planId: identity.planId, planSheetId, sheetId: sheet.getSheetId() };
  sheet.addDeveloperMetadata(CHRONOLOGIE_METADATA_KEY, chronologieMarkerValue(marker));
  if (existing) {
    // The old sheet steps aside so the new one takes the name; put back if anything fails before the end.
    const oldName = existing.getName();
    existing.setName(freeName(spreadsheet, `${oldName} ~`));
    // Taken back in this order: the new sheet (which may hold the name by then) goes, the name comes back.
    undoable.onUndo(() => {
      spreadsheet.deleteSheet(sheet);
      existing.setName(oldName);
    });
    sheet.setName(freeName(spreadsheet, layout.sheetName));
  }
  sheet.activate();
  if (existing) spreadsheet.deleteSheet(existing);

  const unit = localize(
    lang,
    layout.axis.scale === "month" ? CHRONOLOGIE_MESSAGES.month : CHRONOLOGIE_MESSAGES.week,
  );
  const params = { sheet: sheet.getName(), actions: countText(lang, layout.actionCount), unit };
  let message = localize(
    lang,
    existing ? CHRONOLOGIE_MESSAGES.refreshed : CHRONOLOGIE_MESSAGES.created,
    params,
  );
  if (layout.outsideCount > 0)
    message += localize(lang, CHRONOLOGIE_MESSAGES.outside, { count: countText(lang, layout.outsideCount) });
  message += localize(lang, CHRONOLOGIE_MESSAGES.print);
  return {
    ok: true,
    message: withRefusedDates(message, loaded, lang),
    sheetName: sheet.getName(),
    refreshed: !!existing,
  };
}

/** Makes or refreshes the chronologie under the document lock, all or nothing. */
function makeChronologie(lang: Lang): ChronologieResult {
  const lock = LockService.getDocumentLock();
  if (!lock?.tryLock(LOCK_WAIT_MS)) return { ok: false, message: localize(lang, CHRONOLOGIE_MESSAGES.busy) };
  try {
    const done = allOrNothing("makeChronologie", (undoable) => makeLocked(lang, undoable));
    if (done.ok) return done.value;
    return {
      ok: false,
      message: nothingChangedMessage(lang, localize(lang, CHRONOLOGIE_MESSAGES.operation), done.detail),
    };
  } finally {
    lock.releaseLock();
  }
}

/** Called from the add-on menu: Chronologie. A toast when it is made, an alert otherwise. */
export function showChronologie(): void {
  const lang = userLang();
  const result = makeChronologie(lang);
  const title = localize(lang, CHRONOLOGIE_MESSAGES.title);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (result.ok) toastUser(spreadsheet, lang, result.message, title, 15);
  else {
    const ui = SpreadsheetApp.getUi();
    alertUser(ui, lang, title, result.message, ui.ButtonSet.OK);
  }
}

/** Called from the sidebar through google.script.run: same work, plain result. */
export function makeChronologieForSidebar(): ChronologieResult {
  return makeChronologie(userLang());
}
