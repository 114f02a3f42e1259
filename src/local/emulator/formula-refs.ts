/**
 * Rewrites the A1 references inside a formula's text when rows or columns are inserted or deleted, as
 * Google Sheets does for every formula, including the custom formulas of conditional-format rules and of
 * data validation (which are written for the top-left cell of their range): a reference at or after the
 * insertion point moves by the number of inserted rows/columns, whether it is `$`-anchored or relative
 * ($I8, I8, $I$8 and I$8 all become …11 after 3 rows inserted at row 1..8); a reference into deleted
 * rows/columns becomes #REF!, and one after them moves back. Ranges (A1:B5, A:C, 3:5) grow, shrink or
 * become #REF! when wholly deleted.
 *
 * A conditional-format rule's relative references follow the top-left cell of its range instead (see
 * ReferenceShift.anchorShift). Text in "double quotes" is left alone. Unqualified references belong to the sheet that holds the
 * formula; `Sheet!A1` and `'Plan d''action'!A1` belong to the named sheet. Function names (LOG10(…)) and
 * names that merely look like references (A1B) are not references.
 */
import { columnToLetters, lettersToColumn, shiftSpan, splitSheetName } from "./a1.ts";

export interface ReferenceShift {
  dimension: "ROWS" | "COLUMNS";
  /** First row/column inserted before (delta > 0) or deleted (delta < 0). */
  at: number;
  /** Rows/columns inserted (> 0) or deleted (< 0). */
  delta: number;
  /** Name of the sheet whose rows/columns moved. */
  sheetName: string;
  /** Whether the formula lives on that sheet (its unqualified references then move too). */
  onShiftedSheet: boolean;
  /**
   * For a conditional-format formula on the shifted sheet: how far the top-left cell of the rule's range
   * moved. Relative references ($I8's row, I8's column) are relative to that cell, so they move with it
   * — deleting the first row of the range keeps `$I8` on what is now row 8, as Sheets does — while
   * absolute ones ($I$8's row, $I's column) follow the insertion or deletion.
   */
  anchorShift?: number;
}

interface Part {
  columnAbsolute: string;
  letters: string;
  rowAbsolute: string;
  digits: string;
}

// A sheet qualifier (quoted or plain) then a cell, a column or a row, optionally ":" and another.
const QUALIFIER = "(?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!";
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const COLUMN = String.raw`\$?[A-Za-z]{1,3}`;
const ROW = String.raw`\$?\d+`;
const REFERENCE = new RegExp(`^(${QUALIFIER})?(${CELL}(?::${CELL})?|${COLUMN}:${COLUMN}|${ROW}:${ROW})`);
const PART = /^(\$?)([A-Za-z]*)(\$?)(\d*)$/;

function parsePart(text: string): Part {
  const [, columnAbsolute, letters, rowAbsolute, digits] = PART.exec(text)!;
  return { columnAbsolute, letters, rowAbsolute, digits };
}

function formatPart(p: Part): string {
  return `${p.letters ? p.columnAbsolute + p.letters : ""}${p.digits ? p.rowAbsolute + p.digits : ""}`;
}

/** The reference text after the shift, or "#REF!" when everything it pointed at was deleted. */
function shiftReference(body: string, shift: ReferenceShift): string {
  const parts = body.split(":").map(parsePart);
  const rows = shift.dimension === "ROWS";
  const get = (p: Part) => (rows ? Number(p.digits) : lettersToColumn(p.letters));
  const set = (p: Part, n: number) => {
    if (rows) p.digits = String(n);
    else p.letters = columnToLetters(n);
  };
  // Whole columns are untouched by row changes and whole rows by column changes.
  if (parts.some((p) => (rows ? p.digits === "" : p.letters === ""))) return body;
  const relative = (p: Part) => (rows ? p.rowAbsolute === "" : p.columnAbsolute === "");
  if (shift.anchorShift !== undefined && shift.onShiftedSheet && parts.every(relative)) {
    for (const p of parts) set(p, get(p) + shift.anchorShift);
    return parts.map(formatPart).join(":");
  }
  const first = get(parts[0]!);
  const last = get(parts[parts.length - 1]!);
  const start = Math.min(first, last);
  const span = shiftSpan(start, Math.abs(last - first) + 1, shift.at, shift.delta);
  if (!span) return "#REF!";
  const [newStart, length] = span;
  if (parts.length === 1) set(parts[0]!, newStart);
  else {
    const [low, high] = first <= last ? [parts[0]!, parts[1]!] : [parts[1]!, parts[0]!];
    set(low, newStart);
    set(high, newStart + length - 1);
  }
  return parts.map(formatPart).join(":");
}

/** `formula` with its references to the shifted sheet moved; unchanged text when nothing moves. */
export function shiftFormulaReferences(formula: string, shift: ReferenceShift): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === '"' && formula[j + 1] !== '"'))
        j += formula[j] === '"' ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const before = i > 0 ? formula[i - 1]! : "";
    const match = /[A-Za-z0-9_.$#]/.test(before) ? null : REFERENCE.exec(formula.slice(i));
    const after = match ? (formula[i + match[0].length] ?? "") : "";
    if (!match || /[A-Za-z0-9_(.$!]/.test(after)) {
      // Not a reference: copy the whole word (or one character) so its tail is not read as one.
      const word = /^[A-Za-z0-9_.$]+/.exec(formula.slice(i));
      const length = word ? word[0].length : 1;
      out += formula.slice(i, i + length);
      i += length;
      continue;
    }
    const [whole, qualifier, body] = match;
    const sheetName = qualifier ? splitSheetName(qualifier).sheetName : null;
    const moves =
      sheetName === null ? shift.onShiftedSheet : sheetName.toLowerCase() === shift.sheetName.toLowerCase();
    if (!moves) out += whole;
    else {
      const shifted = shiftReference(body!, shift);
      out += shifted === "#REF!" ? shifted : (qualifier ?? "") + shifted;
    }
    i += whole.length;
  }
  return out;
}
