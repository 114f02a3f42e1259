/**
 * A copied plan's calendar (see core/install/plan-marker.ts for how a copy is recognised): a copy — of
 * the workbook (File ▸ Make a copy) or of the plan sheet (Duplicate) — is a new plan, and when the
 * original had a calendar the copy's first sync asks before making one of its own, named so that the two
 * can be told apart in Google Calendar: the committee's usual name followed by the copy's workbook name
 * (a workbook copy) or sheet name (a duplicated sheet). A copy of a never-synced template keeps the usual
 * name and asks nothing: it simply starts clean.
 */
import type { Localized } from "../i18n";
import type { PlanOrigin } from "../install/plan-marker";

/** The copy's calendar name: `base` (calendarName) told apart from the original's when that had one. */
export function copyCalendarName(
  base: string,
  origin: PlanOrigin | null,
  where: { workbook: string; sheet: string },
): string {
  if (!origin?.calendarId) return base;
  const apart = (origin.kind === "workbook" ? where.workbook : where.sheet).replace(/\s+/g, " ").trim();
  return apart ? `${base} (${apart})` : base;
}

/** True when the first sync of this plan asks before creating its calendar (the original had one). */
export function asksBeforeOwnCalendar(origin: PlanOrigin | null): boolean {
  return !!origin?.calendarId;
}

export const COPY_MESSAGES = {
  askOwnCalendar: {
    fr: "Ce plan est une copie d'un plan qui a déjà son agenda (celui de {owner}). La copie aura son propre agenda, « {name} » ; l'agenda d'origine et ses événements ne seront pas touchés. Créer ce nouvel agenda ? Rien n'a encore été créé.",
    en: 'This plan is a copy of a plan that already has its calendar ({owner}\'s). The copy will have a calendar of its own, "{name}"; the original calendar and its events will not be touched. Create this new calendar? Nothing has been created yet.',
  },
  ownerUnknown: { fr: "la personne qui l'a synchronisé", en: "the person who synced it" },
  declined: {
    fr: "D'accord : aucun agenda n'a été créé, et l'agenda d'origine n'a pas été touché. Relancez « Synchroniser l'agenda » quand cette copie devra avoir son agenda.",
    en: 'All right: no calendar was created, and the original calendar was not touched. Run "Sync the calendar" again when this copy should have its calendar.',
  },
} satisfies Record<string, Localized>;
