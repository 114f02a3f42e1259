/**
 * Recurring deadlines that name their days, through dist/Code.js: `tous les jeudis`, `chaque premier
 * lundi du mois`, `le 15 de chaque mois` and their English forms become one recurring all-day event each,
 * starting on the first such day of the Période and ending with it (RRULE with UNTIL); the rules are
 * expanded with ical.js (a maintained iCalendar library) to check that no occurrence falls outside the
 * Période. Recurrences that name no day stay undated and reported; a re-sync writes nothing; a new
 * Période end moves UNTIL; a row given a date stops recurring.
 */
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import type { CalendarEventResource } from "../../../src/local/emulator/calendar";
import type { ValidationReport } from "../../../src/shared/validation-wire";
import {
  COL,
  calendarWrites,
  FIRST_ROW,
  liveEvents,
  planSheet,
  startSync,
  syncStep,
  typeRows,
} from "./harness";

// The harness installs the template on 10 March 2026: Période 1 March 2026 – 28 February 2027.
const PERIOD = { start: "2026-03-01", end: "2027-02-28" };

const ROWS = [
  { moyens: "Rencontre hebdomadaire", echeancier: "tous les jeudis" },
  { moyens: "Réunion du comité", echeancier: "chaque premier lundi du mois" },
  { moyens: "Rapport mensuel", echeancier: "le 15 de chaque mois" },
  { moyens: "Weekly check-in", echeancier: "every Tuesday" },
  { moyens: "Monthly report", echeancier: "the last Friday of each month" },
  { moyens: "Bilan", echeancier: "2 fois par année" },
  { moyens: "Suivi", echeancier: "mensuel" },
];

/** Every occurrence of an event's RRULE, as ISO days (ical.js expands it from the event's start). */
function occurrences(event: CalendarEventResource): string[] {
  const line = (event.recurrence as string[])[0];
  const recur = ICAL.Recur.fromString(line.replace(/^RRULE:/, ""));
  const iterator = recur.iterator(ICAL.Time.fromDateString(event.start!.date!));
  const days: string[] = [];
  for (let next = iterator.next(); next && days.length < 1000; next = iterator.next())
    days.push(next.toString().slice(0, 10));
  return days;
}

function byTitle(events: CalendarEventResource[]): Map<string, CalendarEventResource> {
  return new Map(events.map((event) => [String(event.summary), event]));
}

describe("recurring deadlines that name their days", () => {
  it("become one recurring all-day event each, inside the Période; the others stay undated and reported", () => {
    const harness = startSync();
    typeRows(harness, ROWS);
    const progress = syncStep(harness);
    expect(progress.report.created.map((item) => item.title)).toEqual(
      ROWS.slice(0, 5).map((row) => row.moyens),
    );
    const events = byTitle(liveEvents(harness));
    const expected: Record<string, { start: string; rrule: string; count: number }> = {
      "Rencontre hebdomadaire": {
        start: "2026-03-05",
        rrule: "RRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20270228",
        count: 52,
      },
      "Réunion du comité": {
        start: "2026-03-02",
        rrule: "RRULE:FREQ=MONTHLY;BYDAY=1MO;UNTIL=20270228",
        count: 12,
      },
      "Rapport mensuel": {
        start: "2026-03-15",
        rrule: "RRULE:FREQ=MONTHLY;BYMONTHDAY=15;UNTIL=20270228",
        count: 12,
      },
      "Weekly check-in": {
        start: "2026-03-03",
        rrule: "RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20270228",
        count: 52,
      },
      "Monthly report": {
        start: "2026-03-27",
        rrule: "RRULE:FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20270228",
        count: 12,
      },
    };
    for (const [title, want] of Object.entries(expected)) {
      const event = events.get(title)!;
      expect(event).toMatchObject({
        start: { date: want.start },
        end: {
          date: new Date(Date.parse(`${want.start}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10),
        },
        recurrence: [want.rrule],
        // A week-before reminder would land on the previous occurrence: the day before only, at 09:00.
        reminders: { useDefault: false, overrides: [{ method: "popup", minutes: 900 }] },
      });
      const days = occurrences(event);
      expect(days).toHaveLength(want.count);
      expect(days[0]).toBe(want.start);
      expect(days.every((day) => day >= PERIOD.start && day <= PERIOD.end)).toBe(true);
    }
    expect(occurrences(events.get("Monthly report")!).slice(0, 3)).toEqual([
      "2026-03-27",
      "2026-04-24",
      "2026-05-29",
    ]);

    const skipped = new Map(progress.report.skipped.map((item) => [item.title, item.detail]));
    expect(skipped.get("Bilan")).toMatch(/sans jour précis/);
    expect(skipped.get("Suivi")).toMatch(/sans jour précis/);
    // Validation agrees: only the recurrences without days are flagged.
    const findings = harness.addon
      .call<ValidationReport>("getValidationReport")
      .findings.filter((finding) => finding.ruleId === "echeancier-recurrent");
    expect(findings.map((finding) => finding.cell)).toEqual([`F${FIRST_ROW + 5}`, `F${FIRST_ROW + 6}`]);
  });

  it("a re-sync writes nothing; a new Période end moves UNTIL; a row given a date stops recurring", () => {
    const harness = startSync();
    typeRows(harness, ROWS.slice(0, 2));
    syncStep(harness);
    harness.emulator.calls.reset();
    expect(syncStep(harness).report).toMatchObject({ status: "done", unchanged: 2 });
    expect(calendarWrites(harness)).toBe(0);

    const sheet = planSheet(harness);
    sheet.getRange(3, 3).setValue(new Date(2026, 11, 31, 12));
    harness.emulator.calls.reset();
    syncStep(harness);
    expect(harness.emulator.calls.count("Calendar.Events.patch")).toBe(2);
    const weekly = byTitle(liveEvents(harness)).get("Rencontre hebdomadaire")!;
    expect(weekly.recurrence).toEqual(["RRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20261231"]);
    expect(occurrences(weekly).at(-1)).toBe("2026-12-31");

    sheet.getRange(FIRST_ROW, COL.echeance).setValue("2026-06-18");
    harness.emulator.calls.reset();
    syncStep(harness);
    // Replaced, not patched with `recurrence: []` (undocumented): the new event, then the series removed.
    expect(calendarWrites(harness)).toBe(2);
    expect(harness.emulator.calls.count("Calendar.Events.patch")).toBe(0);
    const dated = byTitle(liveEvents(harness)).get("Rencontre hebdomadaire")!;
    expect(dated).toMatchObject({ start: { date: "2026-06-18" }, end: { date: "2026-06-19" } });
    expect(dated.recurrence ?? []).toEqual([]);
  });

  it("without a Période, a recurrence is reported, not invented", () => {
    const harness = startSync();
    planSheet(harness)
      .getRange(3, 2, 1, 2)
      .setValues([["", ""]]);
    typeRows(harness, ROWS.slice(0, 1));
    const progress = syncStep(harness);
    expect(progress.report.created).toEqual([]);
    expect(progress.report.skipped[0].detail).toMatch(/il faut la Période du plan/);
  });
});
