/**
 * What the playground page draws, computed from the emulator as Google Sheets would show it: the sheet
 * tabs; for the shown sheet, its visible columns (widths, hidden ones left out), its rows up to a little
 * past the last one used, and each cell's displayed text (getDisplayValues: the number format and the
 * spreadsheet's French locale), its own format overlaid by the evaluated conditional-format rules
 * (formula-format.ts), its note, and the choices of its data validation; and the emulated calendars'
 * events by date, each marked late when its last day has passed and it is not done. Plain JSON, sent to
 * the page as is.
 */
import { calendarColourHex, STATUS_COLOURS } from "../../core/colours/calendar-colours.ts";
import { paletteEntry, paletteLabel } from "../../core/colours/palette.ts";
import type { Lang } from "../../core/i18n.ts";
import { DONE_PREFIX, STATUS_COLOR_IDS } from "../../core/sync/event-body.ts";
import { DEFAULT_TEMPLATE, statusLabel } from "../../core/template.ts";
import type { CalendarHooks } from "../emulator/calendar.ts";
import type { DataValidationData } from "../emulator/data-validation.ts";
import { effectiveFormat } from "../emulator/formula-format.ts";
import type { Emulator } from "../emulator/index.ts";
import type { MenuRecord } from "../emulator/ui.ts";
import { type Cell, formatSerialDate, isDateFormat } from "../emulator/values.ts";

export interface CellView {
  column: number;
  text: string;
  /** What the editor starts with: the formula, a date as yyyy-mm-dd, or the text. */
  edit: string;
  background?: string;
  color?: string;
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  wrap?: boolean;
  align?: string;
  valign?: string;
  fontSize?: number;
  note?: string;
  /** A dropdown (validation list, invalid values rejected). */
  options?: string[];
  /** Suggestions (validation from a range, any value accepted). */
  suggestions?: string[];
  colSpan?: number;
  rowSpan?: number;
}

export interface RowView {
  row: number;
  height: number;
  cells: CellView[];
}

export interface SheetView {
  id: number;
  name: string;
  frozenRows: number;
  columns: Array<{ column: number; letter: string; width: number }>;
  rows: RowView[];
}

export interface CalendarEventView {
  id: string;
  title: string;
  /** First day, yyyy-mm-dd. */
  start: string;
  /** Last day (inclusive), yyyy-mm-dd. */
  end: string;
  color: string;
  description: string;
  reminders: number[];
  /** Its last day is before today (in the spreadsheet's time zone) and the action is not done. */
  late: boolean;
}

export interface CalendarView {
  id: string;
  name: string;
  timeZone: string;
  events: CalendarEventView[];
}

export interface WorkbookView {
  spreadsheetName: string;
  tabs: Array<{ id: number; name: string; hidden: boolean; active: boolean }>;
  sheet: SheetView;
  activeCell: { sheetId: number; row: number; column: number } | null;
  menus: MenuRecord[];
  calendars: CalendarView[];
  problem: string | null;
}

/** One line of the calendar panel's legend: a status as the sheet paints it and as its events show. */
export interface LegendEntry {
  key: string;
  label: string;
  /** The sheet's colours for it (palette.ts). */
  background: string;
  fontColor: string;
  /** Its events' colour in Calendar; null for En retard, which the panel says in words. */
  eventColour: string | null;
}

/**
 * The legend, from the one table joining the sheet's and the calendar's colours: every status that has
 * events (Annulé rows have none), then En retard.
 */
export function calendarLegend(lang: Lang): LegendEntry[] {
  const entries: LegendEntry[] = (["aFaire", "enCours", "termine", "reporte"] as const).map((key) => ({
    key,
    label: statusLabel(DEFAULT_TEMPLATE, key, lang),
    background: STATUS_COLOURS[key].background,
    fontColor: STATUS_COLOURS[key].fontColor,
    eventColour: STATUS_COLOURS[key].calendar.hex,
  }));
  const late = paletteEntry("enRetard");
  entries.push({
    key: "enRetard",
    label: paletteLabel(late, lang),
    background: late.background,
    fontColor: late.fontColor,
    eventColour: null,
  });
  return entries;
}

/** What the page draws: the workbook, plus the playground's own settings around it. */
export interface PageView extends WorkbookView {
  /** The emulated user's locale (fr_CA, en_US) and the language it means. */
  locale: string;
  lang: Lang;
  legend: LegendEntry[];
  /** The newest backup copy (Restaurer brings it back), or null. */
  backup: { file: string; savedAt: string } | null;
}

export function columnLetter(column: number): string {
  let n = column;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const MIN_ROWS = 30;
const EXTRA_ROWS = 8;
const MAX_SHOWN_ROWS = 400;
const MIN_COLUMNS = 8;

function editText(cell: Cell | undefined): string {
  if (!cell) return "";
  if (cell.formula) return cell.formula;
  if (typeof cell.value === "number") {
    const dateish = cell.numberFormat ? isDateFormat(cell.numberFormat) : cell.isDate === true;
    if (dateish) return formatSerialDate(cell.value, "yyyy-mm-dd", "fr_CA");
    if (cell.numberFormat?.includes("%")) return `${Math.round(cell.value * 10000) / 100}%`;
    return String(cell.value);
  }
  if (typeof cell.value === "boolean") return cell.value ? "TRUE" : "FALSE";
  return cell.value ?? "";
}

function validationChoices(
  emulator: Emulator,
  data: DataValidationData,
): Pick<CellView, "options" | "suggestions"> {
  const showDropdown = data.values[1] !== false;
  if (!showDropdown) return {};
  if (data.criteria === "VALUE_IN_LIST") {
    const list = (data.values[0] as unknown[]).map(String);
    return data.allowInvalid ? { suggestions: list } : { options: list };
  }
  if (data.criteria === "VALUE_IN_RANGE") {
    const source = emulator.spreadsheet.resolveRuleRange(data.values[0] as never);
    if (!source) return {};
    const lastRow = Math.min(source.getLastRow(), source.getSheet().getLastRow());
    if (lastRow < source.getRow()) return data.allowInvalid ? { suggestions: [] } : { options: [] };
    const values = source
      .getSheet()
      .getRange(source.getRow(), source.getColumn(), lastRow - source.getRow() + 1, source.getNumColumns())
      .getDisplayValues()
      .flat()
      .filter((v) => v !== "");
    return data.allowInvalid ? { suggestions: values } : { options: values };
  }
  return {};
}

/** The evaluated format; a rule the evaluator cannot read leaves the cell's own format. */
function shownFormat(emulator: Emulator, sheetName: string, row: number, column: number, cell: Cell) {
  try {
    return effectiveFormat(emulator, sheetName, row, column);
  } catch {
    return {
      background: cell.background ?? null,
      fontColor: cell.fontColor ?? null,
      bold: cell.fontWeight === "bold",
      strikethrough: cell.fontLine === "line-through",
    };
  }
}

export function sheetView(emulator: Emulator, sheetId: number): SheetView {
  const sheet = emulator.spreadsheet.getSheetById(sheetId) ?? emulator.spreadsheet.getActiveSheet();
  const name = sheet.getName();
  const lastRow = sheet.getLastRow();
  const frozenRows = sheet.getFrozenRows();
  const rowCount = Math.min(
    sheet.getMaxRows(),
    MAX_SHOWN_ROWS,
    Math.max(MIN_ROWS, lastRow + EXTRA_ROWS, frozenRows + EXTRA_ROWS),
  );
  const columnCount = Math.min(sheet.getMaxColumns(), Math.max(MIN_COLUMNS, sheet.getLastColumn() + 1));
  const columns: SheetView["columns"] = [];
  for (let c = 1; c <= columnCount; c++) {
    if (sheet.isColumnHiddenByUser(c)) continue;
    columns.push({ column: c, letter: columnLetter(c), width: sheet.getColumnWidth(c) });
  }
  const display = sheet.getRange(1, 1, rowCount, columnCount).getDisplayValues();
  const anchors = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const m of sheet.merges)
    anchors.set(`${m.row}:${m.column}`, { rowSpan: m.numRows, colSpan: m.numColumns });
  const rows: RowView[] = [];
  for (let r = 1; r <= rowCount; r++) {
    if (sheet.isRowHiddenByUser(r)) continue;
    const cells: CellView[] = [];
    for (const { column: c } of columns) {
      if (sheet.isHiddenByMerge(r, c)) continue;
      const cell = sheet.cell(r, c);
      const view: CellView = { column: c, text: display[r - 1]![c - 1]!, edit: editText(cell) };
      if (cell) {
        const format = shownFormat(emulator, name, r, c, cell);
        if (format.background && format.background !== "#ffffff") view.background = format.background;
        if (format.fontColor && format.fontColor !== "#000000") view.color = format.fontColor;
        if (format.bold) view.bold = true;
        if (format.strikethrough) view.strike = true;
        if (cell.fontStyle === "italic") view.italic = true;
        if (cell.wrapStrategy === "WRAP") view.wrap = true;
        if (cell.horizontalAlignment) view.align = cell.horizontalAlignment;
        if (cell.verticalAlignment) view.valign = cell.verticalAlignment;
        if (cell.fontSize && cell.fontSize !== 10) view.fontSize = cell.fontSize;
        if (cell.note) view.note = cell.note;
        if (cell.validation)
          Object.assign(view, validationChoices(emulator, cell.validation as DataValidationData));
        if (view.align === undefined && typeof cell.value === "number") view.align = "right";
      }
      const span = anchors.get(`${r}:${c}`);
      if (span) {
        if (span.rowSpan > 1) view.rowSpan = span.rowSpan;
        if (span.colSpan > 1) view.colSpan = span.colSpan;
      }
      cells.push(view);
    }
    rows.push({ row: r, height: sheet.getRowHeight(r), cells });
  }
  return { id: sheet.getSheetId(), name, frozenRows, columns, rows };
}

function addDays(day: string, delta: number): string {
  const t = Date.parse(`${day}T00:00:00Z`) + delta * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** A synced event is done when its row is Terminé: the sync gives it the Terminé colour and a ✓ title. */
function isDone(event: { colorId?: string | null; summary?: string | null }): boolean {
  return event.colorId === STATUS_COLOR_IDS.termine || (event.summary ?? "").startsWith(DONE_PREFIX);
}

export function calendarViews(
  calendar: CalendarHooks,
  timeZone: string,
  now: number = Date.now(),
): CalendarView[] {
  const dayIn = (instant: string | number) =>
    new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
      new Date(instant),
    );
  const today = dayIn(now);
  return calendar
    .listCalendars()
    .filter((c) => !c.deleted)
    .map((c) => ({
      id: c.id,
      name: c.summary,
      timeZone: c.timeZone,
      events: calendar
        .allEvents(c.id)
        .map((e) => {
          const start = e.start?.date ?? (e.start?.dateTime ? dayIn(e.start.dateTime) : "");
          const end = e.end?.date ? addDays(e.end.date, -1) : e.end?.dateTime ? dayIn(e.end.dateTime) : start;
          return {
            id: String(e.id),
            title: e.summary ?? "",
            start,
            end,
            color: calendarColourHex(e.colorId),
            description: e.description ?? "",
            reminders: (e.reminders?.overrides ?? []).map((o) => o.minutes),
            late: end !== "" && end < today && !isDone(e),
          };
        })
        .sort((a, b) => (a.start === b.start ? a.title.localeCompare(b.title) : a.start < b.start ? -1 : 1)),
    }));
}

export function workbookView(
  emulator: Emulator,
  calendar: CalendarHooks,
  menus: MenuRecord[],
  problem: string | null,
  sheetId?: number,
  /** Today, for the calendar's late events: the instant the add-on sees as now. */
  now: number = emulator.clock.now(),
): WorkbookView {
  const spreadsheet = emulator.spreadsheet;
  const active = spreadsheet.getActiveSheet();
  const shown = sheetId !== undefined && spreadsheet.getSheetById(sheetId) ? sheetId : active.getSheetId();
  const range = spreadsheet.getActiveRange();
  return {
    spreadsheetName: spreadsheet.getName(),
    tabs: spreadsheet.getSheets().map((s) => ({
      id: s.getSheetId(),
      name: s.getName(),
      hidden: s.isSheetHidden(),
      active: s === active,
    })),
    sheet: sheetView(emulator, shown),
    activeCell: range
      ? { sheetId: range.getSheet().getSheetId(), row: range.getRow(), column: range.getColumn() }
      : null,
    menus,
    calendars: calendarViews(calendar, spreadsheet.getSpreadsheetTimeZone(), now),
    problem,
  };
}
