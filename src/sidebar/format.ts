/**
 * How the sidebar writes days and percentages: dd/mm/yyyy in French (as in Québec), "Mar 15, 2025" in
 * English, from ISO day strings (never through a Date, so no time zone can shift the day).
 */
import type { Lang } from "../core/i18n";

const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2025-03-15" → "15/03/2025" (fr) or "Mar 15, 2025" (en); anything else is returned unchanged. */
export function formatDay(isoDay: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!match) return isoDay;
  const [, year, month, day] = match;
  if (lang === "fr") return `${day}/${month}/${year}`;
  return `${EN_MONTHS[Number(month) - 1]} ${Number(day)}, ${year}`;
}

/** A 0..1 ratio as a whole percentage 0..100 (null → 0). */
export function percent(ratio: number | null): number {
  if (ratio === null || !Number.isFinite(ratio)) return 0;
  return Math.round(Math.min(1, Math.max(0, ratio)) * 100);
}

/** "42 %" (fr, with a no-break space) or "42%" (en). */
export function percentText(value: number, lang: Lang): string {
  return lang === "fr" ? `${value}\u00a0%` : `${value}%`;
}
