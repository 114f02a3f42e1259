/**
 * The sync under real-world conditions, through dist/Code.js: all-day events on the intended day in
 * America/Toronto around both daylight-saving changes and New Year (with a script time zone different from
 * the spreadsheet's), the time budget running out and the next steps resuming without duplicates, retried
 * rate-limit and 5xx errors, a fatal error that stops the run naming the row and keeps what was done, and
 * call counts: a re-sync with no change makes no calendar write and one read per 2,500 events, and the
 * spreadsheet calls of a sync do not depend on the number of rows.
 */
import { describe, expect, it } from "vitest";
import { CALENDAR_FAULTS, calendarApiError } from "../../../src/local/emulator/calendar";
import {
  COL,
  calendarReads,
  calendarWrites,
  FIRST_ROW,
  liveEvents,
  planSheet,
  type RowInput,
  spreadsheetCalls,
  startSync,
  syncStep,
  syncUntilDone,
  typeRows,
} from "./harness";

function datedRows(count: number): RowInput[] {
  return Array.from({ length: count }, (_, i) => {
    // From 1 April 2026, after the harness's today: a plan of future deadlines (an old plan's first
    // sync asks about its past events first: event-past.test.ts).
    const day = new Date(Date.UTC(2026, 3, 1) + (i % 700) * 86_400_000).toISOString().slice(0, 10);
    return { objectif: i % 10 === 0 ? `Objectif ${i}` : "", moyens: `Action ${i + 1}`, echeance: day };
  });
}

describe("time zones", () => {
  it("puts every all-day event on the intended day around DST changes and New Year", () => {
    const days = [
      "2026-03-07",
      "2026-03-08",
      "2026-03-09",
      "2026-10-31",
      "2026-11-01",
      "2026-11-02",
      "2026-12-31",
      "2027-01-01",
    ];
    for (const scriptTimeZone of ["America/Toronto", "Pacific/Kiritimati", "Pacific/Pago_Pago"]) {
      const harness = startSync({ timeZone: "America/Toronto", scriptTimeZone });
      // Échéance typed as text (parsed by the sheet as a date in its own zone), Début as a date for the span.
      typeRows(
        harness,
        days.map((day) => ({ moyens: `Le ${day}`, echeance: day })),
      );
      syncStep(harness);
      const byTitle = new Map(liveEvents(harness).map((e) => [e.summary, e]));
      for (const day of days) {
        const event = byTitle.get(`Le ${day}`);
        const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
        expect({ scriptTimeZone, day, start: event?.start, end: event?.end }).toEqual({
          scriptTimeZone,
          day,
          start: { date: day },
          end: { date: next },
        });
      }
    }
  });

  it("spans Début–Échéance when the option is on, across New Year", () => {
    const harness = startSync({ scriptTimeZone: "Asia/Tokyo" });
    typeRows(harness, [{ moyens: "Campagne", debut: "2026-12-20", echeance: "2027-01-10" }]);
    syncStep(harness, { spanDates: true });
    expect(liveEvents(harness)[0]).toMatchObject({
      start: { date: "2026-12-20" },
      end: { date: "2027-01-11" },
    });
  });
});

describe("time budget, retries and failures", () => {
  it("stops inside the budget, saves progress, and resumes without duplicates", () => {
    const harness = startSync();
    typeRows(harness, datedRows(30));
    harness.emulator.calls.setLatency((key) => (key.startsWith("Calendar.") ? 1500 : 10));
    const steps = [];
    for (let i = 0; i < 20; i++) {
      const progress = syncStep(harness, { budgetMs: 10_000 });
      steps.push(progress);
      if (progress.finished) break;
    }
    expect(steps.length).toBeGreaterThan(2);
    expect(steps[0]).toMatchObject({ finished: false, report: { status: "unfinished" } });
    expect(steps[0].report.message).toMatch(/pas encore terminée/);
    const dones = steps.map((s) => s.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(steps.at(-1)).toMatchObject({ finished: true, done: 30, total: 30, report: { status: "done" } });
    expect(harness.emulator.calls.count("Calendar.Events.insert")).toBe(30);
    expect(liveEvents(harness)).toHaveLength(30);
  });

  it("retries rate limits and 5xx errors with backoff on Utilities.sleep", () => {
    const harness = startSync();
    typeRows(harness, datedRows(5));
    const start = harness.emulator.clock.now();
    harness.emulator.calls.injectFault({
      key: "Calendar.Events.insert",
      at: 2,
      times: 3,
      error: () => CALENDAR_FAULTS.rateLimit(),
    });
    harness.emulator.calls.injectFault({
      key: "Calendar.Events.insert",
      at: 6,
      error: () => CALENDAR_FAULTS.unavailable(),
    });
    harness.emulator.calls.injectFault({
      key: "Calendar.Events.insert",
      at: 8,
      error: () => CALENDAR_FAULTS.tooManyInShortTime(),
    });
    const progress = syncStep(harness);
    expect(progress.report.status).toBe("done");
    expect(liveEvents(harness)).toHaveLength(5);
    expect(harness.emulator.calls.count("Utilities.sleep")).toBe(5);
    // 1 + 2 + 4 s (plus jitter) for the three rate limits, then 1 s twice.
    expect(harness.emulator.clock.now() - start).toBeGreaterThanOrEqual(9_000);
  });

  it("gives up after the retry cap, keeps what is done, and finishes on the next click", () => {
    const harness = startSync();
    typeRows(harness, datedRows(4));
    harness.emulator.calls.injectFault({
      key: "Calendar.Events.insert",
      at: 3,
      times: 6,
      error: () => CALENDAR_FAULTS.backend(),
    });
    const first = syncStep(harness);
    expect(first.report).toMatchObject({ status: "unfinished", remaining: 2 });
    expect(first.report.message).toBe(
      "Google Agenda limite le nombre de modifications par minute : relancez la synchronisation dans quelques minutes, rien ne sera fait en double. Ce qui était déjà fait est conservé.",
    );
    expect(liveEvents(harness)).toHaveLength(2);
    const second = syncStep(harness);
    expect(second.report.status).toBe("done");
    expect(liveEvents(harness)).toHaveLength(4);
  });

  it("stops at a fatal error, names the row, keeps what was done, and the next sync completes", () => {
    const harness = startSync();
    typeRows(harness, datedRows(5));
    harness.emulator.calls.injectFault({
      key: "Calendar.Events.insert",
      at: 3,
      error: () => CALENDAR_FAULTS.fatal(),
    });
    const failed = syncStep(harness);
    expect(failed.report.status).toBe("failed");
    expect(failed.report.failure).toMatchObject({ row: 10, cell: "C10", title: "Action 3" });
    expect(failed.report.message).toMatch(/ligne 10 \(cellule C10\)/);
    expect(failed.report.created).toHaveLength(2);
    expect(liveEvents(harness)).toHaveLength(2);
    const next = syncUntilDone(harness);
    expect(next.report.created).toHaveLength(3);
    expect(liveEvents(harness)).toHaveLength(5);
    expect(new Set(liveEvents(harness).map((e) => e.extendedProperties?.private?.rowKey)).size).toBe(5);
  });
});

/** Words of Google's technical answers that must never reach a volunteer. */
const TECHNICAL =
  /API call to|failed with error|Bad Request|Forbidden|Not Found|quotaExceeded|calendar\.events/i;
/** Common English words: a French message holding one of them lets English through. */
const ENGLISH = /\b(the|with|error|failed|call|request|calendar|not|found)\b/i;

describe("why a sync stopped, in plain words", () => {
  function failAtThirdInsert(error: () => Error, locale?: string) {
    const harness = startSync();
    if (locale) harness.emulator.setLocale(locale);
    typeRows(harness, datedRows(5));
    harness.emulator.calls.injectFault({ key: "Calendar.Events.insert", at: 3, error });
    return { harness, failed: syncStep(harness) };
  }

  it("says Google refused the event (400) and what to check, and logs the technical text only", () => {
    const { harness, failed } = failAtThirdInsert(() => CALENDAR_FAULTS.fatal());
    const reason =
      "Google Agenda a refusé cet événement : vérifiez le titre et les dates de cette ligne, puis relancez la synchronisation.";
    expect(failed.report.failure).toEqual({ row: 10, cell: "C10", title: "Action 3", detail: reason });
    expect(failed.report.message).toBe(
      `La synchronisation s'est arrêtée à la ligne 10 (cellule C10). ${reason} Ce qui était déjà fait est conservé : 2 événements créés.`,
    );
    expect(JSON.stringify(failed.report)).not.toMatch(TECHNICAL);
    expect(`${failed.report.message} ${failed.report.failure?.detail}`).not.toMatch(ENGLISH);
    const errors = harness.emulator.logs.filter((entry) => entry.level === "error").map((e) => e.message);
    expect(errors).toEqual([
      'Calendar sync stopped at row 10 (insert): API call to calendar.events.insert failed with error: Bad Request details={"code":400,"message":"Bad Request","errors":[{"domain":"global","reason":"badRequest","message":"Bad Request"}]}',
    ]);
  });

  it("says it in English to an English-speaking user", () => {
    const { failed } = failAtThirdInsert(() => CALENDAR_FAULTS.fatal(), "en_US");
    expect(failed.report.message).toBe(
      "The sync stopped at row 10 (cell C10). Google Calendar refused this event: check the title and dates of this row, then run the sync again. What was already done is kept: 2 events created.",
    );
    expect(JSON.stringify(failed.report)).not.toMatch(TECHNICAL);
  });

  it("says the plan's calendar is out of reach on a 403 or a 404 on the calendar", () => {
    const reason =
      "L'agenda du plan n'est plus accessible depuis votre compte Google (il a peut-être été supprimé, ou créé par une autre personne). Relancez la synchronisation ; si cela se répète, signalez-le à la personne qui a installé le module.";
    for (const fault of [
      () => calendarApiError("calendar.events.insert", 403, "Forbidden", "forbidden"),
      () => calendarApiError("calendar.events.insert", 404, "Not Found", "notFound"),
    ]) {
      const { failed } = failAtThirdInsert(fault);
      expect(failed.report.failure?.detail).toBe(reason);
      expect(failed.report.message).toBe(
        `La synchronisation s'est arrêtée à la ligne 10 (cellule C10). ${reason} Ce qui était déjà fait est conservé : 2 événements créés.`,
      );
      expect(JSON.stringify(failed.report)).not.toMatch(TECHNICAL);
    }
  });

  it("says Google's limits were reached on a 403 quotaExceeded, and that nothing will be done twice", () => {
    const { failed } = failAtThirdInsert(() =>
      calendarApiError("calendar.events.insert", 403, "Calendar usage limits exceeded.", "quotaExceeded"),
    );
    expect(failed.report.message).toBe(
      "La synchronisation s'est arrêtée à la ligne 10 (cellule C10). Google Agenda limite le nombre de modifications par minute : relancez dans quelques minutes, rien ne sera fait en double. Ce qui était déjà fait est conservé : 2 événements créés.",
    );
    expect(JSON.stringify(failed.report)).not.toMatch(TECHNICAL);
  });

  it("says 1 event, not 1 events, and leaves out what was not done", () => {
    const harness = startSync();
    typeRows(harness, datedRows(3));
    harness.emulator.calls.injectFault({
      key: "Calendar.Events.insert",
      at: 2,
      error: () => CALENDAR_FAULTS.fatal(),
    });
    const failed = syncStep(harness);
    expect(failed.report.message).toBe(
      "La synchronisation s'est arrêtée à la ligne 9 (cellule C9). Google Agenda a refusé cet événement : vérifiez le titre et les dates de cette ligne, puis relancez la synchronisation. Ce qui était déjà fait est conservé : 1 événement créé.",
    );
  });
});

describe("call counts", () => {
  function measured(rows: number) {
    const harness = startSync();
    typeRows(harness, datedRows(rows));
    harness.emulator.calls.reset();
    syncStep(harness);
    const first = {
      sheet: spreadsheetCalls(harness),
      reads: calendarReads(harness),
      writes: calendarWrites(harness),
    };
    harness.emulator.calls.reset();
    syncStep(harness);
    const again = {
      sheet: spreadsheetCalls(harness),
      reads: calendarReads(harness),
      writes: calendarWrites(harness),
    };
    planSheet(harness)
      .getRange(FIRST_ROW + 3, COL.moyens)
      .setValue("Modifiée");
    harness.emulator.calls.reset();
    syncStep(harness);
    const edited = {
      sheet: spreadsheetCalls(harness),
      reads: calendarReads(harness),
      writes: calendarWrites(harness),
    };
    return { first, again, edited };
  }

  it("makes no calendar write on a re-sync, one read per 2,500 events, and the same spreadsheet calls for 50 and 500 rows", () => {
    const small = measured(50);
    const large = measured(500);
    // First sync: the calendar, one insert per row, one listing is skipped (no calendar yet).
    expect(small.first).toEqual({ sheet: small.first.sheet, reads: 0, writes: 51 });
    expect(large.first).toEqual({ sheet: small.first.sheet, reads: 0, writes: 501 });
    expect(small.again).toEqual({ sheet: small.again.sheet, reads: 1, writes: 0 });
    expect(large.again).toEqual({ sheet: small.again.sheet, reads: 1, writes: 0 });
    expect(large.edited).toEqual({ sheet: small.edited.sheet, reads: 1, writes: 1 });
    // Exact spreadsheet calls per sync (loadPlan's reads, the ids for the links, one key write on the first).
    expect([small.first.sheet, small.again.sheet, small.edited.sheet]).toEqual([
      small.first.sheet,
      small.again.sheet,
      small.again.sheet,
    ]);
    // The first sync writes the new keys (getRange + setValues) and the calendar's record on the sheet
    // (addDeveloperMetadata); later ones read that record (getKey of its entry + getValue).
    expect(small.first.sheet - small.again.sheet).toBe(1);
    // Counted once from the emulator and kept here: a change in these numbers must be deliberate.
    // (The message names a plan sheet that is not the usual one: getName. No date ledger is read: the day
    // of each date cell is named in its own note.)
    expect([small.first.sheet, small.again.sheet]).toEqual([18, 17]);
  });

  it("reads one listing page per 2,500 events", () => {
    const harness = startSync();
    typeRows(harness, datedRows(2600));
    syncUntilDone(harness);
    harness.emulator.calls.reset();
    syncStep(harness);
    expect(calendarReads(harness)).toBe(2);
    expect(calendarWrites(harness)).toBe(0);
  });
});
