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
}

export interface ImportPreview {
  ok: true;
  layout: string;
  comite: string;
  /** The Période the text states, or null: then it is left blank for the committee to fill in. */
  period: { start: string; end: string } | null;
  rows: ImportPreviewRow[];
  objectives: { name: string; rows: number }[];
  unplaced: string[];
  skippedLists: { title: string; items: string[] }[];
  /** Per table with a header row: each header cell and the column it fills ("Responsables"), for confirmation. */
  columns: { header: string; readAs: string }[][];
}

export interface ImportProblem {
  ok: false;
  message: string;
}

export type ImportPreviewResult = ImportPreview | ImportProblem;

export type ImportDoneResult = { ok: true; sheetName: string; rows: number; message: string } | ImportProblem;
