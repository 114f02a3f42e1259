/**
 * The playground's .ics export carries a recurring event's RRULE as the emulated Calendar stores it: a
 * plan row "tous les jeudis", synced through dist/Code.js, comes out as one VEVENT whose rule ical.js
 * expands to the Thursdays of the Période and no further.
 */
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { exportIcs } from "../../../src/local/playground/exports.ts";
import { startSync, syncStep, typeRows } from "../../server/sync/harness";

describe("Exporter l'agenda (.ics) with a recurring event", () => {
  it("writes the RRULE, bounded by the Période", () => {
    const harness = startSync();
    typeRows(harness, [
      { moyens: "Rencontre hebdomadaire", echeancier: "tous les jeudis" },
      { moyens: "Assemblée", echeance: "2026-05-14" },
    ]);
    syncStep(harness);
    const vcalendar = new ICAL.Component(ICAL.parse(exportIcs(harness.calendar, "Plan")));
    const events = vcalendar.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
    const weekly = events.find((event) => event.summary === "Rencontre hebdomadaire")!;
    expect(weekly.isRecurring()).toBe(true);
    expect(weekly.component.getFirstPropertyValue("rrule")?.toString()).toBe(
      "FREQ=WEEKLY;BYDAY=TH;UNTIL=20270228",
    );
    const iterator = weekly.iterator();
    const days: string[] = [];
    for (let next = iterator.next(); next && days.length < 100; next = iterator.next())
      days.push(next.toString());
    expect(days).toHaveLength(52);
    expect(days[0]).toBe("2026-03-05");
    expect(days.at(-1)).toBe("2027-02-25");
    expect(events.find((event) => event.summary === "Assemblée")?.isRecurring()).toBe(false);
  });
});
