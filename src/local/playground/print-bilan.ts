/**
 * The printable version of a bilan sheet (« Préparer le bilan »): above its table, the bilan is not a
 * header block of label/value pairs but sentences and figures. Read from the sheet as it shows (the
 * committee's edits included): the single sentences before the first section are the introduction (the
 * Période, the year, the day it was prepared), and each section or group of figures keeps its own heading
 * — « Les chiffres », then « Par objectif » with the objectives' figures under it, « Par responsable »
 * with the people's — so every figure prints under the heading it belongs to.
 */
import type { EmuSheet } from "../emulator/sheet.ts";

export interface PrintFigureGroup {
  heading: string;
  rows: Array<{ label: string; value: string }>;
}

export interface PrintBilan {
  intro: string[];
  groups: PrintFigureGroup[];
}

interface ShownCell {
  text: string;
  bold?: boolean;
}

/** The bilan's introduction and figures, from its rows 2 to the row before its table's header. */
export function printBilan(
  cellAt: (row: number, column: number) => ShownCell,
  headerRow: number,
): PrintBilan {
  const intro: string[] = [];
  const groups: PrintFigureGroup[] = [];
  for (let r = 2; r < headerRow; r++) {
    const [a, b, c] = [1, 2, 3].map((column) => cellAt(r, column).text.trim());
    if (b === "" && c === "") {
      if (a === "") continue;
      if (cellAt(r, 1).bold) groups.push({ heading: a, rows: [] });
      else if (groups.length === 0) intro.push(a);
      else groups[groups.length - 1]!.rows.push({ label: a, value: "" });
      continue;
    }
    if (a !== "" || groups.length === 0) groups.push({ heading: a, rows: [] });
    groups[groups.length - 1]!.rows.push({ label: b, value: c });
  }
  return { intro, groups: groups.filter((group) => group.rows.length > 0) };
}

/** True for a sheet « Préparer le bilan » made (its marker). */
export function isBilanSheet(sheet: EmuSheet, markerKey: string): boolean {
  return sheet.getDeveloperMetadata().some((meta) => meta.getKey() === markerKey);
}
