/**
 * Data validation: SpreadsheetApp.newDataValidation() builders and built DataValidation objects. A rule is
 * stored per cell as plain data (DataValidationData); VALUE_IN_RANGE keeps the source rectangle.
 */
import type { RangeResolver, RuleRange } from "./conditional-format.ts";
import { rangeToRuleRange } from "./conditional-format.ts";
import { DataValidationCriteria, type EnumMember, enumName } from "./enums.ts";
import type { EmuRange } from "./range.ts";

export interface DataValidationData {
  /** A DataValidationCriteria name. */
  criteria: string | null;
  /** Criteria values; for VALUE_IN_RANGE the first value is the source rectangle (RuleRange). */
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export function cloneValidation(d: DataValidationData): DataValidationData {
  return {
    ...d,
    values: d.values.map((v) =>
      Array.isArray(v) ? [...v] : v && typeof v === "object" && "sheetId" in v ? { ...v } : v,
    ),
  };
}

export class EmuDataValidation {
  readonly __class = "DataValidation";
  constructor(
    readonly data: DataValidationData,
    private readonly resolve: RangeResolver,
  ) {}
  /** A built rule always has criteria (build() refuses one without). */
  getCriteriaType(): EnumMember {
    return DataValidationCriteria[this.data.criteria as keyof typeof DataValidationCriteria];
  }
  getCriteriaValues(): unknown[] {
    return this.data.values.map((v, i) =>
      i === 0 && this.data.criteria === "VALUE_IN_RANGE"
        ? this.resolve(v as RuleRange)
        : Array.isArray(v)
          ? [...v]
          : v,
    );
  }
  getAllowInvalid(): boolean {
    return this.data.allowInvalid;
  }
  getHelpText(): string | null {
    return this.data.helpText;
  }
  copy(): EmuDataValidationBuilder {
    return new EmuDataValidationBuilder(this.resolve, cloneValidation(this.data));
  }
}

export class EmuDataValidationBuilder {
  readonly __class = "DataValidationBuilder";
  private readonly data: DataValidationData;
  constructor(
    private readonly resolve: RangeResolver,
    data?: DataValidationData,
  ) {
    this.data = data ?? { criteria: null, values: [], allowInvalid: true, helpText: null };
  }
  private require(criteria: keyof typeof DataValidationCriteria, values: unknown[]): this {
    this.data.criteria = criteria;
    this.data.values = values;
    return this;
  }
  requireValueInList(values: string[], showDropdown = true) {
    return this.require("VALUE_IN_LIST", [[...values], showDropdown]);
  }
  requireValueInRange(range: EmuRange, showDropdown = true) {
    return this.require("VALUE_IN_RANGE", [rangeToRuleRange(range), showDropdown]);
  }
  requireDate() {
    return this.require("DATE_IS_VALID_DATE", []);
  }
  requireDateAfter(date: Date) {
    return this.require("DATE_AFTER", [date]);
  }
  requireDateBefore(date: Date) {
    return this.require("DATE_BEFORE", [date]);
  }
  requireDateBetween(start: Date, end: Date) {
    return this.require("DATE_BETWEEN", [start, end]);
  }
  requireNumberBetween(start: number, end: number) {
    return this.require("NUMBER_BETWEEN", [start, end]);
  }
  requireNumberGreaterThanOrEqualTo(n: number) {
    return this.require("NUMBER_GREATER_THAN_OR_EQUAL_TO", [n]);
  }
  requireNumberLessThanOrEqualTo(n: number) {
    return this.require("NUMBER_LESS_THAN_OR_EQUAL_TO", [n]);
  }
  requireCheckbox(...values: unknown[]) {
    return this.require("CHECKBOX", values);
  }
  requireTextIsEmail() {
    return this.require("TEXT_IS_VALID_EMAIL", []);
  }
  requireTextIsUrl() {
    return this.require("TEXT_IS_VALID_URL", []);
  }
  requireFormulaSatisfied(formula: string) {
    return this.require("CUSTOM_FORMULA", [String(formula)]);
  }
  withCriteria(criteria: unknown, args: unknown[]) {
    return this.require(enumName(criteria) as keyof typeof DataValidationCriteria, [...args]);
  }
  setAllowInvalid(allowInvalid: boolean) {
    this.data.allowInvalid = Boolean(allowInvalid);
    return this;
  }
  setHelpText(text: string) {
    this.data.helpText = String(text);
    return this;
  }
  getCriteriaType(): EnumMember | null {
    return this.data.criteria === null
      ? null
      : new EmuDataValidation(this.data, this.resolve).getCriteriaType();
  }
  getCriteriaValues() {
    return new EmuDataValidation(this.data, this.resolve).getCriteriaValues();
  }
  getAllowInvalid() {
    return this.data.allowInvalid;
  }
  getHelpText() {
    return this.data.helpText;
  }
  build(): EmuDataValidation {
    if (this.data.criteria === null)
      throw new Error("You must specify a criteria for the data validation rule.");
    return new EmuDataValidation(cloneValidation(this.data), this.resolve);
  }
  copy(): EmuDataValidationBuilder {
    return new EmuDataValidationBuilder(this.resolve, cloneValidation(this.data));
  }
}
