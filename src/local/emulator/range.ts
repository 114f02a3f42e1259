/**
 * Range: a fixed rectangle of one sheet (1-based), reading and writing cells with Sheets' semantics —
 * dimension checks with Apps Script's messages, typed writes (`=` formulas, `'` text, numbers, booleans,
 * dates), Dates back for date cells, display values, formats, notes, merges, data validation, developer
 * metadata on whole rows/columns, protections, and sort (sort.ts).
 */
import { type A1Shape, contains, type GridRect, intersects, rectToA1 } from "./a1.ts";
import { normalizeColor } from "./colors.ts";
import type { DataValidationData } from "./data-validation.ts";
import { cloneValidation, EmuDataValidation } from "./data-validation.ts";
import { enumName, WrapStrategy } from "./enums.ts";
import { withComputedValue } from "./formula-cells.ts";
import {
  EmuDeveloperMetadata,
  EmuDeveloperMetadataFinder,
  type MetadataLocation,
  type MetadataRecord,
} from "./metadata.ts";
import { EmuProtection, type ProtectionRecord } from "./protection.ts";
import type { EmuSheet } from "./sheet.ts";
import { sortRows, sortSpecs } from "./sort.ts";
import {
  type Cell,
  DEFAULT_NUMBER_FORMAT,
  displayValue,
  effectiveFormat,
  FORMAT_KEYS,
  fromInput,
  isDateFormat,
  readValue,
  type Scalar,
} from "./values.ts";

type Matrix<T> = T[][];

function typeName(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "Object[]";
  if (typeof v === "string") return "String";
  if (typeof v === "number") return "number";
  if (typeof v === "boolean") return "Boolean";
  return "Object";
}

/** Sheets holds at most 50,000 characters in one cell (FACTS.md). */
export const MAX_CELL_CHARACTERS = 50_000;
/**
 * The error a write of a longer text fails with, as Sheets words it. The wording is quoted from the
 * Sheets API's answer as reported in public code and threads (e.g. dhis2/dhis2-utils #117), not from a
 * Google page: that Apps Script's setValue(s) throws the same text is a guess. The whole call fails and
 * no cell of it changes.
 */
export const CELL_TOO_LONG_MESSAGE =
  "Your input contains more than the maximum of 50000 characters in a single cell.";

function checkCellLength(values: unknown): void {
  if (!Array.isArray(values)) return;
  for (const row of values) {
    if (!Array.isArray(row)) continue;
    for (const value of row) {
      if (typeof value === "string" && value.length > MAX_CELL_CHARACTERS)
        throw new Error(CELL_TOO_LONG_MESSAGE);
    }
  }
}

export class EmuRange {
  readonly __class = "Range";

  constructor(
    readonly sheet: EmuSheet,
    private readonly row: number,
    private readonly column: number,
    private readonly numRows: number,
    private readonly numColumns: number,
    /** "A:C" and "3:5" references keep that notation in getA1Notation, as in Sheets. */
    private readonly shape: A1Shape = "CELLS",
  ) {}

  rect(): GridRect {
    return { row: this.row, column: this.column, numRows: this.numRows, numColumns: this.numColumns };
  }

  // --- geometry -------------------------------------------------------------------------------------
  getA1Notation(): string {
    return rectToA1(this.rect(), this.shape);
  }
  getRow(): number {
    return this.row;
  }
  getRowIndex(): number {
    return this.row;
  }
  getColumn(): number {
    return this.column;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numColumns;
  }
  getHeight(): number {
    return this.numRows;
  }
  getWidth(): number {
    return this.numColumns;
  }
  getLastRow(): number {
    return this.row + this.numRows - 1;
  }
  getLastColumn(): number {
    return this.column + this.numColumns - 1;
  }
  getSheet(): EmuSheet {
    return this.sheet;
  }
  getGridId(): number {
    return this.sheet.getSheetId();
  }
  getCell(row: number, column: number): EmuRange {
    if (row < 1 || row > this.numRows || column < 1 || column > this.numColumns) {
      throw new Error("Cell reference out of range");
    }
    return this.sheet.getRange(this.row + row - 1, this.column + column - 1);
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): EmuRange {
    return this.sheet.getRange(
      this.row + rowOffset,
      this.column + columnOffset,
      numRows ?? this.numRows,
      numColumns ?? this.numColumns,
    );
  }
  isBlank(): boolean {
    return this.everyCell((c) => c === undefined || (c.value === undefined && c.formula === undefined));
  }
  activate(): this {
    this.sheet.spreadsheet.setActiveRange(this);
    return this;
  }
  activateAsCurrentCell(): this {
    return this.activate();
  }

  // --- helpers ----------------------------------------------------------------------------------------
  private everyCell(test: (c: Cell | undefined) => boolean): boolean {
    for (let r = 0; r < this.numRows; r++)
      for (let c = 0; c < this.numColumns; c++)
        if (!test(this.sheet.cell(this.row + r, this.column + c))) return false;
    return true;
  }

  private read<T>(get: (cell: Cell | undefined, row: number, column: number) => T): Matrix<T> {
    const out: Matrix<T> = [];
    for (let r = 0; r < this.numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this.numColumns; c++) {
        const row = this.row + r;
        const column = this.column + c;
        line.push(get(this.sheet.cell(row, column), row, column));
      }
      out.push(line);
    }
    return out;
  }

  private checkMatrix(data: unknown, method: string): asserts data is unknown[][] {
    if (!Array.isArray(data) || data.some((line) => !Array.isArray(line))) {
      throw new Error(
        `The parameters (${typeName(data)}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    }
    if (data.length !== this.numRows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this.numRows}.`,
      );
    }
    for (const line of data) {
      if (line.length !== this.numColumns) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${this.numColumns}.`,
        );
      }
    }
  }

  private write(
    data: unknown,
    method: string,
    set: (cell: Cell, v: unknown, row: number, column: number) => void,
  ) {
    this.checkMatrix(data, method);
    this.sheet.spreadsheet.checkEditable(this.sheet.getSheetId(), this.rect());
    for (let r = 0; r < this.numRows; r++)
      for (let c = 0; c < this.numColumns; c++) {
        const row = this.row + r;
        const column = this.column + c;
        set(this.sheet.ensureCell(row, column), data[r]![c], row, column);
        this.sheet.compact(row, column);
      }
  }

  private fill(value: unknown, set: (cell: Cell, v: unknown, row: number, column: number) => void) {
    const data = Array.from({ length: this.numRows }, () =>
      Array.from({ length: this.numColumns }, () => value),
    );
    this.write(data, "fill", set);
  }

  private writeContent = (cell: Cell, v: unknown, row: number, column: number): void => {
    if (this.sheet.isHiddenByMerge(row, column)) return;
    const tz = this.sheet.spreadsheet.getSpreadsheetTimeZone();
    let written = fromInput(v, tz, this.sheet.spreadsheet.getSpreadsheetLocale());
    if (cell.numberFormat === "@" && typeof v === "string" && v !== "") written = { value: v };
    delete cell.value;
    delete cell.formula;
    delete cell.isDate;
    if (written.value !== undefined) cell.value = written.value;
    if (written.formula !== undefined) cell.formula = written.formula;
    if (written.isDate) {
      if (cell.numberFormat && !isDateFormat(cell.numberFormat)) delete cell.numberFormat;
      if (!cell.numberFormat) cell.isDate = true;
    }
    if (written.inferredFormat && !cell.numberFormat) cell.numberFormat = written.inferredFormat;
  };

  /** Sorts the range's rows (see sort.ts for the semantics). */
  sort(sortSpecObj: unknown): this {
    this.sheet.spreadsheet.checkEditable(this.sheet.getSheetId(), this.rect());
    sortRows(this.sheet, this.rect(), sortSpecs(sortSpecObj, this.rect()));
    return this;
  }

  // --- values -------------------------------------------------------------------------------------------
  getValue(): Scalar | Date {
    return this.getCell(1, 1).getValues()[0]![0]!;
  }
  getValues(): Matrix<Scalar | Date> {
    const tz = this.sheet.spreadsheet.getSpreadsheetTimeZone();
    return this.read((cell, row, column) =>
      this.sheet.isHiddenByMerge(row, column)
        ? ""
        : readValue(withComputedValue(this.sheet, cell, row, column), tz),
    );
  }
  setValue(value: unknown): this {
    checkCellLength([[value]]);
    this.fill(value, this.writeContent);
    return this;
  }
  setValues(values: unknown[][]): this {
    checkCellLength(values);
    this.write(values, "setValues", this.writeContent);
    return this;
  }
  getDisplayValue(): string {
    return this.getCell(1, 1).getDisplayValues()[0]![0]!;
  }
  getDisplayValues(): Matrix<string> {
    const locale = this.sheet.spreadsheet.getSpreadsheetLocale();
    return this.read((cell, row, column) =>
      this.sheet.isHiddenByMerge(row, column)
        ? ""
        : displayValue(withComputedValue(this.sheet, cell, row, column), locale),
    );
  }
  getFormula(): string {
    return this.getCell(1, 1).getFormulas()[0]![0]!;
  }
  getFormulas(): Matrix<string> {
    return this.read((cell) => cell?.formula ?? "");
  }
  setFormula(formula: string): this {
    return this.setValue(formula);
  }
  setFormulas(formulas: string[][]): this {
    checkCellLength(formulas);
    this.write(formulas, "setFormulas", this.writeContent);
    return this;
  }

  // --- formats --------------------------------------------------------------------------------------------
  private prop<K extends keyof Cell>(key: K, dflt: NonNullable<Cell[K]>): Matrix<NonNullable<Cell[K]>> {
    return this.read((cell) => (cell?.[key] ?? dflt) as NonNullable<Cell[K]>);
  }
  private setProp<K extends keyof Cell>(key: K, map: (v: unknown) => Cell[K] | undefined) {
    return (cell: Cell, v: unknown) => {
      const mapped = map(v);
      if (mapped === undefined || mapped === null) delete cell[key];
      else cell[key] = mapped;
    };
  }

  getBackground(): string {
    return this.getBackgrounds()[0]![0]!;
  }
  getBackgrounds(): Matrix<string> {
    return this.prop("background", "#ffffff");
  }
  setBackground(color: string | null): this {
    this.fill(
      color,
      this.setProp("background", (v) => normalizeColor(v as string)),
    );
    return this;
  }
  setBackgrounds(colors: (string | null)[][]): this {
    this.write(
      colors,
      "setBackgrounds",
      this.setProp("background", (v) => normalizeColor(v as string)),
    );
    return this;
  }
  getFontColor(): string {
    return this.prop("fontColor", "#000000")[0]![0]!;
  }
  getFontColors(): Matrix<string> {
    return this.prop("fontColor", "#000000");
  }
  setFontColor(color: string | null): this {
    this.fill(
      color,
      this.setProp("fontColor", (v) => normalizeColor(v as string)),
    );
    return this;
  }
  setFontColors(colors: (string | null)[][]): this {
    this.write(
      colors,
      "setFontColors",
      this.setProp("fontColor", (v) => normalizeColor(v as string)),
    );
    return this;
  }
  getFontWeight(): string {
    return this.getFontWeights()[0]![0]!;
  }
  getFontWeights(): Matrix<string> {
    return this.prop("fontWeight", "normal");
  }
  setFontWeight(weight: string | null): this {
    this.fill(
      weight,
      this.setProp("fontWeight", (v) => (v === "normal" ? undefined : (v as string))),
    );
    return this;
  }
  setFontWeights(weights: (string | null)[][]): this {
    this.write(
      weights,
      "setFontWeights",
      this.setProp("fontWeight", (v) => (v === "normal" ? undefined : (v as string))),
    );
    return this;
  }
  getFontStyle(): string {
    return this.getFontStyles()[0]![0]!;
  }
  getFontStyles(): Matrix<string> {
    return this.prop("fontStyle", "normal");
  }
  setFontStyle(style: string | null): this {
    this.fill(
      style,
      this.setProp("fontStyle", (v) => (v === "normal" ? undefined : (v as string))),
    );
    return this;
  }
  setFontStyles(styles: (string | null)[][]): this {
    this.write(
      styles,
      "setFontStyles",
      this.setProp("fontStyle", (v) => (v === "normal" ? undefined : (v as string))),
    );
    return this;
  }
  getFontSize(): number {
    return this.getFontSizes()[0]![0]!;
  }
  getFontSizes(): Matrix<number> {
    return this.prop("fontSize", 10);
  }
  setFontSize(size: number | null): this {
    this.fill(
      size,
      this.setProp("fontSize", (v) => (v === 10 ? undefined : (v as number))),
    );
    return this;
  }
  setFontSizes(sizes: (number | null)[][]): this {
    this.write(
      sizes,
      "setFontSizes",
      this.setProp("fontSize", (v) => (v === 10 ? undefined : (v as number))),
    );
    return this;
  }
  getFontLine(): string {
    return this.getFontLines()[0]![0]!;
  }
  getFontLines(): Matrix<string> {
    return this.prop("fontLine", "none");
  }
  setFontLine(line: string | null): this {
    this.fill(
      line,
      this.setProp("fontLine", (v) => (v === "none" ? undefined : (v as string))),
    );
    return this;
  }
  setFontLines(lines: (string | null)[][]): this {
    this.write(
      lines,
      "setFontLines",
      this.setProp("fontLine", (v) => (v === "none" ? undefined : (v as string))),
    );
    return this;
  }
  getFontFamily(): string {
    return this.prop("fontFamily", "Arial")[0]![0]!;
  }
  setFontFamily(family: string | null): this {
    this.fill(
      family,
      this.setProp("fontFamily", (v) => v as string),
    );
    return this;
  }
  getWrapStrategy() {
    return this.getWrapStrategies()[0]![0]!;
  }
  getWrapStrategies() {
    return this.read((cell) => WrapStrategy[(cell?.wrapStrategy ?? "OVERFLOW") as "OVERFLOW"]);
  }
  setWrapStrategy(strategy: unknown): this {
    this.fill(
      strategy,
      this.setProp("wrapStrategy", (v) => (v == null ? undefined : enumName(v))),
    );
    return this;
  }
  setWrapStrategies(strategies: unknown[][]): this {
    this.write(
      strategies,
      "setWrapStrategies",
      this.setProp("wrapStrategy", (v) => (v == null ? undefined : enumName(v))),
    );
    return this;
  }
  getWrap(): boolean {
    return this.getWraps()[0]![0]!;
  }
  getWraps(): Matrix<boolean> {
    return this.read((cell) => cell?.wrapStrategy === "WRAP");
  }
  setWrap(wrap: boolean | null): this {
    this.fill(
      wrap,
      this.setProp("wrapStrategy", (v) => (v === null ? undefined : v ? "WRAP" : "OVERFLOW")),
    );
    return this;
  }
  setWraps(wraps: (boolean | null)[][]): this {
    this.write(
      wraps,
      "setWraps",
      this.setProp("wrapStrategy", (v) => (v === null ? undefined : v ? "WRAP" : "OVERFLOW")),
    );
    return this;
  }
  getNumberFormat(): string {
    return this.getNumberFormats()[0]![0]!;
  }
  getNumberFormats(): Matrix<string> {
    return this.read((cell) =>
      cell?.numberFormat || cell?.isDate ? effectiveFormat(cell) : DEFAULT_NUMBER_FORMAT,
    );
  }
  private setFormat = (cell: Cell, v: unknown) => {
    if (cell.isDate && typeof cell.value === "number") delete cell.isDate;
    if (v === null || v === undefined || v === "" || v === DEFAULT_NUMBER_FORMAT) delete cell.numberFormat;
    else cell.numberFormat = String(v);
  };
  setNumberFormat(format: string): this {
    this.fill(format, this.setFormat);
    return this;
  }
  setNumberFormats(formats: string[][]): this {
    this.write(formats, "setNumberFormats", this.setFormat);
    return this;
  }
  getHorizontalAlignment(): string {
    return this.getHorizontalAlignments()[0]![0]!;
  }
  getHorizontalAlignments(): Matrix<string> {
    return this.prop("horizontalAlignment", "general");
  }
  setHorizontalAlignment(alignment: string | null): this {
    this.fill(
      alignment,
      this.setProp("horizontalAlignment", (v) => (v == null ? undefined : String(v).toLowerCase())),
    );
    return this;
  }
  setHorizontalAlignments(alignments: (string | null)[][]): this {
    this.write(
      alignments,
      "setHorizontalAlignments",
      this.setProp("horizontalAlignment", (v) => (v == null ? undefined : String(v).toLowerCase())),
    );
    return this;
  }
  getVerticalAlignment(): string {
    return this.getVerticalAlignments()[0]![0]!;
  }
  getVerticalAlignments(): Matrix<string> {
    return this.prop("verticalAlignment", "bottom");
  }
  setVerticalAlignment(alignment: string | null): this {
    this.fill(
      alignment,
      this.setProp("verticalAlignment", (v) => (v == null ? undefined : String(v).toLowerCase())),
    );
    return this;
  }
  setVerticalAlignments(alignments: (string | null)[][]): this {
    this.write(
      alignments,
      "setVerticalAlignments",
      this.setProp("verticalAlignment", (v) => (v == null ? undefined : String(v).toLowerCase())),
    );
    return this;
  }
  /** Borders are recorded as given (top, left, bottom, right, vertical, horizontal, color?, style?). */
  setBorder(...args: unknown[]): this {
    const [top, left, bottom, right, vertical, horizontal, color, style] = args;
    const border = {
      top,
      left,
      bottom,
      right,
      vertical,
      horizontal,
      color: color === undefined ? null : color,
      style: style === undefined ? null : enumName(style),
    };
    this.fill(border, (cell, v) => {
      cell.border = v;
    });
    this.sheet.borderCalls.push({ a1: this.getA1Notation(), ...border });
    return this;
  }

  // --- notes ------------------------------------------------------------------------------------------
  getNote(): string {
    return this.getNotes()[0]![0]!;
  }
  getNotes(): Matrix<string> {
    return this.prop("note", "");
  }
  setNote(note: string | null): this {
    this.fill(
      note,
      this.setProp("note", (v) => (v === null || v === "" ? undefined : String(v))),
    );
    return this;
  }
  setNotes(notes: (string | null)[][]): this {
    this.write(
      notes,
      "setNotes",
      this.setProp("note", (v) => (v === null || v === "" ? undefined : String(v))),
    );
    return this;
  }
  clearNote(): this {
    return this.setNote(null);
  }

  // --- data validation ------------------------------------------------------------------------------------------
  private validationOf(cell: Cell | undefined): EmuDataValidation | null {
    const data = cell?.validation as DataValidationData | undefined;
    return data
      ? new EmuDataValidation(cloneValidation(data), this.sheet.spreadsheet.resolveRuleRange)
      : null;
  }
  getDataValidation(): EmuDataValidation | null {
    return this.validationOf(this.sheet.cell(this.row, this.column));
  }
  getDataValidations(): Matrix<EmuDataValidation | null> {
    return this.read((cell) => this.validationOf(cell));
  }
  private setValidation = (cell: Cell, v: unknown) => {
    if (v === null || v === undefined) delete cell.validation;
    else cell.validation = cloneValidation((v as EmuDataValidation).data);
  };
  setDataValidation(rule: EmuDataValidation | null): this {
    this.fill(rule, this.setValidation);
    return this;
  }
  setDataValidations(rules: (EmuDataValidation | null)[][]): this {
    this.write(rules, "setDataValidations", this.setValidation);
    return this;
  }
  clearDataValidations(): this {
    return this.setDataValidation(null);
  }

  // --- clearing ---------------------------------------------------------------------------------------------
  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    commentsOnly?: boolean;
    validationsOnly?: boolean;
  }): this {
    const o = options ?? {};
    const some = o.contentsOnly || o.formatOnly || o.commentsOnly || o.validationsOnly;
    this.fill(null, (cell) => {
      if (!some || o.contentsOnly) {
        delete cell.value;
        delete cell.formula;
        if (cell.isDate) delete cell.isDate;
      }
      if (!some || o.formatOnly) for (const k of FORMAT_KEYS) delete cell[k];
      if (o.commentsOnly) delete cell.note;
      if (o.validationsOnly) delete cell.validation;
    });
    return this;
  }
  clearContent(): this {
    return this.clear({ contentsOnly: true });
  }
  clearFormat(): this {
    return this.clear({ formatOnly: true });
  }

  // --- merges -----------------------------------------------------------------------------------------------
  merge(): this {
    this.sheet.addMerge(this.rect());
    return this;
  }
  mergeAcross(): this {
    if (this.numColumns > 1)
      for (let r = 0; r < this.numRows; r++)
        this.sheet.addMerge({
          row: this.row + r,
          column: this.column,
          numRows: 1,
          numColumns: this.numColumns,
        });
    return this;
  }
  mergeVertically(): this {
    if (this.numRows > 1)
      for (let c = 0; c < this.numColumns; c++)
        this.sheet.addMerge({ row: this.row, column: this.column + c, numRows: this.numRows, numColumns: 1 });
    return this;
  }
  breakApart(): this {
    this.sheet.breakMerges(this.rect());
    return this;
  }
  isPartOfMerge(): boolean {
    return this.sheet.merges.some((m) => intersects(m, this.rect()));
  }
  getMergedRanges(): EmuRange[] {
    return this.sheet.merges
      .filter((m) => intersects(m, this.rect()))
      .map((m) => this.sheet.getRange(m.row, m.column, m.numRows, m.numColumns));
  }

  // --- developer metadata ---------------------------------------------------------------------------------
  /** Developer metadata lives on whole rows or whole columns only, as in Sheets. */
  private metadataLocation(): MetadataLocation {
    const id = this.sheet.getSheetId();
    if (this.column === 1 && this.numColumns === this.sheet.getMaxColumns())
      return { type: "ROW", sheetId: id, start: this.row, length: this.numRows };
    if (this.row === 1 && this.numRows === this.sheet.getMaxRows())
      return { type: "COLUMN", sheetId: id, start: this.column, length: this.numColumns };
    throw new Error(
      "Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.",
    );
  }
  private locationMatches(r: MetadataRecord, intersecting: boolean): boolean {
    const loc = r.location;
    if (loc.type !== "ROW" && loc.type !== "COLUMN") return false;
    if (loc.sheetId !== this.sheet.getSheetId()) return false;
    const max = { rows: this.sheet.getMaxRows(), cols: this.sheet.getMaxColumns() };
    const rect: GridRect =
      loc.type === "ROW"
        ? { row: loc.start, column: 1, numRows: loc.length, numColumns: max.cols }
        : { row: 1, column: loc.start, numRows: max.rows, numColumns: loc.length };
    if (intersecting) return intersects(rect, this.rect());
    return contains(rect, this.rect()) && contains(this.rect(), rect);
  }
  addDeveloperMetadata(key: string, a?: unknown, b?: unknown): this {
    const { value, visibility } = metadataArgs(a, b);
    this.sheet.spreadsheet.metadata.add(key, value, visibility, this.metadataLocation());
    return this;
  }
  getDeveloperMetadata(): EmuDeveloperMetadata[] {
    return this.sheet.spreadsheet.metadata.records
      .filter((r) => this.locationMatches(r, false))
      .map((r) => new EmuDeveloperMetadata(r, this.sheet.spreadsheet));
  }
  createDeveloperMetadataFinder(): EmuDeveloperMetadataFinder {
    return new EmuDeveloperMetadataFinder(this.sheet.spreadsheet, (r, intersecting) =>
      this.locationMatches(r, intersecting),
    );
  }

  // --- protection ---------------------------------------------------------------------------------------------
  /** Whether the person running may edit every cell of the range (protection.ts). */
  canEdit(): boolean {
    return this.sheet.spreadsheet.canEdit(this.sheet.getSheetId(), this.rect());
  }
  protect(): EmuProtection {
    const record: ProtectionRecord = {
      type: "RANGE",
      sheetId: this.sheet.getSheetId(),
      rect: this.rect(),
      description: "",
      warningOnly: false,
      rangeName: null,
      unprotected: [],
    };
    this.sheet.spreadsheet.protections.push(record);
    return new EmuProtection(record, this.sheet.spreadsheet);
  }
}

/** Sorts out addDeveloperMetadata's overloads: (key), (key, value), (key, visibility), (key, value, visibility). */
export function metadataArgs(a: unknown, b: unknown): { value: string | null; visibility: unknown } {
  if (a !== undefined && a !== null && typeof a === "object") return { value: null, visibility: a };
  return { value: a === undefined || a === null ? null : String(a), visibility: b };
}
