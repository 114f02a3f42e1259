/**
 * "Préparer le bilan" (menu and sidebar): the dialog (dist/BilanDialog.html) asks getBilanChoices what the
 * active plan is and which years its Période has, then prepareBilan writes or refreshes the sheet
 * « Bilan — <comité> — <période> ». The core lays the bilan out (core/bilan/*); this module finds the
 * plan and its bilan sheet, reads the old bilan back (which rows are the add-on's, by the record on its
 * rows; the committee's comments) and has bilan-write.ts write it. Only the add-on's columns of its own
 * rows are rewritten; rows the committee added stay where they were; a bilan whose columns were moved is
 * kept as it is and a fresh one is made, carrying the comments; one that cannot be read back is kept,
 * and the message says its comments were not carried. All or nothing (all-or-nothing.ts): a failure
 * anywhere takes back the new sheet, or the refreshed rows, cells and record.
 */

import { readBilan } from "../core/bilan/bilan-comments";
import type { BilanFormats } from "../core/bilan/bilan-format";
import { bilanLayout, bilanSheetName, bilanTitle } from "../core/bilan/bilan-layout";
import { BILAN_METADATA_KEY, bilanMarkerValue } from "../core/bilan/bilan-marker";
import { BILAN_ROWS_METADATA_KEY, decodeRecord, type RecordLine } from "../core/bilan/bilan-record";
import { BILAN_COLUMNS } from "../core/bilan/bilan-text";
import { planYears } from "../core/bilan/plan-years";
import { type Lang, type Localized, localize } from "../core/i18n";
import type { BilanChoices, BilanResult } from "../shared/bilan-wire";
import type { CellValue } from "../shared/cell";
import { allOrNothing, nothingChangedMessage, type Undoable } from "./all-or-nothing";
import { adoptBilan, bilanMarkerOf, bilanSheets, planSheetById } from "./bilan-sheets";
import { type PreviousBilan, type WriteOutcome, writeBilan } from "./bilan-write";
import { userLang } from "./locale";
import { planOf, recordPlanIds } from "./plan-marker";
import { type LoadedPlan, loadPlan } from "./plan-sheet";
import { withRefusedDates } from "./refused-writes";
import { ensureRowKeys } from "./row-keys";
import { shownTitle } from "./say";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const LOCK_WAIT_MS = 2_000;
/** Where the bilans made before the keys left the cells kept them (hidden). */
const LEGACY_KEY_COLUMN = BILAN_COLUMNS.length + 1;

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
  keptRowOne: {
    fr: " La ligne ajoutée par le comité dans le bilan est restée à sa place, avec son texte.",
    en: " The row the committee added in the report stayed where it was, with its text.",
  },
  keptRows: {
    fr: " Les {n} lignes ajoutées par le comité dans le bilan sont restées à leur place, avec leur texte.",
    en: " The {n} rows the committee added in the report stayed where they were, with their text.",
  },
  legacyKeys: {
    fr: " La colonne cachée « Clé du bilan » de l'ancien bilan a été vidée et remontrée : le bilan retrouve maintenant ses lignes sans clé dans les cellules.",
    en: ' The old report\'s hidden column "Bilan key" was emptied and shown again: the report now finds its rows without any key in the cells.',
  },
  unreadable: {
    fr: " L'ancien bilan « {old} » n'a pas pu être relu (ses repères ou son en-tête ont été supprimés) : il est gardé tel quel, et ses commentaires n'ont pas été repris ici. Copiez-les au besoin.",
    en: ' The previous report "{old}" could not be read back (its markers or its header were deleted): it is kept as it was, and its comments were not carried over here. Copy them if needed.',
  },
  tooLong: {
    fr: " Ce bilan est trop long pour que Sheets garde ses repères : la prochaine préparation en fera une nouvelle feuille.",
    en: " This report is too long for Sheets to keep its markers: the next preparation will make a new sheet.",
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

  const previous = existing ? readPreviousBilan(existing) : null;
  const read = previous?.read ?? null;
  const layout = bilanLayout({
    plan: loaded.plan,
    year,
    yearCount: years.length,
    today: loaded.today,
    lang,
    planSheetName: loaded.sheet.getName(),
    comments: read?.ok ? read.comments : new Map(),
    planValues: loaded.values,
  });
  const actions =
    layout.summary.counts.total === 1
      ? localize(lang, BILAN_MESSAGES.actionOne)
      : localize(lang, BILAN_MESSAGES.actionMany, { n: layout.summary.counts.total });

  let sheet: Sheet;
  let message: string;
  let outcome: WriteOutcome;
  if (existing && previous && read?.ok && read.inPlace) {
    sheet = existing;
    outcome = writeBilan(
      sheet,
      layout,
      {
        startRow: read.startRow,
        block: read.block,
        legacy: read.legacy,
        cells: previous.cells,
        formats: previous.formats,
        record: previous.record,
      },
      undoable,
      lang,
    );
    message = localize(lang, BILAN_MESSAGES.refreshed, { sheet: sheet.getName(), actions });
    const kept = outcome.placement.committeeRows;
    if (kept > 0)
      message += localize(lang, kept === 1 ? BILAN_MESSAGES.keptRowOne : BILAN_MESSAGES.keptRows, {
        n: kept,
      });
    if (read.legacy) {
      sheet.showColumns(LEGACY_KEY_COLUMN);
      message += localize(lang, BILAN_MESSAGES.legacyKeys);
    }
  } else {
    const title = bilanTitle(loaded.plan.header.comite, periodOf(loaded), year, lang);
    sheet = insertBilanSheet(bilanSheetName(title));
    sheet.addDeveloperMetadata(
      BILAN_METADATA_KEY,
      bilanMarkerValue({ ...marker, sheetId: sheet.getSheetId() }),
    );
    outcome = writeBilan(sheet, layout, null, undoable, lang);
    message = localize(lang, BILAN_MESSAGES.created, { sheet: sheet.getName(), actions });
    if (existing) {
      // The old bilan keeps its marker no longer: the new one is the bilan of this plan and year now.
      for (const meta of existing.getDeveloperMetadata())
        if (meta.getKey() === BILAN_METADATA_KEY) {
          const value = meta.getValue() ?? "";
          undoable.onUndo(() => existing.addDeveloperMetadata(BILAN_METADATA_KEY, value));
          meta.remove();
        }
      // Only what is true: the comments were carried when the old bilan could be read.
      message += localize(lang, read?.ok ? BILAN_MESSAGES.movedColumns : BILAN_MESSAGES.unreadable, {
        old: existing.getName(),
      });
    }
  }
  if (!outcome.recorded) message += localize(lang, BILAN_MESSAGES.tooLong);
  sheet.activate();
  message = withRefusedDates(message, loaded, lang);
  return { ok: true, message, sheetName: sheet.getName(), refreshed: sheet === existing };
}

/** The old bilan as it is: its cells (values, formulas where there are), its record, what it reads as. */
function readPreviousBilan(sheet: Sheet) {
  const range = sheet.getDataRange();
  const values = range.getValues() as CellValue[][];
  const formulas = range.getFormulas();
  let record: PreviousBilan["record"] = null;
  let lines: RecordLine[] | null = null;
  for (const meta of sheet.createDeveloperMetadataFinder().withKey(BILAN_ROWS_METADATA_KEY).find()) {
    const rows = meta.getLocation().getRow();
    const value = meta.getValue() ?? "";
    lines = rows ? decodeRecord(value) : null;
    if (rows && lines) {
      record = { startRow: rows.getRow(), rows: rows.getNumRows(), value };
      break;
    }
  }
  const read = readBilan(values, formulas, record && lines ? { startRow: record.startRow, lines } : null);
  const cells = values.map((row, r) => row.map((value, c) => formulas[r]?.[c] || value));
  const formats: BilanFormats = {
    weights: range.getFontWeights() as BilanFormats["weights"],
    sizes: range.getFontSizes(),
    backgrounds: range.getBackgrounds(),
    colours: range.getFontColors(),
    numberFormats: range.getNumberFormats(),
  };
  return { read, cells, record, formats };
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
  return sheet;
}
