/**
 * Where a layout recogniser's reading came from, in the blocks' line numbers (blocks.ts): the layout
 * recognisers (six-column table, year columns, objective sections, numbered orientations) read the
 * cleaned lines and keep no line numbers, yet the preview's corrections (« cette ligne est … ») name a
 * block line. So each of their rows is found again among the blocks by its text — the first block, at
 * or after the previous row's, whose text holds the start of the row's action — and each line they left
 * unplaced likewise. A correction then switches to the structured reading with that line corrected.
 * Texts compare as keys (lower case, letters and digits only), so a deadline or a responsible taken out
 * of the line, or a line rejoined, still finds its block. One search over all the blocks' keys joined
 * (indexOf), so a 200,000-character text stays linear. Pure.
 */

import { type Block, blockText } from "./blocks";
import type { ImportedPlan } from "./types";

/** The letters and digits of `text`, in lower case, accents kept: what two readings of a line share. */
function keyOf(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** How much of the start of a row's action identifies its block. */
const PREFIX = 24;
/** A key shorter than this is too common to name one block. */
const MIN_KEY = 4;

export interface SourceLines {
  /** Per row, the block line it came from, or -1 when no block holds its text. */
  rows: number[];
  /** The lines the reading did not place, each with the block line that holds it (-1: none). */
  unplaced: { line: number; text: string }[];
}

export function sourceLinesOf(plan: ImportedPlan, blocks: Block[]): SourceLines {
  const starts: number[] = [];
  let joined = "";
  for (const block of blocks) {
    starts.push(joined.length);
    joined += `${keyOf(blockText(block))}\u0000`;
  }
  /** The index of the block holding offset `at` (binary search over the starts). */
  const blockAt = (at: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  /** The block whose key holds `key`, searching from block `from` on, then from the start. */
  const find = (text: string, from: number): number => {
    const key = keyOf(text).slice(0, PREFIX);
    if (key.length < MIN_KEY || blocks.length === 0) return -1;
    let at = joined.indexOf(key, starts[Math.min(from, starts.length - 1)]);
    if (at < 0) at = joined.indexOf(key);
    return at < 0 ? -1 : blockAt(at);
  };

  let cursor = 0;
  const rows = plan.rows.map((row) => {
    const found = find(row.moyens, cursor);
    if (found < 0) return -1;
    cursor = found;
    return blocks[found].line;
  });
  let unplacedCursor = 0;
  const unplaced = plan.unplaced.map((text) => {
    const found = find(text, unplacedCursor);
    if (found >= 0) unplacedCursor = found;
    return { line: found < 0 ? -1 : blocks[found].line, text };
  });
  return { rows, unplaced };
}
