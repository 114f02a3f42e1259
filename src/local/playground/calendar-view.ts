/**
 * The Agenda panel's data, computed from the emulated calendars: each calendar's events by date, each
 * marked late when its last day has passed and it is not done, and the legend joining the sheet's status
 * colours to the events' colours. Plain JSON, sent to the page as part of its view (view.ts).
 */
import { calendarColourHex, STATUS_COLOURS } from "../../core/colours/calendar-colours.ts";
import { paletteEntry, paletteLabel } from "../../core/colours/palette.ts";
import type { Lang } from "../../core/i18n.ts";
import { DONE_PREFIX, STATUS_COLOR_IDS } from "../../core/sync/event-body.ts";
import { DEFAULT_TEMPLATE, statusLabel } from "../../core/template.ts";
import type { CalendarHooks } from "../emulator/calendar.ts";

export interface CalendarEventView {
  id: string;
  title: string;
  /** First day, yyyy-mm-dd. */
  start: string;
  /** Last day (inclusive), yyyy-mm-dd. */
  end: string;
  color: string;
  description: string;
  reminders: number[];
  /** Its last day is before today (in the spreadsheet's time zone) and the action is not done. */
  late: boolean;
}

export interface CalendarView {
  id: string;
  name: string;
  timeZone: string;
  events: CalendarEventView[];
}

/** One line of the calendar panel's legend: a status as the sheet paints it and as its events show. */
export interface LegendEntry {
  key: string;
  label: string;
  /** The sheet's colours for it (palette.ts). */
  background: string;
  fontColor: string;
  /** Its events' colour in Calendar; null for En retard, which the panel says in words. */
  eventColour: string | null;
}

/**
 * The legend, from the one table joining the sheet's and the calendar's colours: every status that has
 * events (Annulé rows have none), then En retard.
 */
export function calendarLegend(lang: Lang): LegendEntry[] {
  const entries: LegendEntry[] = (["aFaire", "enCours", "termine", "reporte"] as const).map((key) => ({
    key,
    label: statusLabel(DEFAULT_TEMPLATE, key, lang),
    background: STATUS_COLOURS[key].background,
    fontColor: STATUS_COLOURS[key].fontColor,
    eventColour: STATUS_COLOURS[key].calendar.hex,
  }));
  const late = paletteEntry("enRetard");
  entries.push({
    key: "enRetard",
    label: paletteLabel(late, lang),
    background: late.background,
    fontColor: late.fontColor,
    eventColour: null,
  });
  return entries;
}

function addDays(day: string, delta: number): string {
  const t = Date.parse(`${day}T00:00:00Z`) + delta * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** A synced event is done when its row is Terminé: the sync gives it the Terminé colour and a ✓ title. */
function isDone(event: { colorId?: string | null; summary?: string | null }): boolean {
  return event.colorId === STATUS_COLOR_IDS.termine || (event.summary ?? "").startsWith(DONE_PREFIX);
}

export function calendarViews(
  calendar: CalendarHooks,
  timeZone: string,
  now: number = Date.now(),
): CalendarView[] {
  const dayIn = (instant: string | number) =>
    new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
      new Date(instant),
    );
  const today = dayIn(now);
  return calendar
    .listCalendars()
    .filter((c) => !c.deleted)
    .map((c) => ({
      id: c.id,
      name: c.summary,
      timeZone: c.timeZone,
      events: calendar
        .allEvents(c.id)
        .map((e) => {
          const start = e.start?.date ?? (e.start?.dateTime ? dayIn(e.start.dateTime) : "");
          const end = e.end?.date ? addDays(e.end.date, -1) : e.end?.dateTime ? dayIn(e.end.dateTime) : start;
          return {
            id: String(e.id),
            title: e.summary ?? "",
            start,
            end,
            color: calendarColourHex(e.colorId),
            description: e.description ?? "",
            reminders: (e.reminders?.overrides ?? []).map((o) => o.minutes),
            late: end !== "" && end < today && !isDone(e),
          };
        })
        .sort((a, b) => (a.start === b.start ? a.title.localeCompare(b.title) : a.start < b.start ? -1 : 1)),
    }));
}
