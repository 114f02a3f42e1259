/**
 * Spreadsheet: the document — its sheets (ordered, unique names), time zone and locale, active sheet and
 * selection, named ranges, protections, spreadsheet-level developer metadata, and toasts. Also owns the
 * stores that span sheets (metadata, protections, named ranges) and shifts them with the grid.
 */
import { type GridRect, parseA1, quoteSheetName, shiftRect, splitSheetName } from "./a1.ts";
import { shiftCharts } from "./chart.ts";
import type { ConditionalFormatRuleData, RuleRange } from "./conditional-format.ts";
import type { DataValidationData } from "./data-validation.ts";
import { type ReferenceShift, shiftFormulaReferences } from "./formula-refs.ts";
import { EmuDeveloperMetadata, EmuDeveloperMetadataFinder, MetadataStore } from "./metadata.ts";
import {
  covers,
  EmuNamedRange,
  mayEdit,
  type NamedRangeRecord,
  PROTECTED_CELL_MESSAGE,
  type ProtectionRecord,
  type SpreadsheetPeople,
} from "./protection.ts";
import { EmuRange, metadataArgs } from "./range.ts";
import { EmuSheet } from "./sheet.ts";
import { copySheet } from "./sheet-copy.ts";
import { checkTimeZone } from "./timezone.ts";

export interface SpreadsheetOptions {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  /** Called by toast(). */
  onToast: (toast: { message: string; title: string; timeoutSeconds: number }) => void;
  /**
   * Whether a duplicated sheet (duplicateActiveSheet, Sheet.copyTo) carries the source sheet's developer
   * metadata. Google's pages do not say (spreadsheet#duplicateActiveSheet(), sheet#copyTo(Spreadsheet),
   * sheets/api/guides/metadata): a guess either way, so an option. Default true.
   */
  sheetCopyKeepsMetadata?: boolean;
  /**
   * Whether row/column developer metadata spanning several rows grows with rows inserted inside it
   * (Google does not say: metadata.ts). Default true.
   */
  metadataGrowsInside?: boolean;
}

export class EmuSpreadsheet {
  readonly __class = "Spreadsheet";
  private sheets: EmuSheet[] = [];
  private nextSheetId = 0;
  private activeSheet: EmuSheet | null = null;
  private activeRange: EmuRange | null = null;
  private timeZone: string;
  private locale: string;
  private name: string;
  readonly metadata = new MetadataStore();
  private lastChartId = 0;
  readonly protections: ProtectionRecord[] = [];
  /** Who runs, owns and edits the spreadsheet (protection.ts); set by the emulator. */
  people: SpreadsheetPeople | null = null;
  private readonly namedRanges: NamedRangeRecord[] = [];

  constructor(private options: SpreadsheetOptions) {
    this.timeZone = options.timeZone;
    this.locale = options.locale;
    this.name = options.name;
    this.metadata.growsInside = options.metadataGrowsInside !== false;
    const first = new EmuSheet(this, this.defaultSheetName(1), this.nextSheetId++);
    this.sheets.push(first);
    this.activeSheet = first;
  }

  /** Resolves a stored rectangle (rules, validations) to a range; null when the sheet is gone. */
  readonly resolveRuleRange = (r: RuleRange): EmuRange | null => {
    const sheet = this.sheetById(r.sheetId);
    return sheet ? new EmuRange(sheet, r.row, r.column, r.numRows, r.numColumns) : null;
  };

  /** Throws Sheets' message when a protection keeps the person running out of a cell of `rect`. */
  checkEditable(sheetId: number, rect: GridRect): void {
    const email = this.people?.current() ?? "";
    for (const record of this.protections)
      if (covers(record, sheetId, rect) && !mayEdit(record, this.people, email))
        throw new Error(PROTECTED_CELL_MESSAGE);
  }
  /** False when a protection keeps the person running out of a cell of `rect` (Range.canEdit). */
  canEdit(sheetId: number, rect: GridRect): boolean {
    const email = this.people?.current() ?? "";
    return this.protections.every(
      (record) => !covers(record, sheetId, rect) || mayEdit(record, this.people, email),
    );
  }

  /** A new chart id, unique in the spreadsheet (chart.ts). */
  newChartId(): number {
    this.lastChartId = Math.max(
      this.lastChartId,
      ...this.sheets.flatMap((s) => s.charts.map((c) => c.chartId ?? 0)),
    );
    return ++this.lastChartId;
  }

  sheetById(id: number): EmuSheet | null {
    return this.sheets.find((s) => s.getSheetId() === id) ?? null;
  }
  sheetList(): EmuSheet[] {
    return this.sheets;
  }
  checkNewSheetName(name: string): void {
    if (this.sheets.some((s) => s.getName().toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }
  /** Follows a row/column insertion or deletion on one sheet (named ranges, protections, metadata). */
  shiftSheetObjects(
    sheetId: number,
    dimension: "ROWS" | "COLUMNS",
    at: number,
    delta: number,
    anchorShifts: Map<ConditionalFormatRuleData, number> = new Map(),
  ): void {
    for (let i = this.namedRanges.length - 1; i >= 0; i--) {
      const n = this.namedRanges[i]!;
      if (n.sheetId === sheetId && !shiftRect(n.rect, dimension, at, delta)) this.namedRanges.splice(i, 1);
    }
    for (let i = this.protections.length - 1; i >= 0; i--) {
      const p = this.protections[i]!;
      if (p.sheetId === sheetId && p.rect && !shiftRect(p.rect, dimension, at, delta))
        this.protections.splice(i, 1);
    }
    this.metadata.shift(sheetId, dimension, at, delta);
    shiftCharts(this.sheets, sheetId, dimension, at, delta);
    // Validation lists taken from a range follow that range (a dropdown fed by Membres!A2:A50).
    for (const sheet of this.sheets)
      sheet.forEachCell((cell) => {
        const v = cell.validation as DataValidationData | undefined;
        const source = v?.criteria === "VALUE_IN_RANGE" ? (v.values[0] as RuleRange) : undefined;
        if (source && source.sheetId === sheetId && !shiftRect(source, dimension, at, delta))
          delete cell.validation;
      });
    this.shiftCustomFormulas(sheetId, dimension, at, delta, anchorShifts);
  }

  /**
   * The references inside cell formulas and custom formulas (conditional-format rules and data
   * validation, on any sheet) follow the rows/columns of sheet `sheetId`, as Sheets rewrites them:
   * `=$I8="x"` over A8:L1000 becomes `=$I11="x"` over A11:L1003 after 3 rows inserted above; a reference into deleted cells becomes #REF!.
   */
  private shiftCustomFormulas(
    sheetId: number,
    dimension: "ROWS" | "COLUMNS",
    at: number,
    delta: number,
    anchorShifts: Map<ConditionalFormatRuleData, number>,
  ): void {
    const shifted = this.sheets.find((s) => s.getSheetId() === sheetId);
    if (!shifted) return;
    for (const sheet of this.sheets) {
      const shift: ReferenceShift = {
        dimension,
        at,
        delta,
        sheetName: shifted.getName(),
        onShiftedSheet: sheet === shifted,
      };
      const rewrite = (values: unknown[]) =>
        values.map((v, i) => (i === 0 && typeof v === "string" ? shiftFormulaReferences(v, shift) : v));
      for (const rule of sheet.conditionalFormatData()) {
        if (rule.criteria !== "CUSTOM_FORMULA") continue;
        const ruleShift = { ...shift, anchorShift: anchorShifts.get(rule) };
        rule.values = rule.values.map((v, i) =>
          i === 0 && typeof v === "string" ? shiftFormulaReferences(v, ruleShift) : v,
        );
      }
      sheet.forEachCell((cell) => {
        // A cell's own formula follows too (`='Plan d''action'!M12` → M15), as every formula in Sheets.
        if (cell.formula) cell.formula = shiftFormulaReferences(cell.formula, shift);
        const v = cell.validation as DataValidationData | undefined;
        if (v?.criteria === "CUSTOM_FORMULA") cell.validation = { ...v, values: rewrite(v.values) };
      });
    }
  }

  // --- identity ---------------------------------------------------------------------------------------------
  getId(): string {
    return this.options.id;
  }
  getName(): string {
    return this.name;
  }
  rename(name: string): void {
    this.name = String(name);
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.options.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }
  setSpreadsheetTimeZone(timeZone: string): void {
    try {
      checkTimeZone(timeZone);
    } catch {
      throw new Error(`Invalid argument: timeZone`);
    }
    this.timeZone = timeZone;
  }
  getSpreadsheetLocale(): string {
    return this.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.locale = String(locale);
  }
  getOwner(): null {
    return null;
  }
  /** Where toasts go (a copy made for another emulator shows them in that emulator's Ui). */
  setToastListener(onToast: SpreadsheetOptions["onToast"]): void {
    this.options.onToast = onToast;
  }
  /** A null or absent timeout means 5 seconds; a negative one keeps the toast until dismissed. */
  toast(message: string, title?: string, timeoutSeconds?: number | null): void {
    this.options.onToast({
      message: String(message),
      title: title ?? "",
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }

  // --- sheets ---------------------------------------------------------------------------------------------------
  getSheets(): EmuSheet[] {
    return [...this.sheets];
  }
  getNumSheets(): number {
    return this.sheets.length;
  }
  getSheetByName(name: string): EmuSheet | null {
    return this.sheets.find((s) => s.getName() === name) ?? null;
  }
  getSheetById(id: number): EmuSheet | null {
    return this.sheetById(id);
  }
  insertSheet(a?: string | number | object, b?: number | object, c?: object): EmuSheet {
    const options = [a, b, c].find((x) => x !== null && typeof x === "object") as
      | { template?: unknown }
      | undefined;
    if (options?.template) throw new Error("The emulator does not implement insertSheet with a template.");
    let name: string | undefined;
    let index: number | undefined;
    if (typeof a === "string") {
      name = a;
      if (typeof b === "number") index = b;
    } else if (typeof a === "number") index = a;
    if (name === undefined) {
      let n = this.sheets.length + 1;
      while (this.sheets.some((s) => s.getName() === this.defaultSheetName(n))) n++;
      name = this.defaultSheetName(n);
    } else this.checkNewSheetName(name);
    const sheet = new EmuSheet(this, name, this.nextFreeId());
    const at =
      index === undefined
        ? this.sheets.indexOf(this.activeSheet!) + 1
        : Math.max(0, Math.min(index, this.sheets.length));
    this.sheets.splice(at, 0, sheet);
    this.activeSheet = sheet;
    this.activeRange = null;
    return sheet;
  }
  /**
   * A sheet of type OBJECT (a chart moved to its own sheet, a Timeline view: see sheet.ts), made active as
   * when a person opens it. Not part of Apps Script (a script cannot make one): for tests.
   */
  insertObjectSheet(name: string): EmuSheet {
    this.checkNewSheetName(name);
    const sheet = new EmuSheet(this, name, this.nextFreeId(), undefined, "OBJECT");
    this.sheets.push(sheet);
    this.activeSheet = sheet;
    this.activeRange = null;
    return sheet;
  }
  private defaultSheetName(n: number): string {
    return this.locale.toLowerCase().startsWith("fr") ? `Feuille ${n}` : `Sheet${n}`;
  }
  /** Sheet ids look like Sheets' gids: large, stable, unique. */
  private nextFreeId(): number {
    this.nextSheetId++;
    return 100_000_000 + this.nextSheetId * 7_919_117;
  }
  deleteSheet(sheet: EmuSheet): void {
    const i = this.sheets.indexOf(sheet);
    if (i < 0) throw new Error("Sheet not found");
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.sheets.splice(i, 1);
    this.metadata.dropSheet(sheet.getSheetId());
    for (let j = this.namedRanges.length - 1; j >= 0; j--)
      if (this.namedRanges[j]!.sheetId === sheet.getSheetId()) this.namedRanges.splice(j, 1);
    if (this.activeSheet === sheet) {
      this.activeSheet = this.sheets[Math.max(0, i - 1)]!;
      this.activeRange = null;
    }
  }
  getActiveSheet(): EmuSheet {
    return this.activeSheet ?? this.sheets[0]!;
  }
  setActiveSheet(sheet: EmuSheet, _restoreSelection?: boolean): EmuSheet {
    if (!this.sheets.includes(sheet)) throw new Error("Sheet not found");
    this.activeSheet = sheet;
    if (this.activeRange && this.activeRange.getSheet() !== sheet) this.activeRange = null;
    return sheet;
  }
  getActiveRange(): EmuRange | null {
    return this.activeRange ?? this.getActiveSheet().getRange(1, 1);
  }
  getCurrentCell(): EmuRange | null {
    const r = this.getActiveRange();
    return r ? r.getCell(1, 1) : null;
  }
  setActiveRange(range: EmuRange): EmuRange {
    this.activeSheet = range.getSheet();
    this.activeRange = range;
    return range;
  }
  setActiveSelection(a1OrRange: string | EmuRange): EmuRange {
    return this.setActiveRange(typeof a1OrRange === "string" ? this.getRange(a1OrRange) : a1OrRange);
  }

  // --- ranges by A1 and by name -----------------------------------------------------------------------------------
  getRange(a1: string): EmuRange {
    const { sheetName, cells } = splitSheetName(String(a1));
    const sheet = sheetName === null ? this.getActiveSheet() : this.getSheetByName(sheetName);
    if (!sheet) throw new Error("Range not found");
    if (!parseA1(cells, sheet.getMaxRows(), sheet.getMaxColumns())) throw new Error("Range not found");
    return sheet.getRange(cells);
  }
  getRangeByName(name: string): EmuRange | null {
    const rec = this.namedRanges.find((n) => n.name === name);
    return rec ? new EmuNamedRange(rec, this).getRange() : null;
  }
  setNamedRange(name: string, range: EmuRange): void {
    if (!/^[A-Za-z_\u00C0-\u024F][A-Za-z0-9_.\u00C0-\u024F]*$/.test(name) || parseA1(name, 1e7, 18278)) {
      throw new Error(`Invalid name: ${name}`);
    }
    const rect: GridRect = range.rect();
    const existing = this.namedRanges.find((n) => n.name === name);
    if (existing) {
      existing.sheetId = range.getSheet().getSheetId();
      existing.rect = rect;
    } else this.namedRanges.push({ name, sheetId: range.getSheet().getSheetId(), rect });
  }
  getNamedRanges(): EmuNamedRange[] {
    return this.namedRanges.map((n) => new EmuNamedRange(n, this));
  }
  removeNamedRange(name: string): void {
    const i = this.namedRanges.findIndex((n) => n.name === name);
    if (i >= 0) this.namedRanges.splice(i, 1);
  }
  renameNamedRange(record: NamedRangeRecord, name: string): void {
    if (this.namedRanges.some((n) => n !== record && n.name === name))
      throw new Error(`Invalid name: ${name}`);
    record.name = name;
  }
  /** "'Plan d''action'!A1:B2" for a range, as Sheets quotes names. */
  a1WithSheet(range: EmuRange): string {
    return `${quoteSheetName(range.getSheet().getName())}!${range.getA1Notation()}`;
  }

  // --- copies ----------------------------------------------------------------------------------------------------
  /**
   * File ▸ Make a copy, as Spreadsheet.copy(name) describes it ("Copies the spreadsheet and returns the new
   * one", developers.google.com/apps-script/reference/spreadsheet/spreadsheet#copy(String)): a new document
   * (`options` gives its id and name) with every sheet in the same order and with the same sheet id, its
   * cells, formats, notes, validation, conditional formats and merges, the developer metadata at every
   * location (metadata lives in the document: sheets/api/guides/metadata), protections and named ranges,
   * the time zone and locale. The active sheet stays the one that was active (a guess: Google does not say
   * which tab a copy opens on). Document properties are not part of the spreadsheet: see workbook-copy.ts.
   */
  copyAs(options: SpreadsheetOptions): EmuSpreadsheet {
    const copy = new EmuSpreadsheet({
      sheetCopyKeepsMetadata: this.options.sheetCopyKeepsMetadata,
      metadataGrowsInside: this.options.metadataGrowsInside,
      ...options,
      timeZone: this.timeZone,
      locale: this.locale,
    });
    copy.sheets = this.sheets.map((sheet) => copySheet(sheet, copy, sheet.getName(), sheet.getSheetId()));
    copy.nextSheetId = this.nextSheetId;
    copy.activeSheet = copy.sheets[this.sheets.indexOf(this.getActiveSheet())] ?? copy.sheets[0]!;
    copy.metadata.copyFrom(this.metadata);
    copy.protections.push(...structuredClone(this.protections));
    copy.namedRanges.push(...structuredClone(this.namedRanges));
    return copy;
  }

  /**
   * Duplicates the active sheet, puts the copy right after it and activates it
   * (apps-script/reference/spreadsheet/spreadsheet#duplicateActiveSheet(); the Duplicate item of a tab's
   * menu does the same). Named "Copie de …" / "Copy of …" after the spreadsheet's locale, as Sheets names
   * duplicates.
   */
  duplicateActiveSheet(): EmuSheet {
    const source = this.getActiveSheet();
    const copy = this.insertCopyOf(source, this.sheets.indexOf(source) + 1);
    this.activeSheet = copy;
    this.activeRange = null;
    return copy;
  }

  /**
   * Sheet.copyTo(spreadsheet) into this document (apps-script/reference/spreadsheet/sheet#copyTo(Spreadsheet)):
   * "Copy of [original name]", at position `at`, with a new sheet id; its cells, formats, notes, validation
   * and conditional formats; its developer metadata when the option says so. Protections and named ranges
   * stay with the source (named ranges are unique per document; that protections stay is a guess).
   */
  insertCopyOf(source: EmuSheet, at: number = this.sheets.length): EmuSheet {
    const prefix = this.locale.toLowerCase().startsWith("fr") ? "Copie de " : "Copy of ";
    let name = `${prefix}${source.getName()}`;
    for (let n = 2; this.sheets.some((s) => s.getName().toLowerCase() === name.toLowerCase()); n++)
      name = `${prefix}${source.getName()} ${n}`;
    const copy = copySheet(source, this, name, this.nextFreeId());
    this.sheets.splice(Math.max(0, Math.min(at, this.sheets.length)), 0, copy);
    if (this.options.sheetCopyKeepsMetadata !== false)
      for (const r of [...source.spreadsheet.metadata.records])
        if (r.location.type !== "SPREADSHEET" && r.location.sheetId === source.getSheetId())
          this.metadata.add(r.key, r.value, r.visibility, { ...r.location, sheetId: copy.getSheetId() });
    return copy;
  }

  // --- developer metadata -------------------------------------------------------------------------------------------
  addDeveloperMetadata(key: string, a?: unknown, b?: unknown): this {
    const { value, visibility } = metadataArgs(a, b);
    this.metadata.add(key, value, visibility, { type: "SPREADSHEET" });
    return this;
  }
  getDeveloperMetadata(): EmuDeveloperMetadata[] {
    return this.metadata.records
      .filter((r) => r.location.type === "SPREADSHEET")
      .map((r) => new EmuDeveloperMetadata(r, this));
  }
  createDeveloperMetadataFinder(): EmuDeveloperMetadataFinder {
    return new EmuDeveloperMetadataFinder(this, () => true);
  }
}
