/**
 * Where a table's header row is, for the readers that see whole tables (the .docx reader, a table of a
 * sheet): of its first rows that read as a header (header-synonyms.ts), the one that reads best — a label
 * row spanning columns (`NOS ORIENTATIONS | NOS ACTIONS`) reads as one too, less surely than the real
 * header under it; the first on a tie. Rows above it — such a label row, a title typed above a pasted table — are
 * not table rows: the readers hand them over as paragraphs, so that the mapping meets the header first
 * (blocks.ts: "the header row (if any) first").
 */
import { isHeaderRow, mapHeaderRow } from "./header-synonyms";

/** Rows searched for a header: label rows and a title or two, never the body of a long table. */
export const HEADER_SEARCH_ROWS = 10;

/** The index of the header row among `rows`, or -1 when none of the first rows is one. */
export function headerRowAt(rows: string[][]): number {
  let best = -1;
  let bestScore = -1;
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
    if (!rows[i]!.some((c) => c !== "") || !isHeaderRow(rows[i]!)) continue;
    const score = mapHeaderRow(rows[i]!).score;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}
