/**
 * "Préparer le bilan" (menu and sidebar): the dialog (dist/BilanDialog.html) asks getBilanChoices what the
 * active plan is and which years its Période has, then prepareBilan writes or refreshes the sheet
 * « Bilan — <comité> — <période> ». The core lays the bilan out (core/bilan/*); this module finds the
 * plan and its bilan sheet, reads the committee's comments back, and writes one block of values and one
 * call per kind of format. Only the add-on's columns of its own rows are rewritten; a bilan whose columns
 * were moved is kept as it is and a fresh one is made, carrying the comments. All or nothing
 * (all-or-nothing.ts): a failure anywhere takes back the new sheet, or the refreshed cells.
 */

import { readBilanComments } from "../core/bilan/bilan-comments";
import { bilanFormats, HEADER_BACKGROUND, HEADER_TEXT } from "../core/bilan/bilan-format";
import { type BilanLayout, bilanLayout, bilanSheetName, bilanTitle } from "../core/bilan/bilan-layout";
import { BILAN_METADATA_KEY, bilanMarkerValue } from "../core/bilan/bilan-marker";
import { BILAN_COLUMNS, BILAN_WIDTH, bilanColumn } from "../core/bilan/bilan-text";
import { planYears } from "../core/bilan/plan-years";
import { type Lang, type Localized, localize } from "../core/i18n";
import type { BilanChoices, BilanResult } from "../shared/bilan-wire";
import type { CellValue } from "../shared/cell";
import { allOrNothing, nothingChangedMessage, type Undoable } from "./all-or-nothing";
import { adoptBilan, bilanMarkerOf, bilanSheets, planSheetById } from "./bilan-sheets";
import { userLang } from "./locale";
import { planOf, recordPlanIds } from "./plan-marker";
import { type LoadedPlan, loadPlan } from "./plan-sheet";
import { withRefusedDates } from "./refused-writes";
import { ensureRowKeys } from "./row-keys";
import { shownTitle } from "./say";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const LOCK_WAIT_MS = 2_000;

const BILAN_MESSAGES = {
  dialogTitle: { fr: "Préparer le bilan", en: "Prepare the report" },
  operation: { fr: "la préparation du bilan", en: "preparing the report" },
  busy: {
    fr: "Quelqu'un d'autre prépare un bilan ou synchronise l'agenda en ce moment. Réessayez dans un instant.",
    en: "Someone else is preparing a report or syncing the calendar right now. Try again in a moment.",
  },
  noYear: {
    fr: "Cette année ne fait pas partie de la Période du plan ({count} {years}). Rouvrez « Préparer le bilan ».",
    en: 'This year is not part of the plan\'s Period ({count} {years}). Open "Prepare the report" again.',
  },
  created: {
    fr: "Bilan prêt dans la feuille « {sheet} » ({actions}). Le comité peut écrire ses commentaires dans la colonne « Commentaire pour l'assemblée », puis Fichier ▸ Télécharger ▸ PDF.",
    en: 'Report ready in the sheet "{sheet}" ({actions}). The committee can write its comments in the column "Comment for the assembly", then File ▸ Download ▸ PDF.',
  },
  refreshed: {
    fr: "Bilan « {sheet} » mis à jour ({actions}). Les commentaires du comité sont restés avec leur action.",
    en: 'Report "{sheet}" updated ({actions}). The committee\'s comments stayed with their action.',
  },
  movedColumns: {
    fr: " Les colonnes de l'ancien bilan « {old} » ont été déplacées : il est gardé tel quel, et ses commentaires ont été repris ici.",
    en: ' The columns of the previous report "{old}" had been moved: it is kept as it was, and its comments were carried over here.',
  },
  actionOne: { fr: "1 action", en: "1 action" },
  actionMany: { fr: "{n} actions", en: "{n} actions" },
} satisfies Record<string, Localized>;

/** Called from the add-on menu and the sidebar: Préparer le bilan…. */
export function showBilanDialog(): void {
  const output = HtmlService.createHtmlOutputFromFile("BilanDialog").setWidth(520).setHeight(420);
  const lang = userLang();
  SpreadsheetApp.getUi().showModalDialog(
    output,
    shownTitle(lang, localize(lang, BILAN_MESSAGES.dialogTitle)),
  );
}

/** The plan the bilan is made from: the active sheet's plan, or the plan of the active bilan sheet. */
function loadBilanPlan(lang: Lang) {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const marker = bilanMarkerOf(spreadsheet.getActiveSheet());
  const planSheet = marker ? planSheetById(spreadsheet, marker.planId) : null;
  return loadPlan(lang, planSheet);
}

function periodOf(loaded: LoadedPlan) {
  const { periodStart, periodEnd } = loaded.plan.header;
  return periodStart && periodEnd && periodStart <= periodEnd ? { start: periodStart, end: periodEnd } : null;
}

/** The years offered: none when the Période is a single year. */
function yearsOf(loaded: LoadedPlan) {
  const period = periodOf(loaded);
  const years = period ? planYears(period.start, period.end) : [];
  return years.length > 1 ? years : [];
}

/** Called by the bilan dialog when it opens: the active plan and the years of its Période. */
export function getBilanChoices(): BilanChoices {
  const lang = userLang();
  const load = loadBilanPlan(lang);
  if (!load.ok) return { ok: false, lang, message: load.message };
  const { loaded } = load;
  // The plan's bilans (in a copied workbook, those that came with it too: see recordPlanIds).
  const recordIds = recordPlanIds(planOf(loaded.sheet));
  const existing = bilanSheets(loaded.spreadsheet).filter((bilan) => recordIds.includes(bilan.marker.planId));
  const nameOf = (year: number) =>
    existing.find((bilan) => bilan.marker.year === year)?.sheet.getName() ?? "";
  return {
    ok: true,
    lang,
    planSheetName: loaded.sheet.getName(),
    comite: loaded.plan.header.comite,
    period: periodOf(loaded),
    years: yearsOf(loaded).map((year) => ({ ...year, sheetName: nameOf(year.index) })),
    wholeSheetName: nameOf(0),
  };
}

/**
 * Called by the bilan dialog: writes or refreshes the bilan of the active plan — of the whole Période
 * (`yearIndex` 0) or of its year `yearIndex` (1 for the first).
 */
export function prepareBilan(yearIndex: number): BilanResult {
  const lang = userLang();
  const lock = LockService.getDocumentLock();
  if (!lock?.tryLock(LOCK_WAIT_MS)) return { ok: false, message: localize(lang, BILAN_MESSAGES.busy) };
  try {
    const done = allOrNothing("prepareBilan", (undoable) =>
      prepareLocked(Number(yearIndex) || 0, lang, undoable),
    );
    if (done.ok) return done.value;
    return {
      ok: false,
      message: nothingChangedMessage(lang, localize(lang, BILAN_MESSAGES.operation), done.detail),
    };
  } finally {
    lock.releaseLock();
  }
}

function prepareLocked(yearIndex: number, lang: Lang, undoable: Undoable): BilanResult {
  const load = loadBilanPlan(lang);
  if (!load.ok) return { ok: false, message: load.message };
  const { loaded } = load;
  const years = yearsOf(loaded);
  const year = yearIndex > 0 ? (years[yearIndex - 1] ?? null) : null;
  if (yearIndex > 0 && !year) {
    const count = Math.max(1, years.length);
    return {
      ok: false,
      message: localize(lang, BILAN_MESSAGES.noYear, {
        count,
        years: lang === "fr" ? (count > 1 ? "ans" : "an") : count > 1 ? "years" : "year",
      }),
    };
  }
  const identity = planOf(loaded.sheet);
  const planId = identity.planId;
  ensureRowKeys(loaded, planId);
  const spreadsheet = loaded.spreadsheet;
  const marker = { planId, year: year ? year.index : 0 };
  // The plan's own bilan; in a copied workbook, else the bilan that came with it (then the copy's).
  const recordIds = recordPlanIds(identity);
  const found = bilanSheets(spreadsheet)
    .filter((bilan) => bilan.marker.year === marker.year && recordIds.includes(bilan.marker.planId))
    .sort((a, b) => recordIds.indexOf(a.marker.planId) - recordIds.indexOf(b.marker.planId))[0];
  if (found) adoptBilan(found, planId, (undo) => undoable.onUndo(undo));
  const existing = found?.sheet;

  let read: ReturnType<typeof readBilanComments> = { ok: false };
  let previousCells: CellValue[][] = [];
  if (existing) {
    const range = existing.getDataRange();
    const values = range.getValues() as CellValue[][];
    const formulas = range.getFormulas();
    read = readBilanComments(values, formulas);
    previousCells = values.map((row, r) => row.map((value, c) => formulas[r]?.[c] || value));
  }
  const layout = bilanLayout({
    plan: loaded.plan,
    year,
    yearCount: years.length,
    today: loaded.today,
    lang,
    planSheetName: loaded.sheet.getName(),
    comments: read.ok ? read.comments : new Map(),
  });
  const actions =
    layout.summary.counts.total === 1
      ? localize(lang, BILAN_MESSAGES.actionOne)
      : localize(lang, BILAN_MESSAGES.actionMany, { n: layout.summary.counts.total });

  let sheet: Sheet;
  let message: string;
  if (existing && read.ok && read.inPlace) {
    sheet = existing;
    writeBilan(sheet, layout, read.lastKeyedRow, undoable, previousCells);
    message = localize(lang, BILAN_MESSAGES.refreshed, { sheet: sheet.getName(), actions });
  } else {
    const title = bilanTitle(loaded.plan.header.comite, periodOf(loaded), year, lang);
    sheet = insertBilanSheet(bilanSheetName(title));
    sheet.addDeveloperMetadata(
      BILAN_METADATA_KEY,
      bilanMarkerValue({ ...marker, sheetId: sheet.getSheetId() }),
    );
    writeBilan(sheet, layout, 0, undoable, []);
    message = localize(lang, BILAN_MESSAGES.created, { sheet: sheet.getName(), actions });
    if (existing) {
      // The old bilan keeps its marker no longer: the new one is the bilan of this plan and year now.
      for (const meta of existing.getDeveloperMetadata())
        if (meta.getKey() === BILAN_METADATA_KEY) {
          const value = meta.getValue() ?? "";
          undoable.onUndo(() => existing.addDeveloperMetadata(BILAN_METADATA_KEY, value));
          meta.remove();
        }
      message += localize(lang, BILAN_MESSAGES.movedColumns, { old: existing.getName() });
    }
  }
  sheet.activate();
  message = withRefusedDates(message, loaded, lang);
  return { ok: true, message, sheetName: sheet.getName(), refreshed: sheet === existing };
}

/** A new sheet named `name`, or `name (2)`… when taken. */
function insertBilanSheet(name: string): Sheet {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  let candidate = name;
  for (let n = 2; spreadsheet.getSheetByName(candidate); n++) candidate = `${name} (${n})`;
  const sheet = spreadsheet.insertSheet(candidate, spreadsheet.getNumSheets());
  BILAN_COLUMNS.forEach((column, i) => {
    sheet.setColumnWidth(i + 1, column.width);
  });
  sheet.hideColumns(bilanColumn("cle"));
  return sheet;
}

/**
 * Writes `layout` over the add-on's previous rows (1..`previousRows`): when the bilan grows, rows are
 * inserted first so that whatever the committee wrote below moves down instead of being written over;
 * when it shrinks, the add-on's columns of the rows it no longer needs are cleared.
 */
function writeBilan(
  sheet: Sheet,
  layout: BilanLayout,
  previousRows: number,
  undoable: Undoable,
  previousCells: CellValue[][],
): void {
  const rows = layout.lines.length;
  // Taken back if the operation fails later: the rows it inserted go, the cells are as they were read.
  if (previousCells.length > 0)
    undoable.onUndo(() => {
      sheet.getRange(1, 1, previousCells.length, previousCells[0].length).setValues(previousCells);
    });
  if (rows > previousRows && sheet.getLastRow() > previousRows && previousRows > 0) {
    sheet.insertRowsAfter(previousRows, rows - previousRows);
    undoable.onUndo(() => sheet.deleteRows(previousRows + 1, rows - previousRows));
  }
  if (sheet.getMaxRows() < rows) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  if (rows < previousRows) sheet.getRange(rows + 1, 1, previousRows - rows, BILAN_WIDTH).clear();

  const block = sheet.getRange(1, 1, rows, BILAN_WIDTH);
  block.setValues(layout.lines.map((line) => line.values));
  block.setWrap(true).setVerticalAlignment("top");

  const comment = bilanColumn("commentaire");
  const formats = bilanFormats(layout);
  const apply = (range: GoogleAppsScript.Spreadsheet.Range, f: typeof formats.left) =>
    range
      .setFontWeights(f.weights)
      .setFontSizes(f.sizes)
      .setBackgrounds(f.backgrounds)
      .setFontColors(f.colours)
      .setNumberFormats(f.numberFormats);
  apply(sheet.getRange(1, 1, rows, comment - 1), formats.left);
  apply(sheet.getRange(1, BILAN_WIDTH, rows, 1), formats.key);
  // The comment column's header is the add-on's, and looks like the others.
  sheet
    .getRange(layout.headerRow, comment)
    .setFontWeight("bold")
    .setBackground(HEADER_BACKGROUND)
    .setFontColor(HEADER_TEXT);
}
