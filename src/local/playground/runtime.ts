/**
 * The playground's runtime: the emulated workbooks and calendar of session.ts, each running the built add-on
 * (dist/Code.js through the loader), driven the way a person drives Google Sheets — menu items, cell edits,
 * row, column and sheet changes, sidebar and dialog calls, the buttons that replace the workbook — and saved
 * after every change.
 *
 * Alerts and prompts. Apps Script's ui.alert/ui.prompt block the script until the person answers, but the
 * emulated script runs synchronously inside one HTTP request and cannot wait for the browser. So a menu
 * handler runs with the answers the page has collected so far; at the first question that has no answer
 * (a prompt, or an alert with more than an OK button) the run is marked as a question, the answer given to
 * the script is CLOSE, and once the handler returns, everything it did is thrown away by rebuilding the
 * emulator from the snapshot taken before the run. The page asks the person, then runs the handler again
 * from that same snapshot with one more answer. The emulator is deterministic (virtual clock fixed for the
 * action), so the replay reaches the same questions in the same order and ends with exactly one real
 * execution. Informational alerts (OK only) need no answer: they are shown after the run, in order.
 */
import { randomUUID } from "node:crypto";
import { langFromLocale } from "../../core/i18n.ts";
import { type BackupInfo, readBackup } from "./backups.ts";
import { type CellEdit, changeRows, type RowAction, writeEdits } from "./edits.ts";
import { writeSamplePlan } from "./sample-plan.ts";
import { PlaygroundSession } from "./session.ts";
import { type ColumnAction, changeColumns, changeSheet, type SheetAction } from "./sheet-ops.ts";
import { sheetRecords } from "./state.ts";
import {
  type ActionResult,
  type Answer,
  type CapturedRun,
  captureUi,
  type RpcResult,
  type UiChanges,
} from "./ui-capture.ts";

export type { PlaygroundOptions } from "./session.ts";
export type { ActionResult, Answer, HtmlSurface, Question, RpcResult, UiChanges } from "./ui-capture.ts";

const COMITE_EXAMPLE = "Comité Entraide";

export class Playground extends PlaygroundSession {
  /** Runs a menu item's function, as clicking it in Extensions ▸ Plan d'action does. */
  runMenu(functionName: string, answers: Answer[] = [], token?: string): ActionResult {
    if (!this.addon.names.includes(functionName)) {
      throw new Error(`The add-on has no function named ${functionName}.`);
    }
    let pending = token ? this.pending.get(token) : undefined;
    if (pending && pending.functionName !== functionName) pending = undefined;
    if (pending) {
      // Start again from the state before the first attempt, at the same instant.
      this.session = this.build(pending.before);
    }
    const before = pending?.before ?? this.state();
    const at = pending?.now ?? this.now();
    this.fixedNow = at;
    let outcome: CapturedRun;
    try {
      outcome = this.run(() => this.addon.call(functionName), answers);
    } finally {
      this.fixedNow = null;
    }
    if (outcome.question) {
      this.session = this.build(before);
      const newToken = token && pending ? token : randomUUID();
      this.pending.set(newToken, { functionName, before, now: at });
      if (this.pending.size > 20) this.pending.delete(this.pending.keys().next().value as string);
      return { status: "question", token: newToken, question: outcome.question, answered: answers };
    }
    if (token) this.pending.delete(token);
    this.changed();
    return { status: "done", ui: outcome.ui };
  }

  /** A google.script.run call from a sidebar or dialog. Questions get their default answers. */
  rpc(name: string, args: unknown[]): RpcResult {
    if (!this.addon.names.includes(name)) {
      return { ok: false, error: `Script function not found: ${name}`, ui: emptyUi() };
    }
    const outcome = this.run(() => this.addon.call(name, ...args), "defaults");
    this.changed();
    if (outcome.error !== null)
      return { ok: false, error: outcome.error, ui: { ...outcome.ui, error: null } };
    // google.script.run passes plain JSON: Dates become strings, functions and undefined vanish.
    const value = outcome.value === undefined ? null : JSON.parse(JSON.stringify(outcome.value));
    return { ok: true, value, ui: outcome.ui };
  }

  /** A person types `text` into a cell (or picks it in a dropdown). Returns an error message or null. */
  edit(sheetId: number, row: number, column: number, text: string): string | null {
    return this.editCells(sheetId, [{ row, column, text }]);
  }

  /**
   * A person's edit of several cells at once (a paste, a clear, an undo): written, then onEdit once for
   * the block (see edits.ts). Returns what Sheets would say about refused values, or null.
   */
  editCells(sheetId: number, edits: CellEdit[]): string | null {
    const sheet = this.emulator.spreadsheet.getSheetById(sheetId);
    if (!sheet) return gone(this.locale);
    let refused: string[] = [];
    this.run(() => {
      const user = (this.emulator.globals.Session as { getActiveUser(): unknown }).getActiveUser();
      const result = writeEdits(sheet, edits, user, langFromLocale(this.locale));
      refused = result.refused;
      if (result.event && this.addon.names.includes("onEdit")) this.addon.call("onEdit", result.event);
    }, "defaults");
    this.changed();
    return refused.length ? refused.join("\n") : null;
  }

  /** Inserts or deletes rows from the row header's menu. Returns Sheets' message when it refuses. */
  changeRows(
    sheetId: number,
    action: RowAction,
    row: number,
    count: number,
  ): { error: string | null; undo: string | null } {
    const sheet = this.emulator.spreadsheet.getSheetById(sheetId);
    const before = sheetRecords(this.emulator, sheetId);
    if (!sheet || !before) return { error: gone(this.locale), undo: null };
    const outcome = this.run(() => changeRows(sheet, action, row, count), "defaults");
    const undo = outcome.error === null ? this.rowUndo.record(this.emulator, before) : null;
    this.changed();
    return { error: outcome.error, undo };
  }

  /** Ctrl+Z after a row change (see row-undo.ts). Returns why it cannot be undone, or null. */
  undoRows(token: string): string | null {
    const refused = this.rowUndo.undo(this.emulator, token);
    if (refused === null) this.changed();
    return refused;
  }

  /** The tab's menu: Renommer, Dupliquer, Supprimer (sheet-ops.ts). Returns the sheet to show, or why not. */
  changeSheet(
    sheetId: number,
    action: SheetAction,
    name = "",
  ): { error: string | null; sheetId: number | null } {
    const spreadsheet = this.emulator.spreadsheet;
    const sheet = spreadsheet.getSheetById(sheetId);
    if (!sheet) return { error: gone(this.locale), sheetId: null };
    const outcomes: Array<ReturnType<typeof changeSheet>> = [];
    const run = this.run(() => {
      outcomes.push(changeSheet(spreadsheet, sheet, action, name, langFromLocale(this.locale)));
    }, "defaults");
    const outcome = outcomes[0];
    if (run.error !== null || !outcome) return { error: run.error, sheetId: null };
    if ("error" in outcome) return { error: outcome.error, sheetId: null };
    this.rowUndo.clear();
    this.changed();
    return { error: null, sheetId: outcome.show.getSheetId() };
  }

  /** The column letter's menu (sheet-ops.ts). Returns why not, or null. */
  changeColumns(sheetId: number, action: ColumnAction, column: number, count: number): string | null {
    const sheet = this.emulator.spreadsheet.getSheetById(sheetId);
    if (!sheet) return gone(this.locale);
    let refused: string | null = null;
    const run = this.run(() => {
      refused = changeColumns(sheet, action, column, count, langFromLocale(this.locale));
    }, "defaults");
    if (run.error !== null) return run.error;
    if (refused === null) {
      this.rowUndo.clear();
      this.changed();
    }
    return refused;
  }

  /** A person clicks a sheet tab. */
  selectSheet(sheetId: number): void {
    const sheet = this.emulator.spreadsheet.getSheetById(sheetId);
    if (!sheet) return;
    sheet.activate();
    this.changed();
  }

  /** Réinitialiser: an empty workbook and no calendar, as a new spreadsheet, after a backup copy. */
  resetWorkbook(): { backup: string } {
    const backup = this.backup();
    this.startEmpty();
    this.changed();
    return { backup };
  }

  private startEmpty(): void {
    this.forgetRuns();
    this.session = this.build(null);
    this.problem = null;
  }

  /**
   * Restaurer: back to the backup copy `file` (the newest when not given); the current workbook is kept as
   * a backup in turn.
   */
  restoreBackup(file?: string): { restored: BackupInfo; backup: string } | null {
    const all = this.backups();
    const latest = file === undefined ? all[0] : all.find((b) => b.file === file);
    if (!latest) return null;
    const saved = readBackup(this.statePath, latest.file);
    const backup = this.backup();
    this.forgetRuns();
    this.userLocale = saved.userLocale ?? this.userLocale;
    this.session = this.build(saved);
    this.actions = saved.actions;
    this.problem = null;
    this.changed();
    return { restored: latest, backup };
  }

  /**
   * The language switch: the account's language changes, and the document is opened again (onOpen), so
   * the add-on's menu and every later message follow, as in Sheets after a change of account language.
   */
  setUserLocale(locale: string): void {
    this.userLocale = locale;
    this.emulator.setLocale(locale);
    // Every open workbook is opened again (the people are the same accounts in each).
    for (const workbook of this.session.workbooks) {
      if (!workbook.addon.names.includes("onOpen")) continue;
      workbook.emulator.clock.set(new Date(this.now()).toISOString());
      captureUi(
        workbook.emulator.ui,
        () => workbook.addon.call("onOpen", { authMode: "LIMITED" }),
        "defaults",
        (record) => this.surface(record),
      );
      workbook.menus = structuredClone(workbook.emulator.ui.menus);
    }
    this.changed();
  }

  /** Charger un exemple: a new workbook holding the Comité Entraide plan (seed 002, year 1). */
  loadExample(): UiChanges & { backup: string } {
    const backup = this.backup();
    this.startEmpty();
    // The installation asks for the committee's name, then the Période (left empty: the example plan
    // writes its own), then the optional union columns (none): answer them as a person would.
    const result = this.runMenu("installTemplate", [
      { kind: "prompt", button: "OK", text: COMITE_EXAMPLE },
      { kind: "prompt", button: "OK", text: "" },
      { kind: "prompt", button: "OK", text: "" },
    ]);
    if (result.status !== "done") throw new Error("Installing the template asked an unexpected question.");
    const written = this.run(() => writeSamplePlan(this.emulator, this.addon, this.now()), "defaults");
    if (written.error) throw new Error(`Could not write the example plan: ${written.error}`);
    this.changed();
    return { ...result.ui, toasts: [], alerts: [], backup };
  }
}

function gone(locale: string): string {
  return langFromLocale(locale) === "en" ? "This sheet no longer exists." : "Cette feuille n'existe plus.";
}

function emptyUi(): UiChanges {
  return { toasts: [], alerts: [], dialogs: [], sidebars: [], error: null };
}

export { dayFirstToIso } from "./edits.ts";
