/**
 * Undo and redo of the person's own edits (Ctrl+Z, Ctrl+Y or Ctrl+Shift+Z), as Sheets keeps them: each
 * typed cell, paste or clear is one step holding every cell's text before and after. Undoing writes the
 * "before" texts back through the same edit call, so the add-on's onEdit runs again and the cells it
 * fills follow. Inserting or deleting rows moves the cells under these steps: the history is then
 * forgotten rather than replayed on the wrong rows.
 */

export interface CellChange {
  row: number;
  column: number;
  before: string;
  after: string;
}

export interface EditStep {
  sheetId: number;
  cells: CellChange[];
}

const done: EditStep[] = [];
const undone: EditStep[] = [];
const LIMIT = 100;

export function recordStep(step: EditStep): void {
  if (step.cells.every((c) => c.before === c.after)) return;
  done.push(step);
  if (done.length > LIMIT) done.shift();
  undone.length = 0;
}

/** The edits that undo the last step (and keep it for redo), or null when there is none. */
export function takeUndo(): {
  sheetId: number;
  edits: Array<{ row: number; column: number; text: string }>;
} | null {
  const step = done.pop();
  if (!step) return null;
  undone.push(step);
  return {
    sheetId: step.sheetId,
    edits: step.cells.map((c) => ({ row: c.row, column: c.column, text: c.before })),
  };
}

export function takeRedo(): {
  sheetId: number;
  edits: Array<{ row: number; column: number; text: string }>;
} | null {
  const step = undone.pop();
  if (!step) return null;
  done.push(step);
  return {
    sheetId: step.sheetId,
    edits: step.cells.map((c) => ({ row: c.row, column: c.column, text: c.after })),
  };
}

export function forgetHistory(): void {
  done.length = 0;
  undone.length = 0;
}
