/**
 * All or nothing for the operations that add sheets (import, next year's plan, bilan, chronologie):
 * `allOrNothing` runs the operation and, when any service call in it fails, takes back what
 * it did — the sheets it added are deleted (their cells, notes and developer metadata go with them), the
 * document and user properties it added or changed are put back as they were read before it started, the
 * undo steps the operation registered for what it changed elsewhere (a cell of an existing sheet, a
 * marker on an existing bilan) run in reverse order, and the sheet that was active is active again.
 * Nothing is left under a taken name, so a retry makes the sheet under its normal name, never « (2) ».
 * Every undo step runs on its own: one that fails is logged and the others still run.
 *
 * The properties are compared key by key with the values read at the start, under the document lock the
 * operations hold (the sync and the other operations take the same lock), so what is put back is what
 * this run wrote.
 */
import { type Lang, type Localized, localize } from "../core/i18n";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Properties = GoogleAppsScript.Properties.Properties;

/** What an operation hands the runner while it works. */
export interface Undoable {
  /** `undo` runs, in reverse order of registration, if the operation fails later. */
  onUndo(undo: () => void): void;
}

export type AllOrNothing<T> = { ok: true; value: T } | { ok: false; detail: string };

const ALL_OR_NOTHING_MESSAGES = {
  nothingChanged: {
    fr: "Sheets a refusé un appel pendant {operation} (« {detail} »). Rien n'a changé : ce qui avait été commencé a été retiré, le classeur est comme avant. Réessayez dans un instant.",
    en: 'Sheets refused a call while {operation} ("{detail}"). Nothing changed: what had been started was removed, the workbook is as it was. Try again in a moment.',
  },
} satisfies Record<string, Localized>;

/**
 * The message of a failed run: what failed, that nothing changed, and to try again. `operation` is worded
 * to follow « pendant » / "while": « la préparation du bilan » / "preparing the report".
 */
export function nothingChangedMessage(lang: Lang, operation: string, detail: string): string {
  return localize(lang, ALL_OR_NOTHING_MESSAGES.nothingChanged, { operation, detail: detail.slice(0, 200) });
}

/** The message of an error, also one thrown from another realm (not `instanceof Error`). */
export function errorDetail(error: unknown): string {
  return String((error as { message?: unknown })?.message ?? error);
}

function propertyStores(): Properties[] {
  return [PropertiesService.getDocumentProperties(), PropertiesService.getUserProperties()];
}

/** Puts `store` back to `before`: keys added are deleted, keys changed or deleted are set again. */
function restoreProperties(store: Properties, before: Record<string, string>): void {
  const now = store.getProperties();
  const changed: Record<string, string> = {};
  for (const key of Object.keys(now)) if (!(key in before)) store.deleteProperty(key);
  for (const key of Object.keys(before)) if (now[key] !== before[key]) changed[key] = before[key];
  if (Object.keys(changed).length > 0) store.setProperties(changed);
}

/**
 * Runs `operation` (named `name` in the log) all or nothing on the active spreadsheet. A failure gives
 * `{ ok: false, detail }` once everything it did is taken back; the caller words it (nothingChangedMessage).
 */
export function allOrNothing<T>(name: string, operation: (undoable: Undoable) => T): AllOrNothing<T> {
  const undos: Array<() => void> = [];
  let sheetsBefore: number[] | null = null;
  let activeBefore: number | null = null;
  const propertiesBefore: Array<{ store: Properties; values: Record<string, string> }> = [];
  let spreadsheet: Spreadsheet | null = null;
  try {
    spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    sheetsBefore = spreadsheet.getSheets().map((sheet) => sheet.getSheetId());
    activeBefore = spreadsheet.getActiveSheet().getSheetId();
    for (const store of propertyStores()) propertiesBefore.push({ store, values: store.getProperties() });
    return { ok: true, value: operation({ onUndo: (undo) => undos.push(undo) }) };
  } catch (error) {
    const detail = errorDetail(error);
    console.error(`${name}: ${detail}; taking back what it did`);
    const step = (what: string, undo: () => void) => {
      try {
        undo();
      } catch (undoError) {
        console.error(`${name}: could not take back ${what}: ${errorDetail(undoError)}`);
      }
    };
    for (const undo of undos.reverse()) step("a change", undo);
    const before = sheetsBefore;
    const book = spreadsheet;
    if (book && before)
      step("the sheets it added", () => {
        for (const sheet of book.getSheets())
          if (!before.includes(sheet.getSheetId())) book.deleteSheet(sheet);
      });
    for (const { store, values } of propertiesBefore)
      step("the properties", () => restoreProperties(store, values));
    const active = activeBefore;
    if (book && active !== null)
      step("the active sheet", () => {
        book
          .getSheets()
          .find((sheet) => sheet.getSheetId() === active)
          ?.activate();
      });
    return { ok: false, detail };
  }
}
