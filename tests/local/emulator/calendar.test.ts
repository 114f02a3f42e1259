/**
 * The emulated Calendar advanced service, called through the emulator's instrumented global as the
 * add-on calls it: calendars, client-chosen ids and their alphabet, 409 on a reused id (a deleted
 * event's too), cancelled events, 404/410 on remove, PATCH merge, list filters and paging, the limits of
 * private extended properties, error shapes, call counting and injected faults, and the user hooks.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { attachCalendar, CALENDAR_FAULTS, type CalendarHooks } from "../../../src/local/emulator/calendar";
import { createEmulator, type Emulator } from "../../../src/local/emulator/index";

// biome-ignore lint/suspicious/noExplicitAny: the advanced service is untyped here, as in Apps Script.
type Api = any;

let emulator: Emulator;
let hooks: CalendarHooks;
let Calendar: Api;
let calendarId: string;

function event(id: string, day = "2026-05-01", extra: object = {}) {
  return { id, summary: `E ${id}`, start: { date: day }, end: { date: "2026-05-02" }, ...extra };
}

function thrown(fn: () => unknown): {
  message: string;
  name: string;
  details: { code: number; errors: { reason: string }[] };
} {
  try {
    fn();
  } catch (error) {
    return error as never;
  }
  throw new Error("did not throw");
}

beforeEach(() => {
  emulator = createEmulator({ now: "2026-03-10T15:00:00Z" });
  hooks = attachCalendar(emulator);
  Calendar = emulator.globals.Calendar;
  calendarId = Calendar.Calendars.insert({ summary: "Plan d'action — Test", timeZone: "America/Toronto" }).id;
});

describe("Calendar advanced service (emulated)", () => {
  it("creates and gets calendars; a deleted calendar answers 404", () => {
    expect(Calendar.Calendars.get(calendarId)).toMatchObject({
      summary: "Plan d'action — Test",
      timeZone: "America/Toronto",
    });
    hooks.deleteCalendar(calendarId);
    const error = thrown(() => Calendar.Events.list(calendarId));
    expect(error.details.code).toBe(404);
    expect(error.message).toBe("API call to calendar.events.list failed with error: Not Found");
  });

  it("checks client ids: base32hex, 5 to 1024 characters", () => {
    for (const bad of ["abcd", "ABCDE", "abcdw", "abc-de", "a".repeat(1025)]) {
      const error = thrown(() => Calendar.Events.insert(event(bad), calendarId));
      expect(error.details.code).toBe(400);
      expect(error.details.errors[0].reason).toBe("invalid");
    }
    expect(Calendar.Events.insert(event("abcde"), calendarId).id).toBe("abcde");
    expect(Calendar.Events.insert(event("v0".repeat(512)), calendarId).id).toHaveLength(1024);
  });

  it("answers 409 for a reused id, even after the event was deleted", () => {
    Calendar.Events.insert(event("event1"), calendarId);
    const duplicate = thrown(() => Calendar.Events.insert(event("event1"), calendarId));
    expect(duplicate).toMatchObject({
      name: "GoogleJsonResponseException",
      message:
        "API call to calendar.events.insert failed with error: The requested identifier already exists.",
      details: { code: 409, errors: [{ reason: "duplicate" }] },
    });
    Calendar.Events.remove(calendarId, "event1");
    expect(thrown(() => Calendar.Events.insert(event("event1"), calendarId)).details.code).toBe(409);
  });

  it("keeps deleted events as cancelled: get shows them, remove again is 410, unknown is 404", () => {
    Calendar.Events.insert(event("event1"), calendarId);
    Calendar.Events.remove(calendarId, "event1");
    expect(Calendar.Events.get(calendarId, "event1").status).toBe("cancelled");
    const gone = thrown(() => Calendar.Events.remove(calendarId, "event1"));
    expect(gone.details.code).toBe(410);
    expect(gone.message).toBe(
      "API call to calendar.events.delete failed with error: Resource has been deleted",
    );
    expect(thrown(() => Calendar.Events.remove(calendarId, "nosuch1")).details.code).toBe(404);
    expect(thrown(() => Calendar.Events.get(calendarId, "nosuch1")).details.code).toBe(404);
  });

  it("patches by merging, updates by replacing, and moves `updated` each time", () => {
    const created = Calendar.Events.insert(
      event("event1", "2026-05-01", {
        description: "d",
        extendedProperties: { private: { a: "1", b: "2" } },
      }),
      calendarId,
    );
    emulator.clock.advance(1000);
    const patched = Calendar.Events.patch(
      { summary: "New", extendedProperties: { private: { b: "3" } } },
      calendarId,
      "event1",
    );
    expect(patched).toMatchObject({
      summary: "New",
      description: "d",
      extendedProperties: { private: { a: "1", b: "3" } },
    });
    expect(patched.updated > created.updated).toBe(true);
    const updated = Calendar.Events.update(event("event1"), calendarId, "event1");
    expect(updated.description).toBeUndefined();
  });

  it("drops private keys over 44 characters and cuts values at 1024", () => {
    const created = Calendar.Events.insert(
      event("event1", "2026-05-01", {
        extendedProperties: {
          private: { ["k".repeat(44)]: "ok", ["k".repeat(45)]: "dropped", long: "x".repeat(2000) },
        },
      }),
      calendarId,
    );
    expect(Object.keys(created.extendedProperties.private).sort()).toEqual(["k".repeat(44), "long"]);
    expect(created.extendedProperties.private.long).toHaveLength(1024);
  });

  it("lists with privateExtendedProperty filters, showDeleted and paging (250 by default, 2,500 at most)", () => {
    for (let i = 0; i < 600; i++) {
      const id = `ev${String(i).padStart(4, "0")}`;
      Calendar.Events.insert(
        event(id, "2026-05-01", { extendedProperties: { private: { planId: i % 2 ? "p1" : "p2" } } }),
        calendarId,
      );
    }
    Calendar.Events.remove(calendarId, "ev0001");
    const first = Calendar.Events.list(calendarId, { privateExtendedProperty: "planId=p1" });
    expect(first.items).toHaveLength(250);
    expect(first.nextPageToken).toBeDefined();
    const rest = Calendar.Events.list(calendarId, {
      privateExtendedProperty: "planId=p1",
      pageToken: first.nextPageToken,
    });
    expect(rest.items).toHaveLength(49);
    expect(rest.nextPageToken).toBeUndefined();
    const all = Calendar.Events.list(calendarId, {
      privateExtendedProperty: ["planId=p1"],
      showDeleted: true,
      maxResults: 5000,
    });
    expect(all.items).toHaveLength(300);
    expect(all.items.find((e: { id: string }) => e.id === "ev0001").status).toBe("cancelled");
    const ids = all.items.map((e: { id: string }) => e.id);
    expect(ids).toEqual([...ids].sort());
  });

  it("counts calls per method and throws injected faults at the k-th call", () => {
    emulator.calls.reset();
    emulator.calls.injectFault({
      key: "Calendar.Events.insert",
      at: 2,
      error: () => CALENDAR_FAULTS.rateLimit(),
    });
    Calendar.Events.insert(event("event1"), calendarId);
    const error = thrown(() => Calendar.Events.insert(event("event2"), calendarId));
    expect(error.details).toMatchObject({ code: 403, errors: [{ reason: "rateLimitExceeded" }] });
    Calendar.Events.insert(event("event2"), calendarId);
    Calendar.Events.list(calendarId);
    expect(emulator.calls.count("Calendar.Events.insert")).toBe(3);
    expect(emulator.calls.count("Calendar.Events.list")).toBe(1);
    expect(emulator.calls.count("Calendar")).toBe(4);
  });

  it("lets a test act as a person in Calendar, uncounted", () => {
    Calendar.Events.insert(
      event("event1", "2026-05-01", { extendedProperties: { private: { planId: "p" } } }),
      calendarId,
    );
    emulator.calls.reset();
    hooks.userEditEvent(calendarId, "event1", { summary: "Renamed" });
    expect(hooks.peekEvent(calendarId, "event1")).toMatchObject({
      summary: "Renamed",
      extendedProperties: { private: { planId: "p" } },
    });
    hooks.userDeleteEvent(calendarId, "event1");
    expect(hooks.allEvents(calendarId)).toEqual([]);
    expect(hooks.allEvents(calendarId, { includeCancelled: true })).toHaveLength(1);
    const { id: _ignored, ...withoutId } = event("xxxxx", "2026-06-01");
    const foreign = hooks.addForeignEvent(calendarId, withoutId);
    expect(foreign.id).toMatch(/^[a-v0-9]{5,}$/);
    expect(emulator.calls.total()).toBe(0);
  });
});

describe("calendar store snapshot", () => {
  it("restores every field and the counters, so new ids and stamps follow the saved ones", () => {
    const a = createEmulator({ now: "2026-03-01T12:00:00Z" });
    const hooksA = attachCalendar(a);
    const Cal = a.globals.Calendar as {
      Calendars: { insert(r: object): { id: string } };
      Events: { insert(r: object, id: string): { id: string; updated: string } };
    };
    const { id } = Cal.Calendars.insert({ summary: "Plan" });
    Cal.Events.insert({ summary: "one", start: { date: "2026-03-02" }, end: { date: "2026-03-03" } }, id);
    const saved = JSON.parse(JSON.stringify(hooksA.snapshotStore()));

    const b = createEmulator({ now: "2026-03-01T12:00:00Z" });
    const hooksB = attachCalendar(b);
    hooksB.restoreStore(saved);
    expect(hooksB.allEvents(id)).toEqual(hooksA.allEvents(id));
    const CalB = b.globals.Calendar as typeof Cal;
    const next = CalB.Events.insert(
      { summary: "two", start: { date: "2026-03-04" }, end: { date: "2026-03-05" } },
      id,
    );
    expect(next.id).not.toBe(hooksA.allEvents(id)[0]!.id);
    expect(Date.parse(next.updated)).toBeGreaterThan(Date.parse(String(hooksA.allEvents(id)[0]!.updated)));
    expect(CalB.Calendars.insert({ summary: "Other" }).id).not.toBe(id);
  });
});
