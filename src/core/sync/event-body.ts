/**
 * What one plan row looks like in the calendar: an all-day event on the Échéance day (or spanning
 * Début–Échéance when the committee asks for it), dates as `YYYY-MM-DD` strings with the end exclusive
 * (last day + 1, computed on the ISO strings, never through a Date in the script's time zone), the action
 * as title (prefixed with ✓ when Terminé), a description with the objective, expected result, resources,
 * responsible people, status and a link back to the row, a colour per status, popup reminders 7 days and
 * 1 day before, no guests. `extendedProperties.private` carries { planId, rowKey, hash } so the add-on
 * finds its own events and knows what it last wrote; `hash` covers exactly the synced fields.
 */
import { addDays } from "../dates";
import type { Lang, Localized } from "../i18n";
import type { PlanRow } from "../plan/plan-model";
import { DEFAULT_TEMPLATE, type StatusKey, statusLabel } from "../template";
import { hash32hex } from "./hash";

/** Calendar event colour ids (the 11 of the Calendar palette) per status. */
export const STATUS_COLOR_IDS: Record<StatusKey, string> = {
  aFaire: "9", // Blueberry
  enCours: "5", // Banana
  termine: "10", // Basil
  reporte: "6", // Tangerine
  annule: "8", // Graphite (never synced: Annulé rows have no event)
};

/** Popup reminders: a week before and a day before (minutes before the start of the all-day event). */
export const REMINDER_MINUTES = [10080, 1440];
export const DONE_PREFIX = "✓ ";

export interface EventContext {
  planId: string;
  spreadsheetId: string;
  sheetId: number;
  /** Language of the description labels: fixed per calendar, so two users never undo each other. */
  lang: Lang;
  /** Span Début–Échéance instead of the Échéance day alone. */
  spanDates: boolean;
}

/** The event resource the add-on writes (the Calendar API v3 fields it owns). */
export interface EventBody {
  id?: string;
  summary: string;
  description: string;
  start: { date: string };
  end: { date: string };
  colorId: string;
  transparency: "transparent";
  reminders: { useDefault: false; overrides: Array<{ method: "popup"; minutes: number }> };
  extendedProperties: { private: { planId: string; rowKey: string; hash: string } };
}

const LABELS: Record<string, Localized> = {
  objectif: { fr: "Objectif", en: "Objective" },
  resultat: { fr: "Résultat attendu", en: "Expected result" },
  ressources: { fr: "Ressources", en: "Resources" },
  responsables: { fr: "Responsables", en: "Responsible" },
  statut: { fr: "Statut", en: "Status" },
  echeancier: { fr: "Échéancier", en: "Schedule" },
  link: { fr: "Voir la ligne dans le plan", en: "See the row in the plan" },
  untitled: { fr: "Action sans titre (ligne {row})", en: "Untitled action (row {row})" },
};

/** The link that opens the sheet on the row. */
export function rowLink(spreadsheetId: string, sheetId: number, row: number): string {
  return `https://docs.google.com/spreadsheets/d/${spreadsheetId}/edit#gid=${sheetId}&range=A${row}`;
}

/** The event's days: [first, last] inclusive, or null when the row has no Échéance. */
export function eventDays(row: PlanRow, spanDates: boolean): { first: string; last: string } | null {
  if (!row.echeance) return null;
  const first = spanDates && row.debut && row.debut <= row.echeance ? row.debut : row.echeance;
  return { first, last: row.echeance };
}

/**
 * Longest text of one field that goes into an event (the title, each line of the description): a
 * 50,000-character cell would make the event unreadable and the request too large. Validation warns
 * about such cells; the sheet keeps the whole text.
 */
export const MAX_EVENT_TEXT = 1000;

function clip(text: string): string {
  return text.length > MAX_EVENT_TEXT ? `${text.slice(0, MAX_EVENT_TEXT - 1)}…` : text;
}

/** The event title: the action, or the row number when the action is empty; ✓ when done. */
export function eventTitle(row: PlanRow, lang: Lang): string {
  const action = clip(row.moyens || LABELS.untitled[lang].replace("{row}", String(row.row)));
  return row.status === "termine" ? DONE_PREFIX + action : action;
}

function eventDescription(row: PlanRow, context: EventContext): string {
  const { lang } = context;
  const status = row.status ? statusLabel(DEFAULT_TEMPLATE, row.status, lang) : row.statutText;
  const separator = lang === "fr" ? " : " : ": ";
  const lines: string[] = [];
  const add = (label: Localized, value: string) => {
    if (value) lines.push(label[lang] + separator + clip(value));
  };
  add(LABELS.objectif, row.objectif);
  add(LABELS.resultat, row.resultat);
  add(LABELS.ressources, row.ressources);
  add(LABELS.responsables, row.responsables);
  add(LABELS.statut, status);
  add(LABELS.echeancier, row.echeancier);
  lines.push("");
  lines.push(LABELS.link[lang] + separator + rowLink(context.spreadsheetId, context.sheetId, row.row));
  return lines.join("\n");
}

/** The synced fields of an event, in a fixed order: what the hash covers. */
function syncedFields(body: Omit<EventBody, "extendedProperties">): string {
  return JSON.stringify([
    body.summary,
    body.description,
    body.start.date,
    body.end.date,
    body.colorId,
    body.transparency,
    body.reminders.overrides.map((r) => r.minutes),
  ]);
}

/** The event for `row` with its hash, or null when the row has no Échéance. */
export function eventBodyFor(row: PlanRow, rowKey: string, context: EventContext): EventBody | null {
  const days = eventDays(row, context.spanDates);
  if (!days) return null;
  const fields = {
    summary: eventTitle(row, context.lang),
    description: eventDescription(row, context),
    start: { date: days.first },
    end: { date: addDays(days.last, 1) },
    colorId: STATUS_COLOR_IDS[row.status ?? "aFaire"],
    transparency: "transparent" as const,
    reminders: {
      useDefault: false as const,
      overrides: REMINDER_MINUTES.map((minutes) => ({ method: "popup" as const, minutes })),
    },
  };
  return {
    ...fields,
    extendedProperties: {
      private: { planId: context.planId, rowKey, hash: hash32hex(syncedFields(fields)) },
    },
  };
}
