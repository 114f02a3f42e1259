/**
 * The playground's open workbooks: the one made first, and each copy made from the page with Fichier ▸
 * Créer une copie — each an emulator running its own instance of the add-on (dist/Code.js), made with the
 * emulator's own copy semantics (workbook-copy.ts: same people and user properties, same calendars, the
 * copy's own spreadsheet id, document properties, call log and UI). One of them is on screen; the page
 * switches between them. `buildSession` makes them all again from a saved state (state.ts keeps each
 * workbook's own parts), `sessionState` saves them, `copyShown` adds a copy of the one on screen.
 *
 * Whether Drive's copy keeps the document properties Google does not say (workbook-copy.ts): the playground
 * takes `documentProperties` as an option, "copied" by default (the harder case for the add-on: the copy
 * starts with the original's plan records); tests/local/playground/workbook-copy.test.ts runs both.
 */
import { join } from "node:path";
import { type CalendarHooks, type CalendarResource, createCalendarService } from "../emulator/calendar.ts";
import { createEmulator, type Emulator } from "../emulator/index.ts";
import type { MenuRecord } from "../emulator/ui.ts";
import { copyWorkbook } from "../emulator/workbook-copy.ts";
import { type Addon, loadAddon } from "../loader.ts";
import {
  allWorkbooks,
  type PlaygroundState,
  restore,
  restoreWorkbook,
  snapshot,
  workbookState,
} from "./state.ts";

export interface SessionCalendar {
  hooks: CalendarHooks;
  service: { Calendars: { insert(r: object): CalendarResource } };
}

export interface Workbook {
  emulator: Emulator;
  addon: Addon;
  /** The add-on menu as this workbook's onOpen built it. */
  menus: MenuRecord[];
}

export interface Session {
  workbooks: Workbook[];
  /** The index of the workbook on screen. */
  shown: number;
  calendar: SessionCalendar;
}

export interface SessionSettings {
  distDir: string;
  /** The instant the emulator starts at (ms). */
  now: number;
  uuidSeed: string;
  userLocale: string;
}

/** What the page's workbook switcher lists. */
export interface WorkbookEntry {
  id: string;
  name: string;
  shown: boolean;
}

/** Loads the add-on into `emulator` and opens the document (onOpen builds its menu). */
function open(emulator: Emulator, distDir: string): Workbook {
  const addon = loadAddon(emulator, { codePath: join(distDir, "Code.js") });
  let menus: MenuRecord[] = [];
  if (addon.names.includes("onOpen")) {
    addon.call("onOpen", { authMode: "LIMITED" });
    menus = structuredClone(emulator.ui.menus);
  }
  emulator.calls.reset();
  return { emulator, addon, menus };
}

/** Every workbook of `state` (or one empty workbook), the shown one as saved. */
export function buildSession(state: PlaygroundState | null, settings: SessionSettings): Session {
  const first = createEmulator({
    htmlDir: settings.distDir,
    now: new Date(settings.now).toISOString(),
    uuidSeed: settings.uuidSeed,
  });
  first.setLocale(settings.userLocale);
  const calendar = createCalendarService(() => first.clock.now(), first.users) as SessionCalendar;
  const saved = state ? allWorkbooks(state) : [];
  // The first workbook is always the one createEmulator makes (its id is the emulator's first id); the
  // people's user properties and the calendars come from the top of the state whichever workbook is shown.
  if (state && saved[0])
    restore(first, { ...state, ...saved[0], properties: fullProperties(state, saved[0]) }, calendar);
  first.registerService("Calendar", calendar.service);
  const emulators = [first];
  for (const other of saved.slice(1)) {
    // A copy over the first's shared parts (people, clock, calendar service), under its saved id; then
    // its own saved contents in place of the first's.
    const copy = copyWorkbook(first, {
      documentProperties: "empty",
      id: other.spreadsheet.id,
      name: other.spreadsheet.name,
    });
    restoreWorkbook(copy, other);
    emulators.push(copy);
  }
  const shown = state ? Math.max(0, Math.min(state.workbookIndex ?? 0, emulators.length - 1)) : 0;
  return { workbooks: emulators.map((e) => open(e, settings.distDir)), shown, calendar };
}

function fullProperties(state: PlaygroundState, workbook: ReturnType<typeof allWorkbooks>[number]) {
  return { ...workbook.properties, user: state.properties.user };
}

/** The whole session as one saved state: the shown workbook on top, the others beside it. */
export function sessionState(session: Session, actions: number, userLocale: string): PlaygroundState {
  const shown = session.workbooks[session.shown]!;
  const state: PlaygroundState = {
    ...snapshot(shown.emulator, session.calendar.hooks, actions),
    userLocale,
  };
  if (session.workbooks.length > 1) {
    state.otherWorkbooks = session.workbooks.filter((w) => w !== shown).map((w) => workbookState(w.emulator));
    state.workbookIndex = session.shown;
  }
  return state;
}

/** A spreadsheet id for a new copy, shaped like the emulator's (43 characters), unused in this session. */
function freshCopyId(session: Session): string {
  const taken = new Set(session.workbooks.map((w) => w.emulator.spreadsheet.getId()));
  for (let n = 1; ; n++) {
    const id = `1EmuLatedCopy${String(n).padStart(30, "0")}`;
    if (!taken.has(id)) return id;
  }
}

/**
 * Fichier ▸ Créer une copie: a copy of the shown workbook (named `name`, or « Copie de … »), added after
 * the others and shown, as Sheets opens a copy in a new tab.
 */
export function copyShown(
  session: Session,
  options: { documentProperties: "copied" | "empty"; name?: string; distDir: string },
): Workbook {
  const source = session.workbooks[session.shown]!;
  const copy = copyWorkbook(source.emulator, {
    documentProperties: options.documentProperties,
    id: freshCopyId(session),
    ...(options.name ? { name: options.name } : {}),
  });
  const workbook = open(copy, options.distDir);
  session.workbooks.push(workbook);
  session.shown = session.workbooks.length - 1;
  return workbook;
}

/** The workbooks, in order, for the page's switcher. */
export function workbookEntries(session: Session): WorkbookEntry[] {
  return session.workbooks.map((w, i) => ({
    id: w.emulator.spreadsheet.getId(),
    name: w.emulator.spreadsheet.getName(),
    shown: i === session.shown,
  }));
}
