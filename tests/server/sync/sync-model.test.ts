/**
 * Model-based fault test of the calendar sync, through dist/Code.js: random interleavings of row edits,
 * additions, deletions, reorders and copy-pastes, status changes, edits and deletions made by a person in
 * Calendar, and syncs that meet rate limits, 5xx errors, inserts whose answer is lost, a fatal error at a
 * random call, and a time budget running out. After a final clean sync (syncStep until finished), the
 * invariant must hold: every dated, non-Annulé row has exactly one event with the right fields (unless a
 * person deleted it and the row has not changed since — then it is reported), no duplicates, no event
 * for a deleted, undated or cancelled row, foreign events untouched, and no user cell ever changed by a
 * sync. The oracle reads the sheet itself, not the add-on's state.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CalendarEventResource, createCalendarService } from "../../../src/local/emulator/calendar";
import { createEmulator } from "../../../src/local/emulator/index";
import type { UserDirectory } from "../../../src/local/emulator/users";
import { loadAddon } from "../../../src/local/loader";
import {
  applySheetEdit,
  COL,
  FIRST_ROW,
  planSheet,
  rowValues,
  type SheetEditOp,
  type SyncHarness,
  syncStep,
  WIDTH,
} from "./harness";

const RUNS = Number(process.env.SYNC_MODEL_RUNS ?? 300);
const ACTIONS = ["Assemblée", "Sondage", "Formation", "Bilan", "Kiosque"];
const DAYS = ["", "2026-03-08", "2026-04-30", "2026-11-01", "2026-12-31", "2027-01-01"];
const STATUSES = ["", "En cours", "Terminé", "Reporté", "Annulé"];
const COLOURS: Record<string, string> = { "": "8", "En cours": "1", Terminé: "10", Reporté: "3" };

type FaultKind = "rateLimit" | "unavailable" | "lost" | "fatal";

type Op =
  | SheetEditOp
  | { kind: "swap"; a: number; b: number }
  | { kind: "copy"; index: number }
  | { kind: "userEdit"; index: number }
  | { kind: "userDelete"; index: number }
  | { kind: "sync"; faults: Array<{ at: number; fault: FaultKind }>; slow: boolean; confirm: boolean };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant("edit" as const), index: fc.nat(20), action: fc.constantFrom(...ACTIONS) }),
  fc.record({ kind: fc.constant("date" as const), index: fc.nat(20), day: fc.constantFrom(...DAYS) }),
  fc.record({
    kind: fc.constant("status" as const),
    index: fc.nat(20),
    status: fc.constantFrom(...STATUSES),
  }),
  fc.record({
    kind: fc.constant("add" as const),
    index: fc.nat(20),
    action: fc.constantFrom(...ACTIONS),
    day: fc.constantFrom(...DAYS),
  }),
  fc.record({ kind: fc.constant("delete" as const), index: fc.nat(20) }),
  fc.record({ kind: fc.constant("swap" as const), a: fc.nat(20), b: fc.nat(20) }),
  fc.record({ kind: fc.constant("copy" as const), index: fc.nat(20) }),
  fc.record({ kind: fc.constant("userEdit" as const), index: fc.nat(20) }),
  fc.record({ kind: fc.constant("userDelete" as const), index: fc.nat(20) }),
  fc.record({
    kind: fc.constant("sync" as const),
    faults: fc.array(
      fc.record({
        at: fc.integer({ min: 1, max: 12 }),
        fault: fc.constantFrom<FaultKind>("rateLimit", "unavailable", "lost", "fatal"),
      }),
      { maxLength: 3 },
    ),
    slow: fc.boolean(),
    confirm: fc.boolean(),
  }),
);

function apiError(code: number, message: string, reason: string): Error {
  const error = new Error(`API call to calendar.events failed with error: ${message}`) as Error & {
    details: unknown;
  };
  error.name = "GoogleJsonResponseException";
  error.details = { code, message, errors: [{ domain: "global", reason, message }] };
  return error;
}

/** The emulated Calendar with a scripted fault per call number (counted from the last `arm`). */
function faultyCalendar(now: () => number, users: UserDirectory) {
  const { service, hooks } = createCalendarService(now, users);
  let calls = 0;
  let faults = new Map<number, FaultKind>();
  // biome-ignore lint/suspicious/noExplicitAny: wrapping the untyped service.
  const wrap = (target: any, name: string) => {
    const original = target[name];
    target[name] = (...args: unknown[]) => {
      calls++;
      const fault = faults.get(calls);
      if (fault === "rateLimit") throw apiError(403, "Rate Limit Exceeded", "rateLimitExceeded");
      if (fault === "unavailable") throw apiError(503, "Service Unavailable", "backendError");
      if (fault === "fatal") throw apiError(400, "Bad Request", "badRequest");
      const result = original(...args);
      if (fault === "lost") throw apiError(503, "Backend Error", "backendError");
      return result;
    };
  };
  // biome-ignore lint/suspicious/noExplicitAny: idem.
  const s = service as any;
  for (const name of ["insert", "get", "patch", "remove", "list"]) wrap(s.Events, name);
  wrap(s.Calendars, "insert");
  return {
    service,
    hooks,
    arm(list: Array<{ at: number; fault: FaultKind }>) {
      calls = 0;
      faults = new Map(list.map((f) => [f.at, f.fault]));
    },
  };
}

function start(): SyncHarness & { arm: (f: Array<{ at: number; fault: FaultKind }>) => void } {
  const emulator = createEmulator({ now: "2026-03-10T15:00:00Z" });
  const calendar = faultyCalendar(() => emulator.clock.now(), emulator.users);
  emulator.registerService("Calendar", calendar.service);
  const addon = loadAddon(emulator, { code: CODE });
  emulator.ui.scriptPrompt("Comité Entraide");
  addon.call("installTemplate");
  return { emulator, addon, calendar: calendar.hooks, arm: calendar.arm };
}

let CODE: string;

/** The table's rows A..L, up to the last non-empty one. */
function tableRows(harness: SyncHarness): unknown[][] {
  const sheet = planSheet(harness);
  const last = Math.max(sheet.getLastRow(), FIRST_ROW - 1);
  if (last < FIRST_ROW) return [];
  return sheet.getRange(FIRST_ROW, 1, last - FIRST_ROW + 1, WIDTH).getValues();
}

function userBlock(harness: SyncHarness): unknown[][] {
  return tableRows(harness).map((row) => row.slice(0, WIDTH - 1));
}

function displayedDay(harness: SyncHarness, row: number): string {
  const shown = String(planSheet(harness).getRange(row, COL.echeance).getDisplayValue());
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(shown);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : "";
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

function apply(
  harness: ReturnType<typeof start>,
  op: Op,
  calendarId: () => string | null,
  foreign: Set<string>,
) {
  const sheet = planSheet(harness);
  const rows = tableRows(harness);
  const n = rows.length;
  const ours = () => {
    const id = calendarId();
    return id ? harness.calendar.allEvents(id).filter((e) => !foreign.has(e.id!)) : [];
  };
  switch (op.kind) {
    case "edit":
    case "date":
    case "status":
    case "add":
    case "delete":
      applySheetEdit(sheet, n, op);
      return;
    case "swap": {
      if (n < 2) return;
      const a = op.a % n;
      const b = op.b % n;
      const rowA = sheet.getRange(FIRST_ROW + a, 1, 1, WIDTH).getValues();
      const rowB = sheet.getRange(FIRST_ROW + b, 1, 1, WIDTH).getValues();
      sheet.getRange(FIRST_ROW + a, 1, 1, WIDTH).setValues(rowB);
      sheet.getRange(FIRST_ROW + b, 1, 1, WIDTH).setValues(rowA);
      return;
    }
    case "copy": {
      if (!n) return;
      const source = sheet.getRange(FIRST_ROW + (op.index % n), 1, 1, WIDTH).getValues();
      sheet.getRange(FIRST_ROW + n, 1, 1, WIDTH).setValues(source);
      return;
    }
    case "userEdit": {
      const events = ours();
      if (!events.length) return;
      const event = events[op.index % events.length];
      harness.calendar.userEditEvent(calendarId()!, event.id!, {
        summary: "Changé dans l'agenda",
        colorId: "4",
      });
      harness.emulator.clock.advance(1000);
      return;
    }
    case "userDelete": {
      const events = ours();
      if (!events.length) return;
      harness.calendar.userDeleteEvent(calendarId()!, events[op.index % events.length].id!);
      return;
    }
    case "sync": {
      const before = userBlock(harness);
      harness.arm(op.faults);
      harness.emulator.calls.setLatency(op.slow ? (key) => (key.startsWith("Calendar.") ? 2000 : 0) : null);
      const progress = syncStep(harness, {
        budgetMs: op.slow ? 6000 : undefined,
        confirmDeletes: op.confirm,
      });
      harness.arm([]);
      harness.emulator.calls.setLatency(null);
      expect(["done", "unfinished", "failed", "needsConfirmation"]).toContain(progress.report.status);
      expect(userBlock(harness)).toEqual(before);
      return;
    }
  }
}

describe("calendar sync, model-based with faults", () => {
  it(`keeps the calendar exactly in line with the plan after any history (${RUNS} runs)`, async () => {
    const { readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    CODE = readFileSync(join(import.meta.dirname, "../../../dist/Code.js"), "utf8");
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            action: fc.constantFrom(...ACTIONS),
            day: fc.constantFrom(...DAYS),
            status: fc.constantFrom(...STATUSES),
          }),
          { maxLength: 6 },
        ),
        fc.array(opArb, { maxLength: 12 }),
        (initial, ops) => {
          const harness = start();
          if (initial.length)
            planSheet(harness)
              .getRange(FIRST_ROW, 1, initial.length, WIDTH - 1)
              .setValues(
                initial.map((r) => rowValues({ moyens: r.action, echeance: r.day, statut: r.status })),
              );
          let calendar: string | null = null;
          const calendarId = () => {
            if (!calendar) calendar = harness.calendar.listCalendars().find((c) => !c.deleted)?.id ?? null;
            return calendar;
          };
          syncStep(harness, { confirmDeletes: true });
          const id = calendarId()!;
          const foreign = new Set<string>();
          const snapshots = new Map<string, CalendarEventResource>();
          for (const event of [
            { summary: "Souper", start: { date: "2026-04-10" }, end: { date: "2026-04-11" } },
            {
              summary: "Autre plan",
              start: { date: "2026-04-12" },
              end: { date: "2026-04-13" },
              extendedProperties: { private: { planId: "otherplan", rowKey: "0000000000", hash: "x" } },
            },
          ]) {
            const added = harness.calendar.addForeignEvent(id, event);
            foreign.add(added.id!);
            snapshots.set(added.id!, added);
          }

          for (const op of ops) apply(harness, op, calendarId, foreign);

          const before = userBlock(harness);
          harness.arm([]);
          let final = syncStep(harness, { confirmDeletes: true });
          for (let i = 0; i < 20 && !final.finished; i++) final = syncStep(harness, { confirmDeletes: true });
          expect(final.report.status).toBe("done");
          expect(userBlock(harness)).toEqual(before);

          // Foreign events untouched.
          for (const [foreignId, snapshot] of snapshots)
            expect(harness.calendar.peekEvent(id, foreignId)).toEqual(snapshot);

          const events = harness.calendar.allEvents(id).filter((e) => !foreign.has(e.id!));
          const respected = new Set(final.report.userDeleted.map((u) => u.row));
          const rows = tableRows(harness);
          const keys = new Set<string>();
          const wanted = new Set<string>();
          rows.forEach((values, i) => {
            const row = FIRST_ROW + i;
            const key = String(values[COL.cle - 1]);
            if (!String(values[COL.moyens - 1])) return;
            expect(keys.has(key)).toBe(false);
            keys.add(key);
            const status = String(values[COL.statut - 1]);
            const day = displayedDay(harness, row);
            const mine = events.filter((e) => e.extendedProperties?.private?.rowKey === key);
            if (!day || status === "Annulé") {
              expect(mine).toEqual([]);
              return;
            }
            if (respected.has(row)) {
              expect(mine).toEqual([]);
              return;
            }
            wanted.add(key);
            expect(mine).toHaveLength(1);
            const action = String(values[COL.moyens - 1]);
            expect(mine[0]).toMatchObject({
              summary: status === "Terminé" ? `✓ ${action}` : action,
              start: { date: day },
              end: { date: nextDay(day) },
              colorId: COLOURS[status],
            });
            // The link opens the plan's sheet, not a row number that moves.
            expect(mine[0].description).toMatch(/edit#gid=\d+$/);
          });
          // No event left for a row that is gone, undated or cancelled.
          for (const event of events)
            expect(wanted.has(String(event.extendedProperties?.private?.rowKey))).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  }, 600_000);
});
