/**
 * The playground's session: its open workbooks (workbooks.ts: the first and the copies made with Fichier ▸
 * Créer une copie, one shown), the calendar they share, the emulated user's language, and the state file
 * they are saved to after every change (store.ts) and read back from at start; backup copies of it all
 * (backups.ts). runtime.ts builds on it what a person does: menus, dialogs' calls, edits, sheet changes.
 */
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import type { CalendarHooks } from "../emulator/calendar.ts";
import { type Emulator, REPO_ROOT } from "../emulator/index.ts";
import type { MenuRecord } from "../emulator/ui.ts";
import type { Addon } from "../loader.ts";
import { type BackupInfo, listBackups, writeBackup } from "./backups.ts";
import { RowUndo } from "./row-undo.ts";
import type { PlaygroundState } from "./state.ts";
import { loadStateFile, saveStateFile, stateFileMtime } from "./store.ts";
import { type Answer, type CapturedRun, captureUi, type HtmlSurface } from "./ui-capture.ts";
import {
  buildSession,
  copyShown,
  type Session,
  sessionState,
  type WorkbookEntry,
  workbookEntries,
} from "./workbooks.ts";

export interface PlaygroundOptions {
  /** The state file; default <repo>/.playground/state.json. */
  statePath?: string;
  /** The instant the add-on sees as now (ms); default the host's clock. */
  now?: () => number;
  /** dist/ directory (Code.js and the HTML surfaces); default <repo>/dist. */
  distDir?: string;
  /** Where messages for the terminal go; default console.log. */
  log?: (message: string) => void;
  /**
   * Whether Fichier ▸ Créer une copie keeps the document properties (Google does not say: a guess either
   * way, see workbook-copy.ts); default "copied".
   */
  copyDocumentProperties?: "copied" | "empty";
}

export interface Pending {
  functionName: string;
  before: PlaygroundState;
  now: number;
}

const DEFAULT_USER_LOCALE = "fr_CA";

export class PlaygroundSession {
  readonly statePath: string;
  readonly distDir: string;
  protected session!: Session;
  protected actions = 0;
  protected readonly pending = new Map<string, Pending>();
  protected readonly html = new Map<string, string>();
  private lastWrite = 0;
  /** A problem met while loading the saved state (shown in the page until the next change). */
  problem: string | null = null;
  protected readonly hostNow: () => number;
  /** The instant of the action being replayed, if any. */
  protected fixedNow: number | null = null;
  protected readonly log: (message: string) => void;
  protected userLocale = DEFAULT_USER_LOCALE;
  protected readonly rowUndo = new RowUndo();
  private readonly copyDocumentProperties: "copied" | "empty";

  constructor(options: PlaygroundOptions = {}) {
    this.copyDocumentProperties = options.copyDocumentProperties ?? "copied";
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

  /** The workbook on screen's emulator, add-on and menu. */
  get emulator(): Emulator {
    return this.session.workbooks[this.session.shown]!.emulator;
  }
  get addon(): Addon {
    return this.session.workbooks[this.session.shown]!.addon;
  }
  /** The add-on menu as the shown workbook's onOpen built it. */
  get menus(): MenuRecord[] {
    return this.session.workbooks[this.session.shown]!.menus;
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

  protected build(state: PlaygroundState | null): Session {
    return buildSession(state, {
      distDir: this.distDir,
      now: this.now(),
      uuidSeed: randomUUID(),
      userLocale: this.userLocale,
    });
  }

  state(): PlaygroundState {
    return sessionState(this.session, this.actions, this.userLocale);
  }

  save(): void {
    this.lastWrite = saveStateFile(this.statePath, this.state());
  }

  /** The HTML of a dialog or sidebar the add-on showed, by key. */
  surfaceHtml(key: string): string | undefined {
    return this.html.get(key);
  }

  protected surface(record: {
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
  protected run(body: () => unknown, answers: Answer[] | "defaults"): CapturedRun {
    const { emulator } = this;
    emulator.clock.set(new Date(this.now()).toISOString());
    return captureUi(emulator.ui, body, answers, (record) => this.surface(record));
  }

  /** Keeps a backup copy of the workbook and calendar (see backups.ts); returns its file name. */
  backup(): string {
    return writeBackup(this.statePath, this.state(), new Date(this.hostNow()));
  }

  /** The backup copies Restaurer lists, newest first. */
  backups(): BackupInfo[] {
    return listBackups(this.statePath);
  }

  /** The emulated user's locale (Session.getActiveUserLocale()): the add-on's language. */
  get locale(): string {
    return this.userLocale;
  }

  /** The open workbooks, in order, the one on screen marked (the page's Fichier menu lists them). */
  workbooks(): WorkbookEntry[] {
    return workbookEntries(this.session);
  }

  /**
   * Fichier ▸ Créer une copie: a copy of the workbook on screen, with the emulator's copy semantics
   * (workbooks.ts), shown from now on. Returns its entry.
   */
  copyWorkbook(name?: string): WorkbookEntry {
    const trimmed = name?.trim();
    copyShown(this.session, {
      documentProperties: this.copyDocumentProperties,
      distDir: this.distDir,
      ...(trimmed ? { name: trimmed } : {}),
    });
    this.forgetRuns();
    this.changed();
    return workbookEntries(this.session)[this.session.shown]!;
  }

  /** Shows the workbook `id` (the Fichier menu's list). Returns false when there is none by that id. */
  showWorkbook(id: string): boolean {
    const index = this.session.workbooks.findIndex((w) => w.emulator.spreadsheet.getId() === id);
    if (index < 0) return false;
    if (index !== this.session.shown) {
      this.session.shown = index;
      this.forgetRuns();
      this.changed();
    }
    return true;
  }

  /** Questions waiting for an answer and row changes to undo belong to the workbook they were made in. */
  protected forgetRuns(): void {
    this.pending.clear();
    this.rowUndo.clear();
  }

  protected changed(): void {
    this.actions++;
    this.problem = null;
    this.save();
  }
}
