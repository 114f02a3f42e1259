/**
 * Undo and redo of the person's own changes (Ctrl+Z, Ctrl+Y or Ctrl+Shift+Z), as Sheets keeps them: each
 * typed cell, paste or clear is one step holding every cell's text before and after, and each row
 * insertion or deletion one step the server can undo (row-undo.ts). Undoing cells writes the "before"
 * texts back through the same edit call, so the add-on's onEdit runs again and the cells it fills
 * follow; redoing a row change makes it again.
 */
import type { RowAction } from "./context-menu.ts";

export interface CellChange {
  row: number;
  column: number;
  before: string;
  after: string;
}

export type Step =
  | { kind: "cells"; sheetId: number; cells: CellChange[] }
  | { kind: "rows"; sheetId: number; action: RowAction; first: number; count: number; token: string };

export type Replay =
  | { kind: "cells"; sheetId: number; edits: Array<{ row: number; column: number; text: string }> }
  | { kind: "undoRows"; step: Extract<Step, { kind: "rows" }> }
  | { kind: "redoRows"; step: Extract<Step, { kind: "rows" }> };

const done: Step[] = [];
const undone: Step[] = [];
const LIMIT = 100;

export function recordStep(step: Step): void {
  if (step.kind === "cells" && step.cells.every((c) => c.before === c.after)) return;
  done.push(step);
  if (done.length > LIMIT) done.shift();
  undone.length = 0;
}

/** What undoes the last step (kept for redo), or null when there is none. */
export function takeUndo(): Replay | null {
  const step = done.pop();
  if (!step) return null;
  undone.push(step);
  if (step.kind === "rows") return { kind: "undoRows", step };
  return {
    kind: "cells",
    sheetId: step.sheetId,
    edits: step.cells.map((c) => ({ row: c.row, column: c.column, text: c.before })),
  };
}

export function takeRedo(): Replay | null {
  const step = undone.pop();
  if (!step) return null;
  done.push(step);
  if (step.kind === "rows") return { kind: "redoRows", step };
  return {
    kind: "cells",
    sheetId: step.sheetId,
    edits: step.cells.map((c) => ({ row: c.row, column: c.column, text: c.after })),
  };
}

/** A row change could not be undone: the history before it no longer matches the sheet. */
export function forgetHistory(): void {
  done.length = 0;
  undone.length = 0;
}
