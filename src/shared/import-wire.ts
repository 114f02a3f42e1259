/**
 * What the import dialog gets back from the server, as plain JSON: a preview of the rows an
 * imported plan will have (with each deadline as understood), or a plain-language problem.
 */
export interface ImportPreviewRow {
  objectif: string;
  moyens: string;
  responsables: string;
  echeancier: string;
  /** The deadline as understood, already worded for the user ("31/03/2020", "récurrent", "non compris"). */
  deadline: string;
  understood: boolean;
  /** The source line it came from (a structured reading), which a correction names; -1 otherwise. */
  line: number;
}

/** A table as the structured reading mapped it: what "this column is: …" corrects. */
export interface ImportPreviewTable {
  table: number;
  headers: string[];
  /** The template column of each cell (objectif, moyens, responsables…), "" for none. */
  columns: string[];
}

/**
 * What the person corrected in the preview, sent back with the text: per table id, the column of each
 * cell ("" for none); per source line, what it is.
 */
export interface ImportCorrectionsWire {
  columns?: Record<string, string[]>;
  lines?: Record<string, "objectif" | "action" | "ignore">;
  /** The Période as the person set it in the preview (ISO days); null when they emptied it. */
  period?: { start: string; end: string } | null;
  /** The empty plan sheet the person chose to fill (its name), instead of a new sheet beside it. */
  into?: string;
}

export interface ImportPreview {
  ok: true;
  layout: string;
  comite: string;
  /** The Période the text states, or null: then it is left blank for the committee to fill in. */
  period: { start: string; end: string } | null;
  /** Where the Période comes from: the document, the person's edit in the preview, or nowhere. */
  periodSource: "document" | "chosen" | "plan" | "none";
  /** The Période the document states (null: none), shown beside the one an empty plan keeps. */
  documentPeriod: { start: string; end: string } | null;
  /**
   * The empty plan sheet this import can fill instead of adding a sheet beside it (right after installing
   * the template), with its committee; null when there is none. Filled when the corrections name it (`into`).
   */
  emptyPlan?: { sheetName: string; comite: string } | null;
  rows: ImportPreviewRow[];
  objectives: { name: string; rows: number }[];
  unplaced: string[];
  skippedLists: { title: string; items: string[] }[];
  /** One sentence per cell longer than Sheets keeps (50,000 characters): it will be clipped, with a note. */
  tooLong: string[];
  /** Per table with a header row: each header cell and the column it fills ("Responsables"), for confirmation. */
  columns: { header: string; readAs: string }[][];
  /** Whether corrections apply (a structured reading of pasted text); then `tables` and `unplacedLines`. */
  correctable: boolean;
  tables: ImportPreviewTable[];
  /** The lines not placed, with the source line a correction names. */
  unplacedLines: { line: number; text: string }[];
  /** The template columns a table cell can be said to be, with their labels in the user's language. */
  columnChoices: { key: string; label: string }[];
}

export interface ImportProblem {
  ok: false;
  message: string;
}

export type ImportPreviewResult = ImportPreview | ImportProblem;

export type ImportDoneResult = { ok: true; sheetName: string; rows: number; message: string } | ImportProblem;
