/**
 * Where real Google is stricter than a lenient emulator, through dist/Code.js:
 * - an occurrence of a recurring deadline someone moves or cancels in Calendar is listed as its own event
 *   (`<id>_<date>`, recurringEventId, the series' private properties): the sync leaves it alone, counts it
 *   in the preview and the report as moved in Calendar, and it survives the next sync;
 * - recurring events name their time zone (the emulator refuses one without, as the Events page requires);
 * - a series that becomes one event is replaced (insert, then the series deleted), not patched with
 *   `recurrence: []`;
 * - a one-off 404 on Events.patch or Events.remove is confirmed with Events.get: the report does not say
 *   a person deleted the event, and the next sync puts the right dates in.
 */
import { describe, expect, it } from "vitest";
import { CALENDAR_FAULTS } from "../../../src/local/emulator/calendar";
import type { SyncReport } from "../../../src/shared/sync-wire";
import {
  COL,
  calendarId,
  calendarWrites,
  FIRST_ROW,
  liveEvents,
  planSheet,
  startSync,
  syncStep,
  typeRows,
} from "./harness";

const WEEKLY = { moyens: "Rencontre hebdomadaire", echeancier: "tous les jeudis" };
const DATED = [
  { moyens: "Affiches", echeance: "2026-04-15" },
  { moyens: "Sondage", echeance: "2026-05-20" },
];

function weeklyEvent(harness: ReturnType<typeof startSync>) {
  const event = liveEvents(harness).find((e) => e.summary === WEEKLY.moyens && !e.recurringEventId);
  if (!event) throw new Error("no weekly event");
  return event;
}

describe("an occurrence of a recurring deadline moved or cancelled in Calendar", () => {
  for (const keepProperties of [true, false]) {
    it(`is left alone, counted as moved in Calendar, and survives the next sync (cancelled occurrence ${keepProperties ? "with" : "without"} the series' properties)`, () => {
      const harness = startSync();
      typeRows(harness, [WEEKLY]);
      syncStep(harness);
      const series = weeklyEvent(harness);
      expect(series.start).toEqual({ date: "2026-03-05", timeZone: "America/Toronto" });
      expect(series.end).toEqual({ date: "2026-03-06", timeZone: "America/Toronto" });
      const id = calendarId(harness);
      const moved = harness.calendar.userMoveOccurrence(id, String(series.id), "2026-03-12", "2026-03-13");
      expect(moved).toMatchObject({
        id: `${series.id}_20260312`,
        recurringEventId: series.id,
        originalStartTime: { date: "2026-03-12", timeZone: "America/Toronto" },
        start: { date: "2026-03-13" },
        extendedProperties: series.extendedProperties,
      });
      harness.calendar.userMoveOccurrence(id, String(series.id), "2026-03-19", null, { keepProperties });

      const preview = harness.addon.call<SyncReport>("previewSyncData");
      expect(preview.movedInCalendar).toBe(keepProperties ? 2 : 1);
      expect(preview.deleted).toEqual([]);
      expect(preview.message).toContain(
        keepProperties
          ? "2 occurrences d'événements récurrents ont été déplacées ou annulées dans l'agenda : elles sont laissées telles quelles."
          : "1 occurrence d'un événement récurrent a été déplacée ou annulée dans l'agenda : elle est laissée telle quelle.",
      );

      harness.emulator.calls.reset();
      const report = syncStep(harness).report;
      expect(calendarWrites(harness)).toBe(0);
      expect(report).toMatchObject({ status: "done", unchanged: 1, deleted: [], userDeleted: [] });
      expect(harness.calendar.peekEvent(id, `${series.id}_20260312`)).toMatchObject({
        status: "confirmed",
        start: { date: "2026-03-13" },
      });
      expect(harness.calendar.peekEvent(id, `${series.id}_20260319`)?.status).toBe("cancelled");
    });
  }

  it("goes with its series when the row gets a date: the series is replaced, not patched with recurrence: []", () => {
    const harness = startSync();
    typeRows(harness, [WEEKLY]);
    syncStep(harness);
    const series = weeklyEvent(harness);
    const id = calendarId(harness);
    harness.calendar.userMoveOccurrence(id, String(series.id), "2026-03-12", "2026-03-13");
    planSheet(harness).getRange(FIRST_ROW, COL.echeance).setValue("2026-06-18");
    harness.emulator.calls.reset();
    const report = syncStep(harness).report;
    expect(harness.emulator.calls.count("Calendar.Events.patch")).toBe(0);
    expect(harness.emulator.calls.count("Calendar.Events.insert")).toBe(1);
    expect(harness.emulator.calls.count("Calendar.Events.remove")).toBe(1);
    expect(report.updated.map((item) => item.title)).toEqual([WEEKLY.moyens]);
    expect(report.created).toEqual([]);
    expect(report.deleted).toEqual([]);
    const live = liveEvents(harness);
    expect(live).toHaveLength(1);
    expect(live[0]).toMatchObject({ start: { date: "2026-06-18" }, end: { date: "2026-06-19" } });
    expect(live[0]!.recurrence).toBeUndefined();
    expect(harness.calendar.peekEvent(id, String(series.id))?.status).toBe("cancelled");
    expect(harness.calendar.peekEvent(id, `${series.id}_20260312`)?.status).toBe("cancelled");
    harness.emulator.calls.reset();
    expect(syncStep(harness).report).toMatchObject({ status: "done", unchanged: 1 });
    expect(calendarWrites(harness)).toBe(0);
  });

  it("the emulator refuses a recurring event without a time zone, as Google does", () => {
    const harness = startSync();
    typeRows(harness, [{ moyens: "Avant", echeance: "2026-04-01" }]);
    syncStep(harness);
    const Calendar = harness.emulator.globals["Calendar"] as {
      Events: { insert(resource: object, calendarId: string): unknown };
    };
    const body = {
      summary: "Série",
      start: { date: "2026-04-02" },
      end: { date: "2026-04-03" },
      recurrence: ["RRULE:FREQ=WEEKLY;COUNT=3"],
    };
    expect(() => Calendar.Events.insert(body, calendarId(harness))).toThrow(
      /Missing time zone definition for start time/,
    );
    const zoned = { ...body, start: { date: "2026-04-02", timeZone: "America/Toronto" } };
    expect(Calendar.Events.insert(zoned, calendarId(harness))).toMatchObject({ summary: "Série" });
  });
});

describe("a one-off 404 on Events.patch or Events.remove", () => {
  it("is confirmed with Events.get: no false 'deleted in the calendar', and the next sync puts the right dates in", () => {
    const harness = startSync();
    typeRows(harness, DATED);
    syncStep(harness);
    const sheet = planSheet(harness);
    sheet.getRange(FIRST_ROW, COL.echeance).setValue("2026-04-22"); // Affiches moves: a patch
    sheet.getRange(FIRST_ROW + 1, COL.statut).setValue("Annulé"); // Sondage cancelled: a remove
    harness.emulator.calls.injectFault({
      key: "Calendar.Events.patch",
      at: 1,
      error: () => CALENDAR_FAULTS.notFound("calendar.events.patch"),
    });
    harness.emulator.calls.injectFault({
      key: "Calendar.Events.remove",
      at: 1,
      error: () => CALENDAR_FAULTS.notFound("calendar.events.delete"),
    });
    harness.emulator.calls.reset();
    const first = syncStep(harness).report;
    expect(harness.emulator.calls.count("Calendar.Events.get")).toBe(2);
    expect(first.userDeleted).toEqual([]);
    expect(first.updated).toEqual([]);
    expect(first.deleted).toEqual([]);
    expect(first.retryLater.map((item) => [item.cell, item.title])).toEqual([
      [`C${FIRST_ROW}`, "Affiches"],
      [`C${FIRST_ROW + 1}`, "Sondage"],
    ]);
    expect(first.message).not.toMatch(/supprimé/);
    expect(first.message).toContain(
      "2 événements n'ont pas pu être modifiés cette fois (Google Agenda ne les a pas trouvés sur le moment) : la prochaine synchronisation s'en chargera.",
    );
    expect(liveEvents(harness).map((e) => [e.summary, e.start?.date])).toEqual(
      expect.arrayContaining([
        ["Affiches", "2026-04-15"],
        ["Sondage", "2026-05-20"],
      ]),
    );

    const second = syncStep(harness).report;
    expect(second).toMatchObject({ status: "done", retryLater: [], userDeleted: [] });
    expect(second.updated.map((item) => item.title)).toEqual(["Affiches"]);
    expect(second.deleted.map((item) => item.title)).toEqual(["Sondage"]);
    expect(liveEvents(harness).map((e) => [e.summary, e.start?.date])).toEqual([["Affiches", "2026-04-22"]]);
  });

  it("is taken for a person's deletion when Events.get agrees (the event is cancelled)", () => {
    const harness = startSync();
    typeRows(harness, DATED);
    syncStep(harness);
    const affiches = liveEvents(harness).find((e) => e.summary === "Affiches")!;
    planSheet(harness).getRange(FIRST_ROW, COL.echeance).setValue("2026-04-22");
    harness.emulator.calls.injectFault({
      key: "Calendar.Events.patch",
      at: 1,
      error: () => CALENDAR_FAULTS.notFound("calendar.events.patch"),
    });
    // The person deletes it in Calendar between the listing and the check.
    harness.emulator.calls.onCall((key) => {
      if (key === "Calendar.Events.get")
        harness.calendar.userDeleteEvent(calendarId(harness), String(affiches.id));
    });
    const report = syncStep(harness).report;
    harness.emulator.calls.onCall(null);
    expect(report.retryLater).toEqual([]);
    expect(report.userDeleted.map((item) => item.title)).toEqual(["Affiches"]);
  });
});
