/**
 * What one plan row looks like in the calendar: an all-day event on the Échéance day (or spanning
 * Début–Échéance when the committee asks for it), dates as `YYYY-MM-DD` strings with the end exclusive
 * (last day + 1, computed on the ISO strings, never through a Date in the script's time zone), the title
 * the committee chose (the action, the expected result, or both; prefixed with ✓ when Terminé), a
 * description with the other fields and a link to the plan's sheet, a colour per status, popup reminders
 * at 09:00 a week and a day before (none once Terminé), no guests. Nothing in an event depends on the
 * row's position, so sorting, inserting or deleting rows changes no event. `extendedProperties.private`
 * carries { planId, rowKey, hash } so the add-on finds its own events and knows what it last wrote;
 * `hash` covers exactly the synced fields.
 */
import { STATUS_COLOURS } from "../colours/calendar-colours";
import { addDays } from "../dates";
import { firstOccurrence, readRecurrenceRule, rruleLine } from "../echeance/recurrence-rule";
import type { Lang, Localized } from "../i18n";
import type { PlanRow } from "../plan/plan-model";
import { DEFAULT_TEMPLATE, type StatusKey, statusLabel } from "../template";
import type { EventTitleChoice } from "./event-settings";
import { hash32hex } from "./hash";

/**
 * Calendar event colour ids per status: the calendar colour closest to each status's colour in the sheet
 * (one table for both, src/core/colours/calendar-colours.ts).
 */
export const STATUS_COLOR_IDS: Record<StatusKey, string> = Object.fromEntries(
  Object.entries(STATUS_COLOURS).map(([key, colours]) => [key, colours.calendar.id]),
) as Record<StatusKey, string>;

/**
 * Popup reminders, in minutes before the start of the all-day event. An all-day event starts at 00:00 of
 * its day in the calendar's time zone, so 1,440 would be midnight the night before, when nobody reads it.
 * 900 = 15 h before that midnight = 09:00 the day before; 9,540 = 6 × 1,440 + 900 = 09:00 a week before
 * (FACTS.md, "All-day event reminders count back from 00:00 of the event's day").
 */
export const REMINDER_DAY_BEFORE_9AM = 900;
export const REMINDER_WEEK_BEFORE_9AM = 6 * 1440 + REMINDER_DAY_BEFORE_9AM;
export const REMINDER_MINUTES = [REMINDER_WEEK_BEFORE_9AM, REMINDER_DAY_BEFORE_9AM];
export const DONE_PREFIX = "✓ ";

export interface EventContext {
  planId: string;
  spreadsheetId: string;
  sheetId: number;
  /** Language of the description labels: fixed per calendar, so two users never undo each other. */
  lang: Lang;
  /** Span Début–Échéance instead of the Échéance day alone. */
  spanDates: boolean;
  /** What the title shows (default: the action). */
  title?: EventTitleChoice;
  /** The plan's Période: the bounds of a recurring event (none without it). */
  period?: { start: string; end: string } | null;
  /** The spreadsheet's time zone: a recurring event's start and end name it. */
  timeZone?: string;
}

/** The event resource the add-on writes (the Calendar API v3 fields it owns). */
export interface EventBody {
  id?: string;
  summary: string;
  description: string;
  /** A recurring event names its time zone (the Events page marks it required for them). */
  start: { date: string; timeZone?: string };
  end: { date: string; timeZone?: string };
  colorId: string;
  transparency: "transparent";
  reminders: { useDefault: false; overrides: Array<{ method: "popup"; minutes: number }> };
  /** For a deadline that names its days: one RRULE line bounded by the Période. */
  recurrence?: string[];
  extendedProperties: { private: { planId: string; rowKey: string; hash: string } };
}

const LABELS: Record<string, Localized> = {
  objectif: { fr: "Objectif", en: "Objective" },
  resultat: { fr: "Résultat attendu", en: "Expected result" },
  moyens: { fr: "Action", en: "Action" },
  ressources: { fr: "Ressources", en: "Resources" },
  responsables: { fr: "Responsables", en: "Responsible" },
  statut: { fr: "Statut", en: "Status" },
  echeancier: { fr: "Échéancier", en: "Schedule" },
  link: { fr: "Ouvrir le plan", en: "Open the plan" },
  untitled: { fr: "Action sans titre", en: "Untitled action" },
};

/**
 * The link that opens the plan's sheet. Not its row: a row number moves whenever someone sorts, inserts
 * or deletes rows, and every event below would have to be rewritten; the title names the action.
 */
export function planLink(spreadsheetId: string, sheetId: number): string {
  return `https://docs.google.com/spreadsheets/d/${spreadsheetId}/edit#gid=${sheetId}`;
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

/**
 * Which fields the title shows: the chosen ones that are not empty, an empty choice falling back to the
 * other field ("both" with one of them empty is the other alone).
 */
export function titleFields(
  row: PlanRow,
  choice: EventTitleChoice = "action",
): { result: boolean; action: boolean } {
  const hasResult = row.resultat.trim() !== "";
  const hasAction = row.moyens.trim() !== "";
  const wantsResult = choice !== "action";
  const wantsAction = choice !== "result";
  const result = hasResult && (wantsResult || !hasAction);
  const action = hasAction && (wantsAction || !hasResult);
  return { result, action };
}

/** The event title as the committee chose it ("Résultat — Action" for both); ✓ when done. */
export function eventTitle(row: PlanRow, lang: Lang, choice: EventTitleChoice = "action"): string {
  const fields = titleFields(row, choice);
  const parts = [fields.result ? row.resultat.trim() : "", fields.action ? row.moyens.trim() : ""];
  const text = clip(parts.filter(Boolean).join(" — ") || LABELS.untitled[lang]);
  return row.status === "termine" ? DONE_PREFIX + text : text;
}

/**
 * The reminders of a row: none once it is Terminé (nothing left to remind anyone of); a recurring event
 * (a weekly meeting) only the day before, since a week before would fall on the previous occurrence.
 */
export function reminderMinutes(row: PlanRow, recurring = false): number[] {
  if (row.status === "termine" || row.status === "annule") return [];
  return recurring ? [REMINDER_DAY_BEFORE_9AM] : REMINDER_MINUTES;
}

/**
 * A recurring deadline that names its days, inside the Période: its first day and RRULE (with UNTIL at
 * the Période's end), or null (no such deadline, no Période, or no occurrence inside it).
 */
export function recurrenceOf(
  row: PlanRow,
  period: EventContext["period"],
): { first: string; rrule: string } | null {
  if (!period || period.end < period.start) return null;
  const rule = readRecurrenceRule(row.echeancier);
  if (!rule) return null;
  const first = firstOccurrence(rule, period.start, period.end);
  return first ? { first, rrule: rruleLine(rule, period.end) } : null;
}

function eventDescription(row: PlanRow, context: EventContext): string {
  const { lang } = context;
  const status = row.status ? statusLabel(DEFAULT_TEMPLATE, row.status, lang) : row.statutText;
  const separator = lang === "fr" ? " : " : ": ";
  const lines: string[] = [];
  const add = (label: Localized, value: string) => {
    if (value) lines.push(label[lang] + separator + clip(value));
  };
  const inTitle = titleFields(row, context.title);
  add(LABELS.objectif, row.objectif);
  if (!inTitle.result) add(LABELS.resultat, row.resultat);
  if (!inTitle.action) add(LABELS.moyens, row.moyens);
  add(LABELS.ressources, row.ressources);
  add(LABELS.responsables, row.responsables);
  add(LABELS.statut, status);
  add(LABELS.echeancier, row.echeancier);
  lines.push("");
  lines.push(LABELS.link[lang] + separator + planLink(context.spreadsheetId, context.sheetId));
  return lines.join("\n");
}

/** An all-day start or end, with the time zone a recurring event must name. */
function zoned(date: string, timeZone: string | null | undefined): { date: string; timeZone?: string } {
  return timeZone ? { date, timeZone } : { date };
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
    // Only recurring events add these fields, so the hashes of all other events stay as they were.
    ...(body.recurrence ? [body.recurrence, body.start.timeZone ?? ""] : []),
  ]);
}

/**
 * The event for `row` with its hash, or null when the row has no Échéance (nor a recurring deadline that
 * names its days, inside the Période). A date in Échéance wins over a recurrence.
 */
export function eventBodyFor(row: PlanRow, rowKey: string, context: EventContext): EventBody | null {
  const dated = eventDays(row, context.spanDates);
  const recurrence = dated ? null : recurrenceOf(row, context.period);
  const days = dated ?? (recurrence ? { first: recurrence.first, last: recurrence.first } : null);
  if (!days) return null;
  const fields = {
    summary: eventTitle(row, context.lang, context.title),
    description: eventDescription(row, context),
    start: zoned(days.first, recurrence && context.timeZone),
    end: zoned(addDays(days.last, 1), recurrence && context.timeZone),
    colorId: STATUS_COLOR_IDS[row.status ?? "aFaire"],
    transparency: "transparent" as const,
    reminders: {
      useDefault: false as const,
      overrides: reminderMinutes(row, recurrence !== null).map((minutes) => ({
        method: "popup" as const,
        minutes,
      })),
    },
    ...(recurrence ? { recurrence: [recurrence.rrule] } : {}),
  };
  return {
    ...fields,
    extendedProperties: {
      private: { planId: context.planId, rowKey, hash: hash32hex(syncedFields(fields)) },
    },
  };
}
