/**
 * Sheets' limit of 50,000 characters in one cell, met by an import (a whole document pasted into one
 * cell): the cells over it are clipped, each with a note saying how long it was, and the preview warns
 * before anything is written. Nothing is clipped silently: the full text is still in the document.
 */
import { type Lang, type Localized, localize } from "../i18n";
import type { PlanTemplate } from "../template";

/** Sheets holds at most this many characters in one cell (FACTS.md). */
export const MAX_CELL_LENGTH = 50_000;
const ELLIPSIS = "…";

const CLIP_MESSAGES = {
  note: {
    fr: "Texte coupé à l'import : il avait {length} caractères, et une cellule de Sheets en garde au plus {max}. Le texte complet reste dans le document d'origine.",
    en: "Text clipped on import: it had {length} characters, and a Sheets cell holds at most {max}. The full text is still in the original document.",
  },
  preview: {
    fr: "Ligne {row}, « {column} » : {length} caractères, plus que les {max} qu'une cellule de Sheets peut garder. Le texte sera coupé, avec une note dans la cellule.",
    en: 'Row {row}, "{column}": {length} characters, more than the {max} a Sheets cell can hold. The text will be clipped, with a note in the cell.',
  },
} satisfies Record<string, Localized>;

export interface ClippedCell {
  /** 0-based row and column in the block. */
  row: number;
  column: number;
  length: number;
}

function number(n: number, lang: Lang): string {
  return n.toLocaleString(lang === "fr" ? "fr-CA" : "en-CA");
}

/** The cells of `block` over the limit, clipped (ending in "…"), and a note for each; notes null when none. */
export function clipLongCells(
  block: string[][],
  lang: Lang,
): { block: string[][]; notes: string[][] | null; clipped: ClippedCell[] } {
  const clipped: ClippedCell[] = [];
  const out = block.map((row, r) =>
    row.map((text, c) => {
      if (text.length <= MAX_CELL_LENGTH) return text;
      // The leading apostrophe that keeps imported text literal (literal-text.ts) is written, not shown.
      const shown = text.startsWith("'") ? text.length - 1 : text.length;
      clipped.push({ row: r, column: c, length: shown });
      return text.slice(0, MAX_CELL_LENGTH - ELLIPSIS.length) + ELLIPSIS;
    }),
  );
  if (clipped.length === 0) return { block, notes: null, clipped };
  const notes = block.map((row) => row.map(() => ""));
  for (const cell of clipped) {
    notes[cell.row][cell.column] = localize(lang, CLIP_MESSAGES.note, {
      length: number(cell.length, lang),
      max: number(MAX_CELL_LENGTH, lang),
    });
  }
  return { block: out, notes, clipped };
}

/** The preview's warnings for the cells an import would clip, one sentence each (row 1 = first row). */
export function clipWarnings(block: string[][], template: PlanTemplate, lang: Lang): string[] {
  return clipLongCells(block, lang).clipped.map((cell) =>
    localize(lang, CLIP_MESSAGES.preview, {
      row: cell.row + 1,
      column: template.columns[cell.column]?.label[lang] ?? String(cell.column + 1),
      length: number(cell.length, lang),
      max: number(MAX_CELL_LENGTH, lang),
    }),
  );
}
