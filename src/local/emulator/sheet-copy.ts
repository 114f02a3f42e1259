/**
 * Copying one sheet's own state — its cells (values, formulas, formats, notes, data validation, borders),
 * size, frozen, hidden and sized rows and columns, merges, conditional format rules, tab colour, and any
 * state a later version of EmuSheet adds — into a new EmuSheet. Used by the workbook copy (File ▸ Make a
 * copy, same sheet id) and by duplicating a sheet (a new id: the conditional format rules that named the
 * source sheet now name the copy, as the rules of a duplicated sheet apply to it). What lives on the
 * spreadsheet (developer metadata, protections, named ranges) is the caller's to copy.
 */
import type { RuleRange } from "./conditional-format.ts";
import { EmuSheet } from "./sheet.ts";
import type { EmuSpreadsheet } from "./spreadsheet.ts";

/** Fields that are the sheet's identity or a log, not its content. */
const NOT_COPIED = new Set(["__class", "spreadsheet", "name", "id", "borderCalls"]);

export function copySheet(source: EmuSheet, target: EmuSpreadsheet, name: string, id: number): EmuSheet {
  const copy = new EmuSheet(target, name, id);
  const from = source as unknown as Record<string, unknown>;
  const to = copy as unknown as Record<string, unknown>;
  // Every own field, deep-copied: Maps, Sets, arrays, plain records and Dates all survive structuredClone.
  for (const key of Object.keys(from)) if (!NOT_COPIED.has(key)) to[key] = structuredClone(from[key]);
  const sourceId = source.getSheetId();
  if (sourceId !== id) {
    for (const rule of copy.conditionalFormatData())
      rule.ranges = rule.ranges.map((r: RuleRange) => (r.sheetId === sourceId ? { ...r, sheetId: id } : r));
    // A duplicated sheet's charts read the copy's cells where they read the source's (a guess: Google's
    // pages do not say), each with an id of its own.
    for (const chart of copy.charts) {
      chart.ranges = chart.ranges.map((r) => (r.sheetId === sourceId ? { ...r, sheetId: id } : r));
      chart.chartId = target.newChartId();
    }
  }
  return copy;
}
