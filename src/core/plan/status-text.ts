/**
 * Turns what people type in the Statut column into a status, the same way the sheet's colour rules do.
 */
import type { PlanTemplate, StatusKey } from "../template";

/**
 * The status for a Statut cell: one of the dropdown's labels, French or English, with any case and
 * surrounding spaces — exactly what the colour rules match (Sheets compares text without case, but
 * with accents). Anything else ("Fait", "termine") is not a status: validation asks for one of the list,
 * and the sheet, the sidebar and the calendar all treat the row alike.
 */
export function statusFromText(text: string, template: PlanTemplate): StatusKey | undefined {
  const key = text.trim().toLowerCase();
  for (const status of template.statuses) {
    if (status.fr.toLowerCase() === key || status.en.toLowerCase() === key) return status.key;
  }
  return undefined;
}

/** Terminé or Annulé: a row nothing more is expected of (never overdue, never due soon, not a load). */
export function isClosed(status: StatusKey | undefined): boolean {
  return status === "termine" || status === "annule";
}
