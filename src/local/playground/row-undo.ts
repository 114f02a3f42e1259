/**
 * Undo of a row insertion or deletion (Ctrl+Z after the row header's menu). Before the change, the sheet
 * and the document-wide records that move with its rows are kept (state.ts, sheetRecords); undoing puts
 * them back, which restores the deleted rows with their content, formats, notes, validation, developer
 * metadata and the conditional-format ranges exactly. It is only done while the sheet is still as the
 * change left it (the person's later cell edits are undone first, in order): if the add-on or another
 * action has changed it since, the undo is refused with a message rather than lose that change.
 */
import { randomUUID } from "node:crypto";
import type { Emulator } from "../emulator/index.ts";
import { putSheetRecords, type SheetRecords, sheetRecords } from "./state.ts";

const KEPT = 20;

export class RowUndo {
  private readonly steps = new Map<string, { before: SheetRecords; after: string }>();

  /** Keeps what the sheet was before a row change (`before`) and what it is now; returns a token. */
  record(emulator: Emulator, before: SheetRecords): string {
    const token = randomUUID();
    const after = sheetRecords(emulator, before.sheet.id);
    this.steps.set(token, { before, after: JSON.stringify(after) });
    if (this.steps.size > KEPT) this.steps.delete(this.steps.keys().next().value as string);
    return token;
  }

  /** Undoes the change behind `token`; returns why it cannot, or null. */
  undo(emulator: Emulator, token: string): string | null {
    const step = this.steps.get(token);
    if (!step) return "Cette modification ne peut plus être annulée. / This change can no longer be undone.";
    const now = sheetRecords(emulator, step.before.sheet.id);
    if (JSON.stringify(now) !== step.after)
      return "La feuille a changé depuis : l'insertion ou la suppression de lignes ne peut plus être annulée. / The sheet has changed since: the row change can no longer be undone.";
    putSheetRecords(emulator, step.before);
    this.steps.delete(token);
    return null;
  }

  clear(): void {
    this.steps.clear();
  }
}
