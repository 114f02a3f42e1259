/**
 * The playground's runtime: one emulated spreadsheet and calendar running the built add-on (dist/Code.js
 * through the loader), driven the way a person drives Google Sheets — menu items, cell edits, sidebar and
 * dialog calls — and saved after every change (see store.ts).
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
import { join } from "node:path";
import { langFromLocale } from "../../core/i18n.ts";
import { type CalendarHooks, type CalendarResource, createCalendarService } from "../emulator/calendar.ts";
import { createEmulator, type Emulator, REPO_ROOT } from "../emulator/index.ts";
import type { MenuRecord } from "../emulator/ui.ts";
import { type Addon, loadAddon } from "../loader.ts";
import { type BackupInfo, listBackups, readBackup, writeBackup } from "./backups.ts";
import { type CellEdit, changeRows, type RowAction, writeEdits } from "./edits.ts";
import { RowUndo } from "./row-undo.ts";
import { writeSamplePlan } from "./sample-plan.ts";
import { type ColumnAction, changeColumns, changeSheet, type SheetAction } from "./sheet-ops.ts";
import { type PlaygroundState, restore, sheetRecords, snapshot } from "./state.ts";
import { loadStateFile, saveStateFile, stateFileMtime } from "./store.ts";
import {
  type ActionResult,
  type Answer,
  type CapturedRun,
  captureUi,
  type HtmlSurface,
  type RpcResult,
  type UiChanges,
} from "./ui-capture.ts";

export type { ActionResult, Answer, HtmlSurface, Question, RpcResult, UiChanges } from "./ui-capture.ts";

export interface PlaygroundOptions {
  /** The state file; default <repo>/.playground/state.json. */
  statePath?: string;
  /** The instant the add-on sees as now (ms); default the host's clock. */
  now?: () => number;
  /** dist/ directory (Code.js and the HTML surfaces); default <repo>/dist. */
  distDir?: string;
  /** Where messages for the terminal go; default console.log. */
  log?: (message: string) => void;
}

interface Session {
  emulator: Emulator;
  addon: Addon;
  calendar: { hooks: CalendarHooks; service: { Calendars: { insert(r: object): CalendarResource } } };
}

interface Pending {
  functionName: string;
  before: PlaygroundState;
  now: number;
}

const COMITE_EXAMPLE = "Comité Entraide";
const DEFAULT_USER_LOCALE = "fr_CA";

export class Playground {
  readonly statePath: string;
  readonly distDir: string;
  private session!: Session;
  private actions = 0;
  private readonly pending = new Map<string, Pending>();
  private readonly html = new Map<string, string>();
  private lastWrite = 0;
  /** A problem met while loading the saved state (shown in the page until the next change). */
  problem: string | null = null;
  /** The add-on menu as onOpen builds it. */
  menus: MenuRecord[] = [];
  private readonly hostNow: () => number;
  /** The instant of the action being replayed, if any. */
  private fixedNow: number | null = null;
  private readonly log: (message: string) => void;
  private userLocale = DEFAULT_USER_LOCALE;
  private readonly rowUndo = new RowUndo();

  constructor(options: PlaygroundOptions = {}) {
    this.statePath = options.statePath ?? join(REPO_ROOT, ".playground", "state.json");
    this.distDir = options.distDir ?? join(REPO_ROOT, "dist");
    this.hostNow = options.now ?? (() => Date.now());
    this.log = options.log ?? ((message) => console.log(message));
    this.reload();
  }

  /** Now for the add-on: the host's clock, or the instant of the action being replayed. */
  now(): number {
    return this.fixedNow ?? this.hostNow();
  }

  get emulator(): Emulator {
    return this.session.emulator;
  }
  get addon(): Addon {
    return this.session.addon;
  }
  get calendar(): CalendarHooks {
    return this.session.calendar.hooks;
  }

  /** Reads the state file (or starts fresh) and rebuilds the session from it. */
  reload(): void {
    const loaded = loadStateFile(this.statePath);
    this.userLocale = loaded.state?.userLocale ?? DEFAULT_USER_LOCALE;
    this.problem = loaded.problem;
    if (loaded.problem) this.log(loaded.problem);
    try {
      this.session = this.build(loaded.state);
      this.actions = loaded.state?.actions ?? 0;
    } catch (error) {
      if (!loaded.state) throw error;
      // The file parsed but could not be restored: keep it aside like a corrupt one.
      const aside = loadStateFile(this.statePath, { forceAside: (error as Error).message });
      this.problem = aside.problem;
      if (aside.problem) this.log(aside.problem);
      this.session = this.build(null);
      this.actions = 0;
    }
    this.lastWrite = loaded.mtimeMs;
    if (!loaded.state) this.save();
  }

  /** Reloads when another process (npm run import) rewrote the state file. */
  reloadIfChangedOnDisk(): boolean {
    const loaded = stateFileMtime(this.statePath);
    if (loaded !== null && loaded > this.lastWrite + 1) {
      this.reload();
      return true;
    }
    return false;
  }

  private build(state: PlaygroundState | null): Session {
    const emulator = createEmulator({
      htmlDir: this.distDir,
      now: new Date(this.now()).toISOString(),
      uuidSeed: randomUUID(),
    });
    emulator.setLocale(this.userLocale);
    const calendar = createCalendarService(() => emulator.clock.now(), emulator.users);
    if (state) restore(emulator, state, calendar as Session["calendar"]);
    emulator.registerService("Calendar", calendar.service);
    const addon = loadAddon(emulator, { codePath: join(this.distDir, "Code.js") });
    if (addon.names.includes("onOpen")) {
      addon.call("onOpen", { authMode: "LIMITED" });
      this.menus = structuredClone(emulator.ui.menus);
    }
    emulator.calls.reset();
    return { emulator, addon, calendar: calendar as Session["calendar"] };
  }

  state(): PlaygroundState {
    return {
      ...snapshot(this.session.emulator, this.session.calendar.hooks, this.actions),
      userLocale: this.userLocale,
    };
  }

  save(): void {
    this.lastWrite = saveStateFile(this.statePath, this.state());
  }

  /** The HTML of a dialog or sidebar the add-on showed, by key. */
  surfaceHtml(key: string): string | undefined {
    return this.html.get(key);
  }

  private surface(record: {
    title: string;
    width: number | null;
    height: number | null;
    content: string;
    modal?: boolean;
  }): HtmlSurface {
    const key = randomUUID();
    this.html.set(key, record.content);
    if (this.html.size > 50) this.html.delete(this.html.keys().next().value as string);
    const surface: HtmlSurface = { key, title: record.title, width: record.width, height: record.height };
    if (record.modal !== undefined) surface.modal = record.modal;
    return surface;
  }

  /** Runs `body` and collects what it showed; `answers` feed its questions (see the file comment). */
  private run(body: () => unknown, answers: Answer[] | "defaults"): CapturedRun {
    const { emulator } = this.session;
    emulator.clock.set(new Date(this.now()).toISOString());
    return captureUi(emulator.ui, body, answers, (record) => this.surface(record));
  }

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

  /** Keeps a backup copy of the workbook and calendar (see backups.ts); returns its file name. */
  backup(): string {
    return writeBackup(this.statePath, this.state(), new Date(this.hostNow()));
  }

  /** The backup copies Restaurer lists, newest first. */
  backups(): BackupInfo[] {
    return listBackups(this.statePath);
  }

  /** Réinitialiser: an empty workbook and no calendar, as a new spreadsheet, after a backup copy. */
  resetWorkbook(): { backup: string } {
    const backup = this.backup();
    this.startEmpty();
    this.changed();
    return { backup };
  }

  private startEmpty(): void {
    this.pending.clear();
    this.rowUndo.clear();
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
    this.pending.clear();
    this.rowUndo.clear();
    this.userLocale = saved.userLocale ?? this.userLocale;
    this.session = this.build(saved);
    this.actions = saved.actions;
    this.problem = null;
    this.changed();
    return { restored: latest, backup };
  }

  /** The emulated user's locale (Session.getActiveUserLocale()): the add-on's language. */
  get locale(): string {
    return this.userLocale;
  }

  /**
   * The language switch: the account's language changes, and the document is opened again (onOpen), so
   * the add-on's menu and every later message follow, as in Sheets after a change of account language.
   */
  setUserLocale(locale: string): void {
    this.userLocale = locale;
    this.emulator.setLocale(locale);
    if (this.addon.names.includes("onOpen")) {
      this.run(() => this.addon.call("onOpen", { authMode: "LIMITED" }), "defaults");
      this.menus = structuredClone(this.emulator.ui.menus);
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

  private changed(): void {
    this.actions++;
    this.problem = null;
    this.save();
  }
}

function gone(locale: string): string {
  return langFromLocale(locale) === "en" ? "This sheet no longer exists." : "Cette feuille n'existe plus.";
}

function emptyUi(): UiChanges {
  return { toasts: [], alerts: [], dialogs: [], sidebars: [], error: null };
}

export { dayFirstToIso } from "./edits.ts";
