/**
 * Test support for the bilan: the seed-002 example plan (the playground's « Charger un exemple »)
 * installed through the built add-on, and readers of the bilan sheet as a committee would look at it —
 * the rows by the id the add-on recorded for them in the developer metadata on the bilan's rows (no
 * key is in any cell), the figures, the actions with their situation and comment.
 */
import { readBilan } from "../../../src/core/bilan/bilan-comments";
import { BILAN_METADATA_KEY } from "../../../src/core/bilan/bilan-marker";
import { BILAN_ROWS_METADATA_KEY, decodeRecord, lineId } from "../../../src/core/bilan/bilan-record";
import { readPlan } from "../../../src/core/plan/read-plan";
import { DEFAULT_TEMPLATE } from "../../../src/core/template";
import type { EmulatorOptions } from "../../../src/local/emulator/index";
import { writeSamplePlan } from "../../../src/local/playground/sample-plan";
import type { CellValue } from "../../../src/shared/cell";
import { type Harness, installTemplate, planSheet, startAddon } from "../../support/addon";

/** Columns of the bilan sheet (1-based). */
export const COL = { situation: 1, action: 2, dates: 3, avancement: 4, comment: 7 } as const;

/** The example plan of the playground (seed 002, year 1) on 15 June 2026. */
export function samplePlanHarness(
  locale = "fr_CA",
  now = "2026-06-15T16:00:00Z",
  options: EmulatorOptions = {},
): Harness {
  const harness = startAddon({ ...options, now, locale });
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
  /** The id recorded for the row (lineId of its key), or "" for a row that is not the add-on's. */
  id: string;
  values: unknown[];
  display: string[];
}

/** The record on the bilan's rows: where its rows start and how many, and its lines. */
export function bilanRecord(harness: Harness, sheetName: string) {
  const sheet = harness.emulator.spreadsheet.getSheetByName(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const metas = sheet.createDeveloperMetadataFinder().withKey(BILAN_ROWS_METADATA_KEY).find();
  if (metas.length !== 1) throw new Error(`${metas.length} records on ${sheetName}`);
  const rows = metas[0].getLocation().getRow();
  const lines = decodeRecord(metas[0].getValue());
  if (!rows || !lines) throw new Error("the record is not on rows");
  return { startRow: rows.getRow(), rows: rows.getNumRows(), lines };
}

/** The bilan's rows that are the add-on's, with their recorded id, as values and display values. */
export function bilanRows(harness: Harness, sheetName: string): BilanRowView[] {
  const sheet = harness.emulator.spreadsheet.getSheetByName(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const range = sheet.getDataRange();
  const values = range.getValues() as CellValue[][];
  const display = range.getDisplayValues();
  const { startRow, lines } = bilanRecord(harness, sheetName);
  const read = readBilan(values, range.getFormulas(), { startRow, lines });
  if (!read.ok) throw new Error("bilan not readable");
  return read.block
    .map((block, i) => ({
      row: startRow + i,
      id: block.id ?? "",
      values: values[startRow + i - 1],
      display: display[startRow + i - 1],
    }))
    .filter((row) => row.id !== "");
}

/** The plan's row keys (its hidden key column), as the bilan ids of its actions. */
function planActionIds(harness: Harness): Set<string> {
  const sheet = planSheet(harness);
  const read = readPlan(
    sheet.getDataRange().getValues() as CellValue[][],
    DEFAULT_TEMPLATE,
    "America/Toronto",
  );
  if (!read.ok) throw new Error("no plan");
  return new Set(read.plan.rows.filter((row) => row.key).map((row) => lineId(row.key)));
}

/** Action rows: those recorded under a plan row's key. */
export function actionRows(rows: BilanRowView[], harness: Harness): BilanRowView[] {
  const ids = planActionIds(harness);
  return rows.filter((row) => ids.has(row.id));
}

/** The row recorded under `key` ("f:total", "h:title"…). */
export function byKey(rows: BilanRowView[], key: string): BilanRowView {
  const id = lineId(key);
  const row = rows.find((candidate) => candidate.id === id);
  if (!row) throw new Error(`no bilan row ${key}`);
  return row;
}

/** Rows whose id is one of `keys` hashed with `prefix` ("fo:" figures by objective…): by key order. */
export function byKeys(rows: BilanRowView[], keys: string[]): BilanRowView[] {
  return keys.map((key) => byKey(rows, key));
}

/** The row recorded under `id`. */
export function byId(rows: BilanRowView[], id: string): BilanRowView {
  const row = rows.find((candidate) => candidate.id === id);
  if (!row) throw new Error(`no bilan row with id ${id}`);
  return row;
}
