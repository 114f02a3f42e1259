/**
 * Test support: an emulated spreadsheet with the built add-on (dist/Code.js) loaded into it, as Apps
 * Script would run it, plus a few helpers that act as a user would (install the template answering the
 * committee-name prompt, type rows into the plan) and read what a user would see.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { attachCalendar, type CalendarHooks } from "../../src/local/emulator/calendar";
import { createEmulator, type Emulator, type EmulatorOptions } from "../../src/local/emulator/index";
import { copyWorkbook, type WorkbookCopyOptions } from "../../src/local/emulator/workbook-copy";
import { type Addon, loadAddon } from "../../src/local/loader";

export const REPO = join(import.meta.dirname, "../..");
/** Copies of shared/seeds (real plans), kept in the repo so a fresh clone tests on its own. */
export const SEEDS = join(REPO, "tests/fixtures/seeds");

export interface Harness {
  emulator: Emulator;
  addon: Addon;
  calendar: CalendarHooks;
}

/** The emulator with every service the manifest enables (the Calendar advanced service included). */
export function startAddon(options: EmulatorOptions = {}): Harness {
  const emulator = createEmulator(options);
  const calendar = attachCalendar(emulator);
  return { emulator, addon: loadAddon(emulator), calendar };
}

/**
 * File ▸ Make a copy of the harness's workbook (copyWorkbook: same sheets and ids, a new spreadsheet id,
 * document properties copied or not as `options` says), with the built add-on loaded into the copy. The
 * people and their calendars are the same: `calendar` is the original's hooks.
 */
export function copyAddon(original: Harness, options: WorkbookCopyOptions, code?: string): Harness {
  const emulator = copyWorkbook(original.emulator, options);
  return {
    emulator,
    addon: loadAddon(emulator, code === undefined ? {} : { code }),
    calendar: original.calendar,
  };
}

/** Runs the "Installer le modèle" menu item, answering the committee-name prompt with `comite`. */
export function installTemplate({ emulator, addon }: Harness, comite = "Comité Entraide"): void {
  emulator.ui.scriptPrompt(comite);
  addon.call("installTemplate");
}

export function planSheet({ emulator }: Harness, name = "Plan d'action") {
  const sheet = emulator.spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/**
 * A range as Apps Script hands it to the add-on (e.g. in a trigger's event): through the instrumented
 * SpreadsheetApp global, so the add-on's calls on it are counted and can be made to fail.
 */
export function serviceRange(
  { emulator }: Harness,
  sheetName: string,
  a1: string,
): GoogleAppsScript.Spreadsheet.Range {
  const app = emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const sheet = app.getActiveSpreadsheet().getSheetByName(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  return sheet.getRange(a1);
}

/** Every sheet's values, display values, formulas and notes: what "no user cell changed" compares. */
export function workbookSnapshot({ emulator }: Harness): unknown {
  return emulator.spreadsheet.getSheets().map((sheet) => {
    const range = sheet.getDataRange();
    return {
      name: sheet.getName(),
      display: range.getDisplayValues(),
      formulas: range.getFormulas(),
      notes: range.getNotes(),
    };
  });
}

export function seedText(file: string): string {
  return readFileSync(join(SEEDS, file), "utf8");
}
