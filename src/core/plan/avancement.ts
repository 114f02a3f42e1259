/**
 * Avancement (progress) as people type it and read it: the one reader every feature uses (validation,
 * the sidebar's figures, the bilan) and the column's number format, decided together so that what the
 * add-on understands is always what the cell shows.
 *
 * What people type, and what Sheets stores (fr_CA locale): `30` → 30; `0,3` → 0.3 (the locale's decimal
 * comma); `30 %` or `30%` → 0.3 (Sheets reads a trailing % as a percentage, with or without a space);
 * `0.3` → the text "0.3" (a decimal point is not the fr_CA separator: a guess, the emulator follows it),
 * any of them as text when the cell is plain text. All of them mean 30 %.
 *
 * The column's number format. No single format shows both 30 and 0.3 as "30 %": `0%` shows 30 as
 * "3000 %" (what the committee saw), `0" %"` shows 0.3 — which is what `30 %` and `0,3` become — as
 * "0 %". So the format has a condition: `[>=2]0" %";0%` shows a number of 2 or more as itself with a
 * percent sign (30 → "30 %"), and anything else as a fraction (0.3 → "30 %", 1 → "100 %", 1.2 → "120 %",
 * -0.1 → "-10 %"). Sheets' custom number formats take up to two conditions in brackets
 * (developers.google.com/sheets/api/guides/formats). The reader below applies the same threshold, so a
 * number means exactly what the cell shows and messages quote that.
 *
 * Why 2 and not 1: between 1 and 2 a number is either a percentage over 100 typed with its sign
 * (`120 %` → 1.2) or a tiny percentage typed bare (`1,5` meaning 1.5 %). Read as a fraction, the first is
 * right and flagged (over 100 %), the second is shown as "150 %" and flagged, so the person sees it and
 * fixes it; read the other way `120 %` would silently become 1 %. The only number the threshold reads
 * against a plausible intent is `1` typed for 1 % (shown and counted as 100 %); `200 %` and more typed
 * with the sign show as "2 %" (nonsense values either way).
 *
 * The add-on never rewrites a typed cell: it only formats the column at install.
 */
import type { CellValue } from "../../shared/cell";
import { isDateValue } from "../../shared/cell";
import type { Lang } from "../i18n";

/** A number from this value up is a percentage (30 = 30 %); below, a fraction (0.3 = 30 %). */
export const PERCENT_THRESHOLD = 2;

/** The Avancement column's number format (see the header): French puts a no-break space before %. */
export function avancementFormat(lang: Lang): string {
  return `[>=${PERCENT_THRESHOLD}]0"${lang === "fr" ? "\u00a0" : ""}%";0%`;
}

const NUMBER_TEXT = /^([+-]?\d+(?:[.,]\d+)?)$/;
const PERCENT_TEXT = /^([+-]?\d+(?:[.,]\d+)?)\s*%$/;

/** A number as the column's format shows it: 2 and more as they are, below as a fraction. */
function ratioOfNumber(n: number): number {
  return n >= PERCENT_THRESHOLD ? n / 100 : n;
}

/** "30 %" (no-break space, as French writes it) or "30%"; whole percentages, one decimal when needed. */
export function percentText(ratio: number, lang: Lang): string {
  const value = Math.round(ratio * 1000) / 10;
  const digits = Number.isInteger(value)
    ? String(value)
    : String(value).replace(".", lang === "fr" ? "," : ".");
  return lang === "fr" ? `${digits}\u00a0%` : `${digits}%`;
}

/** What an Avancement cell holds: nothing, a percentage (as a fraction: 0.3 for 30 %), or other text. */
export type Avancement = { kind: "empty" } | { kind: "ratio"; ratio: number } | { kind: "unreadable" };

/** Reads an Avancement cell (the one reader of the add-on). */
export function readAvancement(value: CellValue | undefined): Avancement {
  if (value === undefined || value === null) return { kind: "empty" };
  if (typeof value === "number") {
    return Number.isFinite(value) ? { kind: "ratio", ratio: ratioOfNumber(value) } : { kind: "unreadable" };
  }
  if (isDateValue(value) || typeof value === "boolean") return { kind: "unreadable" };
  const text = String(value).trim();
  if (text === "") return { kind: "empty" };
  const percent = PERCENT_TEXT.exec(text);
  if (percent) return { kind: "ratio", ratio: Number(percent[1].replace(",", ".")) / 100 };
  const number = NUMBER_TEXT.exec(text);
  if (number) return { kind: "ratio", ratio: ratioOfNumber(Number(number[1].replace(",", "."))) };
  return { kind: "unreadable" };
}

/**
 * What an Avancement cell shows, for messages: a number as the column's format shows it ("30 %", whole
 * percentages), text as typed (clipped).
 */
export function avancementShown(value: CellValue | undefined, lang: Lang): string {
  if (typeof value === "number" && Number.isFinite(value)) {
    return percentText(Math.round(ratioOfNumber(value) * 100) / 100, lang);
  }
  return String(value ?? "")
    .trim()
    .slice(0, 60);
}
