/**
 * "Utiliser un tableau de cette feuille" in the import dialog: the person pasted their Word table into a
 * sheet and selected it (or left the cursor anywhere: then the sheet's whole data range is the table).
 * previewSheetTableImport reads the cells once, as displayed, with their merged areas, and shows the same
 * preview as pasted text — the header row mapped by the same synonyms, the columns as understood — for
 * confirmation (and read again with the person's corrections, as a pasted text is); importSheetTable
 * reads the same range again and writes a new plan sheet. The source
 * sheet is only read: not a cell of it is changed.
 */

import { type Lang, localize } from "../core/i18n";
import { planFromBlocks } from "../core/import/blocks-plan";
import { readCorrections, readInto, withChosenPeriod } from "../core/import/import-corrections";
import type { SheetMerge } from "../core/import/sheet-table";
import { sheetTableBlocks } from "../core/import/sheet-table";
import type { ImportedPlan } from "../core/import/types";
import type {
  ImportCorrectionsWire,
  ImportDoneResult,
  ImportPreview,
  ImportProblem,
} from "../shared/import-wire";
import { previewFor, writeImportedPlan } from "./import";
import { userLang } from "./locale";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

const SHEET_TABLE_MESSAGES = {
  noSheet: {
    fr: "La feuille « {sheet} » n'existe plus. Ouvrez la feuille où vous avez collé le tableau, puis réessayez.",
    en: 'The sheet "{sheet}" no longer exists. Open the sheet where you pasted the table, then try again.',
  },
  empty: {
    fr: "La feuille « {sheet} » est vide. Collez-y le tableau de votre plan (copié depuis Word), sélectionnez-le, puis réessayez.",
    en: 'The sheet "{sheet}" is empty. Paste your plan\'s table into it (copied from Word), select it, then try again.',
  },
  noActions: {
    fr: "Aucune action n'a été reconnue dans les cellules {range} de la feuille « {sheet} ». Sélectionnez le tableau du plan, sa ligne d'en-tête comprise (Objectifs, Actions, Responsables, Échéancier…), puis réessayez.",
    en: 'No action was recognised in the cells {range} of the sheet "{sheet}". Select the plan\'s table, its header row included (Objectives, Actions, Responsible, Schedule…), then try again.',
  },
};

/** Where the table was read, so that the import reads the same cells. */
export interface SheetTableSource {
  sheet: string;
  range: string;
}

export type SheetTablePreviewResult = (ImportPreview & { source: SheetTableSource }) | ImportProblem;

/** The selected block when it is more than one cell, else the sheet's data range. */
function tableRange(sheet: Sheet): Range {
  const selected = sheet.getActiveRange();
  if (selected && (selected.getNumRows() > 1 || selected.getNumColumns() > 1)) return selected;
  return sheet.getDataRange();
}

function readTable(
  range: Range,
  lang: Lang,
  corrections?: ImportCorrectionsWire,
): { ok: true; plan: ImportedPlan } | ImportProblem {
  const sheet = range.getSheet().getName();
  const top = range.getRow();
  const left = range.getColumn();
  const merges: SheetMerge[] = range.getMergedRanges().map((m) => ({
    row: m.getRow() - top,
    column: m.getColumn() - left,
    rows: m.getNumRows(),
    columns: m.getNumColumns(),
  }));
  const blocks = sheetTableBlocks(range.getDisplayValues(), merges);
  if (blocks.length === 0)
    return { ok: false, message: localize(lang, SHEET_TABLE_MESSAGES.empty, { sheet }) };
  const plan = planFromBlocks(blocks, readCorrections(corrections));
  if (plan.rows.length === 0) {
    const a1 = range.getA1Notation();
    return { ok: false, message: localize(lang, SHEET_TABLE_MESSAGES.noActions, { sheet, range: a1 }) };
  }
  return { ok: true, plan: withChosenPeriod(plan, corrections) };
}

/** Called by the import dialog: the plan the active sheet's table would give, without writing anything. */
export function previewSheetTableImport(
  source?: SheetTableSource,
  corrections?: ImportCorrectionsWire,
): SheetTablePreviewResult {
  const lang = userLang();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  // Read again with the preview's corrections: the same cells as the first preview.
  const named = source ? spreadsheet.getSheetByName(String(source.sheet)) : null;
  const sheet = named ?? spreadsheet.getActiveSheet();
  const range = named ? named.getRange(String(source?.range)) : tableRange(sheet);
  const read = readTable(range, lang, corrections);
  if (!read.ok) return read;
  return {
    ...previewFor(read.plan, lang, corrections),
    source: { sheet: sheet.getName(), range: range.getA1Notation() },
  };
}

/** Called by the import dialog after the preview: reads `source` again and writes a new plan sheet. */
export function importSheetTable(
  source: SheetTableSource,
  comite?: string,
  corrections?: ImportCorrectionsWire,
): ImportDoneResult {
  const lang = userLang();
  const sheetName = String(source?.sheet);
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName);
  if (!sheet)
    return { ok: false, message: localize(lang, SHEET_TABLE_MESSAGES.noSheet, { sheet: sheetName }) };
  const read = readTable(sheet.getRange(String(source.range)), lang, corrections);
  if (!read.ok) return read;
  return writeImportedPlan(read.plan, comite, lang, readInto(corrections));
}
