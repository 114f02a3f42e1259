/**
 * The playground's saved state: everything needed to resume a session of the emulated add-on — the
 * workbook (sheets, cells with their formats, notes and validations, sizes, frozen and hidden rows and
 * columns, merges, conditional-format rules, developer metadata, protections, named ranges, selection),
 * the three property stores and the emulated calendars with their events — as one JSON document, and
 * back. The emulator keeps most of this in private fields; this module reads and rebuilds them through
 * the narrow `*Internals` views below (the emulator's own files stay untouched). Dates inside rule and
 * validation values are written as `{ "$date": ISO }`. The round-trip test in
 * tests/local/playground/state.test.ts fails loudly if the emulator's internals change shape.
 */
import type { CalendarEventResource, CalendarHooks, CalendarResource } from "../emulator/calendar.ts";
import type { ConditionalFormatRuleData } from "../emulator/conditional-format.ts";
import type { Emulator } from "../emulator/index.ts";
import type { MetadataRecord } from "../emulator/metadata.ts";
import type { NamedRangeRecord, ProtectionRecord } from "../emulator/protection.ts";
import { EmuSheet } from "../emulator/sheet.ts";
import type { EmuSpreadsheet } from "../emulator/spreadsheet.ts";
import type { Cell } from "../emulator/values.ts";

export const STATE_FORMAT = "plan-daction-playground";
export const STATE_VERSION = 1;

type GridRect = { row: number; column: number; numRows: number; numColumns: number };

/** One sheet. Cells are deduplicated: `cellKinds` holds each distinct cell once, rows point into it. */
export interface SheetState {
  id: number;
  name: string;
  maxRows: number;
  maxColumns: number;
  hidden: boolean;
  tabColor: string | null;
  frozenRows: number;
  frozenColumns: number;
  columnWidths: Array<[number, number]>;
  rowHeights: Array<[number, number]>;
  hiddenColumns: number[];
  hiddenRows: number[];
  merges: GridRect[];
  conditionalRules: ConditionalFormatRuleData[];
  /** Distinct cells (value, formula, formats, note, validation). */
  cellKinds: Cell[];
  /** [row, [[column, index into cellKinds], …]] for every row holding a cell. */
  rows: Array<[number, Array<[number, number]>]>;
}

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
  /** The calendar store's counters (next ids and stamps); absent in files saved before they were kept. */
  calendarCounters?: { calendarCounter: number; foreignCounter: number; lastStamp: number };
}

/** The private fields of EmuSpreadsheet and EmuSheet this module reads and writes. */
interface SpreadsheetInternals {
  sheets: EmuSheet[];
  nextSheetId: number;
  activeSheet: EmuSheet | null;
  activeRange: { getSheet(): EmuSheet; rect(): GridRect } | null;
  namedRanges: NamedRangeRecord[];
  metadata: { records: MetadataRecord[]; nextId: number };
  protections: ProtectionRecord[];
  name: string;
  timeZone: string;
  locale: string;
}

interface SheetInternals {
  rows: Array<Array<Cell | undefined> | undefined>;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  hiddenColumns: Set<number>;
  hiddenRows: Set<number>;
}

const internals = (spreadsheet: EmuSpreadsheet) => spreadsheet as unknown as SpreadsheetInternals;
const sheetInternals = (sheet: EmuSheet) => sheet as unknown as SheetInternals;

function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === "[object Date]";
}

/** Deep copy into plain JSON, Dates (of any realm) as { $date }. */
export function toJsonValue(value: unknown): unknown {
  if (isDate(value)) return { $date: (value as Date).toISOString() };
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toJsonValue(v);
    return out;
  }
  return value;
}

/** The inverse of toJsonValue. */
export function fromJsonValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromJsonValue);
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length === 1 && keys[0] === "$date" && typeof record.$date === "string")
      return new Date(record.$date);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(record)) out[k] = fromJsonValue(v);
    return out;
  }
  return value;
}

function snapshotSheet(sheet: EmuSheet): SheetState {
  const raw = sheetInternals(sheet);
  const kinds = new Map<string, number>();
  const cellKinds: Cell[] = [];
  const rows: SheetState["rows"] = [];
  raw.rows.forEach((line, r) => {
    if (!line) return;
    const cells: Array<[number, number]> = [];
    line.forEach((cell, c) => {
      if (!cell || Object.keys(cell).length === 0) return;
      const plain = toJsonValue(cell) as Cell;
      const key = JSON.stringify(plain);
      let index = kinds.get(key);
      if (index === undefined) {
        index = cellKinds.length;
        kinds.set(key, index);
        cellKinds.push(plain);
      }
      cells.push([c + 1, index]);
    });
    if (cells.length) rows.push([r + 1, cells]);
  });
  return {
    id: sheet.getSheetId(),
    name: sheet.getName(),
    maxRows: raw.maxRows,
    maxColumns: raw.maxColumns,
    hidden: sheet.hidden,
    tabColor: sheet.tabColor,
    frozenRows: raw.frozenRows,
    frozenColumns: raw.frozenColumns,
    columnWidths: [...raw.columnWidths],
    rowHeights: [...raw.rowHeights],
    hiddenColumns: [...raw.hiddenColumns],
    hiddenRows: [...raw.hiddenRows],
    merges: sheet.merges.map((m) => ({ ...m })),
    conditionalRules: toJsonValue(sheet.conditionalRules) as ConditionalFormatRuleData[],
    cellKinds,
    rows,
  };
}

/** Reads the whole state of `emulator` (and of the calendar behind `calendar`). */
export function snapshot(
  emulator: Emulator,
  calendar: CalendarHooks | null,
  actions: number,
): PlaygroundState {
  const ss = internals(emulator.spreadsheet);
  const active = ss.activeRange;
  return {
    format: STATE_FORMAT,
    version: STATE_VERSION,
    savedAt: new Date().toISOString(),
    actions,
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
      user: Object.fromEntries(emulator.properties.user),
      script: Object.fromEntries(emulator.properties.script),
    },
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

function restoreSheet(spreadsheet: EmuSpreadsheet, saved: SheetState): EmuSheet {
  const sheet = new EmuSheet(spreadsheet, saved.name, saved.id, {
    rows: saved.maxRows,
    columns: saved.maxColumns,
  });
  const raw = sheetInternals(sheet);
  raw.maxRows = saved.maxRows;
  raw.maxColumns = saved.maxColumns;
  raw.frozenRows = saved.frozenRows;
  raw.frozenColumns = saved.frozenColumns;
  raw.columnWidths = new Map(saved.columnWidths);
  raw.rowHeights = new Map(saved.rowHeights);
  raw.hiddenColumns = new Set(saved.hiddenColumns);
  raw.hiddenRows = new Set(saved.hiddenRows);
  sheet.hidden = saved.hidden;
  sheet.tabColor = saved.tabColor;
  sheet.merges = saved.merges.map((m) => ({ ...m }));
  sheet.conditionalRules = fromJsonValue(saved.conditionalRules) as ConditionalFormatRuleData[];
  for (const [row, cells] of saved.rows) {
    for (const [column, kind] of cells) {
      const stored = saved.cellKinds[kind];
      if (stored) Object.assign(sheet.ensureCell(row, column), fromJsonValue(stored));
    }
  }
  return sheet;
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
  const ss = internals(emulator.spreadsheet);
  const saved = state.spreadsheet;
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
  for (const store of ["document", "user", "script"] as const) {
    emulator.properties[store].clear();
    for (const [k, v] of Object.entries(state.properties[store])) emulator.properties[store].set(k, v);
  }
  if (!calendar) return;
  calendar.hooks.restoreStore({
    calendars: structuredClone(state.calendars),
    ...(state.calendarCounters ?? derivedCounters(state.calendars)),
  });
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
  return state;
}

/**
 * One sheet and the document-wide records that move with its rows (developer metadata, protections,
 * named ranges): what undoing a row insertion or deletion puts back.
 */
export interface SheetRecords {
  sheet: SheetState;
  metadata: { nextId: number; records: MetadataRecord[] };
  protections: ProtectionRecord[];
  namedRanges: NamedRangeRecord[];
}

export function sheetRecords(emulator: Emulator, sheetId: number): SheetRecords | null {
  const ss = internals(emulator.spreadsheet);
  const sheet = ss.sheets.find((s) => s.getSheetId() === sheetId);
  if (!sheet) return null;
  return {
    sheet: snapshotSheet(sheet),
    metadata: { nextId: ss.metadata.nextId, records: structuredClone(ss.metadata.records) },
    protections: structuredClone(ss.protections),
    namedRanges: structuredClone(ss.namedRanges),
  };
}

/** Puts a sheet and the document-wide records back as `saved` holds them. */
export function putSheetRecords(emulator: Emulator, saved: SheetRecords): void {
  const ss = internals(emulator.spreadsheet);
  const index = ss.sheets.findIndex((s) => s.getSheetId() === saved.sheet.id);
  if (index < 0) return;
  const old = ss.sheets[index]!;
  const sheet = restoreSheet(emulator.spreadsheet, saved.sheet);
  ss.sheets[index] = sheet;
  if (ss.activeSheet === old) ss.activeSheet = sheet;
  ss.activeRange = null;
  ss.metadata.records.length = 0;
  ss.metadata.records.push(...structuredClone(saved.metadata.records));
  ss.metadata.nextId = saved.metadata.nextId;
  ss.protections.length = 0;
  ss.protections.push(...structuredClone(saved.protections));
  ss.namedRanges.length = 0;
  ss.namedRanges.push(...structuredClone(saved.namedRanges));
}
