/**
 * Apps Script enums as the add-on sees them: each member is a frozen object whose toString() and name()
 * give its name (String(SpreadsheetApp.BooleanCriteria.CUSTOM_FORMULA) === "CUSTOM_FORMULA"), compared by
 * identity. Also the lookup from a name back to its member, used when rules are stored as plain data.
 */

export interface EnumMember {
  name(): string;
  ordinal(): number;
  toString(): string;
  toJSON(): string;
}

export type EnumOf<K extends string> = Readonly<Record<K, EnumMember>>;

export function makeEnum<K extends string>(names: readonly K[]): EnumOf<K> {
  const result = {} as Record<K, EnumMember>;
  names.forEach((n, i) => {
    result[n] = Object.freeze({
      name: () => n,
      ordinal: () => i,
      toString: () => n,
      toJSON: () => n,
    });
  });
  return Object.freeze(result);
}

/** The name of an enum member, or of a string naming one. */
export function enumName(v: unknown): string {
  if (v && typeof v === "object" && typeof (v as EnumMember).name === "function")
    return (v as EnumMember).name();
  return String(v);
}

export const BooleanCriteria = makeEnum([
  "CELL_EMPTY",
  "CELL_NOT_EMPTY",
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_EQUAL_TO",
  "DATE_NOT_EQUAL_TO",
  "DATE_AFTER_RELATIVE",
  "DATE_BEFORE_RELATIVE",
  "DATE_EQUAL_TO_RELATIVE",
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_EQUAL_TO",
  "TEXT_NOT_EQUAL_TO",
  "TEXT_STARTS_WITH",
  "TEXT_ENDS_WITH",
  "CUSTOM_FORMULA",
] as const);

export const RelativeDate = makeEnum([
  "TODAY",
  "TOMORROW",
  "YESTERDAY",
  "PAST_WEEK",
  "PAST_MONTH",
  "PAST_YEAR",
] as const);

export const DataValidationCriteria = makeEnum([
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_BETWEEN",
  "DATE_EQUAL_TO",
  "DATE_IS_VALID_DATE",
  "DATE_NOT_BETWEEN",
  "DATE_ON_OR_AFTER",
  "DATE_ON_OR_BEFORE",
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_EQUAL_TO",
  "TEXT_IS_VALID_EMAIL",
  "TEXT_IS_VALID_URL",
  "VALUE_IN_LIST",
  "VALUE_IN_RANGE",
  "CUSTOM_FORMULA",
  "CHECKBOX",
] as const);

export const DeveloperMetadataVisibility = makeEnum(["DOCUMENT", "PROJECT"] as const);
export const DeveloperMetadataLocationType = makeEnum(["SPREADSHEET", "SHEET", "ROW", "COLUMN"] as const);
export const ProtectionType = makeEnum(["RANGE", "SHEET"] as const);
/** developers.google.com/apps-script/reference/spreadsheet/sheet-type */
export const SheetType = makeEnum(["GRID", "OBJECT", "DATASOURCE"] as const);
export const BorderStyle = makeEnum([
  "DOTTED",
  "DASHED",
  "SOLID",
  "SOLID_MEDIUM",
  "SOLID_THICK",
  "DOUBLE",
] as const);
export const WrapStrategy = makeEnum(["WRAP", "OVERFLOW", "CLIP"] as const);
export const Dimension = makeEnum(["COLUMNS", "ROWS"] as const);
export const AuthMode = makeEnum(["NONE", "CUSTOM_FUNCTION", "LIMITED", "FULL"] as const);
export const AuthorizationStatus = makeEnum(["REQUIRED", "NOT_REQUIRED"] as const);
export const Button = makeEnum(["CLOSE", "OK", "CANCEL", "YES", "NO"] as const);
export const ButtonSet = makeEnum(["OK", "OK_CANCEL", "YES_NO", "YES_NO_CANCEL"] as const);
export const SandboxMode = makeEnum(["EMULATED", "IFRAME", "NATIVE"] as const);
export const XFrameOptionsMode = makeEnum(["ALLOWALL", "DEFAULT"] as const);
export const DigestAlgorithm = makeEnum(["MD2", "MD5", "SHA_1", "SHA_256", "SHA_384", "SHA_512"] as const);
export const Charset = makeEnum(["US_ASCII", "UTF_8"] as const);
