/**
 * A person's changes to the grid, applied to the emulated spreadsheet as Sheets applies them. Cell
 * edits (typing, a dropdown pick, a paste, a clear, an undo): each value is checked against the cell's
 * validation (a dropdown rejects anything else, Sheets' "Reject the input"), a date cell reads a day
 * typed day-first, then the add-on's simple trigger onEdit runs once for the whole edited block with the
 * event object Sheets gives (developers.google.com/apps-script/guides/triggers/events, "Edit"): `range`,
 * `source`, `user`, `authMode`, `triggerUid`, and — only when one cell was edited — `value` (absent when
 * the cell was cleared) and `oldValue` (absent when it was empty). Row insertions and deletions go
 * through the sheet's own insertRowsBefore/insertRowsAfter/deleteRows, so conditional formats, data
 * validation, developer metadata and merges move as in Sheets; like Sheets, they fire no onEdit
 * (structure changes are reported only to installable onChange triggers, which an add-on's simple
 * triggers are not).
 */
import type { Lang } from "../../core/i18n.ts";
import type { EmuRange } from "../emulator/range.ts";
import type { EmuSheet } from "../emulator/sheet.ts";
import type { EmuSpreadsheet } from "../emulator/spreadsheet.ts";

export interface CellEdit {
  row: number;
  column: number;
  text: string;
}

export type RowAction = "insertBefore" | "insertAfter" | "delete";

/** The onEdit event object for `range` (see the file comment). */
export interface EditEvent {
  authMode: string;
  range: EmuRange;
  source: EmuSpreadsheet;
  user: unknown;
  triggerUid: string;
  value?: unknown;
  oldValue?: unknown;
}

/** Why Sheets refuses `text` in this cell, or null; in the person's language, as Sheets says it. */
export function rejection(range: EmuRange, text: string, lang: Lang = "fr"): string | null {
  const rule = range.getDataValidation();
  if (!rule || text === "" || rule.getAllowInvalid() || rule.data.criteria !== "VALUE_IN_LIST") return null;
  const allowed = (rule.data.values[0] as string[]).map(String);
  if (allowed.includes(text)) return null;
  const cell = range.getA1Notation();
  return lang === "en"
    ? `The data entered in cell ${cell} violates its validation rule: choose ${allowed.join(", ")}.`
    : `Les données saisies dans la cellule ${cell} ne respectent pas la règle de validation de cette cellule\u00a0: choisissez ${allowed.join(", ")}.`;
}

/**
 * A day typed day-first (15/03/2027, 15-03-2027, 15.03.2027) becomes 2027-03-15, which the emulator
 * reads as a date like Sheets does in a French (Canada) spreadsheet; anything else is left as typed.
 */
export function dayFirstToIso(text: string): string {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return text;
  const [, d, mo, y] = m;
  const day = Number(d);
  const month = Number(mo);
  const date = new Date(Date.UTC(Number(y), month - 1, day));
  // 31/02/2027 is no day: Sheets keeps it as the text typed, and so does the playground.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return text;
  return `${y}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function isDateCell(sheet: EmuSheet, row: number, column: number): boolean {
  const format = sheet.cell(row, column)?.numberFormat;
  return format !== undefined && /d/i.test(format) && /y/i.test(format);
}

/**
 * Writes `edits` (the invalid ones are refused, as Sheets refuses them) and returns the onEdit event
 * for the block they cover, or null when nothing was written, with the refusals.
 */
export function writeEdits(
  sheet: EmuSheet,
  edits: CellEdit[],
  user: unknown,
  lang: Lang = "fr",
): { event: EditEvent | null; refused: string[] } {
  const refused: string[] = [];
  const written: CellEdit[] = [];
  let oldValue: unknown;
  for (const edit of edits) {
    const range = sheet.getRange(edit.row, edit.column);
    const problem = rejection(range, edit.text, lang);
    if (problem) {
      refused.push(problem);
      continue;
    }
    if (edits.length === 1) oldValue = range.getValue();
    range.setValue(isDateCell(sheet, edit.row, edit.column) ? dayFirstToIso(edit.text) : edit.text);
    written.push(edit);
  }
  if (written.length === 0) return { event: null, refused };
  const top = Math.min(...written.map((e) => e.row));
  const bottom = Math.max(...written.map((e) => e.row));
  const left = Math.min(...written.map((e) => e.column));
  const right = Math.max(...written.map((e) => e.column));
  const range = sheet.getRange(top, left, bottom - top + 1, right - left + 1);
  sheet.activate();
  range.activate();
  const event: EditEvent = {
    authMode: "LIMITED",
    range,
    source: sheet.getParent(),
    user,
    triggerUid: "",
  };
  if (edits.length === 1 && written.length === 1) {
    const value = range.getValue();
    if (value !== "") event.value = written[0]!.text;
    if (oldValue !== "" && oldValue !== undefined) event.oldValue = oldValue;
  }
  return { event, refused };
}

/** Inserts or deletes `count` rows at `row`, as the row header's menu does. Throws Sheets' messages. */
export function changeRows(sheet: EmuSheet, action: RowAction, row: number, count: number): void {
  if (action === "insertBefore") sheet.insertRowsBefore(row, count);
  else if (action === "insertAfter") sheet.insertRowsAfter(row + count - 1, count);
  else sheet.deleteRows(row, count);
  sheet.activate();
  sheet.getRange(Math.min(row, sheet.getMaxRows()), 1).activate();
}
