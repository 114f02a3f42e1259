/**
 * Test helpers: an emulator and its instrumented globals typed as the Apps Script services, so that tests
 * drive the emulator exactly as add-on code would (and check that its shapes fit @types/google-apps-script).
 */
import { createEmulator, type Emulator, type EmulatorOptions } from "../../../src/local/emulator/index.ts";

export interface Services {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Logger: GoogleAppsScript.Base.Logger;
}

export function setup(options?: EmulatorOptions): { emulator: Emulator; g: Services } {
  const emulator = createEmulator(options);
  return { emulator, g: emulator.globals as unknown as Services };
}
