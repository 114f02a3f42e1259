/**
 * Finds the plan in the spreadsheet and reads it in one batch (see loadPlan for where it looks). Reading also fills Début/Échéance from the
 * Échéancier where the add-on owns those cells (see src/core/plan/fill-dates.ts), written back in one
 * batch. Every feature that reads the plan (validation, colours, sync, summary) starts here, so the
 * number of spreadsheet calls stays constant whatever the plan's size.
 */

import type { ParsedEcheance } from "../core/echeance";
import { type Lang, type Localized, localize } from "../core/i18n";
import { deadlinesWithoutDateColumns } from "../core/plan/fill-dates";
import type { PlanTable } from "../core/plan/plan-model";
import { readPlan } from "../core/plan/read-plan";
import { DEFAULT_TEMPLATE } from "../core/template";
import type { CellValue } from "../shared/cell";
import { writeComputedDates } from "./date-cells";
import { userLang } from "./locale";
import { markedPlanSheets } from "./plan-marker";
import { todayIn } from "./today";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

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
  /** Blocks of Début/Échéance cells a protection kept the add-on from updating (A1), left as they were. */
  refusedDates: string[];
  /** Blocks of the hidden key column a protection kept the add-on from writing (A1), filled by the row-key writes. */
  refusedKeys: string[];
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

/**
 * The sheet's values and what they hold, or null for a sheet without cells: a chart moved to its own
 * sheet or a Timeline view (SheetType.OBJECT), whose cell calls throw ("The action is not supported
 * for the OBJECT sheet"). The type is asked only when the read failed, so reading a plan costs no call
 * more; any other failure is not hidden.
 */
function readSheet(sheet: Sheet, timeZone: string) {
  let values: CellValue[][];
  try {
    values = sheet.getDataRange().getValues() as CellValue[][];
  } catch (error) {
    if (isGrid(sheet)) throw error;
    return null;
  }
  return { values, result: readPlan(values, DEFAULT_TEMPLATE, timeZone) };
}

function isGrid(sheet: Sheet): boolean {
  return sheet.getType() === SpreadsheetApp.SheetType.GRID;
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
 * marked as a plan (even renamed), otherwise a sheet named like the template's plan sheet — whatever
 * sheet is active (a chart sheet, a Timeline view, the bilan, Membres). Dates a protection refuses are
 * left as they were and listed in `refusedDates` (date-cells.ts): reading never fails on a write.
 * `fillDates: false` reads only (for an operation promised to change no existing cell).
 */
export function loadPlan(
  lang: Lang = userLang(),
  preferred?: Sheet | null,
  { fillDates = true }: { fillDates?: boolean } = {},
): LoadPlanResult {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  let sheet = preferred ?? spreadsheet.getActiveSheet();
  let read = readSheet(sheet, timeZone);
  if (!read?.result.ok) {
    const activeId = sheet.getSheetId();
    for (const candidate of [...markedPlanSheets(spreadsheet), ...sheetsNamedLikeThePlan(spreadsheet)]) {
      if (candidate.getSheetId() === activeId) continue;
      const other = readSheet(candidate, timeZone);
      if (other?.result.ok) {
        sheet = candidate;
        read = other;
        break;
      }
    }
  }
  if (!read?.result.ok) {
    const reason = read && !read.result.ok ? read.result.reason : "no cells (an OBJECT sheet)";
    return { ok: false, reason, message: localize(lang, LOAD_MESSAGES.noPlan) };
  }
  const plan = read.result.plan;
  const today = todayIn(timeZone);
  const dates = fillDates ? writeComputedDates(sheet, plan, read.values, today, timeZone, lang) : null;
  const parsed = dates?.parsed ?? deadlinesWithoutDateColumns(plan, today, timeZone);
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
      refusedDates: dates?.refused ?? [],
      refusedKeys: [],
    },
  };
}
