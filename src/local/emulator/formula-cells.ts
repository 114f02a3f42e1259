/**
 * The value of a cell that holds a formula, as Sheets computes it, for the formulas the evaluator
 * (formula.ts) understands: references to cells of the same or another sheet (`='Plan d''action'!M12`,
 * which Sheets allows in a cell: Google Docs Editors Help, « Reference data from other sheets »), IF, ISNUMBER, TRIM… A formula referring to another formula's cell reads that cell's computed
 * value in turn (a chain deeper than MAX_DEPTH, or a cycle, is #REF!, as Sheets reports a circular
 * dependency as an error). A formula outside that subset (SUM over a range, VLOOKUP, TODAY() — a bare
 * spreadsheet has no clock) keeps reading as the emulator always read it: its constant value or "".
 * getValues, getDisplayValues and the conditional-format evaluator read cells through here.
 */
import { evaluateFormula, FormulaError, type FormulaValue } from "./formula.ts";
import type { EmuSheet } from "./sheet.ts";
import type { Cell, Scalar } from "./values.ts";

const MAX_DEPTH = 20;
const NEEDS_CLOCK = /\bTODAY\s*\(/i;

/** What a formula's value is stored as: a blank is "", an error its code ("#REF!"), as getValues returns them. */
function asStored(value: FormulaValue): Scalar {
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  return value;
}

/**
 * The computed value of the formula in `cell` at (`row`, `column`) of `sheet`, or undefined when the cell
 * holds no formula or one the evaluator does not understand (its stored value then stands).
 */
export function computedFormulaValue(
  sheet: EmuSheet,
  cell: Cell | undefined,
  row: number,
  column: number,
  depth = 0,
): Scalar | undefined {
  const formula = cell?.formula;
  if (!formula || NEEDS_CLOCK.test(formula)) return undefined;
  if (depth > MAX_DEPTH) return "#REF!";
  try {
    const value = evaluateFormula(formula, {
      row,
      column,
      anchorRow: row,
      anchorColumn: column,
      today: Number.NaN,
      cell: (r, c, sheetName) => {
        const target = sheetName === undefined ? sheet : sheet.spreadsheet.getSheetByName(sheetName);
        if (!target) return "#REF!";
        return cellValue(target as EmuSheet, r, c, depth + 1);
      },
    });
    return asStored(value);
  } catch (error) {
    if (error instanceof FormulaError) return undefined;
    throw error;
  }
}

/** A cell's value: a formula's computed value, or what is stored. */
export function cellValue(sheet: EmuSheet, row: number, column: number, depth = 0): Scalar | undefined {
  const cell = sheet.cell(row, column);
  const computed = computedFormulaValue(sheet, cell, row, column, depth);
  return computed === undefined ? cell?.value : computed;
}

/** `cell` with its formula's computed value in place of the stored one (the cell itself when none). */
export function withComputedValue(
  sheet: EmuSheet,
  cell: Cell | undefined,
  row: number,
  column: number,
): Cell | undefined {
  const computed = computedFormulaValue(sheet, cell, row, column);
  return computed === undefined ? cell : { ...cell, value: computed };
}
