/**
 * "Importer un plan existant…": the dialog sends the pasted text of a Word or PDF plan; previewImport
 * shows what would be imported (rows, objectives, deadlines as understood, lines not placed), and
 * importPlanText writes it into a new plan sheet made from the template, in one batch. An existing
 * plan is never written into, and nothing is written when the text cannot be read as a plan.
 */
import { displayDay } from "../core/dates";
import { parseEcheance } from "../core/echeance";
import { countPhrase, type Lang, localize } from "../core/i18n";
import { importPlan } from "../core/import/import-plan";
import { importedRowsBlock } from "../core/import/import-rows";
import { importedPeriod } from "../core/import/imported-period";
import type { ImportedPlan } from "../core/import/types";
import { defaultPeriod, FIRST_DATA_ROW } from "../core/install/install-layout";
import { DEFAULT_TEMPLATE } from "../core/template";
import type { ImportDoneResult, ImportPreviewResult, ImportPreviewRow } from "../shared/import-wire";
import { createPlanSheet } from "./install";
import { userLang } from "./locale";
import { todayIn } from "./today";

const IMPORT_MESSAGES = {
  dialogTitle: { fr: "Importer un plan existant", en: "Import an existing plan" },
  defaultComite: { fr: "Comité (plan importé)", en: "Committee (imported plan)" },
  recurring: { fr: "récurrent", en: "recurring" },
  notUnderstood: { fr: "non compris", en: "not understood" },
  none: { fr: "aucune", en: "none" },
  actionOne: { fr: "action importée", en: "action imported" },
  actionMany: { fr: "actions importées", en: "actions imported" },
  imported: {
    fr: "{actions} dans la feuille « {sheet} ». Vérifiez la Période (ligne 3), puis validez le plan.",
    en: '{actions} into the sheet "{sheet}". Check the Period (row 3), then validate the plan.',
  },
};

/** Called from the add-on menu: Importer un plan existant…. */
export function showImportDialog(): void {
  const output = HtmlService.createHtmlOutputFromFile("ImportDialog").setWidth(900).setHeight(640);
  SpreadsheetApp.getUi().showModalDialog(output, localize(userLang(), IMPORT_MESSAGES.dialogTitle));
}

function readText(
  text: unknown,
  lang: Lang,
): { ok: true; plan: ImportedPlan } | { ok: false; message: string } {
  const result = importPlan(typeof text === "string" ? text : "");
  if (!result.ok) return { ok: false, message: result.error[lang] };
  return { ok: true, plan: result.plan };
}

function describeDeadline(text: string, period: { start: string; end: string }, today: string, lang: Lang) {
  if (text.trim() === "") return { deadline: localize(lang, IMPORT_MESSAGES.none), understood: true };
  const parsed = parseEcheance(text, { period, reference: today });
  if (parsed.kind === "dated") {
    const end = displayDay(parsed.end, lang);
    const start = displayDay(parsed.start, lang);
    return { deadline: start === end ? end : `${start} – ${end}`, understood: true };
  }
  if (parsed.kind === "recurring")
    return { deadline: localize(lang, IMPORT_MESSAGES.recurring), understood: true };
  return { deadline: localize(lang, IMPORT_MESSAGES.notUnderstood), understood: false };
}

/** Called by the import dialog: what the pasted text would give, without writing anything. */
export function previewImport(text: string): ImportPreviewResult {
  const lang = userLang();
  const read = readText(text, lang);
  if (!read.ok) return read;
  const { plan } = read;
  const today = todayIn(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone());
  const period = importedPeriod(plan, today) ?? defaultPeriod(today);
  const rows: ImportPreviewRow[] = plan.rows.map((row) => ({
    objectif: row.objectif,
    moyens: row.moyens,
    responsables: row.responsables,
    echeancier: row.echeancier,
    ...describeDeadline(row.echeancier, period, today, lang),
  }));
  const objectives: { name: string; rows: number }[] = [];
  for (const row of plan.rows) {
    const last = objectives[objectives.length - 1];
    if (last && last.name === row.objectif) last.rows++;
    else objectives.push({ name: row.objectif, rows: 1 });
  }
  return {
    ok: true,
    layout: plan.layout,
    comite: plan.header.comite ?? "",
    period,
    rows,
    objectives,
    unplaced: plan.unplaced,
    skippedLists: plan.skippedLists,
  };
}

/** Called by the import dialog: writes the plan read from `text` into a new plan sheet. */
export function importPlanText(text: string): ImportDoneResult {
  const lang = userLang();
  const read = readText(text, lang);
  if (!read.ok) return read;
  const { plan } = read;
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const today = todayIn(spreadsheet.getSpreadsheetTimeZone());
  const period = importedPeriod(plan, today) ?? defaultPeriod(today);
  const comite = plan.header.comite || localize(lang, IMPORT_MESSAGES.defaultComite);
  const nameTaken = spreadsheet.getSheetByName(DEFAULT_TEMPLATE.sheetName[lang]) !== null;
  const { sheet, sheetName } = createPlanSheet(
    spreadsheet,
    lang,
    comite,
    period,
    nameTaken,
    plan.rows.length,
  );

  const block = importedRowsBlock(plan.rows, DEFAULT_TEMPLATE, lang);
  sheet.getRange(FIRST_DATA_ROW, 1, block.length, block[0].length).setValues(block);
  sheet.activate();
  const actions = countPhrase(lang, block.length, IMPORT_MESSAGES.actionOne, IMPORT_MESSAGES.actionMany);
  const message = localize(lang, IMPORT_MESSAGES.imported, { actions, sheet: sheetName });
  spreadsheet.toast(message);
  return { ok: true, sheetName, rows: block.length, message };
}
