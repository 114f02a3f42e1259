/**
 * The Agenda panel: the emulated calendars' events by date, in the colours Calendar gives them, late
 * ones said in words, and a legend that shows each status both as the sheet paints it and as its events
 * appear (one table for both, src/core/colours/calendar-colours.ts). The panel can be closed and opened
 * again from the top bar; it shares the right-hand side with the add-on's sidebar, one at a time, as
 * Sheets' side panels do.
 */
import type { CalendarView, LegendEntry } from "../calendar-view.ts";
import { $, el } from "./dom.ts";
import { pageLang, t } from "./strings.ts";

function dayText(iso: string): string {
  const format = new Intl.DateTimeFormat(pageLang() === "en" ? "en-CA" : "fr-CA", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
  return format.format(new Date(`${iso}T00:00:00Z`));
}

/** "6 événements, dont 2 en retard": no raw time zone (America/Toronto means nothing to a volunteer). */
function calendarMeta(calendar: CalendarView): string {
  const count = calendar.events.length;
  const late = calendar.events.filter((event) => event.late).length;
  const events = t(count > 1 ? "eventsPlural" : "events", { n: count });
  return late > 0 ? t("eventsLate", { events, late }) : events;
}

function renderLegend(legend: LegendEntry[]): HTMLElement {
  const list = el("ul", { className: "legend-items" });
  for (const entry of legend) {
    const swatch = el("span", { className: "legend-sheet", "data-key": entry.key, text: entry.label });
    swatch.style.backgroundColor = entry.background;
    swatch.style.color = entry.fontColor;
    const dot = el("span", { className: "dot", "aria-hidden": "true" });
    if (entry.eventColour) dot.style.backgroundColor = entry.eventColour;
    else dot.classList.add("dot-late");
    list.append(
      el(
        "li",
        { className: "legend-item", "data-key": entry.key, "data-event-colour": entry.eventColour ?? "" },
        [dot, swatch],
      ),
    );
  }
  return el("section", { className: "legend", "aria-labelledby": "legend-heading" }, [
    el("h3", { id: "legend-heading", text: t("legend") }),
    list,
  ]);
}

export function renderCalendars(calendars: CalendarView[], legend: LegendEntry[]): void {
  const list = $("calendar-list");
  list.replaceChildren();
  if (calendars.length === 0) {
    list.append(el("p", { className: "empty", text: t("noCalendar") }));
  }
  for (const calendar of calendars) {
    const section = el("section", { className: "calendar", "data-calendar": calendar.id });
    section.append(el("h3", { text: calendar.name }));
    section.append(el("p", { className: "calendar-meta", text: calendarMeta(calendar) }));
    const ul = el("ul", { className: "events" });
    for (const event of calendar.events) {
      const dates =
        event.start === event.end ? dayText(event.start) : `${dayText(event.start)} → ${dayText(event.end)}`;
      const dot = el("span", { className: "dot", "aria-hidden": "true" });
      dot.style.backgroundColor = event.color;
      const li = el(
        "li",
        {
          className: event.late ? "event late" : "event",
          "data-event-id": event.id,
          "data-start": event.start,
          "data-end": event.end,
          "data-color": event.color,
          title: event.description,
        },
        [
          dot,
          el("div", {}, [
            el("div", { className: "event-title", text: event.title }),
            el("div", { className: "event-dates" }, [
              dates,
              // Late is said in words, not by colour alone.
              event.late ? el("span", { className: "late-badge", text: t("late") }) : null,
            ]),
          ]),
        ],
      );
      li.style.borderLeftColor = event.color;
      ul.append(li);
    }
    section.append(ul);
    list.append(section);
  }
  // The key first, as Calendar shows its list of colours above the events.
  list.prepend(renderLegend(legend));
}

export function setCalendarPanel(open: boolean): void {
  $("calendar-panel").hidden = !open;
  const toggle = $("btn-agenda");
  toggle.setAttribute("aria-pressed", String(open));
  toggle.setAttribute("aria-expanded", String(open));
}

export function calendarPanelOpen(): boolean {
  return !$("calendar-panel").hidden;
}
