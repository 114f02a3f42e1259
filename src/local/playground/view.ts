/**
 * What the playground page draws, computed from the emulator as Google Sheets would show it: the sheet
 * tabs; for the shown sheet, its visible columns (widths, hidden ones left out), every one of its rows (the
 * page draws only those in view: grid-render.ts), and each cell's displayed text (getDisplayValues: the
 * number format and the spreadsheet's French locale), its own format overlaid by the evaluated
 * conditional-format rules (formula-format.ts), its note, and the choices of its data validation; and the
 * Agenda panel (calendar-view.ts). Plain JSON, sent to the page as is, kept small for a 2,000-row plan: a
 * cell with nothing in it is left out, the editor's text only when it differs from the shown one, and each
 * validation's list once per sheet (cells name it by index).
 */
import type { Lang } from "../../core/i18n.ts";
import type { CalendarHooks } from "../emulator/calendar.ts";
import type { DataValidationData } from "../emulator/data-validation.ts";
import type { Emulator } from "../emulator/index.ts";
import type { EmuSheet } from "../emulator/sheet.ts";
import type { MenuRecord } from "../emulator/ui.ts";
import { type Cell, formatSerialDate, isDateFormat } from "../emulator/values.ts";
import type { BackupInfo } from "./backups.ts";
import { type CalendarView, calendarViews, type LegendEntry } from "./calendar-view.ts";
import { type ChartView, chartViews } from "./chart-view.ts";
import { cellStyle, DEFAULT_STYLED_ROWS, ruledRows, shownColumnCount } from "./view-styles.ts";
import type { WorkbookEntry } from "./workbooks.ts";

export interface CellView {
  column: number;
  text: string;
  /** What the editor starts with (the formula, a date as yyyy-mm-dd), when it is not `text`. */
  edit?: string;
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
  /** The index in SheetView.choiceLists of its validation's values (a dropdown or suggestions). */
  choices?: number;
  /** The choices are a dropdown that refuses other values (otherwise suggestions, any value accepted). */
  strict?: boolean;
  colSpan?: number;
  rowSpan?: number;
}

export interface RowView {
  row: number;
  height: number;
  cells: CellView[];
  /** Its cells' conditional formats are not evaluated yet: the page asks /api/styles (view-styles.ts). */
  unstyled?: true;
}

export interface SheetView {
  id: number;
  name: string;
  frozenRows: number;
  /** The sheet's size (Sheets' grid shows every row: aria-rowcount is rowCount + 1). */
  rowCount: number;
  columnCount: number;
  /** The last row and column holding content (Ctrl+End goes there, as in Sheets). */
  lastRow: number;
  lastColumn: number;
  columns: Array<{ column: number; letter: string; width: number }>;
  /** Every visible row, in order; a row without content has no cells. */
  rows: RowView[];
  /** The validation lists the cells name by index. */
  choiceLists: string[][];
  /** The sheet's embedded charts, drawn over the grid (chart-view.ts). */
  charts: ChartView[];
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

/** What the page draws: the workbook, plus the playground's own settings around it. */
export interface PageView extends WorkbookView {
  /** The emulated user's locale (fr_CA, en_US) and the language it means. */
  locale: string;
  lang: Lang;
  legend: LegendEntry[];
  /** The backup copies Restaurer lists, newest first. */
  backups: BackupInfo[];
  /** The open workbooks (Fichier ▸ Créer une copie made the others), the one shown marked. */
  workbooks: WorkbookEntry[];
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

/** Above Sheets' 10 million cells per spreadsheet divided by a plan's columns: never reached in practice. */
const MAX_SHOWN_ROWS = 50_000;

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

/** A validation's list of values, or null when it shows none (no dropdown, or another criterion). */
function validationList(emulator: Emulator, data: DataValidationData): string[] | null {
  const showDropdown = data.values[1] !== false;
  if (!showDropdown) return null;
  if (data.criteria === "VALUE_IN_LIST") return (data.values[0] as unknown[]).map(String);
  if (data.criteria === "VALUE_IN_RANGE") {
    const source = emulator.spreadsheet.resolveRuleRange(data.values[0] as never);
    if (!source) return null;
    const lastRow = Math.min(source.getLastRow(), source.getSheet().getLastRow());
    if (lastRow < source.getRow()) return [];
    return source
      .getSheet()
      .getRange(source.getRow(), source.getColumn(), lastRow - source.getRow() + 1, source.getNumColumns())
      .getDisplayValues()
      .flat()
      .filter((v) => v !== "");
  }
  return null;
}

/** Each validation's list read once per view, and the lists kept once each (a 2,000-row Statut column). */
function choiceTable(emulator: Emulator) {
  const lists: string[][] = [];
  const byText = new Map<string, number>();
  const byRule = new Map<string, number | null>();
  return {
    lists,
    of(data: DataValidationData): Pick<CellView, "choices" | "strict"> {
      const ruleKey = JSON.stringify(data);
      let index = byRule.get(ruleKey);
      if (index === undefined) {
        const list = validationList(emulator, data);
        if (list === null) index = null;
        else {
          const text = JSON.stringify(list);
          index = byText.get(text) ?? lists.push(list) - 1;
          byText.set(text, index);
        }
        byRule.set(ruleKey, index);
      }
      if (index === null) return {};
      return data.allowInvalid ? { choices: index } : { choices: index, strict: true };
    },
  };
}

/**
 * The sheet `sheetId` as the page draws it; conditional formats evaluated for the rows of `styled` only
 * (view-styles.ts), the other rows a rule covers marked `unstyled`.
 */
export function sheetView(
  emulator: Emulator,
  sheetId: number,
  styled: { from: number; to: number } = DEFAULT_STYLED_ROWS,
): SheetView {
  const sheet = emulator.spreadsheet.getSheetById(sheetId) ?? emulator.spreadsheet.getActiveSheet();
  const ruled = ruledRows(sheet as EmuSheet);
  const name = sheet.getName();
  const lastRow = sheet.getLastRow();
  const frozenRows = sheet.getFrozenRows();
  const rowCount = Math.min(sheet.getMaxRows(), MAX_SHOWN_ROWS);
  const choices = choiceTable(emulator);
  const columnCount = shownColumnCount(sheet as EmuSheet);
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
  const rowAnswers = new Map<string, boolean>();
  for (let r = 1; r <= rowCount; r++) {
    if (sheet.isRowHiddenByUser(r)) continue;
    const evaluate = (r >= styled.from && r <= styled.to) || r <= frozenRows;
    const unstyled = !evaluate && ruled(r);
    const cells: CellView[] = [];
    for (const { column: c } of columns) {
      if (sheet.isHiddenByMerge(r, c)) continue;
      const cell = sheet.cell(r, c);
      const span = anchors.get(`${r}:${c}`);
      if (!cell && !span) continue;
      const view: CellView = { column: c, text: display[r - 1]![c - 1]! };
      const edit = editText(cell);
      if (edit !== view.text) view.edit = edit;
      if (cell) {
        Object.assign(view, cellStyle(emulator, name, r, c, cell, evaluate, rowAnswers));
        if (cell.fontStyle === "italic") view.italic = true;
        if (cell.wrapStrategy === "WRAP") view.wrap = true;
        if (cell.horizontalAlignment) view.align = cell.horizontalAlignment;
        if (cell.verticalAlignment) view.valign = cell.verticalAlignment;
        if (cell.fontSize && cell.fontSize !== 10) view.fontSize = cell.fontSize;
        if (cell.note) view.note = cell.note;
        if (cell.validation) Object.assign(view, choices.of(cell.validation as DataValidationData));
        if (view.align === undefined && typeof cell.value === "number") view.align = "right";
      }
      if (span) {
        if (span.rowSpan > 1) view.rowSpan = span.rowSpan;
        if (span.colSpan > 1) view.colSpan = span.colSpan;
      }
      cells.push(view);
    }
    rows.push(
      unstyled
        ? { row: r, height: sheet.getRowHeight(r), cells, unstyled: true }
        : { row: r, height: sheet.getRowHeight(r), cells },
    );
  }
  return {
    id: sheet.getSheetId(),
    name,
    frozenRows,
    rowCount,
    columnCount: sheet.getMaxColumns(),
    lastRow,
    lastColumn: sheet.getLastColumn(),
    columns,
    rows,
    choiceLists: choices.lists,
    charts: chartViews(emulator, sheet),
  };
}

export function workbookView(
  emulator: Emulator,
  calendar: CalendarHooks,
  menus: MenuRecord[],
  problem: string | null,
  sheetId?: number,
  /** Today, for the calendar's late events: the instant the add-on sees as now. */
  now: number = emulator.clock.now(),
  /** The rows whose conditional formats are evaluated (view-styles.ts). */
  styled: { from: number; to: number } = DEFAULT_STYLED_ROWS,
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
    sheet: sheetView(emulator, shown, styled),
    activeCell: range
      ? { sheetId: range.getSheet().getSheetId(), row: range.getRow(), column: range.getColumn() }
      : null,
    menus,
    calendars: calendarViews(calendar, spreadsheet.getSpreadsheetTimeZone(), now),
    problem,
  };
}
