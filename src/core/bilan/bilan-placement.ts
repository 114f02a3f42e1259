/**
 * Where a refreshed bilan's lines go among the rows the committee added: the old block (the add-on's
 * rows and the committee's, in sheet order) is cut into runs of the add-on's rows ("segments") separated
 * by runs of the committee's rows ("gaps"). Each gap stays after the line it followed (the nearest line
 * before it that the new bilan still has; at the top when none), so the new lines are shared out among
 * the segments, which grow (rows inserted at their end) or shrink (rows deleted at their end — unless one
 * of them holds something the committee wrote beyond the add-on's columns: those rows are only emptied
 * and kept). The committee's rows themselves are never written, moved by hand or deleted.
 */
import type { BlockRow } from "./bilan-comments";

export interface Segment {
  /** 0-based offset in the old block where the segment's rows start (where it sits, when empty). */
  oldStart: number;
  oldCount: number;
  /** The new lines it holds: layout lines newStart..newStart+newCount-1. */
  newStart: number;
  newCount: number;
  /** Rows beyond the new lines deleted (at its end), or emptied and kept when `keepSurplus`. */
  keepSurplus: boolean;
}

export interface Placement {
  segments: Segment[];
  /** The 1-based sheet row of each new line once written. */
  lineRows: number[];
  /** How many rows the block spans once written (its lines, kept rows, the committee's rows). */
  blockRows: number;
  /** The committee's rows inside the block (kept as they are). */
  committeeRows: number;
}

export function placeLines(
  block: readonly BlockRow[],
  newIds: readonly string[],
  startRow: number,
): Placement {
  const newIndex = new Map<string, number>();
  newIds.forEach((id, i) => {
    if (!newIndex.has(id)) newIndex.set(id, i);
  });
  const runs: Array<{ oldStart: number; oldCount: number }> = [];
  const gaps: Array<{ count: number; boundary: number }> = [];
  let runStart = 0;
  let count = 0;
  // The boundary a gap asks for: one past the new index of the last surviving line above it.
  let survivingBoundary = 0;
  let boundary = 0;
  for (let i = 0; i < block.length; ) {
    const id = block[i].id;
    if (id) {
      const at = newIndex.get(id);
      if (at !== undefined) survivingBoundary = Math.max(survivingBoundary, at + 1);
      count++;
      i++;
      continue;
    }
    runs.push({ oldStart: runStart, oldCount: count });
    let j = i;
    while (j < block.length && !block[j].id) j++;
    boundary = Math.max(boundary, survivingBoundary);
    gaps.push({ count: j - i, boundary });
    runStart = j;
    count = 0;
    i = j;
  }
  runs.push({ oldStart: runStart, oldCount: count });

  const segments: Segment[] = runs.map((run, k) => {
    const from = k === 0 ? 0 : gaps[k - 1].boundary;
    const to = k < gaps.length ? gaps[k].boundary : newIds.length;
    const newCount = to - from;
    const surplus = block.slice(run.oldStart + newCount, run.oldStart + run.oldCount);
    return { ...run, newStart: from, newCount, keepSurplus: surplus.some((row) => row.beyond) };
  });

  const lineRows: number[] = [];
  let row = startRow;
  segments.forEach((segment, k) => {
    for (let i = 0; i < segment.newCount; i++) lineRows.push(row + i);
    row += segment.newCount;
    if (segment.keepSurplus) row += Math.max(0, segment.oldCount - segment.newCount);
    if (k < gaps.length) row += gaps[k].count;
  });
  const committeeRows = gaps.reduce((sum, gap) => sum + gap.count, 0);
  return { segments, lineRows, blockRows: row - startRow, committeeRows };
}
