/**
 * What a committee reads in its calendar, through dist/Code.js, on seed 002's year 1 (the committee's own
 * template, where the action is written in Résultats attendus and Moyens holds the how-to): the title
 * setting (action, expected result, both; an empty choice falls back to the other), changed through the
 * sidebar's RPC and applied at the next sync writing only the events whose content changes; the span
 * setting; reminders at 09:00 America/Toronto a week and a day before, in March and in November (either
 * side of daylight saving time), none once Terminé; and events that name no row number, so that sorting
 * or inserting rows writes nothing and deleting k rows makes exactly k deletions. Settings belong to the
 * plan: what one member saves, another sees and syncs with.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importPlan } from "../../../src/core/import/import-plan";
import type { EventSettings } from "../../../src/core/sync/event-settings";
import { wallToInstant } from "../../../src/local/emulator/timezone";
import type { EventSettingsSaved, SidebarData } from "../../../src/shared/sidebar-wire";
import {
  COL,
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

const SEED_002 = new URL("../../fixtures/seeds/002_ffaaf15c85753dfa.txt", import.meta.url);

/** Seed 002's year 1 as the importer reads it, typed into the installed template. */
function seedRows(): RowInput[] {
  const imported = importPlan(readFileSync(SEED_002, "utf8"));
  if (!imported.ok) throw new Error("seed 002 does not import");
  return imported.plan.rows.map((row) => ({
    objectif: row.objectif,
    resultat: row.resultat,
    moyens: row.moyens,
    ressources: row.ressources,
    echeancier: row.echeancier,
  }));
}

function saveSettings(harness: SyncHarness, change: Partial<EventSettings>): EventSettingsSaved {
  return harness.addon.call<EventSettingsSaved>("saveEventSettings", "Plan d'action", change);
}

function titles(harness: SyncHarness): string[] {
  return liveEvents(harness)
    .map((event) => String(event.summary))
    .sort();
}

function resyncCounting(harness: SyncHarness) {
  harness.emulator.calls.reset();
  const progress = syncStep(harness);
  return {
    progress,
    writes: calendarWrites(harness),
    patches: harness.emulator.calls.count("Calendar.Events.patch"),
    removes: harness.emulator.calls.count("Calendar.Events.remove"),
  };
}

describe("the event title the committee chooses (seed 002)", () => {
  it("shows the action by default, then the expected result, then both, writing only the titles that change", () => {
    const rows = seedRows();
    // The sixth action has no expected result: its title stays the action whatever the setting.
    rows[5] = { ...rows[5], resultat: "" };
    const harness = startSync();
    typeRows(harness, rows);
    expect(syncStep(harness).report.status).toBe("done");
    expect(titles(harness)).toEqual(rows.map((row) => row.moyens).sort());

    const saved = saveSettings(harness, { title: "result" });
    expect(saved).toMatchObject({ ok: true, settings: { title: "result", span: "echeance" } });
    expect(saved.message).toMatch(/prochaine synchronisation/);
    const toResult = resyncCounting(harness);
    expect(toResult.patches).toBe(5);
    expect(toResult.writes).toBe(5);
    expect(titles(harness)).toEqual([...rows.slice(0, 5).map((row) => row.resultat), rows[5].moyens].sort());
    // The action moves into the description, so nothing the committee wrote is lost from the event.
    const first = liveEvents(harness).find((event) => event.summary === rows[0].resultat)!;
    expect(first.description).toContain(`Action : ${rows[0].moyens}`);
    expect(first.description).not.toContain("Résultat attendu :");

    saveSettings(harness, { title: "both" });
    const toBoth = resyncCounting(harness);
    expect(toBoth.writes).toBe(5);
    expect(titles(harness)).toEqual(
      [...rows.slice(0, 5).map((row) => `${row.resultat} — ${row.moyens}`), rows[5].moyens].sort(),
    );
    expect(titles(harness)).toContain(
      "1. Identifier un « responsable de l'entraide au comité exécutif du syndicat » — Présenter les rôles et responsabilités du porteur de dossier et vérifier l'intérêt personnel des officiers en place",
    );

    // An empty action falls back to the expected result, whatever the setting.
    saveSettings(harness, { title: "action" });
    planSheet(harness)
      .getRange(FIRST_ROW + 1, COL.moyens)
      .setValue("");
    resyncCounting(harness);
    expect(titles(harness)).toContain(rows[1].resultat);
    expect(resyncCounting(harness).writes).toBe(0);
  });

  it("shows the settings in the sidebar's data and keeps only valid values", () => {
    const harness = startSync();
    typeRows(harness, seedRows());
    const data = harness.addon.call<SidebarData>("getSidebarData");
    expect(data).toMatchObject({
      state: "ready",
      eventSettings: { title: "action", span: "echeance", skipPastDone: null },
    });
    const saved = saveSettings(harness, { title: "nonsense", span: "period" } as unknown as EventSettings);
    expect(saved.settings).toEqual({ title: "action", span: "period", skipPastDone: null });
    expect(harness.addon.call<SidebarData>("getSidebarData")).toMatchObject({
      eventSettings: { span: "period" },
    });
    expect(
      harness.addon.call<EventSettingsSaved>("saveEventSettings", "Feuille inconnue", { title: "both" }),
    ).toMatchObject({ ok: false, settings: null, message: expect.stringMatching(/introuvable/) });
  });
});

describe("the span setting", () => {
  it("puts each event on its Échéance day by default, on the whole Début–Échéance period once chosen", () => {
    const harness = startSync();
    typeRows(harness, [
      { moyens: "Campagne de recrutement", debut: "2026-04-06", echeance: "2026-04-24" },
      { moyens: "Assemblée", echeance: "2026-05-14" },
    ]);
    syncStep(harness);
    const byTitle = () => new Map(liveEvents(harness).map((event) => [event.summary, event]));
    expect(byTitle().get("Campagne de recrutement")).toMatchObject({
      start: { date: "2026-04-24" },
      end: { date: "2026-04-25" },
    });
    saveSettings(harness, { span: "period" });
    const change = resyncCounting(harness);
    expect(change.writes).toBe(1); // the one-day action is the same either way
    expect(byTitle().get("Campagne de recrutement")).toMatchObject({
      start: { date: "2026-04-06" },
      end: { date: "2026-04-25" },
    });
    saveSettings(harness, { span: "echeance" });
    expect(resyncCounting(harness).writes).toBe(1);
    expect(byTitle().get("Campagne de recrutement")).toMatchObject({ start: { date: "2026-04-24" } });
  });
});

/** When a popup reminder of an all-day event fires: `minutes` before 00:00 of its day in `timeZone`. */
function reminderAt(day: string, minutes: number, timeZone: string): string {
  const midnight = wallToInstant(timeZone, Date.parse(`${day}T00:00:00Z`));
  const at = new Date(midnight - minutes * 60_000);
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(at);
  const get = (type: string) => parts.find((part) => part.type === type)?.value;
  return `${get("year")}-${get("month")}-${get("day")} ${get("hour")}:${get("minute")}`;
}

describe("reminders", () => {
  it("fire at 09:00 in Toronto a week and a day before, in March (EDT) and November (EST); none once Terminé", () => {
    const harness = startSync();
    typeRows(harness, [
      { moyens: "Bilan de mars", echeance: "2026-03-20" },
      { moyens: "Bilan de novembre", echeance: "2026-11-20" },
      { moyens: "Formation donnée", echeance: "2026-04-15", statut: "Terminé" },
    ]);
    syncStep(harness);
    const [calendar] = harness.calendar.listCalendars();
    expect(calendar.timeZone).toBe("America/Toronto");
    const byTitle = new Map(liveEvents(harness).map((event) => [event.summary, event]));
    const firing = (title: string) => {
      const event = byTitle.get(title)!;
      return event.reminders!.overrides!.map((r) =>
        reminderAt(event.start!.date!, r.minutes, calendar.timeZone),
      );
    };
    expect(firing("Bilan de mars")).toEqual(["2026-03-13 09:00", "2026-03-19 09:00"]);
    expect(firing("Bilan de novembre")).toEqual(["2026-11-13 09:00", "2026-11-19 09:00"]);
    expect(byTitle.get("✓ Formation donnée")?.reminders).toEqual({ useDefault: false, overrides: [] });
    // An action marked Terminé loses its reminders at the next sync (one patch).
    planSheet(harness).getRange(FIRST_ROW, COL.statut).setValue("Terminé");
    expect(resyncCounting(harness).patches).toBe(1);
    expect(liveEvents(harness).find((e) => e.summary === "✓ Bilan de mars")?.reminders?.overrides).toEqual(
      [],
    );
  });
});

describe("sorting, inserting and deleting rows", () => {
  /** Seed 002's actions, each naming its objective (as a plan that is sorted must: see below). */
  function sortablePlan(): { harness: SyncHarness; count: number } {
    const rows = seedRows().map((row) => ({ ...row, objectif: "Mise sur pied d'un Comité d'entraide" }));
    const extra: RowInput[] = Array.from({ length: 14 }, (_, i) => ({
      objectif: i % 2 ? "Visibilité" : "Confiance",
      moyens: `Action ${String.fromCharCode(65 + ((i * 5) % 14))}`, // 14 distinct letters, shuffled
      responsables: i % 3 ? "Luc Gagnon" : "Sophie Roy",
      echeance: `2026-${String(4 + (i % 8)).padStart(2, "0")}-${String(1 + ((i * 5) % 27)).padStart(2, "0")}`,
      statut: ["", "En cours", "Terminé", "Reporté"][i % 4],
    }));
    const harness = startSync();
    typeRows(harness, [...rows, ...extra]);
    expect(syncStep(harness).report.created).toHaveLength(rows.length + extra.length);
    return { harness, count: rows.length + extra.length };
  }

  it("sorting the plan by any column, then syncing, makes 0 calendar writes", () => {
    const { harness, count } = sortablePlan();
    const table = planSheet(harness).getRange(FIRST_ROW, 1, count, COL.cle);
    for (const spec of [
      { column: COL.echeance, ascending: false },
      { column: COL.moyens, ascending: true },
      { column: COL.responsables, ascending: true },
    ]) {
      const before = table.getValues().map((row) => row[COL.moyens - 1]);
      table.sort(spec);
      expect(table.getValues().map((row) => row[COL.moyens - 1])).not.toEqual(before);
      const after = resyncCounting(harness);
      expect(after.writes).toBe(0);
      expect(after.progress.report).toMatchObject({ status: "done", unchanged: count });
    }
  });

  it("inserting rows in the middle makes 0 writes; deleting k rows makes exactly k deletions", () => {
    const { harness, count } = sortablePlan();
    const sheet = planSheet(harness);
    sheet.insertRowsBefore(FIRST_ROW + 3, 2);
    expect(resyncCounting(harness).writes).toBe(0);
    // Delete k = 4 action rows here and there, bottom-up.
    const deleted = [FIRST_ROW + 20, FIRST_ROW + 14, FIRST_ROW + 9, FIRST_ROW + 1];
    const titlesGone = deleted.map((row) => String(sheet.getRange(row, COL.moyens).getValue()));
    for (const row of deleted) sheet.deleteRow(row);
    const change = resyncCounting(harness);
    expect(change.removes).toBe(4);
    expect(change.writes).toBe(4);
    expect(liveEvents(harness)).toHaveLength(count - 4);
    for (const title of titlesGone)
      expect(liveEvents(harness).some((event) => String(event.summary).endsWith(title))).toBe(false);
  });

  it("a plan whose blank Objectifs cells inherit from above changes only the rows whose objective changed", () => {
    // On paper the objective spans its rows; in Sheets that is a blank cell meaning "same as above", so a
    // sort that moves a row away from its objective changes what the row means (and its description).
    const harness = startSync();
    typeRows(harness, [
      { objectif: "Recruter", moyens: "Affiches", echeance: "2026-06-01" },
      { moyens: "Sondage", echeance: "2026-04-01" },
      { objectif: "Former", moyens: "Formation", echeance: "2026-05-01" },
    ]);
    syncStep(harness);
    planSheet(harness).getRange(FIRST_ROW, 1, 3, COL.cle).sort(COL.echeance);
    // Now: Sondage (no objective above it), Formation (Former), Affiches (Recruter): only Sondage changed.
    const change = resyncCounting(harness);
    expect(change.writes).toBe(1);
    expect(change.progress.report.updated.map((item) => item.title)).toEqual(["Sondage"]);
  });
});

describe("a committee, not a person", () => {
  it("a setting one member saves is the plan's: another member sees it and her sync applies it", () => {
    const rows = seedRows();
    const harness = startSync();
    typeRows(harness, rows);
    syncStep(harness);
    harness.emulator.addUser("luc.gagnon@example.org", { locale: "en_CA" });
    const saved = harness.emulator.runAs("luc.gagnon@example.org", () =>
      saveSettings(harness, { title: "both" }),
    );
    expect(saved).toMatchObject({
      ok: true,
      message: "Settings saved: they will apply at the next calendar sync.",
    });
    // The owner opens the sidebar: the plan's setting, not one of her own.
    expect(harness.addon.call<SidebarData>("getSidebarData")).toMatchObject({
      eventSettings: { title: "both" },
    });
    const change = resyncCounting(harness);
    expect(change.writes).toBe(rows.length);
    expect(titles(harness)).toEqual(rows.map((row) => `${row.resultat} — ${row.moyens}`).sort());
  });
});
