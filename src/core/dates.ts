/**
 * Calendar days as ISO strings (`YYYY-MM-DD`), the only date form the core and the wire use. Spreadsheet
 * date cells arrive as instants; `isoDayInZone` reads them as the day they show in the spreadsheet's
 * time zone (never the script's), which is what avoids the classic one-day-early all-day event.
 */
import { isDateValue } from "../shared/cell";

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Month names as written in running text: French in lower case, English capitalised. */
export const MONTH_NAMES: Record<"fr" | "en", readonly string[]> = {
  fr: [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};
const MS_PER_DAY = 86_400_000;
const FORMATTERS: Record<string, Intl.DateTimeFormat> = {};

/** True for a real calendar day written `YYYY-MM-DD`. */
export function isIsoDay(text: unknown): text is string {
  if (typeof text !== "string") return false;
  const match = ISO_DAY.exec(text);
  if (!match) return false;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return (
    date.getUTCFullYear() === Number(y) &&
    date.getUTCMonth() === Number(m) - 1 &&
    date.getUTCDate() === Number(d)
  );
}

/** The day `date` shows in `timeZone` (an IANA name such as "America/Toronto"). */
export function isoDayInZone(date: Date, timeZone: string): string {
  let formatter = FORMATTERS[timeZone];
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    FORMATTERS[timeZone] = formatter;
  }
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(date)) parts[part.type] = part.value;
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The ISO day of a cell value: a date cell read in `timeZone`, or text already written `YYYY-MM-DD`. */
export function cellIsoDay(value: unknown, timeZone: string): string | null {
  if (isDateValue(value)) return isoDayInZone(value, timeZone);
  if (typeof value === "string" && isIsoDay(value.trim())) return value.trim();
  return null;
}

/** `day` plus `days` calendar days. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = from.split("-").map(Number);
  const [y2, m2, d2] = to.split("-").map(Number);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / MS_PER_DAY);
}

/** "2021-03-15" → "15/03/2021" (French) or "2021-03-15" (English keeps ISO, unambiguous). */
export function displayDay(day: string, lang: "fr" | "en"): string {
  if (lang === "en") return day;
  const [y, m, d] = day.split("-");
  return `${d}/${m}/${y}`;
}
