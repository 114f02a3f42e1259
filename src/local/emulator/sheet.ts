/**
 * Sheet: the grid of cells (sparse, 1-based), its size (1000 × 26 by default), hidden and frozen rows and
 * columns, widths, merges, conditional format rules (kept in order as plain data), protections and
 * sheet-level developer metadata. Inserting or deleting rows and columns shifts content, formats, notes,
 * validations, merges, conditional-format ranges, named ranges, protections and row/column metadata
 * (and, through the spreadsheet, the references inside custom formulas: see formula-refs.ts).
 */
import { a1Shape, contains, type GridRect, intersects, parseA1, shiftRect, splitSheetName } from "./a1.ts";
import {
  type ChartRecord,
  type EmuEmbeddedChart,
  type EmuEmbeddedChartBuilder,
  sheetCharts,
} from "./chart.ts";
import {
  type ConditionalFormatRuleData,
  cloneRuleData,
  EmuConditionalFormatRule,
  type RuleRange,
} from "./conditional-format.ts";
import { enumName, SheetType } from "./enums.ts";
import { EmuDeveloperMetadata, EmuDeveloperMetadataFinder } from "./metadata.ts";
import { type EmuNamedRange, EmuProtection, type ProtectionRecord } from "./protection.ts";
import { EmuRange, metadataArgs } from "./range.ts";
import type { EmuSpreadsheet } from "./spreadsheet.ts";
import { type Cell, FORMAT_KEYS } from "./values.ts";

export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;

/** What a new row or column copies from its neighbour. */
const INHERITED_KEYS = [...FORMAT_KEYS, "validation"] as const;

function shiftKeys<V>(map: Map<number, V>, at: number, delta: number): Map<number, V> {
  const out = new Map<number, V>();
  for (const [k, v] of map) {
    if (delta < 0 && k >= at && k < at - delta) continue;
    out.set(k >= at ? k + delta : k, v);
  }
  return out;
}

/**
 * A chart moved to its own sheet, or a Timeline view, is a sheet of type OBJECT
 * (developers.google.com/apps-script/reference/spreadsheet/sheet-type: "a sheet containing a single
 * embedded object such as an EmbeddedChart"). Its cell methods throw; the message is as public reports
 * quote it ("The action is not supported for the OBJECT sheet"), and which methods throw is a guess:
 * every method about cells, rows, columns, formats and selection. Its name, id, position, activation,
 * visibility, developer metadata and protections answer as any sheet's.
 */
export const OBJECT_SHEET_MESSAGE = "The action is not supported for the OBJECT sheet.";
const GRID_ONLY = [
  "getRange",
  "getRangeList",
  "getDataRange",
  "getLastRow",
  "getLastColumn",
  "getMaxRows",
  "getMaxColumns",
  "appendRow",
  "insertRows",
  "insertRowBefore",
  "insertRowAfter",
  "insertRowsBefore",
  "insertRowsAfter",
  "insertColumns",
  "insertColumnBefore",
  "insertColumnAfter",
  "insertColumnsBefore",
  "insertColumnsAfter",
  "deleteRow",
  "deleteRows",
  "deleteColumn",
  "deleteColumns",
  "hideColumns",
  "showColumns",
  "hideColumn",
  "unhideColumn",
  "isColumnHiddenByUser",
  "hideRows",
  "showRows",
  "hideRow",
  "unhideRow",
  "isRowHiddenByUser",
  "setFrozenRows",
  "getFrozenRows",
  "setFrozenColumns",
  "getFrozenColumns",
  "setColumnWidth",
  "setColumnWidths",
  "getColumnWidth",
  "setRowHeight",
  "setRowHeights",
  "getRowHeight",
  "getConditionalFormatRules",
  "setConditionalFormatRules",
  "clearConditionalFormatRules",
  "clear",
  "clearContents",
  "clearFormats",
  "clearNotes",
  "setActiveRange",
  "setActiveSelection",
  "getActiveRange",
  "getNamedRanges",
] as const;

function shiftSet(set: Set<number>, at: number, delta: number): Set<number> {
  const m = shiftKeys(new Map([...set].map((k) => [k, true])), at, delta);
  return new Set(m.keys());
}

export class EmuSheet {
  readonly __class = "Sheet";
  /** rows[r-1][c-1]; both levels sparse. */
  private rows: Array<Array<Cell | undefined> | undefined> = [];
  private maxRows = 1000;
  private maxColumns = 26;
  hidden = false;
  private frozenRows = 0;
  private frozenColumns = 0;
  private columnWidths = new Map<number, number>();
  private rowHeights = new Map<number, number>();
  private hiddenColumns = new Set<number>();
  private hiddenRows = new Set<number>();
  merges: GridRect[] = [];
  /** The charts embedded in the sheet, as plain data (chart.ts); the playground reads them. */
  charts: ChartRecord[] = [];
  conditionalRules: ConditionalFormatRuleData[] = [];
  tabColor: string | null = null;
  /** Every setBorder call, in order, for inspection. */
  readonly borderCalls: Array<Record<string, unknown>> = [];

  constructor(
    readonly spreadsheet: EmuSpreadsheet,
    private name: string,
    private readonly id: number,
    size?: { rows?: number; columns?: number },
    private readonly type: "GRID" | "OBJECT" = "GRID",
  ) {
    if (size?.rows) this.maxRows = size.rows;
    if (size?.columns) this.maxColumns = size.columns;
    if (type === "OBJECT") {
      const refuse = () => {
        throw new Error(OBJECT_SHEET_MESSAGE);
      };
      for (const method of GRID_ONLY) Object.defineProperty(this, method, { value: refuse });
    }
  }

  getType() {
    return SheetType[this.type];
  }

  // --- raw cell access (for the emulator's own modules and for tests) -------------------------------------
  cell(row: number, column: number): Cell | undefined {
    return this.rows[row - 1]?.[column - 1];
  }
  ensureCell(row: number, column: number): Cell {
    let line = this.rows[row - 1];
    if (!line) {
      line = [];
      this.rows[row - 1] = line;
    }
    let cell = line[column - 1];
    if (!cell) {
      cell = {};
      line[column - 1] = cell;
    }
    return cell;
  }
  /** Visits every stored cell. */
  forEachCell(visit: (cell: Cell, row: number, column: number) => void): void {
    this.rows.forEach((line, r) => {
      line?.forEach((cell, c) => {
        if (cell) visit(cell, r + 1, c + 1);
      });
    });
  }
  /** Drops a cell object that holds nothing any more. */
  compact(row: number, column: number): void {
    const line = this.rows[row - 1];
    const cell = line?.[column - 1];
    if (line && cell && Object.keys(cell).length === 0) line[column - 1] = undefined;
  }
  isHiddenByMerge(row: number, column: number): boolean {
    return this.merges.some(
      (m) =>
        row >= m.row &&
        row < m.row + m.numRows &&
        column >= m.column &&
        column < m.column + m.numColumns &&
        (row !== m.row || column !== m.column),
    );
  }
  addMerge(rect: GridRect): void {
    for (const m of this.merges)
      if (intersects(m, rect) && !contains(rect, m))
        throw new Error("You must select all cells in a merged range to merge or unmerge them.");
    this.merges = this.merges.filter((m) => !contains(rect, m));
    for (let r = rect.row; r < rect.row + rect.numRows; r++)
      for (let c = rect.column; c < rect.column + rect.numColumns; c++) {
        if (r === rect.row && c === rect.column) continue;
        const cell = this.cell(r, c);
        if (cell) {
          delete cell.value;
          delete cell.formula;
          delete cell.isDate;
          this.compact(r, c);
        }
      }
    if (rect.numRows > 1 || rect.numColumns > 1) this.merges.push({ ...rect });
  }
  breakMerges(rect: GridRect): void {
    for (const m of this.merges)
      if (intersects(m, rect) && !contains(rect, m))
        throw new Error("You must select all cells in a merged range to merge or unmerge them.");
    this.merges = this.merges.filter((m) => !intersects(m, rect));
  }

  // --- identity ---------------------------------------------------------------------------------------------
  getName(): string {
    return this.name;
  }
  getSheetName(): string {
    return this.name;
  }
  setName(name: string): this {
    const n = String(name);
    if (n === this.name) return this;
    this.spreadsheet.checkNewSheetName(n);
    this.name = n;
    return this;
  }
  getSheetId(): number {
    return this.id;
  }
  getIndex(): number {
    return this.spreadsheet.sheetList().indexOf(this) + 1;
  }
  getParent(): EmuSpreadsheet {
    return this.spreadsheet;
  }
  /** A copy of this sheet in `spreadsheet`, with a new id (see EmuSpreadsheet.insertCopyOf). */
  copyTo(spreadsheet: EmuSpreadsheet): EmuSheet {
    return spreadsheet.insertCopyOf(this);
  }
  activate(): this {
    this.spreadsheet.setActiveSheet(this);
    return this;
  }
  setTabColor(color: string | null): this {
    this.tabColor = color;
    return this;
  }
  getTabColor(): string | null {
    return this.tabColor;
  }

  // --- ranges ------------------------------------------------------------------------------------------------
  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): EmuRange {
    if (typeof a === "string") {
      const { cells } = splitSheetName(a);
      const rect = parseA1(cells, this.maxRows, this.maxColumns);
      if (!rect) throw new Error("Range not found");
      const range = this.rangeAt(rect.row, rect.column, rect.numRows, rect.numColumns);
      const shape = a1Shape(cells);
      return shape === "CELLS"
        ? range
        : new EmuRange(this, rect.row, rect.column, rect.numRows, rect.numColumns, shape);
    }
    return this.rangeAt(a, column ?? 1, numRows ?? 1, numColumns ?? 1);
  }
  private rangeAt(row: number, column: number, numRows: number, numColumns: number): EmuRange {
    for (const [v, what] of [
      [row, "row"],
      [column, "column"],
      [numRows, "numRows"],
      [numColumns, "numColumns"],
    ] as const) {
      if (typeof v !== "number" || Number.isNaN(v)) throw new Error(`Invalid argument: ${what}`);
    }
    if (row < 1) throw new Error("The starting row of the range is too small.");
    if (column < 1) throw new Error("The starting column of the range is too small.");
    if (numRows < 1) throw new Error("The number of rows in the range must be at least 1.");
    if (numColumns < 1) throw new Error("The number of columns in the range must be at least 1.");
    const r = Math.floor(row);
    const c = Math.floor(column);
    const nr = Math.floor(numRows);
    const nc = Math.floor(numColumns);
    if (r + nr - 1 > this.maxRows || c + nc - 1 > this.maxColumns) {
      throw new Error("The coordinates of the range are outside the dimensions of the sheet.");
    }
    return new EmuRange(this, r, c, nr, nc);
  }
  getDataRange(): EmuRange {
    return this.rangeAt(1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }
  private hasContent(cell: Cell | undefined): boolean {
    return cell !== undefined && (cell.value !== undefined || cell.formula !== undefined);
  }
  getLastRow(): number {
    for (let r = this.rows.length; r >= 1; r--)
      if (this.rows[r - 1]?.some((c) => this.hasContent(c))) return r;
    return 0;
  }
  getLastColumn(): number {
    let last = 0;
    for (const line of this.rows) {
      if (!line) continue;
      for (let c = line.length; c > last; c--) if (this.hasContent(line[c - 1])) last = c;
    }
    return last;
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxColumns;
  }
  appendRow(values: unknown[]): this {
    const row = this.getLastRow() + 1;
    if (row > this.maxRows) this.maxRows = row;
    this.rangeAt(row, 1, 1, Math.max(1, values.length)).setValues([values.length ? values : [""]]);
    return this;
  }

  // --- inserting and deleting rows and columns ------------------------------------------------------------
  private shift(dimension: "ROWS" | "COLUMNS", at: number, delta: number): void {
    if (dimension === "ROWS") {
      if (delta > 0) this.rows.splice(at - 1, 0, ...Array.from({ length: delta }, () => undefined));
      else this.rows.splice(at - 1, -delta);
      this.maxRows += delta;
      this.rowHeights = shiftKeys(this.rowHeights, at, delta);
      this.hiddenRows = shiftSet(this.hiddenRows, at, delta);
      if (this.frozenRows >= at) this.frozenRows = Math.max(at - 1, this.frozenRows + delta);
    } else {
      for (const line of this.rows) {
        if (!line || line.length < at) continue;
        if (delta > 0) line.splice(at - 1, 0, ...Array.from({ length: delta }, () => undefined));
        else line.splice(at - 1, -delta);
      }
      this.maxColumns += delta;
      this.columnWidths = shiftKeys(this.columnWidths, at, delta);
      this.hiddenColumns = shiftSet(this.hiddenColumns, at, delta);
      if (this.frozenColumns >= at) this.frozenColumns = Math.max(at - 1, this.frozenColumns + delta);
    }
    this.merges = this.merges.filter(
      (m) => shiftRect(m, dimension, at, delta) && m.numRows * m.numColumns > 1,
    );
    const anchorShifts = new Map<ConditionalFormatRuleData, number>();
    for (const rule of this.conditionalRules) {
      const anchor = (r: RuleRange | undefined) =>
        r ? (dimension === "ROWS" ? r.row : r.column) : undefined;
      const before = anchor(rule.ranges[0]);
      rule.ranges = rule.ranges.filter((r) => r.sheetId !== this.id || shiftRect(r, dimension, at, delta));
      const after = anchor(rule.ranges[0]);
      if (before !== undefined && after !== undefined) anchorShifts.set(rule, after - before);
    }
    this.spreadsheet.shiftSheetObjects(this.id, dimension, at, delta, anchorShifts);
  }
  /**
   * New rows or columns take the formats and data validation (never the content or notes) of their
   * neighbour: the one before for insert…After, the one after for insert…Before, as Sheets does.
   */
  private inherit(dimension: "ROWS" | "COLUMNS", at: number, count: number, from: number): void {
    const other = dimension === "ROWS" ? this.maxColumns : this.maxRows;
    for (let k = 1; k <= other; k++) {
      const source = dimension === "ROWS" ? this.cell(from, k) : this.cell(k, from);
      if (!source) continue;
      const inherited: Cell = {};
      for (const key of INHERITED_KEYS)
        if (source[key] !== undefined) (inherited as Record<string, unknown>)[key] = source[key];
      if (Object.keys(inherited).length === 0) continue;
      for (let i = at; i < at + count; i++) {
        const target = dimension === "ROWS" ? this.ensureCell(i, k) : this.ensureCell(k, i);
        Object.assign(target, structuredClone(inherited));
      }
    }
  }
  private checkInsert(at: number, count: number, dimension: "ROWS" | "COLUMNS"): void {
    const max = dimension === "ROWS" ? this.maxRows : this.maxColumns;
    if (!Number.isInteger(count) || count < 1)
      throw new Error(`Invalid argument: ${dimension === "ROWS" ? "numRows" : "numColumns"}`);
    if (at < 1 || at > max + 1) {
      throw new Error(
        dimension === "ROWS" ? "Those rows are out of bounds." : "Those columns are out of bounds.",
      );
    }
  }
  insertRows(rowIndex: number, numRows = 1): void {
    this.checkInsert(rowIndex, numRows, "ROWS");
    this.shift("ROWS", rowIndex, numRows);
    if (rowIndex + numRows <= this.maxRows) this.inherit("ROWS", rowIndex, numRows, rowIndex + numRows);
  }
  insertRowBefore(beforePosition: number): this {
    this.insertRowsBefore(beforePosition, 1);
    return this;
  }
  insertRowAfter(afterPosition: number): this {
    this.insertRowsAfter(afterPosition, 1);
    return this;
  }
  insertRowsBefore(beforePosition: number, howMany: number): this {
    this.checkInsert(beforePosition, howMany, "ROWS");
    this.shift("ROWS", beforePosition, howMany);
    if (beforePosition + howMany <= this.maxRows)
      this.inherit("ROWS", beforePosition, howMany, beforePosition + howMany);
    return this;
  }
  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.checkInsert(afterPosition + 1, howMany, "ROWS");
    this.shift("ROWS", afterPosition + 1, howMany);
    if (afterPosition >= 1) this.inherit("ROWS", afterPosition + 1, howMany, afterPosition);
    return this;
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this.checkInsert(columnIndex, numColumns, "COLUMNS");
    this.shift("COLUMNS", columnIndex, numColumns);
    if (columnIndex + numColumns <= this.maxColumns)
      this.inherit("COLUMNS", columnIndex, numColumns, columnIndex + numColumns);
  }
  insertColumnBefore(beforePosition: number): this {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  insertColumnAfter(afterPosition: number): this {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    this.checkInsert(beforePosition, howMany, "COLUMNS");
    this.shift("COLUMNS", beforePosition, howMany);
    if (beforePosition + howMany <= this.maxColumns)
      this.inherit("COLUMNS", beforePosition, howMany, beforePosition + howMany);
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.checkInsert(afterPosition + 1, howMany, "COLUMNS");
    this.shift("COLUMNS", afterPosition + 1, howMany);
    if (afterPosition >= 1) this.inherit("COLUMNS", afterPosition + 1, howMany, afterPosition);
    return this;
  }
  deleteRow(rowPosition: number): this {
    return this.deleteRows(rowPosition, 1);
  }
  deleteRows(rowPosition: number, howMany = 1): this {
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > this.maxRows)
      throw new Error("Those rows are out of bounds.");
    if (howMany >= this.maxRows) throw new Error("You can't delete all the rows on the sheet.");
    this.shift("ROWS", rowPosition, -howMany);
    return this;
  }
  deleteColumn(columnPosition: number): this {
    return this.deleteColumns(columnPosition, 1);
  }
  deleteColumns(columnPosition: number, howMany = 1): this {
    if (columnPosition < 1 || howMany < 1 || columnPosition + howMany - 1 > this.maxColumns)
      throw new Error("Those columns are out of bounds.");
    if (howMany >= this.maxColumns) throw new Error("You can't delete all the columns on the sheet.");
    this.shift("COLUMNS", columnPosition, -howMany);
    return this;
  }

  // --- visibility, frozen panes, sizes ------------------------------------------------------------------------
  hideSheet(): this {
    if (this.spreadsheet.sheetList().filter((s) => !s.hidden && s !== this).length === 0)
      throw new Error("You can't hide all the sheets in a document.");
    this.hidden = true;
    return this;
  }
  showSheet(): this {
    this.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this.hidden;
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.hiddenColumns.add(c);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.hiddenColumns.delete(c);
  }
  hideColumn(range: EmuRange): void {
    this.hideColumns(range.getColumn(), range.getNumColumns());
  }
  unhideColumn(range: EmuRange): void {
    this.showColumns(range.getColumn(), range.getNumColumns());
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.hiddenColumns.has(columnPosition);
  }
  hideRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++) this.hiddenRows.add(r);
  }
  showRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++) this.hiddenRows.delete(r);
  }
  hideRow(range: EmuRange): void {
    this.hideRows(range.getRow(), range.getNumRows());
  }
  unhideRow(range: EmuRange): void {
    this.showRows(range.getRow(), range.getNumRows());
  }
  isRowHiddenByUser(rowPosition: number): boolean {
    return this.hiddenRows.has(rowPosition);
  }
  setFrozenRows(rows: number): void {
    if (rows < 0 || rows >= this.maxRows) throw new Error("Invalid argument: rows");
    this.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    if (columns < 0 || columns >= this.maxColumns) throw new Error("Invalid argument: columns");
    this.frozenColumns = columns;
  }
  getFrozenColumns(): number {
    return this.frozenColumns;
  }
  setColumnWidth(columnPosition: number, width: number): this {
    this.columnWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.columnWidths.set(c, width);
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }
  setRowHeight(rowPosition: number, height: number): this {
    this.rowHeights.set(rowPosition, height);
    return this;
  }
  setRowHeights(startRow: number, numRows: number, height: number): this {
    for (let r = startRow; r < startRow + numRows; r++) this.rowHeights.set(r, height);
    return this;
  }
  getRowHeight(rowPosition: number): number {
    return this.rowHeights.get(rowPosition) ?? DEFAULT_ROW_HEIGHT;
  }

  // --- conditional formats ----------------------------------------------------------------------------------
  getConditionalFormatRules(): EmuConditionalFormatRule[] {
    return this.conditionalRules.map(
      (d) => new EmuConditionalFormatRule(cloneRuleData(d), this.spreadsheet.resolveRuleRange),
    );
  }
  setConditionalFormatRules(rules: EmuConditionalFormatRule[]): void {
    if (!Array.isArray(rules))
      throw new Error(
        "The parameters don't match the method signature for SpreadsheetApp.Sheet.setConditionalFormatRules.",
      );
    for (const rule of rules) {
      for (const r of rule.data.ranges)
        if (r.sheetId !== this.id)
          throw new Error("Conditional format rule cannot reference a different sheet.");
    }
    this.conditionalRules = rules.map((r) => cloneRuleData(r.data));
  }
  clearConditionalFormatRules(): void {
    this.conditionalRules = [];
  }
  /** The stored rules as plain data (for a formula evaluator or a renderer). */
  conditionalFormatData(): ConditionalFormatRuleData[] {
    return this.conditionalRules;
  }

  // --- protections, metadata, named ranges ----------------------------------------------------------------------
  protect(): EmuProtection {
    const record: ProtectionRecord = {
      type: "SHEET",
      sheetId: this.id,
      rect: null,
      description: "",
      warningOnly: false,
      rangeName: null,
      unprotected: [],
    };
    this.spreadsheet.protections.push(record);
    return new EmuProtection(record, this.spreadsheet);
  }
  getProtections(type: unknown): EmuProtection[] {
    const t = enumName(type);
    return this.spreadsheet.protections
      .filter((p) => p.sheetId === this.id && p.type === t)
      .map((p) => new EmuProtection(p, this.spreadsheet));
  }
  addDeveloperMetadata(key: string, a?: unknown, b?: unknown): this {
    const { value, visibility } = metadataArgs(a, b);
    this.spreadsheet.metadata.add(key, value, visibility, { type: "SHEET", sheetId: this.id });
    return this;
  }
  getDeveloperMetadata(): EmuDeveloperMetadata[] {
    return this.spreadsheet.metadata.records
      .filter((r) => r.location.type === "SHEET" && r.location.sheetId === this.id)
      .map((r) => new EmuDeveloperMetadata(r, this.spreadsheet));
  }
  createDeveloperMetadataFinder(): EmuDeveloperMetadataFinder {
    return new EmuDeveloperMetadataFinder(
      this.spreadsheet,
      (r) => r.location.type !== "SPREADSHEET" && r.location.sheetId === this.id,
    );
  }
  getNamedRanges(): EmuNamedRange[] {
    return this.spreadsheet.getNamedRanges().filter((n) => n.record.sheetId === this.id);
  }

  // --- embedded charts (chart.ts) ------------------------------------------------------------------------------
  newChart(): EmuEmbeddedChartBuilder {
    return sheetCharts.newChart(this);
  }
  insertChart(chart: EmuEmbeddedChart): void {
    sheetCharts.insertChart(this, chart);
  }
  getCharts(): EmuEmbeddedChart[] {
    return sheetCharts.getCharts(this);
  }
  updateChart(chart: EmuEmbeddedChart): void {
    sheetCharts.updateChart(this, chart);
  }
  removeChart(chart: EmuEmbeddedChart): void {
    sheetCharts.removeChart(this, chart);
  }

  // --- clearing -----------------------------------------------------------------------------------------------
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    if (!options || (!options.contentsOnly && !options.formatOnly)) {
      this.rows = [];
      return this;
    }
    this.rangeAt(1, 1, this.maxRows, this.maxColumns).clear(options);
    return this;
  }
  clearContents(): this {
    return this.clear({ contentsOnly: true });
  }
  clearFormats(): this {
    return this.clear({ formatOnly: true });
  }
  clearNotes(): this {
    this.rangeAt(1, 1, this.maxRows, this.maxColumns).clearNote();
    return this;
  }

  // --- selection ------------------------------------------------------------------------------------------------
  setActiveRange(range: EmuRange): EmuRange {
    this.spreadsheet.setActiveRange(range);
    return range;
  }
  setActiveSelection(a1OrRange: string | EmuRange): EmuRange {
    const range = typeof a1OrRange === "string" ? this.getRange(a1OrRange) : a1OrRange;
    return this.setActiveRange(range);
  }
  getActiveRange(): EmuRange | null {
    const r = this.spreadsheet.getActiveRange();
    return r && r.getSheet() === this ? r : null;
  }
}
