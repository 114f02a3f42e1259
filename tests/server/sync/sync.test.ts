/**
 * "Synchroniser l'agenda" through the built add-on (dist/Code.js) in the emulator, on a plan shaped like
 * seed 002's first year: the events a first sync creates (dates, titles, descriptions, colours, reminders,
 * all-day with an exclusive end, on the add-on's own calendar), zero writes on a re-sync, exactly one
 * patch for one edited row, exactly one delete for a deleted or cancelled row, user deletions respected,
 * foreign events untouched, user edits restored, a deleted calendar replaced, the lock, the mass-delete
 * guard, the preview, the menu's messages, and the 409 reconciliation of an insert whose answer was lost.
 */
import { describe, expect, it } from "vitest";
import { createCalendarService } from "../../../src/local/emulator/calendar";
import { createEmulator } from "../../../src/local/emulator/index";
import { loadAddon } from "../../../src/local/loader";
import {
  COL,
  calendarId,
  calendarWrites,
  FIRST_ROW,
  liveEvents,
  planSheet,
  type RowInput,
  type SyncHarness,
  startSync,
  syncStep,
  typeRows,
} from "./harness";

/** Seed 002, year 1 (Comité Entraide), with the dates and statuses a committee would add. */
const SEED_ROWS: RowInput[] = [
  {
    objectif: "Mise sur pied d'un Comité d'entraide",
    resultat: "1. Identifier un « responsable de l'entraide au comité exécutif du syndicat »",
    moyens: "Présenter les rôles et responsabilités du porteur de dossier",
    ressources: "Guide du porteur de dossier",
    responsables: "Julie",
    echeancier: "Janvier-Février",
    echeance: "2026-02-28",
    statut: "Terminé",
  },
  {
    resultat: "2. Présenter le projet aux membres",
    moyens: "Où, quand et comment : assemblée générale, kiosque, courriel",
    ressources: "Documents promotionnels",
    responsables: "Marc",
    echeance: "2026-03-31",
    statut: "En cours",
  },
  {
    resultat: "3. Obtenir l'engagement de l'employeur",
    moyens: "Documents de promotion, exemple de clause de convention",
    ressources: "Boîte à outils Web",
    echeance: "2026-04-30",
  },
  {
    resultat: "4. Recruter des personnes entraidantes",
    moyens: "Affiches, sondage auprès des membres, entrevues de sélection",
    ressources: "$ pour le matériel",
    responsables: "Julie, Marc",
    echeance: "2026-06-15",
    statut: "Reporté",
  },
  {
    resultat: "5. Offrir la formation de base",
    moyens: "Déterminer la date et le lieu (milieu de travail ou CCM)",
    ressources: "$ libérations syndicales",
    echeancier: "à déterminer",
  },
  {
    resultat: "6. S'assurer de la continuité du Comité d'entraide",
    moyens: "Définir la fréquence des rencontres",
    echeancier: "2 fois par année",
  },
];

const COLOURS: Record<string, string> = { Terminé: "10", "En cours": "1", "": "8", Reporté: "3" };

function seeded(): SyncHarness {
  const harness = startSync();
  typeRows(harness, SEED_ROWS);
  return harness;
}

function keyOf(harness: SyncHarness, row: number): string {
  return String(planSheet(harness).getRange(row, COL.cle).getValue());
}

function eventOfRow(harness: SyncHarness, row: number) {
  const key = keyOf(harness, row);
  return liveEvents(harness).filter((e) => e.extendedProperties?.private?.rowKey === key);
}

function addDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

describe("calendar sync through dist/Code.js", () => {
  it("first sync creates exactly the expected events on the add-on's own calendar", () => {
    const harness = seeded();
    const progress = syncStep(harness);
    expect(progress).toMatchObject({ finished: true, done: 4, total: 4 });
    expect(progress.report.status).toBe("done");
    expect(progress.report.created.map((c) => c.cell)).toEqual(["C8", "C9", "C10", "C11"]);
    expect(progress.report.skipped.map((s) => s.cell)).toEqual(["C12", "C13"]);
    expect(progress.report.skipped[1].detail).toMatch(/récurrente/);

    const [calendar] = harness.calendar.listCalendars();
    expect(calendar).toMatchObject({
      summary: "Plan d'action — Comité Entraide",
      timeZone: "America/Toronto",
    });
    const events = liveEvents(harness);
    expect(events).toHaveLength(4);
    const sheetId = planSheet(harness).getSheetId();
    SEED_ROWS.slice(0, 4).forEach((input, i) => {
      const row = FIRST_ROW + i;
      const [event] = eventOfRow(harness, row);
      const title = input.statut === "Terminé" ? `✓ ${input.moyens}` : input.moyens;
      expect(event).toMatchObject({
        summary: title,
        start: { date: input.echeance },
        end: { date: addDay(input.echeance!) },
        colorId: COLOURS[input.statut ?? ""],
        reminders: {
          useDefault: false,
          // 09:00 a week before and the day before; nothing to remind once Terminé.
          overrides:
            input.statut === "Terminé"
              ? []
              : [
                  { method: "popup", minutes: 9540 },
                  { method: "popup", minutes: 900 },
                ],
        },
      });
      expect(event.attendees).toBeUndefined();
      expect(event.start?.dateTime).toBeUndefined();
      expect(event.id).toMatch(/^[a-v0-9]{5,1024}$/);
      expect(event.description).toContain(`Objectif : Mise sur pied d'un Comité d'entraide`);
      expect(event.description).toContain(`Résultat attendu : ${input.resultat}`);
      if (input.ressources) expect(event.description).toContain(`Ressources : ${input.ressources}`);
      if (input.responsables) expect(event.description).toContain(`Responsables : ${input.responsables}`);
      expect(event.description).toContain(`Statut : ${input.statut || "À faire"}`);
      expect(event.description).toContain(
        `Ouvrir le plan : https://docs.google.com/spreadsheets/d/${harness.emulator.spreadsheet.getId()}/edit#gid=${sheetId}\n`.trimEnd(),
      );
      expect(event.description).not.toMatch(/range=/);
      expect(event.extendedProperties?.private).toMatchObject({ rowKey: keyOf(harness, row) });
      expect(event.extendedProperties?.private?.planId).toMatch(/\w+/);
    });
    // Every action row got a key in the hidden column.
    for (let row = FIRST_ROW; row < FIRST_ROW + SEED_ROWS.length; row++)
      expect(keyOf(harness, row)).toMatch(/^[a-v0-9]{10}$/);
  });

  it("a second sync makes zero calendar writes and one read", () => {
    const harness = seeded();
    syncStep(harness);
    const keysBefore = planSheet(harness).getRange(FIRST_ROW, COL.cle, SEED_ROWS.length, 1).getValues();
    harness.emulator.calls.reset();
    const progress = syncStep(harness);
    expect(progress.report).toMatchObject({
      status: "done",
      unchanged: 4,
      created: [],
      updated: [],
      deleted: [],
    });
    expect(calendarWrites(harness)).toBe(0);
    expect(harness.emulator.calls.count("Calendar")).toBe(1);
    expect(harness.emulator.calls.count("Calendar.Events.list")).toBe(1);
    expect(harness.emulator.calls.count("SpreadsheetApp.Range.setValues")).toBe(0);
    expect(planSheet(harness).getRange(FIRST_ROW, COL.cle, SEED_ROWS.length, 1).getValues()).toEqual(
      keysBefore,
    );
  });

  it("one edited row makes exactly one patch", () => {
    const harness = seeded();
    syncStep(harness);
    const before = eventOfRow(harness, 10)[0];
    planSheet(harness).getRange(10, COL.moyens).setValue("Rencontrer l'employeur");
    harness.emulator.calls.reset();
    const progress = syncStep(harness);
    expect(harness.emulator.calls.count("Calendar.Events.patch")).toBe(1);
    expect(calendarWrites(harness)).toBe(1);
    expect(progress.report.updated).toEqual([
      { row: 10, cell: "C10", title: "Rencontrer l'employeur", detail: "" },
    ]);
    const after = eventOfRow(harness, 10);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: before.id, summary: "Rencontrer l'employeur" });
  });

  it("a deleted row deletes exactly its event; Annulé deletes too", () => {
    const harness = seeded();
    syncStep(harness);
    const gone = eventOfRow(harness, 9)[0];
    const others = liveEvents(harness).filter((e) => e.id !== gone.id);
    planSheet(harness).deleteRow(9);
    harness.emulator.calls.reset();
    const progress = syncStep(harness);
    expect(harness.emulator.calls.count("Calendar.Events.remove")).toBe(1);
    // The remove alone: the rows below moved up, but no event names its row number.
    expect(calendarWrites(harness)).toBe(1);
    expect(progress.report.deleted).toHaveLength(1);
    expect(
      liveEvents(harness)
        .map((e) => e.id)
        .sort(),
    ).toEqual(others.map((e) => e.id).sort());

    // Row 9 now holds "Documents de promotion…": cancel it.
    const cancelled = eventOfRow(harness, 9)[0];
    planSheet(harness).getRange(9, COL.statut).setValue("Annulé");
    harness.emulator.calls.reset();
    syncStep(harness);
    expect(harness.emulator.calls.count("Calendar.Events.remove")).toBe(1);
    expect(calendarWrites(harness)).toBe(1);
    expect(liveEvents(harness).some((e) => e.id === cancelled.id)).toBe(false);
  });

  it("an event deleted in Calendar is not recreated while its row is unchanged, and comes back when it changes", () => {
    const harness = seeded();
    syncStep(harness);
    const [event] = eventOfRow(harness, 10);
    harness.calendar.userDeleteEvent(calendarId(harness), event.id!);
    harness.emulator.calls.reset();
    const progress = syncStep(harness);
    expect(calendarWrites(harness)).toBe(0);
    expect(progress.report.userDeleted).toEqual([
      { row: 10, cell: "C10", title: SEED_ROWS[2].moyens, detail: "" },
    ]);
    expect(progress.report.message).toBe(
      "Rien à changer : l'agenda « Plan d'action — Comité Entraide » est déjà à jour. 1 événement supprimé dans l'agenda n'est pas recréé, car sa ligne n'a pas changé depuis. Modifiez la ligne pour le remettre. 2 lignes ne sont pas dans l'agenda (voir les raisons).",
    );
    expect(eventOfRow(harness, 10)).toHaveLength(0);

    planSheet(harness).getRange(10, COL.statut).setValue("En cours");
    syncStep(harness);
    const fresh = eventOfRow(harness, 10);
    expect(fresh).toHaveLength(1);
    expect(fresh[0].id).not.toBe(event.id);
  });

  it("never touches an event without our planId or with another plan's", () => {
    const harness = seeded();
    syncStep(harness);
    const id = calendarId(harness);
    const bare = harness.calendar.addForeignEvent(id, {
      summary: "Souper du comité",
      start: { date: "2026-04-10" },
      end: { date: "2026-04-11" },
    });
    const other = harness.calendar.addForeignEvent(id, {
      summary: "Autre plan",
      start: { date: "2026-04-12" },
      end: { date: "2026-04-13" },
      extendedProperties: { private: { planId: "someotherplan", rowKey: keyOf(harness, 8), hash: "x" } },
    });
    planSheet(harness).getRange(8, COL.moyens).setValue("Changé");
    planSheet(harness).deleteRow(9);
    syncStep(harness);
    expect(harness.calendar.peekEvent(id, bare.id!)).toEqual(bare);
    expect(harness.calendar.peekEvent(id, other.id!)).toEqual(other);
  });

  it("puts back an event edited in Calendar: the sheet is the source of truth", () => {
    const harness = seeded();
    syncStep(harness);
    const [event] = eventOfRow(harness, 9);
    harness.calendar.userEditEvent(calendarId(harness), event.id!, {
      summary: "Renommé dans l'agenda",
      start: { date: "2026-05-05" },
      end: { date: "2026-05-06" },
    });
    harness.emulator.clock.advance(60_000);
    const progress = syncStep(harness);
    expect(progress.report.updated).toHaveLength(1);
    expect(eventOfRow(harness, 9)[0]).toMatchObject({
      summary: SEED_ROWS[1].moyens,
      start: { date: "2026-03-31" },
    });
  });

  it("asks its creator before replacing a calendar that cannot be found, then says so", () => {
    const harness = seeded();
    syncStep(harness);
    const old = calendarId(harness);
    harness.calendar.deleteCalendar(old);
    const asked = syncStep(harness);
    expect(asked.report.status).toBe("needsNewCalendar");
    expect(asked.report.message).toBe(
      "L'agenda « Plan d'action — Comité Entraide » est introuvable : il a sans doute été supprimé depuis votre compte Google. En créer un nouveau ? Les échéances du plan y seront remises. Rien n'a encore été créé.",
    );
    expect(harness.calendar.listCalendars()).toHaveLength(1);
    const progress = syncStep(harness, { confirmNewCalendar: true });
    expect(progress.report.calendarRecreated).toBe(true);
    expect(progress.report.message).toMatch(
      /^L'agenda précédent du plan était introuvable : un nouvel agenda/,
    );
    const now = calendarId(harness);
    expect(now).not.toBe(old);
    expect(liveEvents(harness)).toHaveLength(4);
  });

  it("does nothing and says so while another sync holds the lock", () => {
    const harness = seeded();
    harness.emulator.holdDocumentLock();
    harness.emulator.calls.reset();
    const progress = syncStep(harness);
    expect(progress.report.status).toBe("busy");
    expect(progress.report.message).toMatch(/Une autre synchronisation/);
    expect(progress.finished).toBe(true);
    expect(harness.emulator.calls.count("Calendar")).toBe(0);
    expect(harness.emulator.calls.count("SpreadsheetApp")).toBe(0);
    expect(keyOf(harness, FIRST_ROW)).toBe("");
    harness.emulator.releaseHeldLock();
    expect(syncStep(harness).report.status).toBe("done");
  });

  it("asks before deleting more than half of the events, and when the plan reads empty", () => {
    const harness = seeded();
    syncStep(harness);
    planSheet(harness).deleteRows(8, 3);
    harness.emulator.calls.reset();
    const guarded = syncStep(harness);
    expect(guarded.report).toMatchObject({ status: "needsConfirmation", deletions: 3, existing: 4 });
    expect(guarded.report.message).toMatch(/supprimerait 3 des 4 événements/);
    expect(calendarWrites(harness)).toBe(0);
    expect(liveEvents(harness)).toHaveLength(4);
    const confirmed = syncStep(harness, { confirmDeletes: true });
    expect(confirmed.report.deleted).toHaveLength(3);
    expect(liveEvents(harness)).toHaveLength(1);

    // The plan now reads empty (every action row cleared): nothing is deleted without a confirmation.
    planSheet(harness).getRange(FIRST_ROW, 1, 10, 11).clearContent();
    const empty = syncStep(harness);
    expect(empty.report.status).toBe("needsConfirmation");
    expect(liveEvents(harness)).toHaveLength(1);
  });

  it("the menu item asks before a mass delete and does nothing when the answer is no", () => {
    const harness = seeded();
    const toasts = harness.emulator.ui.toasts.length;
    harness.addon.call("syncCalendar");
    // The result is shown once: here there is more to say than the counts, so one dialog and no toast.
    expect(harness.emulator.ui.toasts.length).toBe(toasts);
    expect(harness.emulator.ui.alerts.at(-1)?.message.split("\n")[0]).toBe(
      "L'agenda «\u00a0Plan d'action — Comité Entraide\u00a0» est à jour\u00a0: 4 événements créés. 2 lignes ne sont pas dans l'agenda (voir les raisons).",
    );
    // Once more: the rows left out still deserve their reasons, again in one dialog and no toast.
    const alerts = harness.emulator.ui.alerts.length;
    harness.addon.call("syncCalendar");
    expect([harness.emulator.ui.alerts.length, harness.emulator.ui.toasts.length]).toEqual([
      alerts + 1,
      toasts,
    ]);
    planSheet(harness).deleteRows(8, 4);
    harness.emulator.ui.scriptAnswer("NO");
    harness.addon.call("syncCalendar");
    expect(harness.emulator.ui.alerts.at(-1)?.message).toMatch(/Supprimer ces événements/);
    expect(liveEvents(harness)).toHaveLength(4);
    harness.emulator.ui.scriptAnswer("YES");
    harness.addon.call("syncCalendar");
    expect(liveEvents(harness)).toHaveLength(0);
  });

  it("the preview lists what would change and does nothing", () => {
    const harness = seeded();
    harness.emulator.calls.reset();
    harness.addon.call("previewSync");
    const alert = harness.emulator.ui.alerts.at(-1);
    expect(alert?.message.split("\n")[0]).toBe(
      "Aperçu\u00a0: 4 événements à créer. Rien n'a encore été changé dans l'agenda. 2 lignes ne sont pas dans l'agenda (voir les raisons).",
    );
    expect(alert?.message).toContain("C8 — ✓ Présenter les rôles");
    expect(calendarWrites(harness)).toBe(0);
    expect(keyOf(harness, FIRST_ROW)).toBe("");
  });

  it("speaks English to an English-speaking user", () => {
    const harness = seeded();
    harness.emulator.setLocale("en_US");
    harness.addon.call("syncCalendar");
    expect(harness.emulator.ui.alerts.at(-1)?.message.split("\n")[0]).toBe(
      'The calendar "Action plan — Comité Entraide" is up to date: 4 events created. 2 rows are not in the calendar (see why).',
    );
  });
});

describe("an insert whose answer was lost", () => {
  it("is reconciled through the 409, never duplicated", () => {
    const emulator = createEmulator({ now: "2026-03-10T15:00:00Z" });
    const { service, hooks } = createCalendarService(() => emulator.clock.now(), emulator.users);
    // biome-ignore lint/suspicious/noExplicitAny: wrapping the untyped service.
    const events = (service as any).Events;
    const insert = events.insert;
    let loseNext = true;
    events.insert = (...args: unknown[]) => {
      const result = insert(...args);
      if (loseNext) {
        loseNext = false;
        const error = new Error(
          "API call to calendar.events.insert failed with error: Backend Error",
        ) as Error & {
          details: unknown;
        };
        error.details = { code: 503, message: "Backend Error", errors: [{ reason: "backendError" }] };
        throw error;
      }
      return result;
    };
    emulator.registerService("Calendar", service);
    const addon = loadAddon(emulator);
    emulator.ui.scriptPrompt("Comité Entraide");
    addon.call("installTemplate");
    const harness: SyncHarness = { emulator, addon, calendar: hooks };
    typeRows(harness, SEED_ROWS.slice(0, 2));
    const progress = syncStep(harness);
    expect(progress.report.status).toBe("done");
    expect(progress.report.created).toHaveLength(2);
    expect(emulator.calls.count("Calendar.Events.get")).toBe(1);
    expect(liveEvents(harness)).toHaveLength(2);
  });
});

describe("Synchroniser shows its result once", () => {
  it("as a toast alone when the counts say it all", () => {
    const harness = startSync();
    typeRows(harness, [{ moyens: "Première action", echeancier: "2026-04-15" }]);
    harness.addon.call("syncCalendar"); // 1 created: a dialog lists it
    const { alerts, toasts } = harness.emulator.ui;
    const before = [alerts.length, toasts.length];
    harness.addon.call("syncCalendar"); // nothing changed: a toast, no dialog
    expect([alerts.length, toasts.length]).toEqual([before[0], before[1] + 1]);
    expect(toasts.at(-1)?.message).toMatch(/^Rien à changer/);
  });
});
