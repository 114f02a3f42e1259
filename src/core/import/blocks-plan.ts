/**
 * Blocks → an imported plan: the mapping step (map-blocks.ts) wrapped as the `ImportedPlan` every reader
 * returns, with its structure kept for the preview's corrections. The text reader calls it with the
 * blocks of a pasted text (`readStructuredText`); a .docx reader calls `planFromBlocks` with the blocks
 * it built from the document, so both are read by the same rules.
 */

import type { Block } from "./blocks";
import { type ImportCorrections, mapBlocks } from "./map-blocks";
import { textToBlocks } from "./text-blocks";
import type { ImportedPlan } from "./types";

export function planFromBlocks(blocks: Block[], corrections: ImportCorrections = {}): ImportedPlan {
  const mapped = mapBlocks(blocks, corrections);
  return {
    layout: "structured",
    header: mapped.header,
    rows: mapped.rows,
    unplaced: mapped.unplaced.map((u) => u.text),
    skippedLists: mapped.skippedLists,
    ...(mapped.addedColumns.length > 0 ? { addedColumns: mapped.addedColumns } : {}),
    structure: {
      tables: mapped.tables,
      rowLines: mapped.rowLines,
      confidence: mapped.confidence,
      unplacedLines: mapped.unplaced,
      objectiveLines: mapped.objectiveLines,
      score: mapped.score,
    },
  };
}

export function readStructuredText(text: string, corrections: ImportCorrections = {}): ImportedPlan {
  return planFromBlocks(textToBlocks(text), corrections);
}

/** The blocks of a pasted text and their structured reading (for the layout recognisers' source lines). */
export function readStructuredBlocks(text: string): { blocks: Block[]; plan: ImportedPlan } {
  const blocks = textToBlocks(text);
  return { blocks, plan: planFromBlocks(blocks) };
}
