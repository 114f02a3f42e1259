/**
 * The playground's two downloads. "Exporter en .xlsx" writes the emulated workbook with exceljs: every
 * sheet with its values (dates as real dates with their number format, numbers, text), the cells' own
 * formats (bold, colours, wrap, alignment), notes, column widths, hidden columns, frozen rows, merges,
 * data validation (a list for Statut, a range reference for Responsables) and the conditional-format
 * rules as expression rules with their formulas and formats (so the chronologie's bars travel, and follow
 * the Statut in Excel or LibreOffice too), each formula with its last value (a cell formula the emulator
 * computes: the chronologie's Début, Échéance and Statut) — and set up for paper: landscape, one page
 * wide, the plan's table header repeated on every page, row heights that fit wrapped text (print-layout.ts),
 * page numbers in the footer. Charts are not carried: exceljs cannot write them (the page says so when the
 * file is downloaded; README). "Exporter l'agenda (.ics)" writes the
 * emulated calendars' live events with ical-generator: all-day events (end date exclusive, as in the
 * Calendar API), UID = event id, the description, and a VALARM per popup reminder.
 */
import { createRequire } from "node:module";
import ExcelJS from "exceljs";
import icalGenerator from "ical-generator";
import type { CalendarHooks } from "../emulator/calendar.ts";
import type { DataValidationData } from "../emulator/data-validation.ts";
import { withComputedValue } from "../emulator/formula-cells.ts";
import type { Emulator } from "../emulator/index.ts";
import type { EmuSheet } from "../emulator/sheet.ts";
import {
  type Cell,
  isDateFormat,
  effectiveFormat as numberFormatOf,
  serialToWall,
} from "../emulator/values.ts";
import { DEFAULT_ROW_PT, rowHeightPt, sheetExtent } from "./print-layout.ts";
import { columnLetter } from "./view.ts";

/** Sheets' default column width is 100 px; Excel counts widths in characters of about 7 px. */
const PIXELS_PER_CHARACTER = 7;

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

function rangeAddress(row: number, column: number, numRows: number, numColumns: number): string {
  const first = cellAddress(row, column);
  if (numRows === 1 && numColumns === 1) return first;
  return `${first}:${cellAddress(row + numRows - 1, column + numColumns - 1)}`;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function excelValue(cell: Cell): ExcelJS.CellValue {
  if (cell.formula) {
    const result = cell.value === undefined ? undefined : cell.value;
    return {
      formula: cell.formula.slice(1),
      result: result as string | number | boolean | undefined,
    } as ExcelJS.CellValue;
  }
  const v = cell.value;
  if (typeof v === "number") {
    const format = numberFormatOf(cell);
    // A date cell: the wall-clock day it shows, as a UTC date (Excel dates have no time zone).
    if (isDateFormat(format)) return new Date(serialToWall(v));
    return v;
  }
  return v ?? null;
}

/** Excel's number format for a Sheets one (the date and percentage codes are the same). */
function excelNumberFormat(cell: Cell): string | undefined {
  const format = numberFormatOf(cell);
  if (format === "0.###############") return undefined;
  return format;
}

function writeCells(sheet: EmuSheet, ws: ExcelJS.Worksheet): void {
  const maxRow = sheet.getMaxRows();
  const maxColumn = sheet.getMaxColumns();
  for (let r = 1; r <= maxRow; r++) {
    for (let c = 1; c <= maxColumn; c++) {
      const cell = sheet.cell(r, c);
      if (!cell) continue;
      const hasContent = cell.value !== undefined || cell.formula !== undefined;
      const hasLook = cell.background || cell.fontColor || cell.fontWeight || cell.note || cell.fontLine;
      if (!hasContent && !hasLook) continue;
      const target = ws.getCell(r, c);
      if (hasContent) target.value = excelValue(withComputedValue(sheet, cell, r, c) ?? cell);
      const numFmt = excelNumberFormat(cell);
      if (numFmt && hasContent) target.numFmt = numFmt;
      const font: Partial<ExcelJS.Font> = {};
      if (cell.fontWeight === "bold") font.bold = true;
      if (cell.fontStyle === "italic") font.italic = true;
      if (cell.fontLine === "line-through") font.strike = true;
      if (cell.fontLine === "underline") font.underline = true;
      if (cell.fontColor) font.color = { argb: argb(cell.fontColor) };
      if (cell.fontSize) font.size = cell.fontSize;
      if (Object.keys(font).length) target.font = font;
      if (cell.background) {
        target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(cell.background) } };
      }
      const alignment: Partial<ExcelJS.Alignment> = {};
      if (cell.wrapStrategy === "WRAP") alignment.wrapText = true;
      if (cell.verticalAlignment)
        alignment.vertical = cell.verticalAlignment as ExcelJS.Alignment["vertical"];
      if (cell.horizontalAlignment)
        alignment.horizontal = cell.horizontalAlignment as ExcelJS.Alignment["horizontal"];
      if (Object.keys(alignment).length && hasContent) target.alignment = alignment;
      if (cell.note) target.note = cell.note;
    }
  }
}

/** One Excel validation per run of identical rules down a column (Excel stores ranges, Sheets cells). */
function writeValidations(emulator: Emulator, sheet: EmuSheet, ws: ExcelJS.Worksheet): void {
  const maxRow = sheet.getMaxRows();
  for (let c = 1; c <= sheet.getMaxColumns(); c++) {
    let runStart = 0;
    let runKey = "";
    let runRule: DataValidationData | null = null;
    const flush = (end: number) => {
      if (!runRule) return;
      const validation = excelValidation(emulator, runRule);
      if (validation) {
        const model = ws as unknown as {
          dataValidations: { add(address: string, v: ExcelJS.DataValidation): void };
        };
        model.dataValidations.add(rangeAddress(runStart, c, end - runStart + 1, 1), validation);
      }
      runRule = null;
      runKey = "";
    };
    for (let r = 1; r <= maxRow; r++) {
      const rule = sheet.cell(r, c)?.validation as DataValidationData | undefined;
      const key = rule ? JSON.stringify(rule) : "";
      if (key !== runKey) {
        flush(r - 1);
        if (rule) {
          runStart = r;
          runKey = key;
          runRule = rule;
        }
      }
    }
    flush(maxRow);
  }
}

function excelValidation(emulator: Emulator, rule: DataValidationData): ExcelJS.DataValidation | null {
  const common = {
    allowBlank: true,
    showErrorMessage: !rule.allowInvalid,
    errorStyle: rule.allowInvalid ? "warning" : "stop",
    ...(rule.helpText ? { showInputMessage: true, prompt: rule.helpText } : {}),
  } as const;
  if (rule.criteria === "VALUE_IN_LIST") {
    const list = (rule.values[0] as unknown[]).map((v) => String(v).replace(/"/g, '""'));
    return { type: "list", formulae: [`"${list.join(",")}"`], ...common };
  }
  if (rule.criteria === "VALUE_IN_RANGE") {
    const source = emulator.spreadsheet.resolveRuleRange(rule.values[0] as never);
    if (!source) return null;
    const ref = `${quoteSheet(source.getSheet().getName())}!$${columnLetter(source.getColumn())}$${source.getRow()}:$${columnLetter(source.getLastColumn())}$${source.getLastRow()}`;
    return { type: "list", formulae: [ref], ...common };
  }
  return null;
}

function writeConditionalFormats(sheet: EmuSheet, ws: ExcelJS.Worksheet): void {
  let priority = 1;
  for (const rule of sheet.conditionalFormatData()) {
    if (rule.criteria !== "CUSTOM_FORMULA") continue;
    const style: Partial<ExcelJS.Style> = {};
    const font: Partial<ExcelJS.Font> = {};
    if (rule.format.fontColor) font.color = { argb: argb(rule.format.fontColor) };
    if (rule.format.bold) font.bold = true;
    if (rule.format.italic) font.italic = true;
    if (rule.format.strikethrough) font.strike = true;
    if (Object.keys(font).length) style.font = font;
    if (rule.format.background) {
      style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.format.background) } };
    }
    const formula = String(rule.values[0] ?? "").replace(/^=/, "");
    for (const range of rule.ranges.filter((r) => r.sheetId === sheet.getSheetId())) {
      ws.addConditionalFormatting({
        ref: rangeAddress(range.row, range.column, range.numRows, range.numColumns),
        rules: [
          {
            type: "expression",
            priority,
            formulae: [formula],
            style,
            stopIfTrue: true,
          } as ExcelJS.ConditionalFormattingRule,
        ],
      });
    }
    priority++;
  }
}

interface DefinedNamesModel {
  sheets: Array<{ name: string }>;
  definedNames?: Array<{ name: string; ranges: string[] }>;
}

/**
 * exceljs 4.4 writes a sheet's print area and print titles as `'Plan d'action'!$7:$7`, without doubling
 * the apostrophe of the sheet name as the file format requires; Excel and LibreOffice then drop both (and
 * exceljs cannot read its own file back). This wraps its workbook writer to double it. Once per process.
 */
let definedNamesQuoted = false;
function quoteSheetNamesInPrintRanges(): void {
  if (definedNamesQuoted) return;
  definedNamesQuoted = true;
  const xform = createRequire(import.meta.url)("exceljs/lib/xlsx/xform/book/workbook-xform.js") as {
    prototype: { prepare(model: DefinedNamesModel): void };
  };
  const prepare = xform.prototype.prepare;
  xform.prototype.prepare = function (this: unknown, model: DefinedNamesModel) {
    prepare.call(this, model);
    const quoted = model.sheets.filter((sheet) => sheet?.name.includes("'"));
    for (const defined of model.definedNames ?? []) {
      if (!defined.name.startsWith("_xlnm.")) continue;
      defined.ranges = defined.ranges.map((range) =>
        quoted.reduce(
          (text, sheet) => text.split(`'${sheet.name}'!`).join(`'${sheet.name.replace(/'/g, "''")}'!`),
          range,
        ),
      );
    }
  };
}

/**
 * Paper: landscape Letter (Québec), fit to one page wide and as many pages tall as needed, the table's
 * header row printed on every page, each row as tall as its wrapped text, "page n / N" in the footer.
 */
function writePageSetup(sheet: EmuSheet, ws: ExcelJS.Worksheet): void {
  const extent = sheetExtent(sheet);
  let lastColumn = extent.lastColumn;
  while (lastColumn > 1 && sheet.isColumnHiddenByUser(lastColumn)) lastColumn--;
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: "landscape",
    paperSize: 1 as never,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(extent.lastRow > 0 ? { printArea: `A1:${columnLetter(lastColumn)}${extent.lastRow}` } : {}),
    ...(extent.headerRow !== null ? { printTitlesRow: `${extent.headerRow}:${extent.headerRow}` } : {}),
  };
  ws.headerFooter.oddFooter = "&L&A&RPage &P / &N";
  for (let r = 1; r <= extent.lastRow; r++) {
    // The taller of the row's own height (set on the sheet: 21 px by default, 0.75 pt a pixel) and what
    // its wrapped text needs.
    const own = sheet.getRowHeight(r) > 21 ? sheet.getRowHeight(r) * 0.75 : 0;
    const height = Math.max(rowHeightPt(sheet, r, extent.lastColumn) ?? 0, own);
    if (height > DEFAULT_ROW_PT) ws.getRow(r).height = height;
  }
}

/** Excel's limit on a sheet name (exceljs cuts longer names, so two long names could collide). */
const EXCEL_SHEET_NAME_MAX = 31;

/**
 * The name each sheet gets in the .xlsx file: its own when Excel accepts it; otherwise cut to 31
 * characters, without the characters Excel refuses (: \ / ? * [ ]), and numbered when that name is taken
 * (« Bilan — Comité Entraide — 2026… » for a bilan of a long committee name).
 */
export function excelSheetNames(names: string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const clean = name.replace(/[:\\/?*[\]]/g, "-");
    let candidate = clean.slice(0, EXCEL_SHEET_NAME_MAX);
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      candidate = clean.slice(0, EXCEL_SHEET_NAME_MAX - suffix.length) + suffix;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

/** The emulated workbook as an .xlsx file. */
export async function exportXlsx(emulator: Emulator): Promise<Buffer> {
  quoteSheetNamesInPrintRanges();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Plan d'action (playground)";
  workbook.title = emulator.spreadsheet.getName();
  const sheets = emulator.spreadsheet.getSheets();
  const names = excelSheetNames(sheets.map((sheet) => sheet.getName()));
  for (const [index, sheet] of sheets.entries()) {
    const frozenRows = sheet.getFrozenRows();
    const frozenColumns = sheet.getFrozenColumns();
    const ws = workbook.addWorksheet(names[index], {
      state: sheet.isSheetHidden() ? "hidden" : "visible",
      views:
        frozenRows || frozenColumns
          ? [{ state: "frozen", xSplit: frozenColumns, ySplit: frozenRows }]
          : [{ state: "normal" }],
    });
    const lastColumn = Math.max(sheet.getLastColumn(), 1);
    for (let c = 1; c <= lastColumn; c++) {
      const column = ws.getColumn(c);
      column.width = Math.round((sheet.getColumnWidth(c) / PIXELS_PER_CHARACTER) * 10) / 10;
      if (sheet.isColumnHiddenByUser(c)) column.hidden = true;
    }
    writeCells(sheet, ws);
    for (const m of sheet.merges)
      ws.mergeCells(m.row, m.column, m.row + m.numRows - 1, m.column + m.numColumns - 1);
    writeValidations(emulator, sheet, ws);
    writeConditionalFormats(sheet, ws);
    writePageSetup(sheet, ws);
  }
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

/** The event's RRULE (without its "RRULE:" name, which ical-generator writes), or null. */
function recurrenceRule(recurrence: unknown): string | null {
  if (!Array.isArray(recurrence)) return null;
  const line = recurrence.find((entry) => typeof entry === "string" && entry.startsWith("RRULE:"));
  return line ? String(line).slice("RRULE:".length) : null;
}

/** The emulated calendars' live events as one iCalendar file. */
export function exportIcs(calendar: CalendarHooks, spreadsheetName: string): string {
  const calendars = calendar.listCalendars().filter((c) => !c.deleted);
  const ics = icalGenerator({
    name: calendars.length === 1 ? calendars[0]!.summary : spreadsheetName,
    prodId: { company: "Plan d'action", product: "playground", language: "FR" },
    // No calendar-wide zone: all-day events are plain dates, and DTSTAMP stays in UTC as RFC 5545 wants.
    timezone: null,
  });
  for (const c of calendars) {
    for (const event of calendar.allEvents(c.id)) {
      const start = event.start?.date ?? event.start?.dateTime;
      const end = event.end?.date ?? event.end?.dateTime;
      if (!start || !end) continue;
      const allDay = event.start?.date !== undefined;
      const item = ics.createEvent({
        id: String(event.id),
        // Timed events (not written by the add-on) go out as UTC instants.
        start: allDay ? start : new Date(start),
        end: allDay ? end : new Date(end),
        allDay,
        summary: event.summary ?? "",
        description: event.description ?? null,
        // A recurring event (a deadline that names its days) carries its RRULE line as Calendar stores it.
        repeating: recurrenceRule(event.recurrence),
      });
      for (const reminder of event.reminders?.overrides ?? []) {
        if (reminder.method !== "popup") continue;
        item.createAlarm({
          type: "display" as never,
          trigger: reminder.minutes * 60,
          description: event.summary ?? "",
        });
      }
    }
  }
  return ics.toString();
}
