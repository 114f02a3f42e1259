/**
 * Types of the text-plan importer: what `importPlan` returns for a pasted Word/PDF plan. One
 * `ImportedRow` per action, with the template's text columns (see DESIGN.md §3); the header block;
 * the lines that could not be placed (so nothing the user pasted is silently lost); and the lists that
 * look like standing files or delegations rather than actions.
 */

import type { StatusKey } from "../template";

export interface ImportedRow {
  objectif: string;
  resultat: string;
  moyens: string;
  ressources: string;
  responsables: string;
  echeancier: string;
  remarques: string;
  /** What a table's Statut, Avancement, Début, Échéance cells held, when checked (typed-values.ts). */
  statut?: StatusKey;
  avancement?: string;
  /** ISO days typed in the table: they win over the Échéancier's dates. */
  debut?: string;
  echeance?: string;
  /** The cells of columns the template lacks, by header (ImportedPlan.addedColumns). */
  added?: Record<string, string>;
}

export type ImportLayout =
  | "numbered-orientations"
  | "year-columns"
  | "six-column-table"
  | "objective-sections"
  | "structured"
  | "unknown";

export interface ImportedHeader {
  titre?: string;
  comite?: string;
  periode?: string;
  besoin?: string;
  resultatsAttendus?: string;
}

export interface SkippedList {
  title: string;
  items: string[];
}

export interface ImportedPlan {
  layout: ImportLayout;
  header: ImportedHeader;
  rows: ImportedRow[];
  /** Non-empty lines it could not place (after debris repair), in order. */
  unplaced: string[];
  /** Lists that are not actions (standing files, delegations…). */
  skippedLists: SkippedList[];
  /** The Période the person set in the preview (null: emptied, left blank); it wins over the header's. */
  chosenPeriod?: { start: string; end: string } | null;
  /** The Période of the empty plan this import fills (import-into.ts), kept unless the person set another. */
  keptPeriod?: { start: string; end: string } | null;
  /** Headers of a table's columns the template lacks, kept as columns after the template's, in order. */
  addedColumns?: string[];
  /** Only in a structured reading (map-blocks.ts): what the preview lets the person correct. */
  structure?: PlanStructure;
  /**
   * When a layout recogniser's reading is used: how the structured reading placed the same text, so the
   * preview can still offer corrections (applying one switches to the structured reading).
   */
  correctionBasis?: PlanStructure;
  /**
   * When a layout recogniser's reading is used: the block line of each of its rows and unplaced lines
   * (source-lines.ts), which the preview's corrections name.
   */
  sourceLines?: { rows: number[]; unplaced: { line: number; text: string }[] };
}

/** How a structured reading placed things, by block line (blocks.ts): what the preview can correct. */
export interface PlanStructure {
  tables: {
    table: number;
    headers: string[];
    columns: (string | null)[];
    source: "labels" | "position" | "corrected";
  }[];
  rowLines: number[];
  confidence: number[];
  unplacedLines: { line: number; text: string }[];
  objectiveLines: { line: number; text: string }[];
  score: number;
}

export type ImportErrorCode = "empty" | "too-large" | "binary" | "no-structure";

export type ImportResult =
  | { ok: true; plan: ImportedPlan }
  | { ok: false; error: { code: ImportErrorCode; fr: string; en: string } };

export function emptyRow(): ImportedRow {
  return {
    objectif: "",
    resultat: "",
    moyens: "",
    ressources: "",
    responsables: "",
    echeancier: "",
    remarques: "",
  };
}
