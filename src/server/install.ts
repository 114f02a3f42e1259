/**
 * "Installer le modèle": creates the plan sheet and the Membres sheet from the template, in a constant
 * number of batched calls. It never writes over anything: a plan already installed is only shown, and
 * a sheet of the same name holding other data is left alone while the plan goes into a new sheet.
 */
import { displayDay } from "../core/dates";
import { type Lang, localize } from "../core/i18n";
import {
  DATE_FORMAT,
  defaultPeriod,
  FIRST_DATA_ROW,
  FIRST_FIELD_ROW,
  PERIOD_FORMATS,
  PLAIN_TEXT_FORMAT,
  type PlanSheetLayout,
  planSheetLayout,
  TABLE_HEADER_ROW,
  TITLE_ROW,
} from "../core/install/install-layout";
import { readPeriodAnswer } from "../core/install/period-answer";
import { readPlan } from "../core/plan/read-plan";
import { DEFAULT_TEMPLATE } from "../core/template";
import { applyColoursToPlan, NEW_SHEET_LEGEND_ROW } from "./colours";
import { INSTALL_MESSAGES } from "./install-messages";
import { userLang } from "./locale";
import { membersSheet } from "./members";
import { markedPlanSheets, markPlanSheet } from "./plan-marker";
import { alertText, promptUser, toastUser, typesetNotes } from "./say";
import { applyFollowDropdown } from "./suivi/follow-column";
import { offerCalendarReuse } from "./sync/calendar-reuse";
import { todayIn } from "./today";
import {
  addedSentence,
  askUnionColumns,
  installUnionQuestion,
  notUnderstoodSentence,
  writeUnionColumns,
} from "./union-columns";

const HEADER_BACKGROUND = "#1f4e79";
const HEADER_TEXT = "#ffffff";
const FIELD_LABEL_BACKGROUND = "#e8eef5";
/** The colours need only the header positions, never dates, so any valid zone does (and saves a call). */
const POSITIONS_ONLY_ZONE = "UTC";
/** The install message says where things are and what comes next: it stays long enough to be read. */
const INSTALLED_TOAST_SECONDS = 20;

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Called from the add-on menu: Installer le modèle. */
export function installTemplate(): void {
  const lang = userLang();
  const ui = SpreadsheetApp.getUi();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const baseName = DEFAULT_TEMPLATE.sheetName[lang];

  const [installed] = markedPlanSheets(spreadsheet);
  if (installed) {
    installed.activate();
    alertText(ui, lang, localize(lang, INSTALL_MESSAGES.alreadyInstalled, { sheet: installed.getName() }));
    return;
  }
  const existing = spreadsheet.getSheetByName(baseName);

  const answer = promptUser(
    ui,
    lang,
    localize(lang, INSTALL_MESSAGES.promptTitle),
    localize(lang, INSTALL_MESSAGES.promptBody),
    ui.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== ui.Button.OK) {
    toastUser(spreadsheet, lang, localize(lang, INSTALL_MESSAGES.cancelled));
    return;
  }
  const comite = answer.getResponseText().trim() || localize(lang, INSTALL_MESSAGES.defaultComite);

  const today = todayIn(spreadsheet.getSpreadsheetTimeZone());
  const fallback = defaultPeriod(today);
  const periodPrompt = promptUser(
    ui,
    lang,
    localize(lang, INSTALL_MESSAGES.periodTitle),
    localize(lang, INSTALL_MESSAGES.periodBody, {
      start: displayDay(fallback.start, lang),
      end: displayDay(fallback.end, lang),
    }),
    ui.ButtonSet.OK_CANCEL,
  );
  if (periodPrompt.getSelectedButton() !== ui.Button.OK) {
    toastUser(spreadsheet, lang, localize(lang, INSTALL_MESSAGES.cancelled));
    return;
  }
  const answered = readPeriodAnswer(periodPrompt.getResponseText(), today);
  const period = answered.kind === "period" ? answered : fallback;
  // The optional union columns: none unless the answer names some (an empty answer adds none).
  const union = askUnionColumns(ui, lang, installUnionQuestion(lang));
  if (!union.ok) {
    toastUser(spreadsheet, lang, localize(lang, INSTALL_MESSAGES.cancelled));
    return;
  }

  const { sheet, sheetName, layout, planId, spreadsheetId } = createPlanSheet(
    spreadsheet,
    lang,
    comite,
    period,
    Boolean(existing),
  );
  const unionFirst =
    union.choice.keys.length > 0
      ? writeUnionColumns(sheet, TABLE_HEADER_ROW, layout.columns.length, union.choice.keys, lang)
      : 0;
  sheet.activate();
  // The plan sheet was deleted and the template installed again: offer the committee's calendar.
  offerCalendarReuse(planId, lang, spreadsheetId);
  const days = { start: displayDay(period.start, lang), end: displayDay(period.end, lang) };
  const parts = [
    existing ? localize(lang, INSTALL_MESSAGES.installedBesideExisting, { existing: baseName }) : "",
    answered.kind === "unreadable"
      ? localize(lang, INSTALL_MESSAGES.periodNotUnderstood, { text: answered.text, ...days })
      : "",
    localize(lang, INSTALL_MESSAGES.installed, {
      sheet: sheetName,
      members: layout.membersSheetName,
      ...days,
    }),
    unionFirst ? addedSentence(lang, sheetName, union.choice.keys, unionFirst) : "",
    notUnderstoodSentence(lang, union.choice),
  ];
  toastUser(
    spreadsheet,
    lang,
    parts.filter(Boolean).join(" "),
    localize(lang, INSTALL_MESSAGES.installedTitle),
    INSTALLED_TOAST_SECONDS,
  );
}

/**
 * Creates a new plan sheet from the template — named `Plan d'action`, or `Plan d'action (2)`… when
 * `nameTaken` — with its marker, Période and status colours, room for `dataRows` rows, and the Membres
 * sheet when missing. Shared by the install
 * and the import of an existing plan; a constant number of calls.
 */
export function createPlanSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  lang: Lang,
  comite: string,
  period: { start: string; end: string } | null,
  nameTaken: boolean,
  dataRows = 0,
  baseName = DEFAULT_TEMPLATE.sheetName[lang],
): { sheet: Sheet; sheetName: string; layout: PlanSheetLayout; planId: string; spreadsheetId: string } {
  let sheetName = baseName;
  for (let n = 2; nameTaken && spreadsheet.getSheetByName(sheetName); n++) sheetName = `${baseName} (${n})`;

  const layout = planSheetLayout(DEFAULT_TEMPLATE, lang, comite, period);
  const sheet = spreadsheet.insertSheet(sheetName);
  const missingRows = FIRST_DATA_ROW + dataRows - 1 - sheet.getMaxRows();
  if (missingRows > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missingRows);
  writePlanSheet(sheet, layout, lang);
  const spreadsheetId = spreadsheet.getId();
  const planId = markPlanSheet(sheet, spreadsheetId);

  let members = membersSheet(spreadsheet);
  if (!members) {
    members = spreadsheet.insertSheet(layout.membersSheetName);
    writeMembersSheet(members, layout, lang);
  }
  if (layout.responsablesColumn) {
    const names = members.getRange("A2:A");
    sheet
      .getRange(FIRST_DATA_ROW, layout.responsablesColumn, sheet.getMaxRows() - TABLE_HEADER_ROW, 1)
      .setDataValidation(
        SpreadsheetApp.newDataValidation().requireValueInRange(names, true).setAllowInvalid(true).build(),
      );
  }
  // The new sheet holds exactly the layout's values (rows 1 to 7): the plan is read from them, not read back.
  const read = readPlan(layout.values, DEFAULT_TEMPLATE, POSITIONS_ONLY_ZONE);
  if (read.ok) applyColoursToPlan(sheet, layout.values, read.plan, lang, NEW_SHEET_LEGEND_ROW);
  return { sheet, sheetName, layout, planId, spreadsheetId };
}

function writePlanSheet(sheet: Sheet, layout: PlanSheetLayout, lang: Lang): void {
  const width = layout.columns.length;
  const dataRows = sheet.getMaxRows() - TABLE_HEADER_ROW;
  sheet.getRange(1, 1, TABLE_HEADER_ROW, width).setValues(layout.values);

  sheet.getRange(TITLE_ROW, 1).setFontWeight("bold").setFontSize(14);
  sheet
    .getRange(FIRST_FIELD_ROW, 1, layout.fieldNotes.length, 1)
    .setNotes(typesetNotes(lang, layout.fieldNotes))
    .setFontWeight("bold")
    .setBackground(FIELD_LABEL_BACKGROUND);
  sheet.getRange(FIRST_FIELD_ROW + 1, 2, 1, 2).setNumberFormats([PERIOD_FORMATS[lang]]);

  sheet
    .getRange(TABLE_HEADER_ROW, 1, 1, width)
    .setNotes(typesetNotes(lang, layout.headerNotes))
    .setFontWeight("bold")
    .setFontColor(HEADER_TEXT)
    .setBackground(HEADER_BACKGROUND)
    .setWrap(true)
    .setVerticalAlignment("middle");
  sheet.setFrozenRows(TABLE_HEADER_ROW);
  layout.columns.forEach((column, i) => {
    sheet.setColumnWidth(i + 1, column.width);
  });

  sheet.getRange(FIRST_DATA_ROW, 1, dataRows, width).setWrap(true).setVerticalAlignment("top");
  for (const column of layout.dateColumns) {
    sheet.getRange(FIRST_DATA_ROW, column, dataRows, 1).setNumberFormat(DATE_FORMAT);
  }
  if (layout.echeancierColumn) {
    sheet.getRange(FIRST_DATA_ROW, layout.echeancierColumn, dataRows, 1).setNumberFormat(PLAIN_TEXT_FORMAT);
  }
  if (layout.percentColumn) {
    sheet.getRange(FIRST_DATA_ROW, layout.percentColumn, dataRows, 1).setNumberFormat(layout.percentFormat);
  }
  sheet
    .getRange(FIRST_DATA_ROW, layout.statusColumn, dataRows, 1)
    .setDataValidation(
      SpreadsheetApp.newDataValidation()
        .requireValueInList(layout.statusLabels, true)
        .setAllowInvalid(false)
        .build(),
    );
  if (layout.keyColumn) sheet.hideColumns(layout.keyColumn);
}

function writeMembersSheet(sheet: Sheet, layout: PlanSheetLayout, lang: Lang): void {
  const width = layout.membersHeader[0].length;
  sheet
    .getRange(1, 1, 1, width)
    .setValues(layout.membersHeader)
    .setNotes(typesetNotes(lang, layout.membersNotes))
    .setFontWeight("bold")
    .setFontColor(HEADER_TEXT)
    .setBackground(HEADER_BACKGROUND);
  sheet.setFrozenRows(1);
  layout.membersWidths.forEach((columnWidth, i) => {
    sheet.setColumnWidth(i + 1, columnWidth);
  });
  const follow = DEFAULT_TEMPLATE.members.columns.findIndex((column) => column.key === "suivi");
  if (follow >= 0) applyFollowDropdown(sheet, follow + 1, 1, lang);
}
