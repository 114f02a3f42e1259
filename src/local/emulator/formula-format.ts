/**
 * The format a cell shows in the emulated spreadsheet: its own background, text colour, bold and
 * strikethrough, overlaid by the conditional-format rules of its sheet. As in Google Sheets, the rules
 * are tried in list order and only the first one whose ranges contain the cell and whose condition holds
 * applies (its defined properties replace the cell's own). Custom formulas are evaluated by formula.ts
 * with TODAY() taken from the emulator's virtual clock in the spreadsheet's time zone; relative
 * references are shifted from the top-left cell of the rule's first range, as Sheets does.
 */
import type { ConditionalFormatRuleData } from "./conditional-format.ts";
import { FormulaError, formulaHolds, sameAcrossColumns } from "./formula.ts";
import { cellValue as computedCellValue } from "./formula-cells.ts";
import type { EmuSheet } from "./sheet.ts";
import type { EmuSpreadsheet } from "./spreadsheet.ts";
import { instantToSerial } from "./values.ts";

export interface EffectiveFormat {
  background: string | null;
  fontColor: string | null;
  strikethrough: boolean;
  bold: boolean;
}

/** An emulator (its spreadsheet and virtual clock) or a bare spreadsheet. */
export type FormatSource = { spreadsheet: EmuSpreadsheet; clock: { now(): number } } | EmuSpreadsheet;

type Stored = number | string | boolean | undefined;

function criteriaHolds(
  rule: ConditionalFormatRuleData,
  value: Stored,
  formulaHoldsHere: () => boolean,
): boolean {
  if (rule.criteria === "CUSTOM_FORMULA") return formulaHoldsHere();
  const text = value === undefined ? "" : String(value).toLowerCase();
  const wanted = String(rule.values[0] ?? "").toLowerCase();
  const number = typeof value === "number" ? value : null;
  const [a, b] = rule.values.map(Number);
  switch (rule.criteria) {
    case "CELL_EMPTY":
      return text === "";
    case "CELL_NOT_EMPTY":
      return text !== "";
    case "TEXT_EQUAL_TO":
      return text === wanted;
    case "TEXT_CONTAINS":
      return text.includes(wanted);
    case "TEXT_DOES_NOT_CONTAIN":
      return !text.includes(wanted);
    case "TEXT_STARTS_WITH":
      return text.startsWith(wanted);
    case "TEXT_ENDS_WITH":
      return text.endsWith(wanted);
    case "NUMBER_EQUAL_TO":
      return number === a;
    case "NUMBER_NOT_EQUAL_TO":
      return number !== a;
    case "NUMBER_GREATER_THAN":
      return number !== null && number > a;
    case "NUMBER_GREATER_THAN_OR_EQUAL_TO":
      return number !== null && number >= a;
    case "NUMBER_LESS_THAN":
      return number !== null && number < a;
    case "NUMBER_LESS_THAN_OR_EQUAL_TO":
      return number !== null && number <= a;
    case "NUMBER_BETWEEN":
      return number !== null && number >= Math.min(a, b) && number <= Math.max(a, b);
    case "NUMBER_NOT_BETWEEN":
      return number !== null && (number < Math.min(a, b) || number > Math.max(a, b));
    default:
      throw new FormulaError(`The emulator does not evaluate conditional-format criteria ${rule.criteria}.`);
  }
}

/**
 * How a rule's formula reads cells: their values, computed ones included (formula-cells.ts); it may not name
 * another sheet: « Formulas can only reference the same sheet … To reference another sheet in the formula,
 * use the INDIRECT function » (Google Docs Editors Help, « Use conditional formatting rules in Google
 * Sheets », support.google.com/docs/answer/78413). Returned unnamed: a named closure made for each cell
 * costs a name-keeping call in the bundle (esbuild's keepNames), half of a large plan's evaluation.
 */
function sameSheetReader(sheet: EmuSheet): (r: number, c: number, other?: string) => Stored {
  return (r, c, other) => {
    if (other !== undefined)
      throw new FormulaError(
        `A conditional-format formula cannot reference another sheet (${other}) in Google Sheets.`,
      );
    return computedCellValue(sheet, r, c);
  };
}

/**
 * The effective format of the cell at (`row`, `column`) of sheet `sheetName`. `options.now` overrides the
 * instant used for TODAY() (required with a bare spreadsheet, which has no clock of its own).
 */
export function effectiveFormat(
  source: FormatSource,
  sheetName: string,
  row: number,
  column: number,
  options: {
    now?: number;
    /**
     * Custom formulas' answers by rule and row, kept across the cells of one evaluation (a caller
     * styling many cells passes one map): only for formulas that give one answer across a row
     * (formula.ts sameAcrossColumns), asked once per row instead of once per cell.
     */
    rowAnswers?: Map<string, boolean>;
  } = {},
): EffectiveFormat {
  const spreadsheet = "clock" in source ? source.spreadsheet : source;
  const now = options.now ?? ("clock" in source ? source.clock.now() : undefined);
  if (now === undefined) throw new Error("effectiveFormat needs options.now when given a bare spreadsheet.");
  const sheet = spreadsheet.getSheetByName(sheetName) as EmuSheet | null;
  if (!sheet) throw new Error(`No sheet named ${sheetName}.`);
  const today = Math.floor(instantToSerial(now, spreadsheet.getSpreadsheetTimeZone()));
  const own = sheet.cell(row, column);
  const format: EffectiveFormat = {
    background: own?.background ?? null,
    fontColor: own?.fontColor ?? null,
    strikethrough: own?.fontLine === "line-through",
    bold: own?.fontWeight === "bold",
  };
  const sheetId = sheet.getSheetId();
  const cellValue = sameSheetReader(sheet);
  const rules = sheet.conditionalFormatData();
  const answers = options.rowAnswers;
  for (let index = 0; index < rules.length; index++) {
    const rule = rules[index]!;
    const inside = rule.ranges.some(
      (range) =>
        range.sheetId === sheetId &&
        row >= range.row &&
        row < range.row + range.numRows &&
        column >= range.column &&
        column < range.column + range.numColumns,
    );
    if (!inside) continue;
    const anchor = rule.ranges[0];
    const custom = rule.criteria === "CUSTOM_FORMULA";
    const holds = criteriaHolds(rule, custom ? undefined : cellValue(row, column), () => {
      const formula = String(rule.values[0]);
      const key = answers && sameAcrossColumns(formula) ? `${index}:${row}` : null;
      const known = key === null ? undefined : answers!.get(key);
      if (known !== undefined) return known;
      const answer = formulaHolds(formula, {
        row,
        column,
        anchorRow: anchor.row,
        anchorColumn: anchor.column,
        cell: cellValue,
        today,
      });
      if (key !== null) answers!.set(key, answer);
      return answer;
    });
    if (!holds) continue;
    const overlay = rule.format;
    if (overlay.background !== undefined) format.background = overlay.background;
    if (overlay.fontColor !== undefined) format.fontColor = overlay.fontColor;
    if (overlay.strikethrough !== undefined) format.strikethrough = overlay.strikethrough;
    if (overlay.bold !== undefined) format.bold = overlay.bold;
    break;
  }
  return format;
}
