/**
 * Conditional format rules: SpreadsheetApp.newConditionalFormatRule() builders, built rules and their
 * BooleanCondition view. Rules are kept as plain data (ConditionalFormatRuleData) on each sheet, in order,
 * so that a formula evaluator can read them without going through the Apps Script objects.
 */
import type { GridRect } from "./a1.ts";
import { normalizeColor } from "./colors.ts";
import { BooleanCriteria, type EnumMember, enumName, RelativeDate } from "./enums.ts";
import type { EmuRange } from "./range.ts";

/** A rule's range: a rectangle on the sheet with the given id. */
export interface RuleRange extends GridRect {
  sheetId: number;
}

export interface ConditionalFormatData {
  background?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  strikethrough?: boolean;
  underline?: boolean;
}

/** A conditional format rule as stored. `criteria` is a BooleanCriteria name. */
export interface ConditionalFormatRuleData {
  criteria: string | null;
  /** Criteria values: formula or text strings, numbers, Dates, or RelativeDate names for *_RELATIVE. */
  values: unknown[];
  format: ConditionalFormatData;
  ranges: RuleRange[];
}

/** Turns stored rectangles back into ranges (the spreadsheet provides it). */
export type RangeResolver = (r: RuleRange) => EmuRange | null;

export function cloneRuleData(d: ConditionalFormatRuleData): ConditionalFormatRuleData {
  return {
    criteria: d.criteria,
    values: [...d.values],
    format: { ...d.format },
    ranges: d.ranges.map((r) => ({ ...r })),
  };
}

export function rangeToRuleRange(range: EmuRange): RuleRange {
  return {
    sheetId: range.getSheet().getSheetId(),
    row: range.getRow(),
    column: range.getColumn(),
    numRows: range.getNumRows(),
    numColumns: range.getNumColumns(),
  };
}

export class EmuBooleanCondition {
  readonly __class = "BooleanCondition";
  constructor(private readonly data: ConditionalFormatRuleData) {}
  /** Only made for rules that have a condition. */
  getCriteriaType(): EnumMember {
    return BooleanCriteria[this.data.criteria as keyof typeof BooleanCriteria];
  }
  getCriteriaValues(): unknown[] {
    return this.data.values.map((v) =>
      this.data.criteria?.endsWith("_RELATIVE") && typeof v === "string"
        ? RelativeDate[v as keyof typeof RelativeDate]
        : v,
    );
  }
  getBackground(): string | null {
    return this.data.format.background ?? null;
  }
  getFontColor(): string | null {
    return this.data.format.fontColor ?? null;
  }
  getBold(): boolean | null {
    return this.data.format.bold ?? null;
  }
  getItalic(): boolean | null {
    return this.data.format.italic ?? null;
  }
  getStrikethrough(): boolean | null {
    return this.data.format.strikethrough ?? null;
  }
  getUnderline(): boolean | null {
    return this.data.format.underline ?? null;
  }
}

export class EmuConditionalFormatRule {
  readonly __class = "ConditionalFormatRule";
  constructor(
    readonly data: ConditionalFormatRuleData,
    private readonly resolve: RangeResolver,
  ) {}
  getBooleanCondition(): EmuBooleanCondition | null {
    return this.data.criteria === null ? null : new EmuBooleanCondition(this.data);
  }
  getGradientCondition(): null {
    return null;
  }
  getRanges(): EmuRange[] {
    return this.data.ranges.map(this.resolve).filter((r): r is EmuRange => r !== null);
  }
  copy(): EmuConditionalFormatRuleBuilder {
    return new EmuConditionalFormatRuleBuilder(this.resolve, cloneRuleData(this.data));
  }
}

export class EmuConditionalFormatRuleBuilder {
  readonly __class = "ConditionalFormatRuleBuilder";
  private readonly data: ConditionalFormatRuleData;

  constructor(
    private readonly resolve: RangeResolver,
    data?: ConditionalFormatRuleData,
  ) {
    this.data = data ?? { criteria: null, values: [], format: {}, ranges: [] };
  }

  private when(criteria: keyof typeof BooleanCriteria, values: unknown[]): this {
    this.data.criteria = criteria;
    this.data.values = values;
    return this;
  }
  private whenDate(absolute: "DATE_BEFORE" | "DATE_AFTER" | "DATE_EQUAL_TO", date: unknown): this {
    if (Object.prototype.toString.call(date) === "[object Date]") return this.when(absolute, [date]);
    return this.when(`${absolute}_RELATIVE` as keyof typeof BooleanCriteria, [enumName(date)]);
  }

  whenFormulaSatisfied(formula: string) {
    return this.when("CUSTOM_FORMULA", [String(formula)]);
  }
  whenTextEqualTo(text: string) {
    return this.when("TEXT_EQUAL_TO", [String(text)]);
  }
  whenTextDoesNotContain(text: string) {
    return this.when("TEXT_DOES_NOT_CONTAIN", [String(text)]);
  }
  whenTextContains(text: string) {
    return this.when("TEXT_CONTAINS", [String(text)]);
  }
  whenTextStartsWith(text: string) {
    return this.when("TEXT_STARTS_WITH", [String(text)]);
  }
  whenTextEndsWith(text: string) {
    return this.when("TEXT_ENDS_WITH", [String(text)]);
  }
  whenCellEmpty() {
    return this.when("CELL_EMPTY", []);
  }
  whenCellNotEmpty() {
    return this.when("CELL_NOT_EMPTY", []);
  }
  whenDateBefore(date: unknown) {
    return this.whenDate("DATE_BEFORE", date);
  }
  whenDateAfter(date: unknown) {
    return this.whenDate("DATE_AFTER", date);
  }
  whenDateEqualTo(date: unknown) {
    return this.whenDate("DATE_EQUAL_TO", date);
  }
  whenNumberBetween(start: number, end: number) {
    return this.when("NUMBER_BETWEEN", [start, end]);
  }
  whenNumberNotBetween(start: number, end: number) {
    return this.when("NUMBER_NOT_BETWEEN", [start, end]);
  }
  whenNumberEqualTo(n: number) {
    return this.when("NUMBER_EQUAL_TO", [n]);
  }
  whenNumberNotEqualTo(n: number) {
    return this.when("NUMBER_NOT_EQUAL_TO", [n]);
  }
  whenNumberGreaterThan(n: number) {
    return this.when("NUMBER_GREATER_THAN", [n]);
  }
  whenNumberGreaterThanOrEqualTo(n: number) {
    return this.when("NUMBER_GREATER_THAN_OR_EQUAL_TO", [n]);
  }
  whenNumberLessThan(n: number) {
    return this.when("NUMBER_LESS_THAN", [n]);
  }
  whenNumberLessThanOrEqualTo(n: number) {
    return this.when("NUMBER_LESS_THAN_OR_EQUAL_TO", [n]);
  }
  withCriteria(criteria: unknown, args: unknown[]) {
    return this.when(enumName(criteria) as keyof typeof BooleanCriteria, [...args]);
  }

  setBackground(color: string | null) {
    this.data.format.background = normalizeColor(color);
    return this;
  }
  setFontColor(color: string | null) {
    this.data.format.fontColor = normalizeColor(color);
    return this;
  }
  setBold(bold: boolean | null) {
    this.data.format.bold = bold ?? undefined;
    return this;
  }
  setItalic(italic: boolean | null) {
    this.data.format.italic = italic ?? undefined;
    return this;
  }
  setStrikethrough(strikethrough: boolean | null) {
    this.data.format.strikethrough = strikethrough ?? undefined;
    return this;
  }
  setUnderline(underline: boolean | null) {
    this.data.format.underline = underline ?? undefined;
    return this;
  }
  setRanges(ranges: EmuRange[]) {
    this.data.ranges = ranges.map(rangeToRuleRange);
    return this;
  }
  getRanges(): EmuRange[] {
    return this.data.ranges.map(this.resolve).filter((r): r is EmuRange => r !== null);
  }
  getBooleanCondition(): EmuBooleanCondition | null {
    return this.data.criteria === null ? null : new EmuBooleanCondition(this.data);
  }
  build(): EmuConditionalFormatRule {
    return new EmuConditionalFormatRule(cloneRuleData(this.data), this.resolve);
  }
  copy(): EmuConditionalFormatRuleBuilder {
    return new EmuConditionalFormatRuleBuilder(this.resolve, cloneRuleData(this.data));
  }
}
