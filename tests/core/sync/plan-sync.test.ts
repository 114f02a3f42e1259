/**
 * The sync planner and the event body, on plain data: what each kind of row becomes in the calendar
 * (dates with an exclusive end computed on ISO days across DST changes and New Year, title, description,
 * colour, reminders, private properties) and which operations follow from rows, saved state and the
 * listed events — including user deletions, user edits, gone rows and the mass-delete guard.
 */
import { describe, expect, it } from "vitest";
import type { PlanRow } from "../../../src/core/plan/plan-model";
import { type EventContext, eventBodyFor, REMINDER_MINUTES } from "../../../src/core/sync/event-body";
import { eventIdFor } from "../../../src/core/sync/event-id";
import {
  type ListedEvent,
  planSync,
  rowStateAfter,
  type SyncOperation,
} from "../../../src/core/sync/plan-sync";
import { emptyState, type SyncState } from "../../../src/core/sync/sync-state";

const CONTEXT: EventContext = {
  planId: "plan1",
  spreadsheetId: "SS",
  sheetId: 42,
  lang: "fr",
  spanDates: false,
};

function row(n: number, fields: Partial<PlanRow> = {}): PlanRow {
  return {
    row: n,
    objectif: "Objectif",
    resultat: "Résultat",
    moyens: `Action ${n}`,
    ressources: "",
    responsables: "Julie",
    echeancierValue: "",
    echeancier: "",
    debutValue: "",
    echeanceValue: "",
    debut: null,
    echeance: "2026-05-01",
    statutText: "",
    status: "aFaire",
    avancementValue: "",
    avancement: null,
    remarques: "",
    key: `key${String(n).padStart(7, "0")}`,
    ...fields,
  };
}

/** The event as the calendar would list it after the planned insert. */
function listed(r: PlanRow, generation = 0, extra: Partial<ListedEvent> = {}): ListedEvent {
  const body = eventBodyFor(r, r.key, CONTEXT)!;
  return {
    id: eventIdFor("plan1", r.key, generation),
    status: "confirmed",
    updated: "2026-03-10T15:00:00.000Z",
    summary: body.summary,
    extendedProperties: body.extendedProperties,
    ...extra,
  };
}

function stateFor(rows: PlanRow[], generation = 0): SyncState {
  const state = emptyState("plan1", "fr");
  state.calendarId = "cal";
  for (const r of rows) {
    state.rows[r.key] = {
      eventId: eventIdFor("plan1", r.key, generation),
      generation,
      hash: eventBodyFor(r, r.key, CONTEXT)!.extendedProperties.private.hash,
      updated: Date.parse("2026-03-10T15:00:00.000Z"),
    };
  }
  return state;
}

const kinds = (ops: SyncOperation[]) => ops.map((op) => `${op.kind}:${op.row}`);

describe("eventBodyFor", () => {
  it("makes an all-day event on the Échéance day, end exclusive, across DST changes and New Year", () => {
    const cases: Array<[string, string]> = [
      ["2026-03-08", "2026-03-09"], // spring forward in Toronto
      ["2026-11-01", "2026-11-02"], // fall back
      ["2026-12-31", "2027-01-01"], // New Year
      ["2028-02-28", "2028-02-29"], // leap year
    ];
    for (const [day, end] of cases) {
      const body = eventBodyFor(row(8, { echeance: day }), "k", CONTEXT)!;
      expect(body.start).toEqual({ date: day });
      expect(body.end).toEqual({ date: end });
    }
  });

  it("clips a huge cell to 1,000 characters in the event, title and description alike", () => {
    const huge = "Très long texte ".repeat(3200).slice(0, 50_000);
    const body = eventBodyFor(
      row(8, { moyens: huge, ressources: huge, echeance: "2026-05-01" }),
      "k",
      CONTEXT,
    )!;
    expect(body.summary).toHaveLength(1000);
    expect(body.summary.endsWith("…")).toBe(true);
    for (const line of body.description.split("\n")) expect(line.length).toBeLessThan(1100);
  });

  it("spans Début–Échéance when asked, and uses the Échéance day when Début is after it", () => {
    const span = { ...CONTEXT, spanDates: true };
    expect(eventBodyFor(row(8, { debut: "2026-04-01", echeance: "2026-04-30" }), "k", span)).toMatchObject({
      start: { date: "2026-04-01" },
      end: { date: "2026-05-01" },
    });
    expect(eventBodyFor(row(8, { debut: "2026-06-01", echeance: "2026-04-30" }), "k", span)).toMatchObject({
      start: { date: "2026-04-30" },
    });
  });

  it("writes title, description with a link to the plan's sheet, colour, reminders and private properties", () => {
    const body = eventBodyFor(row(12, { status: "termine", ressources: "Budget" }), "rk", CONTEXT)!;
    expect(body.summary).toBe("✓ Action 12");
    expect(body.description).toBe(
      [
        "Objectif : Objectif",
        "Résultat attendu : Résultat",
        "Ressources : Budget",
        "Responsables : Julie",
        "Statut : Terminé",
        "",
        "Ouvrir le plan : https://docs.google.com/spreadsheets/d/SS/edit#gid=42",
      ].join("\n"),
    );
    expect(body.colorId).toBe("10");
    // Terminé: nothing left to remind anyone of.
    expect(body.reminders).toEqual({ useDefault: false, overrides: [] });
    expect(eventBodyFor(row(12), "rk", CONTEXT)!.reminders).toEqual({
      useDefault: false,
      overrides: REMINDER_MINUTES.map((minutes) => ({ method: "popup", minutes })),
    });
    // 09:00 a week before (6 × 1440 + 900) and 09:00 the day before (900), counted back from midnight.
    expect(REMINDER_MINUTES).toEqual([9540, 900]);
    expect(body.extendedProperties.private).toMatchObject({ planId: "plan1", rowKey: "rk" });
    expect(body).not.toHaveProperty("attendees");
  });

  it("gives no event to an undated row", () => {
    expect(eventBodyFor(row(8, { echeance: null }), "k", CONTEXT)).toBeNull();
  });
});

describe("planSync", () => {
  const base = { context: CONTEXT, confirmDeletes: false };

  it("inserts every dated row on a first sync, skipping undated and cancelled rows with reasons", () => {
    const rows = [row(8), row(9, { echeance: null, echeancier: "à voir" }), row(10, { status: "annule" })];
    const plan = planSync({ ...base, rows, state: emptyState("plan1", "fr"), events: [] });
    expect(kinds(plan.operations)).toEqual(["insert:8"]);
    expect(plan.operations[0]).toMatchObject({ eventId: eventIdFor("plan1", rows[0].key, 0), generation: 0 });
    expect(plan.skipped.map((s) => s.row)).toEqual([9, 10]);
  });

  it("says an Échéance that is not a date is not a date, rather than missing", () => {
    const rows = [
      row(8, { echeance: null, echeanceValue: "fin mars" }),
      row(9, { echeance: null, echeanceValue: "" }),
      row(10, { echeance: null, echeanceValue: "fin mars", status: "annule" }),
    ];
    const plan = planSync({ ...base, rows, state: emptyState("plan1", "fr"), events: [] });
    expect(plan.skipped.map((s) => s.reason)).toEqual([
      {
        fr: "L'Échéance « fin mars » n'est pas une date : tapez une date (ex. 31/03/2026) ou écrivez l'échéance dans l'Échéancier.",
        en: 'The Due cell "fin mars" is not a date: type a date (e.g. 2026-03-31) or write the deadline in Schedule.',
      },
      {
        fr: "Pas d'échéance : remplissez Échéancier ou Échéance pour l'ajouter à l'agenda.",
        en: "No deadline: fill in Schedule or Due to add it to the calendar.",
      },
      { fr: "Annulé : pas d'événement dans l'agenda.", en: "Cancelled: no event in the calendar." },
    ]);
  });

  it("does nothing when nothing changed, patches a changed row, restores an event edited in Calendar", () => {
    const rows = [row(8), row(9), row(10)];
    const state = stateFor(rows);
    const events = rows.map((r) => listed(r));
    expect(planSync({ ...base, rows, state, events }).operations).toEqual([]);

    const changed = [row(8), row(9, { moyens: "Autre" }), row(10)];
    expect(kinds(planSync({ ...base, rows: changed, state, events }).operations)).toEqual(["patch:9"]);

    const edited = events.map((e, i) => (i === 2 ? { ...e, updated: "2026-03-11T10:00:00.000Z" } : e));
    const restore = planSync({ ...base, rows, state, events: edited }).operations;
    expect(restore).toMatchObject([{ kind: "patch", row: 10, reason: "restored" }]);
  });

  it("deletes the event of a gone, undated or cancelled row", () => {
    const rows = [row(8), row(9), row(10), row(11), row(12), row(13), row(14)];
    const state = stateFor(rows);
    const events = rows.map((r) => listed(r));
    const now = [
      row(8),
      row(9, { echeance: null }),
      row(10, { status: "annule" }),
      row(12),
      row(13),
      row(14),
    ];
    const plan = planSync({ ...base, rows: now, state, events });
    expect(
      plan.operations.map((op) => `${op.kind}:${op.rowKey}:${(op as { reason?: string }).reason}`),
    ).toEqual([
      `delete:${rows[1].key}:undated`,
      `delete:${rows[2].key}:cancelled`,
      `delete:${rows[3].key}:gone`,
    ]);
    expect(plan.guard).toBeNull();
  });

  it("respects an event deleted in Calendar while its row is unchanged, and makes a new one once it changes", () => {
    const rows = [row(8)];
    const state = stateFor(rows);
    const events = [listed(rows[0], 0, { status: "cancelled" })];
    const same = planSync({ ...base, rows, state, events });
    expect(same.operations).toEqual([]);
    expect(same.userDeleted).toEqual([{ row: 8, title: "Action 8" }]);

    const changed = planSync({
      ...base,
      rows: [row(8, { statutText: "En cours", status: "enCours" })],
      state,
      events,
    });
    expect(changed.operations).toMatchObject([
      { kind: "insert", generation: 1, eventId: eventIdFor("plan1", rows[0].key, 1) },
    ]);
  });

  it("deletes duplicates of a row's event and leaves events of another plan alone", () => {
    const rows = [row(8)];
    const state = stateFor(rows);
    const foreign: ListedEvent = {
      id: "foreign1",
      status: "confirmed",
      extendedProperties: { private: { planId: "other", rowKey: rows[0].key, hash: "x" } },
    };
    const events = [listed(rows[0]), listed(rows[0], 1), foreign];
    const plan = planSync({ ...base, rows, state, events });
    expect(plan.operations).toMatchObject([
      { kind: "delete", reason: "duplicate", eventId: eventIdFor("plan1", rows[0].key, 1) },
    ]);
  });

  it("asks before deleting more than half of the events, or everything when the plan reads empty", () => {
    const rows = [row(8), row(9), row(10), row(11)];
    const state = stateFor(rows);
    const events = rows.map((r) => listed(r));
    const mass = planSync({ ...base, rows: [row(8)], state, events });
    expect(mass.guard).toEqual({ reason: "mass", deletions: 3, existing: 4 });
    expect(mass.operations).toEqual([]);
    expect(
      planSync({ ...base, rows: [row(8)], state, events, confirmDeletes: true }).operations,
    ).toHaveLength(3);

    const empty = planSync({ ...base, rows: [], state, events });
    expect(empty.guard).toEqual({ reason: "empty", deletions: 4, existing: 4 });
  });

  it("re-inserts with a fresh generation after the add-on deleted the row's event itself", () => {
    const rows = [row(8)];
    const state = stateFor(rows);
    const cancelled = planSync({
      ...base,
      rows: [row(8, { status: "annule" })],
      state,
      events: [listed(rows[0])],
    });
    const after = rowStateAfter(cancelled.operations[0], null);
    expect(after).toEqual({ eventId: null, generation: 0, hash: "", updated: null });
    state.rows[rows[0].key] = after!;
    const back = planSync({
      ...base,
      rows,
      state,
      events: [listed(rows[0], 0, { status: "cancelled" })],
    });
    expect(back.operations).toMatchObject([{ kind: "insert", generation: 1 }]);
  });
});
