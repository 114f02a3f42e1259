/**
 * "Importer un plan existant…": the dialog sends the pasted text of a Word or PDF plan; previewImport
 * shows what would be imported (rows, objectives, deadlines as understood, lines not placed), and
 * importPlanText writes it into a new plan sheet made from the template, in one batch. An existing
 * plan is never written into, and nothing is written when the text cannot be read as a plan.
 */
import { countPhrase, type Lang, localize } from "../core/i18n";
import { clipLongCells } from "../core/import/cell-limit";
import { readCorrections, readInto, withChosenPeriod } from "../core/import/import-corrections";
import { importPlan } from "../core/import/import-plan";
import { importPreview } from "../core/import/import-preview";
import { importedRowsBlock } from "../core/import/import-rows";
import { importedPeriod } from "../core/import/imported-period";
import type { ImportedPlan } from "../core/import/types";
import { FIRST_DATA_ROW, TABLE_HEADER_ROW } from "../core/install/install-layout";
import { asLiteralText } from "../core/literal-text";
import { DEFAULT_TEMPLATE } from "../core/template";
import { withUnionNumbers } from "../core/union/union-columns";
import type {
  ImportCorrectionsWire,
  ImportDoneResult,
  ImportPreview,
  ImportPreviewResult,
} from "../shared/import-wire";
import { allOrNothing } from "./all-or-nothing";
import { emptyPlanFor, fillEmptyPlan } from "./import-into";
import { createPlanSheet } from "./install";
import { userLang } from "./locale";
import { loadPlan } from "./plan-sheet";
import { shownTitle, toastUser, typesetNotes } from "./say";
import { todayIn } from "./today";
import { styleUnionColumns } from "./union-columns";

const IMPORT_MESSAGES = {
  dialogTitle: { fr: "Importer un plan existant", en: "Import an existing plan" },
  defaultComite: { fr: "Comité (plan importé)", en: "Committee (imported plan)" },
  actionOne: { fr: "action importée", en: "action imported" },
  actionMany: { fr: "actions importées", en: "actions imported" },
  imported: {
    fr: "{actions} dans la feuille « {sheet} ». {period} Puis validez le plan.",
    en: '{actions} into the sheet "{sheet}". {period} Then validate the plan.',
  },
  failed: {
    fr: "L'import n'a pas pu être terminé : Sheets a refusé une écriture (« {detail} »). La feuille commencée a été retirée ; le classeur est comme avant. Réessayez ; si cela recommence, importez le plan en plusieurs parties.",
    en: 'The import could not be finished: Sheets refused a write ("{detail}"). The sheet it had started was removed; the workbook is as it was. Try again; if it happens again, import the plan in several parts.',
  },
  clipped: {
    fr: "{count} coupé à 50 000 caractères, avec une note.",
    en: "{count} clipped to 50,000 characters, with a note.",
  },
  cellOne: { fr: "1 texte trop long", en: "1 text too long" },
  cellMany: { fr: "{n} textes trop longs", en: "{n} texts too long" },
  notEmptyAnyMore: {
    fr: "La feuille « {sheet} » n'est plus vide : rien n'y a été écrit, le plan importé est dans une nouvelle feuille.",
    en: 'The sheet "{sheet}" is no longer empty: nothing was written there, the imported plan is in a new sheet.',
  },
  checkPeriod: { fr: "Vérifiez la Période (ligne 3).", en: "Check the Period (row 3)." },
  enterPeriod: {
    fr: "Le texte ne donnait pas la Période : inscrivez ses dates de début et de fin (ligne 3) pour dater les échéances sans année.",
    en: "The text did not give the Period: enter its start and end dates (row 3) to date the deadlines written without a year.",
  },
};

/** Called from the add-on menu: Importer un plan existant…. */
export function showImportDialog(): void {
  const output = HtmlService.createHtmlOutputFromFile("ImportDialog").setWidth(900).setHeight(640);
  const lang = userLang();
  SpreadsheetApp.getUi().showModalDialog(
    output,
    shownTitle(lang, localize(lang, IMPORT_MESSAGES.dialogTitle)),
  );
}

function readText(
  text: unknown,
  lang: Lang,
  corrections?: unknown,
): { ok: true; plan: ImportedPlan } | { ok: false; message: string } {
  const result = importPlan(typeof text === "string" ? text : "", {
    corrections: readCorrections(corrections),
  });
  if (!result.ok) return { ok: false, message: result.error[lang] };
  return { ok: true, plan: withChosenPeriod(result.plan, corrections) };
}

/**
 * Called by the import dialog: what the pasted text would give, without writing anything, read with the
 * corrections made in the preview ("this column is: Responsables", "this line is an objective").
 */
export function previewImport(text: string, corrections?: ImportCorrectionsWire): ImportPreviewResult {
  const lang = userLang();
  const read = readText(text, lang, corrections);
  if (!read.ok) return read;
  return previewFor(read.plan, lang, corrections);
}

/**
 * The preview of `plan` as the dialog shows it: with the empty plan sheet it can fill (right after the
 * install) and, when the corrections say to fill it (`into`), the Période that sheet keeps.
 */
export function previewFor(plan: ImportedPlan, lang: Lang, corrections: unknown): ImportPreview {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const today = todayIn(spreadsheet.getSpreadsheetTimeZone());
  const empty = emptyPlanFor(spreadsheet, plan.rows.length, plan.addedColumns?.length ?? 0);
  const filling = empty !== null && readInto(corrections) === empty.sheetName;
  return {
    ...importPreview(filling ? { ...plan, keptPeriod: empty.period } : plan, today, lang),
    emptyPlan: empty ? { sheetName: empty.sheetName, comite: empty.comite } : null,
  };
}

/**
 * Called by the import dialog: writes the plan read from `text` into a new plan sheet, for the
 * committee named `comite` (the dialog proposes the one found in the text), with the corrections made in
 * the preview, then reads it once so that
 * Début/Échéance are filled at once.
 */
export function importPlanText(
  text: string,
  comite?: string,
  corrections?: ImportCorrectionsWire,
): ImportDoneResult {
  const lang = userLang();
  const read = readText(text, lang, corrections);
  if (!read.ok) return read;
  return writeImportedPlan(read.plan, comite, lang, readInto(corrections));
}

/**
 * Writes an imported plan (from pasted text, a Word file or a table of a sheet) into a new plan sheet
 * made from the template, in one batch, then reads it once. Never writes into a sheet with a plan in it:
 * `into` names the empty plan sheet the person chose to fill (import-into.ts; its committee, Période and
 * plan id kept); if it is not empty any more, the plan goes into a new sheet beside it, as it says.
 */
export function writeImportedPlan(
  plan: ImportedPlan,
  comite: string | undefined,
  lang: Lang,
  into?: string,
): ImportDoneResult {
  // A call Sheets refuses half-way must not leave a half-built plan: what this import added is taken
  // back (all-or-nothing.ts), and the dialog says what happened.
  const added = plan.addedColumns ?? [];
  const cells = clipLongCells(importedRowsBlock(plan.rows, DEFAULT_TEMPLATE, lang, added), lang);
  // Amounts and days under a union column's header (« Budget prévu ») go in as numbers.
  const block = withUnionNumbers(cells.block, DEFAULT_TEMPLATE.columns.length, added, DEFAULT_TEMPLATE);
  const done = allOrNothing("importPlanText", (undoable) => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const today = todayIn(spreadsheet.getSpreadsheetTimeZone());
    const target = into !== undefined ? emptyPlanFor(spreadsheet, block.length, added.length, into) : null;
    if (target) {
      const range = fillEmptyPlan(target, block, added, plan.chosenPeriod, undoable);
      if (added.length > 0)
        styleUnionColumns(target.sheet, TABLE_HEADER_ROW, DEFAULT_TEMPLATE.columns.length + 1, added, lang);
      if (cells.notes) range.setNotes(typesetNotes(lang, cells.notes));
      target.sheet.activate();
      loadPlan();
      const kept = plan.chosenPeriod !== undefined ? plan.chosenPeriod : target.period;
      const message = importedMessage(
        lang,
        block.length,
        target.sheetName,
        kept !== null,
        cells.clipped.length,
      );
      toastUser(spreadsheet, lang, message);
      return { sheetName: target.sheetName, message };
    }
    const period = importedPeriod(plan, today);
    const committee =
      String(comite ?? "").trim() || plan.header.comite || localize(lang, IMPORT_MESSAGES.defaultComite);
    const nameTaken = spreadsheet.getSheetByName(DEFAULT_TEMPLATE.sheetName[lang]) !== null;
    const created = createPlanSheet(spreadsheet, lang, committee, period, nameTaken, plan.rows.length);
    if (added.length > 0) {
      writeAddedHeaders(created.sheet, added);
      styleUnionColumns(created.sheet, TABLE_HEADER_ROW, DEFAULT_TEMPLATE.columns.length + 1, added, lang);
    }
    const range = created.sheet.getRange(FIRST_DATA_ROW, 1, block.length, block[0].length).setValues(block);
    if (cells.notes) range.setNotes(typesetNotes(lang, cells.notes));
    created.sheet.activate();
    loadPlan();
    let message = importedMessage(
      lang,
      block.length,
      created.sheetName,
      period !== null,
      cells.clipped.length,
    );
    // The empty plan the person chose got actions meanwhile (someone else typed, imported): not overwritten.
    if (into !== undefined)
      message = `${localize(lang, IMPORT_MESSAGES.notEmptyAnyMore, { sheet: into })} ${message}`;
    toastUser(spreadsheet, lang, message);
    return { sheetName: created.sheetName, message };
  });
  if (!done.ok)
    return {
      ok: false,
      message: localize(lang, IMPORT_MESSAGES.failed, { detail: done.detail.slice(0, 200) }),
    };
  return { ok: true, sheetName: done.value.sheetName, rows: block.length, message: done.value.message };
}

function importedMessage(
  lang: Lang,
  rows: number,
  sheetName: string,
  withPeriod: boolean,
  clipped: number,
): string {
  const actions = countPhrase(lang, rows, IMPORT_MESSAGES.actionOne, IMPORT_MESSAGES.actionMany);
  const periodHint = localize(lang, withPeriod ? IMPORT_MESSAGES.checkPeriod : IMPORT_MESSAGES.enterPeriod);
  let message = localize(lang, IMPORT_MESSAGES.imported, { actions, sheet: sheetName, period: periodHint });
  if (clipped > 0) {
    const count =
      clipped === 1
        ? localize(lang, IMPORT_MESSAGES.cellOne)
        : localize(lang, IMPORT_MESSAGES.cellMany, { n: clipped });
    message += ` ${localize(lang, IMPORT_MESSAGES.clipped, { count })}`;
  }
  return message;
}

/**
 * The headers of a table's columns the template lacks (`Budget`, `Partenaires`), right of the
 * template's columns, as Préparer l'année suivante writes the columns a committee added.
 */
function writeAddedHeaders(sheet: GoogleAppsScript.Spreadsheet.Sheet, headers: string[]): void {
  const first = DEFAULT_TEMPLATE.columns.length + 1;
  const missing = first + headers.length - 1 - sheet.getMaxColumns();
  if (missing > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), missing);
  sheet
    .getRange(TABLE_HEADER_ROW, first, 1, headers.length)
    .setValues([headers.map(asLiteralText)])
    .setFontWeight("bold")
    .setWrap(true);
}
