/**
 * "Valider le plan": the menu item opens the findings dialog, which asks for the report through
 * getValidationReport (the sidebar calls the same function). The plan is read in one batch, checked
 * by the pure rules of src/core/validation, and summed up in a toast; no user cell is changed.
 */
import { localize } from "../core/i18n";
import { DEFAULT_TEMPLATE } from "../core/template";
import { validatePlan as checkPlan } from "../core/validation/validate-plan";
import type { ValidationReport } from "../shared/validation-wire";
import { userLang } from "./locale";
import { readMembers } from "./members";
import { loadPlan } from "./plan-sheet";
import { refusedDatesSentence } from "./refused-writes";
import { shownTitle, toastUser } from "./say";

const DIALOG_TITLE = { fr: "Validation du plan", en: "Plan validation" };
const TOAST_TITLE = { fr: "Validation", en: "Validation" };

/** Called from the add-on menu: Valider le plan. */
export function validatePlan(): void {
  const output = HtmlService.createHtmlOutputFromFile("Findings").setWidth(520).setHeight(480);
  // Modeless, so that the cell a finding selects is visible beside the list.
  const lang = userLang();
  SpreadsheetApp.getUi().showModelessDialog(output, shownTitle(lang, localize(lang, DIALOG_TITLE)));
}

/** Called by the findings dialog and the sidebar: validates the plan and returns every finding. */
export function getValidationReport(): ValidationReport {
  const load = loadPlan();
  if (!load.ok) {
    return {
      lang: userLang(),
      ok: false,
      problem: load.message,
      summary: load.message,
      errors: 1,
      warnings: 0,
      findings: [],
      groups: [],
    };
  }
  const { loaded } = load;
  const members = readMembers(loaded.spreadsheet);
  const sheetName = loaded.sheet.getName();
  const report = checkPlan({
    plan: loaded.plan,
    values: loaded.values,
    parsed: loaded.parsed,
    today: loaded.today,
    lang: loaded.lang,
    sheetName,
    members: members.names,
    membersSheetName: members.sheetName,
    timeZone: loaded.timeZone,
  });
  // Which plan was checked, when it is not the usual plan sheet (a second plan, next year's, a renamed one).
  const usualSheet = Object.values(DEFAULT_TEMPLATE.sheetName).includes(sheetName);
  const title =
    localize(loaded.lang, TOAST_TITLE) +
    (usualSheet ? "" : loaded.lang === "fr" ? ` — « ${sheetName} »` : ` — "${sheetName}"`);
  const refused = refusedDatesSentence(loaded, loaded.lang);
  const withRefused = refused
    ? withRefusedFinding(report, loaded.refusedDates[0], sheetName, refused)
    : report;
  toastUser(loaded.spreadsheet, loaded.lang, withRefused.summary, title);
  return withRefused;
}

/**
 * The report with one warning more, on the first cell of the dates a protection kept as they were: the
 * findings were computed with the dates the Échéancier gives (in memory), and the sheet shows older ones.
 */
function withRefusedFinding(
  report: ValidationReport,
  block: string,
  sheet: string,
  message: string,
): ValidationReport {
  const cell = block.split(":")[0];
  const finding = { severity: "avertissement" as const, ruleId: "dates-protegees", sheet, cell, message };
  return {
    ...report,
    warnings: report.warnings + 1,
    summary: `${report.summary} ${message}`,
    findings: [...report.findings, finding],
    groups: [
      ...report.groups,
      { severity: "avertissement", ruleId: "dates-protegees", title: message, findings: [finding] },
    ],
  };
}
