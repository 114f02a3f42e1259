/**
 * One sheet of the playground's saved state, and back: its cells (deduplicated: each distinct cell once),
 * formats, notes and validations, sizes, frozen and hidden rows and columns, merges and conditional-format
 * rules, read from and rebuilt into the emulator's private fields through the narrow `*Internals` views
 * below (the emulator's own files stay untouched); Dates inside rule and validation values are written as
 * `{ "$date": ISO }`. Also one sheet with the document-wide records that move with its rows (metadata,
 * protections, named ranges), which undoing a row change puts back (row-undo.ts).
 */
import type { ConditionalFormatRuleData } from "../emulator/conditional-format.ts";
import type { Emulator } from "../emulator/index.ts";
import type { MetadataRecord } from "../emulator/metadata.ts";
import type { NamedRangeRecord, ProtectionRecord } from "../emulator/protection.ts";
import { EmuSheet } from "../emulator/sheet.ts";
import type { EmuSpreadsheet } from "../emulator/spreadsheet.ts";
import type { Cell } from "../emulator/values.ts";

export type GridRect = { row: number; column: number; numRows: number; numColumns: number };

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

export const internals = (spreadsheet: EmuSpreadsheet) => spreadsheet as unknown as SpreadsheetInternals;
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

export function snapshotSheet(sheet: EmuSheet): SheetState {
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

export function restoreSheet(spreadsheet: EmuSpreadsheet, saved: SheetState): EmuSheet {
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
