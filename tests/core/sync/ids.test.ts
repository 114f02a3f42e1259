/**
 * The pure building blocks of the sync: the hash, the event ids (Calendar's base32hex alphabet, stable,
 * distinct per plan, row and generation), the row keys (new rows, copied rows), the state's chunked
 * storage, the error classes and the backoff.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PlanRow } from "../../../src/core/plan/plan-model";
import { backoffMs, classifyCalendarError } from "../../../src/core/sync/calendar-errors";
import { type EventContext, eventBodyFor } from "../../../src/core/sync/event-body";
import { EVENT_ID_PATTERN, eventIdFor } from "../../../src/core/sync/event-id";
import { cyrb53, hash32hex } from "../../../src/core/sync/hash";
import { assignRowKeys, isRowKey, keepsSyncedKey } from "../../../src/core/sync/row-keys";
import {
  emptyState,
  parseState,
  STATE_CHUNK_CHARS,
  type SyncState,
  serializeState,
} from "../../../src/core/sync/sync-state";
import { CALENDAR_FAULTS, calendarApiError } from "../../../src/local/emulator/calendar";

describe("hash", () => {
  it("is deterministic, 11 base32hex characters, and seed-dependent", () => {
    expect(hash32hex("abc")).toBe(hash32hex("abc"));
    expect(hash32hex("abc")).toMatch(/^[0-9a-v]{11}$/);
    expect(hash32hex("abc", 1)).not.toBe(hash32hex("abc", 2));
    expect(cyrb53("a")).not.toBe(cyrb53("b"));
  });
});

describe("eventIdFor", () => {
  it("always gives a valid Calendar id, the same for the same inputs", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.nat(1000), (planId, rowKey, generation) => {
        const id = eventIdFor(planId, rowKey, generation);
        expect(id).toMatch(EVENT_ID_PATTERN);
        expect(id).toBe(eventIdFor(planId, rowKey, generation));
      }),
    );
  });

  it("differs per plan, row and generation", () => {
    const ids = new Set<string>();
    for (const plan of ["p1", "p2"])
      for (const key of ["k1", "k2", "k3"]) for (let g = 0; g < 5; g++) ids.add(eventIdFor(plan, key, g));
    expect(ids.size).toBe(2 * 3 * 5);
  });
});

describe("assignRowKeys", () => {
  it("keeps valid keys and gives empty or damaged ones a new key", () => {
    const result = assignRowKeys(
      [
        { row: 8, key: "0123456789" },
        { row: 9, key: "" },
        { row: 10, key: "not a key!" },
      ],
      "seed",
    );
    expect(result.keys.get(8)).toBe("0123456789");
    expect(result.writes.map((w) => w.row)).toEqual([9, 10]);
    for (const w of result.writes) expect(isRowKey(w.key)).toBe(true);
    expect(new Set(result.keys.values()).size).toBe(3);
  });

  it("gives a copied row (duplicate key) a new key, the original keeping its own", () => {
    const rows = [
      { row: 8, key: "aaaaaaaaaa" },
      { row: 9, key: "bbbbbbbbbb" },
      { row: 12, key: "aaaaaaaaaa" },
    ];
    const later = assignRowKeys(rows, "s");
    expect(later.keys.get(8)).toBe("aaaaaaaaaa");
    expect(later.writes.map((w) => w.row)).toEqual([12]);
    // When the later occurrence is the one matching the synced content, it keeps the key.
    const matching = assignRowKeys(rows, "s", (row) => row.row === 12);
    expect(matching.keys.get(12)).toBe("aaaaaaaaaa");
    expect(matching.writes.map((w) => w.row)).toEqual([8]);
  });

  it("lets the occurrence whose content matches the synced hash keep a duplicated key", () => {
    const context: EventContext = {
      planId: "plan1",
      spreadsheetId: "SS",
      sheetId: 42,
      lang: "fr",
      spanDates: false,
    };
    const planRow = (row: number, moyens: string, echeance: string | null): PlanRow => ({
      row,
      objectif: "Objectif",
      resultat: "",
      moyens,
      ressources: "",
      responsables: "Julie",
      echeancierValue: "",
      echeancier: "",
      debutValue: "",
      echeanceValue: "",
      debut: null,
      echeance,
      statutText: "",
      status: "aFaire",
      avancementValue: "",
      avancement: null,
      remarques: "",
      key: "aaaaaaaaaa",
    });
    const synced = planRow(12, "Tenir l'assemblée", "2026-05-01");
    const state = emptyState("plan1", "fr");
    state.rows.aaaaaaaaaa = {
      eventId: eventIdFor("plan1", "aaaaaaaaaa", 0),
      generation: 0,
      hash: eventBodyFor(synced, synced.key, context)!.extendedProperties.private.hash,
      updated: 0,
    };
    const edited = planRow(8, "Tenir l'assemblée générale", "2026-05-01");
    expect(keepsSyncedKey(synced, state, context)).toBe(true);
    expect(keepsSyncedKey(edited, state, context)).toBe(false);
    // An undated row has no event, hence no hash to match.
    expect(keepsSyncedKey(planRow(12, "Tenir l'assemblée", null), state, context)).toBe(false);
    // A key the state does not know is kept by no one in particular.
    expect(keepsSyncedKey({ ...synced, key: "bbbbbbbbbb" }, state, context)).toBe(false);

    const result = assignRowKeys([edited, synced], "s", (row) => keepsSyncedKey(row, state, context));
    expect(result.keys.get(12)).toBe("aaaaaaaaaa");
    expect(result.writes.map((w) => w.row)).toEqual([8]);
  });

  it("never gives two rows the same key", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("", "aaaaaaaaaa", "bbbbbbbbbb", "x"), { maxLength: 40 }),
        (keys) => {
          const result = assignRowKeys(
            keys.map((key, i) => ({ row: i + 8, key })),
            "seed",
          );
          expect(new Set(result.keys.values()).size).toBe(keys.length);
        },
      ),
    );
  });
});

describe("sync state storage", () => {
  function bigState(rows: number): SyncState {
    const state = emptyState("planabc", "fr");
    state.calendarId = "c1@group.calendar.google.com";
    for (let i = 0; i < rows; i++) {
      const key = hash32hex(String(i)).slice(1);
      state.rows[key] = {
        eventId: i % 7 === 0 ? null : i % 5 === 0 ? `custom${i}` : eventIdFor("planabc", key, i % 3),
        generation: i % 3,
        hash: hash32hex(`h${i}`),
        updated: i % 4 === 0 ? null : 1773154800000 + i,
      };
    }
    return state;
  }

  it("round-trips through chunks under the 9 KB value limit", () => {
    const state = bigState(2000);
    const chunks = serializeState(state);
    for (const chunk of chunks)
      expect(Buffer.byteLength(chunk, "utf8")).toBeLessThanOrEqual(STATE_CHUNK_CHARS);
    expect(parseState(chunks, "planabc")).toEqual(state);
    // About 50 bytes a row: 2,000 rows stay far under the 500 KB store limit.
    expect(chunks.join("").length / 2000).toBeLessThan(60);
  });

  it("rejects a damaged or foreign state", () => {
    expect(parseState(["{not json"], "p")).toBeNull();
    expect(parseState(serializeState(emptyState("other", "fr")), "p")).toBeNull();
  });
});

describe("calendar errors", () => {
  it("retries rate limits, 429, 5xx and the burst message; knows 404, 410, 409; stops on the rest", () => {
    expect(classifyCalendarError(CALENDAR_FAULTS.rateLimit())).toBe("retry");
    expect(classifyCalendarError(CALENDAR_FAULTS.userRateLimit())).toBe("retry");
    expect(classifyCalendarError(CALENDAR_FAULTS.tooManyRequests())).toBe("retry");
    expect(classifyCalendarError(CALENDAR_FAULTS.backend())).toBe("retry");
    expect(classifyCalendarError(CALENDAR_FAULTS.unavailable())).toBe("retry");
    expect(classifyCalendarError(CALENDAR_FAULTS.tooManyInShortTime())).toBe("retry");
    expect(classifyCalendarError(calendarApiError("calendar.events.get", 404, "Not Found", "notFound"))).toBe(
      "notFound",
    );
    expect(
      classifyCalendarError(
        calendarApiError("calendar.events.delete", 410, "Resource has been deleted", "deleted"),
      ),
    ).toBe("gone");
    expect(
      classifyCalendarError(
        calendarApiError(
          "calendar.events.insert",
          409,
          "The requested identifier already exists.",
          "duplicate",
        ),
      ),
    ).toBe("duplicate");
    expect(classifyCalendarError(CALENDAR_FAULTS.fatal())).toBe("fatal");
    expect(
      classifyCalendarError(calendarApiError("calendar.events.insert", 403, "Forbidden", "forbidden")),
    ).toBe("fatal");
    // Without details, the message decides.
    expect(
      classifyCalendarError(new Error("API call to calendar.events.insert failed with error: Backend Error")),
    ).toBe("retry");
  });

  it("backs off exponentially with jitter, capped at 32 s", () => {
    expect(backoffMs(0, 0)).toBe(1000);
    expect(backoffMs(3, 0.5)).toBe(8500);
    expect(backoffMs(10, 0.99)).toBe(32000);
  });
});
