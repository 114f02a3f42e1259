/**
 * Cell values as Sheets keeps them: how a written JS value becomes a typed cell (numbers, booleans, dates
 * as serial numbers in the spreadsheet's time zone, `=` formulas, `'` forced text, "50%" percentages),
 * how a cell reads back through getValues (a Date for date-formatted numbers), and how getDisplayValues
 * renders it with its number format and the spreadsheet's locale.
 */

import { MONTH_NAMES } from "../../core/dates.ts";
import { instantToWall, wallToInstant } from "./timezone.ts";

export type Scalar = number | string | boolean;

/** One stored cell. Every property is optional: an absent cell is an empty, unformatted cell. */
export interface Cell {
  value?: Scalar;
  formula?: string;
  /** Written as a date without an explicit number format: displayed as yyyy-mm-dd (and time if any). */
  isDate?: boolean;
  numberFormat?: string;
  note?: string;
  background?: string;
  fontColor?: string;
  fontWeight?: string;
  fontStyle?: string;
  fontSize?: number;
  fontLine?: string;
  fontFamily?: string;
  wrapStrategy?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  validation?: unknown;
  border?: unknown;
}

/** The formatting a cell can carry (cleared by Range.clearFormat, copied into inserted rows/columns). */
export const FORMAT_KEYS = [
  "numberFormat",
  "background",
  "fontColor",
  "fontWeight",
  "fontStyle",
  "fontSize",
  "fontLine",
  "fontFamily",
  "wrapStrategy",
  "horizontalAlignment",
  "verticalAlignment",
  "border",
] as const;

export const DEFAULT_NUMBER_FORMAT = "0.###############";
const DAY_MS = 86_400_000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

export function isDateObject(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === "[object Date]";
}

/** Serial number (days since 1899-12-30, local wall clock) of an instant in a zone. */
export function instantToSerial(instant: number, timeZone: string): number {
  return (instantToWall(timeZone, instant) - SERIAL_EPOCH) / DAY_MS;
}

/** The instant at which the zone's clocks show the serial's wall-clock time. */
export function serialToInstant(serial: number, timeZone: string): number {
  const wall = Math.round(SERIAL_EPOCH + serial * DAY_MS);
  return wallToInstant(timeZone, wall);
}

export function serialToWall(serial: number): number {
  return Math.round(SERIAL_EPOCH + serial * DAY_MS);
}

export function wallToSerial(wall: number): number {
  return (wall - SERIAL_EPOCH) / DAY_MS;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const PERCENT = /^([+-]?(?:\d+\.?\d*|\.\d+))\s?%$/;
/** A decimal comma, as typed in a locale that writes one (fr_CA: "0,3", "30,5 %"). */
const COMMA_NUMBER = /^([+-]?\d+),(\d+)$/;
const COMMA_PERCENT = /^([+-]?\d+),(\d+)\s?%$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** The part of a cell that a write sets (content, plus a number format when Sheets infers one). */
export interface Written {
  value?: Scalar;
  formula?: string;
  isDate?: boolean;
  inferredFormat?: string;
}

/**
 * What Sheets stores when `v` is written with setValue(s): text is read as if typed, in the
 * spreadsheet's `locale`. A French locale reads a decimal comma ("0,3" → 0.3, "30,5 %" → 0.305), as
 * Sheets does for locales whose decimal separator is the comma (support.google.com/docs/answer/58515,
 * "locale … affects … number formatting"). A decimal point ("0.3") is still read as a number in every
 * locale: a guess (Sheets may keep it as text in fr_CA); the add-on's reader accepts both.
 */
export function fromInput(v: unknown, timeZone: string, locale = "en_US"): Written {
  if (v === null || v === undefined || v === "") return {};
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { value: "#NUM!" };
    return { value: v };
  }
  if (typeof v === "boolean") return { value: v };
  if (isDateObject(v)) {
    const t = (v as Date).getTime();
    if (Number.isNaN(t)) return { value: "" };
    return { value: instantToSerial(t, timeZone), isDate: true };
  }
  const s = String(v);
  if (s.startsWith("=") && s.length > 1) return { formula: s, value: evaluateTrivialFormula(s) };
  if (s.startsWith("'")) return s.length > 1 ? { value: s.slice(1) } : {};
  const t = s.trim();
  if (NUMBER.test(t)) return { value: Number(t) };
  if (decimalSeparator(locale) === ",") {
    const comma = COMMA_NUMBER.exec(t);
    if (comma) return { value: Number(`${comma[1]}.${comma[2]}`) };
    const commaPct = COMMA_PERCENT.exec(t);
    if (commaPct) return { value: Number(`${commaPct[1]}.${commaPct[2]}`) / 100, inferredFormat: "0.00%" };
  }
  const pct = PERCENT.exec(t);
  if (pct) {
    const digits = pct[1]!;
    return { value: Number(digits) / 100, inferredFormat: digits.includes(".") ? "0.00%" : "0%" };
  }
  const upper = t.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { value: upper === "TRUE" };
  const iso = ISO_DATE.exec(t);
  if (iso) {
    const [y, m, d, hh, mm, ss] = iso.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
    const wall = Date.UTC(y!, m! - 1, d!, hh!, mm!, ss!);
    const check = new Date(wall);
    if (check.getUTCMonth() === m! - 1 && check.getUTCDate() === d! && hh! < 24) {
      return { value: wallToSerial(wall), isDate: true };
    }
  }
  return { value: s };
}

/**
 * Formulas are not computed here (a separate evaluator may do it): only a constant formula (`=12`,
 * `="x"`, `=TRUE`) has a value; any other formula reads back as "".
 */
export function evaluateTrivialFormula(formula: string): Scalar {
  const body = formula.slice(1).trim();
  if (NUMBER.test(body)) return Number(body);
  const str = /^"((?:[^"]|"")*)"$/.exec(body);
  if (str) return str[1]!.replace(/""/g, '"');
  if (/^TRUE(\(\))?$/i.test(body)) return true;
  if (/^FALSE(\(\))?$/i.test(body)) return false;
  return "";
}

/** True when a number format shows dates or times (then getValues returns a Date). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const unquoted = format.replace(/"[^"]*"|\\./g, "");
  return /[ydh]/i.test(unquoted) || /\bs+\b/i.test(unquoted);
}

export function effectiveFormat(cell: Cell | undefined): string {
  if (!cell) return DEFAULT_NUMBER_FORMAT;
  if (cell.numberFormat) return cell.numberFormat;
  if (cell.isDate && typeof cell.value === "number") {
    return Number.isInteger(cell.value) ? "yyyy-mm-dd" : "yyyy-mm-dd hh:mm:ss";
  }
  return DEFAULT_NUMBER_FORMAT;
}

function isDateCell(cell: Cell): boolean {
  if (typeof cell.value !== "number") return false;
  if (cell.numberFormat) return isDateFormat(cell.numberFormat);
  return cell.isDate === true;
}

/** What getValues returns for a cell. */
export function readValue(cell: Cell | undefined, timeZone: string): Scalar | Date {
  if (!cell || cell.value === undefined) return "";
  if (isDateCell(cell)) return new Date(serialToInstant(cell.value as number, timeZone));
  return cell.value;
}

const MONTHS = MONTH_NAMES;
const MONTHS_SHORT: Record<"fr" | "en", string[]> = {
  fr: ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};
const DAYS: Record<"fr" | "en", string[]> = {
  fr: ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
};
const DAYS_SHORT: Record<"fr" | "en", string[]> = {
  fr: ["dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."],
  en: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
};

function lang(locale: string): "fr" | "en" {
  return locale.toLowerCase().startsWith("fr") ? "fr" : "en";
}

function decimalSeparator(locale: string): string {
  return lang(locale) === "fr" ? "," : ".";
}

function groupSeparator(locale: string): string {
  return lang(locale) === "fr" ? "\u00a0" : ",";
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

const tokenCache = new Map<string, string[]>();
function tokensOf(format: string): string[] {
  let tokens = tokenCache.get(format);
  if (!tokens) {
    tokens = format.match(/"[^"]*"|\\.|am\/pm|a\/p|y+|m+|d+|h+|s+|[^ymdhsa"\\]+|./gi) ?? [];
    if (tokenCache.size > 1000) tokenCache.clear();
    tokenCache.set(format, tokens);
  }
  return tokens;
}

/** Renders a serial with a Sheets date/time format (yyyy, yy, mmmm, mmm, mm, m, dddd, ddd, dd, d, hh, h, mm, ss, AM/PM). */
export function formatSerialDate(serial: number, format: string, locale: string): string {
  const d = new Date(serialToWall(serial));
  const l = lang(locale);
  const tokens = tokensOf(format);
  const hasAmPm = tokens.some((t) => /^(am\/pm|a\/p)$/i.test(t));
  const render = (tok: string, i: number): string => {
    const lower = tok.toLowerCase();
    if (tok.startsWith('"')) return tok.slice(1, -1);
    if (tok.startsWith("\\")) return tok.slice(1);
    if (/^y+$/.test(lower)) {
      const y = d.getUTCFullYear();
      return lower.length <= 2 ? pad(y % 100) : String(y);
    }
    if (/^m+$/.test(lower)) {
      const prev = tokens
        .slice(0, i)
        .reverse()
        .find((t) => /^[a-z]/i.test(t) && !/^[^ymdhs]/i.test(t));
      const next = tokens.slice(i + 1).find((t) => /^[ymdhs]/i.test(t));
      const isMinute =
        lower.length <= 2 &&
        ((prev !== undefined && /^h/i.test(prev)) || (next !== undefined && /^s/i.test(next)));
      if (isMinute) return lower.length === 2 ? pad(d.getUTCMinutes()) : String(d.getUTCMinutes());
      const m = d.getUTCMonth();
      if (lower.length === 1) return String(m + 1);
      if (lower.length === 2) return pad(m + 1);
      if (lower.length === 3) return MONTHS_SHORT[l][m]!;
      if (lower.length === 5) return MONTHS[l][m]!.charAt(0);
      return MONTHS[l][m]!;
    }
    if (/^d+$/.test(lower)) {
      if (lower.length === 1) return String(d.getUTCDate());
      if (lower.length === 2) return pad(d.getUTCDate());
      if (lower.length === 3) return DAYS_SHORT[l][d.getUTCDay()]!;
      return DAYS[l][d.getUTCDay()]!;
    }
    if (/^h+$/.test(lower)) {
      let h = d.getUTCHours();
      if (hasAmPm) h = h % 12 === 0 ? 12 : h % 12;
      return lower.length >= 2 ? pad(h) : String(h);
    }
    if (/^s+$/.test(lower)) return lower.length >= 2 ? pad(d.getUTCSeconds()) : String(d.getUTCSeconds());
    if (lower === "am/pm") return d.getUTCHours() < 12 ? "AM" : "PM";
    if (lower === "a/p") return d.getUTCHours() < 12 ? "A" : "P";
    return tok;
  };
  return tokens.map(render).join("");
}

/** Splits a format into its `;` sections, leaving `;` inside quotes alone. */
function formatSections(format: string): string[] {
  return format.match(/(?:"[^"]*"|\\.|[^;"\\])+/g) ?? [format];
}

const CONDITION = /^\[(<=|>=|<>|<|>|=)(-?\d+(?:\.\d+)?)\]/;

function meets(n: number, op: string, limit: number): boolean {
  if (op === "<") return n < limit;
  if (op === "<=") return n <= limit;
  if (op === ">") return n > limit;
  if (op === ">=") return n >= limit;
  if (op === "=") return n === limit;
  return n !== limit;
}

/**
 * The section of `format` that renders `n`, without its condition. With conditions (`[>=2]0" %";0%`,
 * developers.google.com/sheets/api/guides/formats; Sheets takes at most two), the first section whose
 * condition holds, else the first one without a condition, and the minus sign stays; without any, the
 * first section (the emulator does not render negative or zero sections).
 */
function sectionFor(n: number, format: string): string {
  const sections = formatSections(format);
  if (!sections.some((section) => CONDITION.test(section))) return sections[0]!;
  for (const section of sections) {
    const condition = CONDITION.exec(section);
    if (condition && meets(n, condition[1]!, Number(condition[2]))) return section.slice(condition[0].length);
  }
  return sections.find((section) => !CONDITION.test(section)) ?? sections[0]!.replace(CONDITION, "");
}

/**
 * Renders a number with a numeric format ("0", "0.00", "#,##0.00", "0%", "0.00%", `0" %"`, conditional
 * sections, general). A `%` inside quotes is a literal; outside, it multiplies by 100.
 */
export function formatNumber(n: number, format: string, locale: string): string {
  const dec = decimalSeparator(locale);
  if (format === DEFAULT_NUMBER_FORMAT || format === "General" || format === "@" || format === "") {
    const s = String(Number(n.toPrecision(15)));
    return s.replace(".", dec);
  }
  const section = sectionFor(n, format);
  const unquoted = section.replace(/"[^"]*"|\\./g, "");
  const percent = unquoted.includes("%");
  const value = percent ? n * 100 : n;
  const core = section.replace(/"[^"]*"|[^0#.,]/g, "");
  const [intPart, fracPart = ""] = core.split(".");
  const decimals = (fracPart.match(/[0#]/g) ?? []).length;
  const grouping = (intPart ?? "").includes(",");
  let text = Math.abs(value).toFixed(decimals);
  if (fracPart.includes("#") && !fracPart.includes("0")) text = String(Number(text));
  let [i, f] = text.split(".");
  if (grouping) i = i!.replace(/\B(?=(\d{3})+(?!\d))/g, groupSeparator(locale));
  const sign = value < 0 && Number(text) !== 0 ? "-" : "";
  const body = f ? `${i}${dec}${f}` : i!;
  const digitsAt = /[0#.,]/.exec(section.replace(/"[^"]*"/g, (q) => "x".repeat(q.length)));
  const at = digitsAt ? digitsAt.index : section.length;
  const literal = (part: string) =>
    part.replace(/"([^"]*)"|\\(.)|%/g, (_, quoted, escaped) => quoted ?? escaped ?? "");
  const prefix = literal(section.slice(0, at));
  const after = section.slice(at).replace(/^[0#.,]+/, "");
  const suffix = literal(after);
  return `${sign}${prefix}${body}${suffix}${percent ? (lang(locale) === "fr" ? "\u00a0%" : "%") : ""}`;
}

/** What getDisplayValues shows for a cell. */
export function displayValue(cell: Cell | undefined, locale: string): string {
  if (!cell || cell.value === undefined) return "";
  const v = cell.value;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return v;
  const format = effectiveFormat(cell);
  if (isDateFormat(format)) return formatSerialDate(v, format, locale);
  return formatNumber(v, format, locale);
}
