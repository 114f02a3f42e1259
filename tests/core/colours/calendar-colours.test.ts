/**
 * The table joining the sheet's status colours and the calendar's: each status gets the calendar colour
 * nearest in hue to its sheet colour (grey for grey), and the sync's event colours are that table.
 */
import { describe, expect, it } from "vitest";
import {
  CALENDAR_EVENT_COLOURS,
  calendarColourHex,
  closestCalendarColour,
  STATUS_COLOURS,
} from "../../../src/core/colours/calendar-colours";
import { PALETTE } from "../../../src/core/colours/palette";
import { STATUS_COLOR_IDS } from "../../../src/core/sync/event-body";

describe("status colours in the calendar", () => {
  it("picks the calendar colour of the same hue as each status's sheet colour", () => {
    const names = Object.fromEntries(Object.entries(STATUS_COLOURS).map(([k, v]) => [k, v.calendar.name]));
    expect(names).toEqual({
      aFaire: "Graphite",
      enCours: "Lavender",
      termine: "Basil",
      reporte: "Grape",
      annule: "Graphite",
    });
    for (const [key, colours] of Object.entries(STATUS_COLOURS)) {
      expect(colours.background).toBe(PALETTE.find((p) => p.meaning === key)!.background);
    }
  });

  it("is what the sync colours its events with", () => {
    for (const [key, colours] of Object.entries(STATUS_COLOURS))
      expect(STATUS_COLOR_IDS[key as keyof typeof STATUS_COLOR_IDS]).toBe(colours.calendar.id);
  });

  it("matches a saturated colour to its own calendar colour and greys to Graphite", () => {
    for (const colour of CALENDAR_EVENT_COLOURS) expect(closestCalendarColour(colour.hex).id).toBe(colour.id);
    expect(closestCalendarColour("#ffffff").name).toBe("Graphite");
    expect(calendarColourHex("10")).toBe("#0b8043");
    expect(calendarColourHex(undefined)).toBe("#039be5");
  });
});
