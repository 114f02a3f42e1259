/**
 * Test support for the bilan: the seed-002 example plan (the playground's « Charger un exemple »)
 * installed through the built add-on, and readers of the bilan sheet as a committee would look at it —
 * the rows by their hidden key, the figures, the actions with their situation and comment.
 */
import { BILAN_METADATA_KEY } from "../../../src/core/bilan/bilan-marker";
import { writeSamplePlan } from "../../../src/local/playground/sample-plan";
import { type Harness, installTemplate, startAddon } from "../../support/addon";

/** Columns of the bilan sheet (1-based). */
export const COL = { situation: 1, action: 2, dates: 3, avancement: 4, comment: 7, key: 8 } as const;

/** The example plan of the playground (seed 002, year 1) on 15 June 2026. */
export function samplePlanHarness(locale = "fr_CA", now = "2026-06-15T16:00:00Z"): Harness {
  const harness = startAddon({ now, locale });
  installTemplate(harness);
  writeSamplePlan(harness.emulator, harness.addon, harness.emulator.clock.now());
  return harness;
}

/** Every sheet carrying the bilan marker. */
export function bilanSheetsOf({ emulator }: Harness) {
  return emulator.spreadsheet
    .getSheets()
    .filter((sheet) => sheet.getDeveloperMetadata().some((meta) => meta.getKey() === BILAN_METADATA_KEY));
}

export interface BilanRowView {
  row: number;
  key: string;
  values: unknown[];
  display: string[];
}

/** The bilan's rows that carry a key, as values and display values. */
export function bilanRows(harness: Harness, sheetName: string): BilanRowView[] {
  const sheet = harness.emulator.spreadsheet.getSheetByName(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const range = sheet.getDataRange();
  const values = range.getValues();
  const display = range.getDisplayValues();
  return values
    .map((row, i) => ({ row: i + 1, key: String(row[COL.key - 1] ?? ""), values: row, display: display[i] }))
    .filter((row) => row.key !== "");
}

/** Action rows: keys of the plan's rows (10 base32hex characters). */
export function actionRows(rows: BilanRowView[]): BilanRowView[] {
  return rows.filter((row) => /^[a-v0-9]{10}$/.test(row.key));
}

export function byKey(rows: BilanRowView[], key: string): BilanRowView {
  const row = rows.find((candidate) => candidate.key === key);
  if (!row) throw new Error(`no bilan row ${key}`);
  return row;
}
