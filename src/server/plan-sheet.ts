/**
 * Finds the plan in the spreadsheet and reads it in one batch (see loadPlan for where it looks). Reading also fills Début/Échéance from the
 * Échéancier where the add-on owns those cells (see src/core/plan/fill-dates.ts), written back in one
 * batch. Every feature that reads the plan (validation, colours, sync, summary) starts here, so the
 * number of spreadsheet calls stays constant whatever the plan's size.
 */

import type { ParsedEcheance } from "../core/echeance";
import { type Lang, type Localized, localize } from "../core/i18n";
import { DATE_LEDGER_KEY, parseLedger, serializeLedger } from "../core/plan/date-ledger";
import { changeRuns, deadlinesWithoutDateColumns, fillDates } from "../core/plan/fill-dates";
import type { PlanTable } from "../core/plan/plan-model";
import { readPlan } from "../core/plan/read-plan";
import { DEFAULT_TEMPLATE } from "../core/template";
import type { CellValue } from "../shared/cell";
import { userLang } from "./locale";
import { markedPlanSheets } from "./plan-marker";
import { todayIn } from "./today";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * At most this many blocks of changed date cells are written by one read (three calls each), so that a
 * first read of a long plan whose dated rows alternate with undated ones stays far inside the 6 minutes
 * of one execution; the blocks left over (the lowest rows) are written by the next read. In memory the
 * plan already holds every computed date, so this read's validation, colours or sync are not affected.
 */
export const MAX_DATE_BLOCKS_PER_READ = 200;

export interface LoadedPlan {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  sheet: Sheet;
  plan: PlanTable;
  /** The whole used range as read (row 1 of the sheet is index 0). */
  values: CellValue[][];
  timeZone: string;
  today: string;
  lang: Lang;
  /** The Échéancier of each plan row as understood, by sheet row. */
  parsed: Map<number, ParsedEcheance>;
}

export type LoadPlanResult =
  | { ok: true; loaded: LoadedPlan }
  | { ok: false; message: string; reason: string };

const LOAD_MESSAGES = {
  noPlan: {
    fr: "Aucun plan d'action trouvé dans cette feuille. Ouvrez la feuille du plan, ou installez le modèle (Extensions ▸ Plan d'action ▸ Installer le modèle).",
    en: "No action plan found in this sheet. Open the plan's sheet, or install the template (Extensions ▸ Plan d'action ▸ Install the template).",
  },
} satisfies Record<string, Localized>;

function readSheet(sheet: Sheet, timeZone: string) {
  const values = sheet.getDataRange().getValues() as CellValue[][];
  return { values, result: readPlan(values, DEFAULT_TEMPLATE, timeZone) };
}

/**
 * Writes back the Début/Échéance cells the add-on owns whose value or note changes — one write per block
 * of consecutive changed cells, never a whole column — looking at every data row, or only at the sheet
 * rows `rows.first`..`rows.last` (an edit). A colleague typing in another cell of those columns between
 * the read and the write is therefore never written over.
 */
export function writeComputedDates(
  sheet: Sheet,
  plan: PlanTable,
  values: CellValue[][],
  today: string,
  timeZone: string,
  lang: Lang,
  rows?: { first: number; last: number },
): Map<number, ParsedEcheance> | null {
  const { debut, echeance } = plan.columns;
  const firstDataRow = Math.max(plan.headerRow + 1, rows?.first ?? 0);
  const lastRow = Math.min(values.length, rows?.last ?? values.length);
  const count = lastRow - firstDataRow + 1;
  if (!debut || !echeance || count <= 0) return null;
  const width = values[0].length;
  const block = sheet.getRange(firstDataRow, 1, count, width);
  const formulas = block.getFormulas();
  const notes = block.getNotes();
  const column = (c: number) => ({
    values: values.slice(firstDataRow - 1, lastRow).map((row) => row[c - 1]),
    formulas: formulas.map((row) => row[c - 1]),
    notes: notes.map((row) => row[c - 1]),
  });
  const stored = readLedger(sheet);
  const filled = fillDates(
    plan,
    { debut: column(debut), echeance: column(echeance) },
    firstDataRow,
    today,
    timeZone,
    lang,
    parseLedger(stored?.getValue()),
    rows === undefined,
  );
  const blocks = [
    ...changeRuns(filled.debut.changes).map((run) => ({ run, column: debut })),
    ...changeRuns(filled.echeance.changes).map((run) => ({ run, column: echeance })),
  ]
    .sort((a, b) => a.run.firstRow - b.run.firstRow || a.column - b.column)
    .slice(0, MAX_DATE_BLOCKS_PER_READ);
  for (const { run, column } of blocks) {
    sheet
      .getRange(run.firstRow, column, run.values.length, 1)
      .setValues(run.values.map((value) => [value]))
      .setNotes(run.notes.map((note) => [note]));
  }
  if (filled.ledgerChanged) {
    const text = serializeLedger(filled.ledger);
    if (stored) stored.setValue(text);
    else sheet.addDeveloperMetadata(DATE_LEDGER_KEY, text);
  }
  return filled.parsed;
}

/** The plan sheet's date ledger (see src/core/plan/date-ledger.ts), or null before the first date. */
function readLedger(sheet: Sheet): GoogleAppsScript.Spreadsheet.DeveloperMetadata | null {
  const found = sheet.createDeveloperMetadataFinder().withKey(DATE_LEDGER_KEY).find();
  return found.length > 0 ? found[0] : null;
}

/** A plan typed by hand, without the add-on's marker, is found by the template's sheet name. */
function sheetsNamedLikeThePlan(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Sheet[] {
  const names = [DEFAULT_TEMPLATE.sheetName.fr, DEFAULT_TEMPLATE.sheetName.en];
  return names
    .map((name) => spreadsheet.getSheetByName(name))
    .filter((sheet): sheet is Sheet => sheet !== null);
}

/**
 * Finds, reads and completes the plan: `preferred` (a sheet the caller knows to be the plan, e.g. the
 * plan a bilan was made from) or else the active sheet, when it is a plan; otherwise the first sheet
 * marked as a plan (even renamed), otherwise a sheet named like the template's plan sheet.
 */
export function loadPlan(lang: Lang = userLang(), preferred?: Sheet | null): LoadPlanResult {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  let sheet = preferred ?? spreadsheet.getActiveSheet();
  let read = readSheet(sheet, timeZone);
  if (!read.result.ok) {
    const activeId = sheet.getSheetId();
    for (const candidate of [...markedPlanSheets(spreadsheet), ...sheetsNamedLikeThePlan(spreadsheet)]) {
      if (candidate.getSheetId() === activeId) continue;
      const other = readSheet(candidate, timeZone);
      if (other.result.ok) {
        sheet = candidate;
        read = other;
        break;
      }
    }
  }
  if (!read.result.ok) {
    return { ok: false, reason: read.result.reason, message: localize(lang, LOAD_MESSAGES.noPlan) };
  }
  const plan = read.result.plan;
  const today = todayIn(timeZone);
  const parsed =
    writeComputedDates(sheet, plan, read.values, today, timeZone, lang) ??
    deadlinesWithoutDateColumns(plan, today, timeZone);
  return {
    ok: true,
    loaded: {
      spreadsheet,
      sheet,
      plan,
      values: read.values,
      timeZone,
      today,
      lang,
      parsed,
    },
  };
}
