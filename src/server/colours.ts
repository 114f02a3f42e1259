/**
 * "Rétablir les couleurs" (the colours are installed with the template; this puts them back): writes the plan's status colours as conditional-format rules
 * (decided by src/core/colours) and the legend above the table, in a constant number of spreadsheet
 * calls. The user's own rules stay where they were; only the rules carrying our marker are replaced,
 * so applying twice gives the same rule set. Also called by "Installer le modèle".
 */
import { LEGEND_WIDTH, type LegendRowContent, legendPlacement, legendRow } from "../core/colours/legend";
import { isOwnRuleFormula, mergeRules, statusRuleSpecs } from "../core/colours/status-rules";
import { type Lang, localize } from "../core/i18n";
import type { PlanTable } from "../core/plan/plan-model";
import { columnLabel, DEFAULT_TEMPLATE } from "../core/template";
import type { CellValue } from "../shared/cell";
import { COLOURS_MESSAGES } from "./colours-messages";
import { userLang } from "./locale";
import { loadPlan } from "./plan-sheet";
import { withRefusedDates } from "./refused-writes";
import { alertUser, toastUser } from "./say";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface ColoursResult {
  ok: boolean;
  message: string;
}

/** True when `rule` is one of ours (its custom formula carries the marker). */
function isOwnRule(rule: Rule): boolean {
  const condition = rule.getBooleanCondition();
  return condition?.getCriteriaValues().some(isOwnRuleFormula) === true;
}

/** The formulas, notes and validations of the legend's cells: 4 calls, whatever the plan's size. */
function readLegendRow(sheet: Sheet, row: number, column: number): LegendRowContent {
  const range = sheet.getRange(row, column, 1, LEGEND_WIDTH);
  return {
    formulas: range.getFormulas()[0],
    notes: range.getNotes()[0],
    validated: range.getDataValidations()[0].map((rule) => rule !== null),
  };
}

/** A sheet just created holds nothing but the layout's values on the legend's row. */
export const NEW_SHEET_LEGEND_ROW: LegendRowContent = { formulas: [], notes: [], validated: [] };

/**
 * Applies the status colours and the legend to a plan already read from `sheet` (`values`). The
 * legend's row is read for formulas, notes and validations unless `legendContent` is given (a sheet
 * the caller has just created).
 */
export function applyColoursToPlan(
  sheet: Sheet,
  values: CellValue[][],
  plan: PlanTable,
  lang: Lang,
  legendContent?: LegendRowContent,
): ColoursResult {
  const sheetName = sheet.getName();
  const specs = statusRuleSpecs(
    { columns: plan.columns, headerRow: plan.headerRow, maxRows: sheet.getMaxRows() },
    DEFAULT_TEMPLATE,
  );
  if (!specs.ok) {
    const names = specs.missing.map((key) => {
      const label = columnLabel(DEFAULT_TEMPLATE, key, lang);
      return lang === "fr" ? `« ${label} »` : `"${label}"`;
    });
    const columns = names.join(lang === "fr" ? " ni " : " or ");
    return {
      ok: false,
      message: localize(lang, COLOURS_MESSAGES.missingColumns, {
        sheet: sheetName,
        row: plan.headerRow,
        columns,
      }),
    };
  }

  const area = sheet.getRange(specs.area.row, specs.area.column, specs.area.numRows, specs.area.numColumns);
  const ours = specs.rules.map((spec) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(spec.formula)
      .setBackground(spec.background)
      .setFontColor(spec.fontColor)
      // null leaves the cell's own weight and line alone where the meaning sets none.
      .setBold(spec.bold ? true : null)
      .setStrikethrough(spec.strikethrough ? true : null)
      .setRanges([area])
      .build(),
  );
  sheet.setConditionalFormatRules(mergeRules(sheet.getConditionalFormatRules(), isOwnRule, ours));

  const row = legendRow(plan.headerRow);
  const placement =
    row === null
      ? ({ kind: "none" } as const)
      : legendPlacement(
          values,
          plan.headerRow,
          specs.area.column,
          legendContent ?? readLegendRow(sheet, row, specs.area.column),
          lang,
        );
  let refusedLegend = "";
  if (placement.kind === "write") {
    const legend = placement.layout;
    const range = sheet.getRange(legend.row, legend.column, 1, legend.values[0].length);
    try {
      range
        .setValues(legend.values)
        .setBackgrounds(legend.backgrounds)
        .setFontColors(legend.fontColors)
        .setFontLines(legend.fontLines)
        .setFontWeights(legend.fontWeights);
    } catch (error) {
      // A protection another member set on the legend's row: the colours are there, the legend waits.
      if (range.canEdit()) throw error;
      refusedLegend = range.getA1Notation();
    }
  }
  const message = specs.dateRules ? COLOURS_MESSAGES.applied : COLOURS_MESSAGES.appliedWithoutDates;
  let text = localize(lang, message, { sheet: sheetName });
  if (refusedLegend) text += ` ${localize(lang, COLOURS_MESSAGES.legendProtected, { cells: refusedLegend })}`;
  if (placement.kind === "skip") {
    text += ` ${localize(lang, COLOURS_MESSAGES.legendSkipped, { row: placement.row, cells: placement.cells.join(", ") })}`;
  }
  return { ok: true, message: text };
}

/** Finds and reads the plan (see plan-sheet.ts), then applies the colours to it. */
function applyToActivePlan(lang: Lang): ColoursResult & { spreadsheet: Spreadsheet } {
  const load = loadPlan();
  if (!load.ok) {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const sheet = spreadsheet.getActiveSheet().getName();
    return { ok: false, message: localize(lang, COLOURS_MESSAGES.noPlan, { sheet }), spreadsheet };
  }
  const { spreadsheet, sheet, values, plan } = load.loaded;
  const result = applyColoursToPlan(sheet, values, plan, lang);
  return { ...result, message: withRefusedDates(result.message, load.loaded, lang), spreadsheet };
}

/** Called from the add-on menu: Rétablir les couleurs. */
export function applyStatusColours(): void {
  const lang = userLang();
  const result = applyToActivePlan(lang);
  const title = localize(lang, COLOURS_MESSAGES.title);
  if (result.ok) {
    toastUser(result.spreadsheet, lang, result.message, title);
  } else {
    const ui = SpreadsheetApp.getUi();
    alertUser(ui, lang, title, result.message, ui.ButtonSet.OK);
  }
}

/** Called from the sidebar through google.script.run: same work, plain result, no toast. */
export function applyColoursForSidebar(): ColoursResult {
  const { ok, message } = applyToActivePlan(userLang());
  return { ok, message };
}
