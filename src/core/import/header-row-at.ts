/**
 * Where a table's header row is, for the readers that see whole tables (the .docx reader, a table of a
 * sheet): of its first rows that read as a header (header-synonyms.ts), the one that reads best — a label
 * row spanning columns (`NOS ORIENTATIONS | NOS ACTIONS`) reads as one too, less surely than the real
 * header under it; the first on a tie. Rows above it — such a label row, a title typed above a pasted table — are
 * not table rows: the readers hand them over as paragraphs, so that the mapping meets the header first
 * (blocks.ts: "the header row (if any) first").
 *
 * A header on two rows (`Objectifs | Actions | Échéancier` spanning the years, then the years
 * `2025-2026 | 2026-2027 | 2027-2028` under it, the first cells merged down over both rows) is one header:
 * `withHeaderBelow` puts the lower row's labels where the upper row spans or repeats them.
 */
import { columnForLabel, isHeaderRow, mapHeaderRow, YEAR_COLUMN } from "./header-synonyms";

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

/**
 * The header row `header` of `rows` combined with the row under it when that row only completes it: each
 * of its cells repeats the header's (a cell merged down over both rows) or stands under a spanning label
 * or an empty header cell, and what it adds are labels — years (`2025-2026`) or column names — never data.
 * Null when the row under the header is not such a row.
 */
export function withHeaderBelow(rows: string[][], header: number): string[] | null {
  const top = rows[header];
  const below = rows[header + 1];
  if (!top || !below) return null;
  let added = 0;
  let years = 0;
  const combined: string[] = [];
  for (let i = 0; i < Math.max(top.length, below.length); i++) {
    const upper = (top[i] ?? "").trim();
    const lower = (below[i] ?? "").trim();
    if (lower === "" || lower === upper) {
      combined.push(top[i] ?? "");
      continue;
    }
    const isYear = YEAR_COLUMN.test(lower);
    const isLabel = isYear || (columnForLabel(lower)?.confidence ?? 0) >= 0.8;
    if (!isLabel) return null;
    // Under a column's own name, only years complete it (`Échéancier` over `2025-2026 | 2026-2027`);
    // under a group label (`Suivi`, `NOS ACTIONS`), column names do too.
    if (!isYear && upper !== "" && (columnForLabel(upper)?.confidence ?? 0) >= 0.8) return null;
    if (isYear) years++;
    added++;
    combined.push(below[i] ?? "");
  }
  return added >= 2 || years >= 1 ? combined : null;
}
