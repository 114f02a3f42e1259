/**
 * Shared helpers for the tab-separated table layouts (seeds/001 and 002): splitting a row into cleaned
 * cells, and recognising a header row by its labels — found by text, accent- and case-insensitive,
 * never by position, as the add-on does in the sheet (DESIGN.md §3).
 */

import { textKey } from "../text-key";
import { cleanCell } from "./clean-text";

/** The columns a pasted table can have; the template's `ColumnKey` names the sheet's columns instead. */
export type ImportColumn =
  | "objectif"
  | "resultat"
  | "moyens"
  | "ressources"
  | "responsables"
  | "echeancier"
  | "remarques"
  | "but";

export interface TableHeader {
  /** Column index of each known column. */
  columns: Partial<Record<ImportColumn, number>>;
  /** Year columns (`2018-2019`) with their index and label. */
  years: { index: number; label: string }[];
}

/** The header-matching form of a cell: its text key with only letters, digits and hyphens left. */
function normLabel(cell: string): string {
  return textKey(cell).replace(/[^a-z0-9-]/g, "");
}

const LABELS: [ImportColumn, RegExp][] = [
  ["objectif", /^objectif/],
  ["resultat", /^resultat/],
  ["moyens", /^(?:moyen|actions?$|activite)/],
  ["ressources", /^ressource/],
  ["responsables", /^responsable/],
  ["echeancier", /^(?:echeanc|quand$)/],
  ["remarques", /^(?:remarque|note|commentaire)/],
  ["but", /^buts?$/],
];

/** Raw cells of a table row (tabs kept by cleanLines), each cleaned. */
export function splitCells(line: string): string[] {
  return line.split("\t").map(cleanCell);
}

/** The header described by a row, or null when the row is not a header (needs objectif and moyens). */
export function readTableHeader(cells: string[]): TableHeader | null {
  const header: TableHeader = { columns: {}, years: [] };
  let known = 0;
  cells.forEach((cell, index) => {
    if (cell.length > 60) return; // labels are short; skip normalising long content cells
    const label = normLabel(cell);
    if (label === "") return;
    if (/^(?:19|20)\d\d-(?:19|20)?\d\d$/.test(label)) {
      header.years.push({ index, label: cell.replace(/\s+/g, "") });
      return;
    }
    for (const [key, re] of LABELS) {
      if (re.test(label) && header.columns[key] === undefined) {
        header.columns[key] = index;
        known++;
        return;
      }
    }
  });
  if (header.columns.objectif === undefined || header.columns.moyens === undefined || known < 3) return null;
  return header;
}

export function cellAt(cells: string[], index: number | undefined): string {
  return index === undefined ? "" : (cells[index] ?? "");
}

/** A row of labels above the real header (`NOS ORIENTATIONS … NOS ACTIONS`): short upper-case cells only. */
export function isLabelRow(cells: string[]): boolean {
  const filled = cells.filter((c) => c !== "");
  return filled.length > 0 && filled.every((c) => c.length <= 40 && !/[a-zß-ÿ]/.test(c));
}
