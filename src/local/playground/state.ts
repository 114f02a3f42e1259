/**
 * The playground's saved state: everything needed to resume a session of the emulated add-on — the
 * workbook (sheets, cells with their formats, notes and validations, sizes, frozen and hidden rows and
 * columns, merges, conditional-format rules, developer metadata, protections, named ranges, selection),
 * the three property stores, the emulated calendars with their events and the e-mails sent — as one JSON document, and
 * back. The emulator keeps most of this in private fields; this module and sheet-state.ts (one sheet)
 * read and rebuild them through narrow `*Internals` views (the emulator's own files stay untouched);
 * the calendar store comes whole from its snapshot hook. The round-trip test in
 * tests/local/playground/state.test.ts fails loudly if the emulator's internals change shape.
 *
 * Several workbooks (Fichier ▸ Créer une copie, workbooks.ts): the top-level fields hold the workbook on
 * screen; `otherWorkbooks` the others, each with what is its own — the spreadsheet, the document and script
 * properties, the e-mails its executions sent — and `workbookIndex` where the shown one stands among them.
 * The people (their user properties) and the calendars are shared, as they are in Google's model.
 */
import type { CalendarEventResource, CalendarHooks, CalendarResource } from "../emulator/calendar.ts";
import type { Emulator, SentMail } from "../emulator/index.ts";
import type { MetadataRecord } from "../emulator/metadata.ts";
import type { NamedRangeRecord, ProtectionRecord } from "../emulator/protection.ts";
import { type GridRect, internals, restoreSheet, type SheetState, snapshotSheet } from "./sheet-state.ts";

export const STATE_FORMAT = "plan-daction-playground";
export const STATE_VERSION = 1;

export type { SheetRecords, SheetState } from "./sheet-state.ts";
export { fromJsonValue, putSheetRecords, sheetRecords, toJsonValue } from "./sheet-state.ts";

export interface CalendarState {
  resource: CalendarResource;
  deleted: boolean;
  events: CalendarEventResource[];
}

export interface PlaygroundState {
  format: typeof STATE_FORMAT;
  version: typeof STATE_VERSION;
  savedAt: string;
  /** How many changes have been saved (informative: each session seeds Utilities.getUuid afresh). */
  actions: number;
  spreadsheet: {
    id: string;
    name: string;
    timeZone: string;
    locale: string;
    nextSheetId: number;
    activeSheetId: number | null;
    activeRange: (GridRect & { sheetId: number }) | null;
    sheets: SheetState[];
    metadata: { nextId: number; records: MetadataRecord[] };
    protections: ProtectionRecord[];
    namedRanges: NamedRangeRecord[];
  };
  properties: {
    document: Record<string, string>;
    user: Record<string, string>;
    script: Record<string, string>;
  };
  calendars: CalendarState[];
  /** The emulated user's locale (the add-on's language); absent in older files: fr_CA. */
  userLocale?: string;
  /** The e-mails MailApp sent (the Courriels panel) and each account's quota count; absent in older files. */
  mails?: { sent: SentMail[]; usage: Record<string, { day: string; used: number }> };
  /** The calendar store's counters (next ids and stamps); absent in files saved before they were kept. */
  calendarCounters?: { calendarCounter: number; foreignCounter: number; lastStamp: number };
  /** The workbooks not on screen, in their order with the shown one left out; absent: only one. */
  otherWorkbooks?: WorkbookState[];
  /** Where the shown workbook stands among all of them (default 0: the first). */
  workbookIndex?: number;
}

/** What belongs to one workbook and not to the people or the calendars. */
export interface WorkbookState {
  spreadsheet: PlaygroundState["spreadsheet"];
  properties: { document: Record<string, string>; script: Record<string, string> };
  mails?: PlaygroundState["mails"];
}

/** Every workbook of `state`, in order (the shown one at its index). */
export function allWorkbooks(state: PlaygroundState): WorkbookState[] {
  const others = state.otherWorkbooks ?? [];
  const at = Math.max(0, Math.min(state.workbookIndex ?? 0, others.length));
  return [...others.slice(0, at), state, ...others.slice(at)];
}

/** One workbook of `emulator`: its spreadsheet, document and script properties, and e-mails. */
export function workbookState(emulator: Emulator): WorkbookState {
  const ss = internals(emulator.spreadsheet);
  const active = ss.activeRange;
  return {
    spreadsheet: {
      id: emulator.spreadsheet.getId(),
      name: ss.name,
      timeZone: ss.timeZone,
      locale: ss.locale,
      nextSheetId: ss.nextSheetId,
      activeSheetId: ss.activeSheet ? ss.activeSheet.getSheetId() : null,
      activeRange: active ? { sheetId: active.getSheet().getSheetId(), ...active.rect() } : null,
      sheets: ss.sheets.map(snapshotSheet),
      metadata: { nextId: ss.metadata.nextId, records: structuredClone(ss.metadata.records) },
      protections: structuredClone(ss.protections),
      namedRanges: structuredClone(ss.namedRanges),
    },
    properties: {
      document: Object.fromEntries(emulator.properties.document),
      script: Object.fromEntries(emulator.properties.script),
    },
    mails: { sent: structuredClone(emulator.mail.sent), usage: Object.fromEntries(emulator.mail.usage) },
  };
}

/** Reads the whole state of `emulator` (and of the calendar behind `calendar`). */
export function snapshot(
  emulator: Emulator,
  calendar: CalendarHooks | null,
  actions: number,
): PlaygroundState {
  const own = workbookState(emulator);
  return {
    format: STATE_FORMAT,
    version: STATE_VERSION,
    savedAt: new Date().toISOString(),
    actions,
    spreadsheet: own.spreadsheet,
    properties: {
      document: own.properties.document,
      user: Object.fromEntries(emulator.properties.user),
      script: own.properties.script,
    },
    mails: own.mails,
    ...calendarState(calendar),
  };
}

/** Every calendar and event with all its fields (`updated`, `etag`…), and the store's counters. */
function calendarState(
  calendar: CalendarHooks | null,
): Pick<PlaygroundState, "calendars" | "calendarCounters"> {
  if (!calendar) return { calendars: [] };
  const { calendars, ...calendarCounters } = calendar.snapshotStore();
  const byId = (a: { id?: string }, b: { id?: string }) => (String(a.id) < String(b.id) ? -1 : 1);
  return {
    calendars: calendars.map((c) => ({ ...c, events: [...c.events].sort(byId) })),
    calendarCounters,
  };
}

/** Counters for a file saved without them: past every saved id and stamp. */
function derivedCounters(calendars: CalendarState[]): NonNullable<PlaygroundState["calendarCounters"]> {
  const events = calendars.flatMap((c) => c.events);
  const stamps = events.map((e) => Date.parse(String(e.updated ?? ""))).filter((t) => !Number.isNaN(t));
  return {
    calendarCounter: calendars.length,
    foreignCounter: events.filter((e) => /^emu/.test(String(e.id))).length,
    lastStamp: Math.max(0, ...stamps),
  };
}

/**
 * Puts `state` into a fresh emulator (created with the same spreadsheet id) and its calendar service.
 * The calendars come back exactly as saved — ids, content, status, private properties and the `created`,
 * `updated` and `etag` stamps the sync compares — so a restart is invisible to the add-on.
 */
export function restore(
  emulator: Emulator,
  state: PlaygroundState,
  calendar: { hooks: CalendarHooks; service: { Calendars: { insert(r: object): CalendarResource } } } | null,
): void {
  restoreWorkbook(emulator, state);
  emulator.properties.user.clear();
  for (const [k, v] of Object.entries(state.properties.user)) emulator.properties.user.set(k, v);
  if (!calendar) return;
  calendar.hooks.restoreStore({
    calendars: structuredClone(state.calendars),
    ...(state.calendarCounters ?? derivedCounters(state.calendars)),
  });
}

/** Puts one workbook's own parts (spreadsheet, document and script properties, e-mails) into `emulator`. */
export function restoreWorkbook(emulator: Emulator, workbook: WorkbookState): void {
  const ss = internals(emulator.spreadsheet);
  const saved = workbook.spreadsheet;
  ss.name = saved.name;
  ss.timeZone = saved.timeZone;
  ss.locale = saved.locale;
  ss.sheets = saved.sheets.map((s) => restoreSheet(emulator.spreadsheet, s));
  if (ss.sheets.length === 0) throw new Error("The saved workbook has no sheet.");
  ss.nextSheetId = saved.nextSheetId;
  ss.activeSheet = ss.sheets.find((s) => s.getSheetId() === saved.activeSheetId) ?? ss.sheets[0]!;
  ss.activeRange = null;
  const ar = saved.activeRange;
  const arSheet = ar ? ss.sheets.find((s) => s.getSheetId() === ar.sheetId) : undefined;
  if (ar && arSheet) {
    emulator.spreadsheet.setActiveRange(arSheet.getRange(ar.row, ar.column, ar.numRows, ar.numColumns));
  }
  ss.metadata.records.length = 0;
  ss.metadata.records.push(...structuredClone(saved.metadata.records));
  ss.metadata.nextId = saved.metadata.nextId;
  ss.protections.length = 0;
  ss.protections.push(...structuredClone(saved.protections));
  ss.namedRanges.length = 0;
  ss.namedRanges.push(...structuredClone(saved.namedRanges));
  for (const store of ["document", "script"] as const) {
    emulator.properties[store].clear();
    for (const [k, v] of Object.entries(workbook.properties[store])) emulator.properties[store].set(k, v);
  }
  emulator.mail.sent.length = 0;
  emulator.mail.usage.clear();
  if (workbook.mails) {
    emulator.mail.sent.push(...structuredClone(workbook.mails.sent));
    for (const [email, usage] of Object.entries(workbook.mails.usage)) emulator.mail.usage.set(email, usage);
  }
}

/** Checks that `data` looks like a saved state; throws a plain message otherwise. */
export function checkState(data: unknown): PlaygroundState {
  const state = data as PlaygroundState;
  if (!state || typeof state !== "object" || state.format !== STATE_FORMAT) {
    throw new Error("it is not a playground state file");
  }
  if (state.version !== STATE_VERSION)
    throw new Error(`its version ${String(state.version)} is not supported`);
  if (
    !state.spreadsheet ||
    !Array.isArray(state.spreadsheet.sheets) ||
    state.spreadsheet.sheets.length === 0
  ) {
    throw new Error("it holds no sheet");
  }
  if (!state.properties || !Array.isArray(state.calendars)) throw new Error("it is incomplete");
  for (const other of state.otherWorkbooks ?? []) {
    if (
      !other?.spreadsheet ||
      !Array.isArray(other.spreadsheet.sheets) ||
      other.spreadsheet.sheets.length === 0
    )
      throw new Error("one of its workbooks holds no sheet");
    if (!other.properties) throw new Error("it is incomplete");
  }
  return state;
}
