/**
 * "Préparer l'année suivante" through the built add-on (dist/Code.js in the emulator): only the ticked
 * actions go to the new plan, their Échéancier re-read in the new Période; the originals become Reporté
 * only when asked; syncing both plans puts one event per dated row into the committee's one calendar,
 * never a duplicate.
 */
import { describe, expect, it } from "vitest";
import type { NextYearChoices, NextYearResult } from "../../../src/shared/next-year-wire";
import type { SidebarReady } from "../../../src/shared/sidebar-wire";
import type { SyncProgress } from "../../../src/shared/sync-wire";
import { type Harness, installTemplate, planSheet, startAddon } from "../../support/addon";

const COL = {
  objectif: 1,
  moyens: 3,
  responsables: 5,
  echeancier: 6,
  debut: 7,
  echeance: 8,
  statut: 9,
  avancement: 10,
  remarques: 11,
  cle: 12,
};

function plan2026(): Harness {
  const harness = startAddon({ now: "2026-11-20T16:00:00Z" });
  installTemplate(harness);
  const sheet = planSheet(harness);
  sheet.getRange("B3:C3").setValues([["2026-01-01", "2026-12-31"]]);
  sheet.getRange("B4").setValue("Un réseau d'entraide");
  const rows = [
    ["Mise sur pied", "", "Tenir un kiosque", "", "Julie Tremblay", "Septembre", "", "", "Terminé", "", ""],
    ["", "", "Recruter six entraidants", "", "Marc Gagnon", "Printemps-été", "", "", "En cours", 0.5, ""],
    ["", "", "Offrir la formation", "", "Julie Tremblay", "Décembre", "", "", "À faire", "", ""],
    ["Visibilité", "", "Créer une page Web", "", "Nadia Roy", "Mars", "", "", "Annulé", "", ""],
    [
      "",
      "",
      "Article dans le journal",
      "",
      "Nadia Roy",
      "Octobre",
      "",
      "",
      "Reporté",
      "",
      "Attente du budget",
    ],
    ["", "", "Sondage des membres", "", "Samuel Côté", "15 mars 2026", "", "", "À faire", "", ""],
  ];
  sheet.getRange(8, 1, rows.length, 11).setValues(rows);
  return harness;
}

function choices(harness: Harness) {
  const result = harness.addon.call("getNextYearChoices") as NextYearChoices;
  if (!result.ok) throw new Error(result.message);
  return result;
}

function create(
  harness: Harness,
  keys: string[],
  markOriginals = false,
  start = "2027-01-01",
  end = "2027-12-31",
) {
  const result = harness.addon.call("createNextYearPlan", {
    keys,
    start,
    end,
    markOriginals,
  }) as NextYearResult;
  if (!result.ok) throw new Error(result.message);
  return result;
}

function keyOf(list: ReturnType<typeof choices>, action: string): string {
  const found = list.candidates.find((candidate) => candidate.action === action);
  if (!found) throw new Error(`no candidate ${action}`);
  return found.key;
}

function syncActive(harness: Harness): SyncProgress {
  for (let i = 0; i < 20; i++) {
    const progress = harness.addon.call("syncStep", {}) as SyncProgress;
    if (progress.finished) return progress;
  }
  throw new Error("sync never finished");
}

describe("Préparer l'année suivante", () => {
  it("lists the actions neither Terminé nor Annulé, and suggests the next Période", () => {
    const harness = plan2026();
    harness.addon.call("onOpen");
    expect(harness.emulator.ui.menus[0].items).toContainEqual({
      caption: "Préparer l'année suivante…",
      functionName: "showNextYearDialog",
    });
    const list = choices(harness);
    expect(list.planSheetName).toBe("Plan d'action");
    expect(list.suggested).toEqual({ start: "2027-01-01", end: "2027-12-31" });
    expect(list.candidates.map((c) => [c.action, c.situation])).toEqual([
      ["Recruter six entraidants", "En retard"],
      ["Offrir la formation", "À faire"],
      ["Article dans le journal", "Reportée"],
      ["Sondage des membres", "En retard"],
    ]);
    for (const candidate of list.candidates) expect(candidate.key).toMatch(/^[a-v0-9]{10}$/);
  });

  it("carries only the ticked actions, their deadlines re-read in the new Période", () => {
    const harness = plan2026();
    const list = choices(harness);
    const source = planSheet(harness);
    const before = source.getDataRange().getDisplayValues();
    const result = create(harness, [
      keyOf(list, "Recruter six entraidants"),
      keyOf(list, "Article dans le journal"),
    ]);
    expect(result.sheetName).toBe("Plan d'action — 2027");
    expect(result.carried).toBe(2);
    expect(result.message).toContain("Nouveau plan « Plan d'action — 2027 » créé avec 2 actions");
    expect(harness.emulator.spreadsheet.getActiveSheet().getName()).toBe(result.sheetName);

    const next = harness.emulator.spreadsheet.getSheetByName(result.sheetName)!;
    expect(next.getRange("A1").getValue()).toBe("Plan d'action : Comité Entraide");
    expect(next.getRange("B3:C3").getDisplayValues()).toEqual([["du 01/01/2027", "au 31/12/2027"]]);
    expect(next.getRange("B4").getValue()).toBe("Un réseau d'entraide");
    const rows = next.getRange(8, 1, 3, 12).getDisplayValues();
    expect(rows[0].slice(0, 11)).toEqual([
      "Mise sur pied",
      "",
      "Recruter six entraidants",
      "",
      "Marc Gagnon",
      "Printemps-été",
      "20/03/2027",
      "22/09/2027",
      "En cours",
      expect.stringMatching(/^50\s?%$/),
      "Reprise du plan « Plan d'action ».",
    ]);
    expect(rows[1].slice(0, 11)).toEqual([
      "Visibilité",
      "",
      "Article dans le journal",
      "",
      "Nadia Roy",
      "Octobre",
      "01/10/2027",
      "31/10/2027",
      "",
      "",
      "Attente du budget Reprise du plan « Plan d'action ».",
    ]);
    expect(rows[2].every((cell) => cell === "")).toBe(true); // an empty row area follows
    // The original is left exactly as it was (its row keys were written when the dialog opened).
    expect(source.getDataRange().getDisplayValues()).toEqual(before);
    // The new plan is a plan of its own: the sidebar reads it when it is active.
    const sidebar = harness.addon.call("getSidebarData") as SidebarReady;
    expect(sidebar.sheetName).toBe("Plan d'action — 2027");
    expect(sidebar.summary.counts.total).toBe(2);
  });

  it("carries the columns the committee added (header and the carried actions' values), after the template's", () => {
    const harness = plan2026();
    const source = planSheet(harness);
    if (source.getMaxColumns() < 14)
      source.insertColumnsAfter(source.getMaxColumns(), 14 - source.getMaxColumns());
    // Two columns the template does not know, right of the table: Budget (numbers) and Partenaire (text).
    source.getRange(7, 13, 1, 2).setValues([["Budget", "Partenaire"]]);
    source.getRange(9, 13, 4, 2).setValues([
      [1200, "CLSC"],
      [300, ""],
      [50, "Ville"],
      [75, "=Journal local"],
    ]);
    source.getRange(12, 14).setValue("'=Journal local");
    const list = choices(harness);
    const result = create(harness, [
      keyOf(list, "Recruter six entraidants"),
      keyOf(list, "Article dans le journal"),
    ]);
    const next = harness.emulator.spreadsheet.getSheetByName(result.sheetName)!;
    const header = next.getRange(7, 1, 1, next.getMaxColumns()).getDisplayValues()[0].filter(Boolean);
    expect(header.slice(-3)).toEqual(["Clé (ne pas modifier)", "Budget", "Partenaire"]);
    expect(header).toHaveLength(14); // the template's twelve, each once, and the two added
    expect(next.getRange(8, 3, 2, 1).getValues()).toEqual([
      ["Recruter six entraidants"],
      ["Article dans le journal"],
    ]);
    // The carried actions' values, as they were: a number stays a number, formula-like words stay words.
    expect(next.getRange(8, 13, 2, 2).getValues()).toEqual([
      [1200, "CLSC"],
      [75, "=Journal local"],
    ]);
    expect(next.getRange(8, 14, 2, 1).getFormulas()).toEqual([[""], [""]]);
    // The new sheet is still read as a plan: its own next year lists both actions.
    const again = choices(harness);
    expect(again.planSheetName).toBe(result.sheetName);
    expect(again.candidates.map((c) => c.action)).toEqual([
      "Recruter six entraidants",
      "Article dans le journal",
    ]);
  });

  it("re-reads carried deadlines in the new Période: a time of year moves a year, a past full date asks for a new one", () => {
    const harness = plan2026();
    const source = planSheet(harness);
    source.getRange(9, COL.echeancier).setValue("Hiver 2026");
    source.getRange(10, COL.echeancier).setValue("fin mars 2026");
    const list = choices(harness);
    // The dialog shows what each deadline becomes in the suggested Période.
    expect(list.candidates.map((c) => [c.action, c.echeancier])).toEqual([
      ["Recruter six entraidants", "Hiver 2026 → Hiver 2027"],
      ["Offrir la formation", "fin mars 2026 → fin mars 2027"],
      ["Article dans le journal", "Octobre"],
      ["Sondage des membres", "15 mars 2026 → nouvelle date à donner"],
    ]);
    const result = create(
      harness,
      list.candidates.map((c) => c.key),
    );
    const next = harness.emulator.spreadsheet.getSheetByName(result.sheetName)!;
    expect(next.getRange(8, COL.echeancier, 4, 1).getValues()).toEqual([
      ["Hiver 2027"],
      ["fin mars 2027"],
      ["Octobre"],
      [""],
    ]);
    expect(next.getRange(11, COL.remarques).getValue()).toMatch(
      /^Échéance précédente : « 15 mars 2026 », passée\. Donnez une nouvelle date\./,
    );
    expect(next.getRange(8, COL.remarques).getValue()).toMatch(
      /^Échéancier « Hiver 2026 » reporté à « Hiver 2027 »/,
    );
    // No carried action is late the day its plan is made: no Échéance before the new Période.
    const echeances = next
      .getRange(8, COL.echeance, 4, 1)
      .getValues()
      .flat()
      .filter((v) => v !== "");
    expect(echeances.length).toBe(3);
    for (const day of echeances)
      expect(new Date(day as Date).getTime()).toBeGreaterThanOrEqual(Date.UTC(2027, 0, 1));
    harness.addon.call("validatePlan");
    const report = harness.addon.call("getValidationReport") as {
      findings: Array<{ cell: string; sheet: string; message: string }>;
    };
    // Only the Échéancier left to date is named; no carried deadline is flagged as past.
    expect(report.findings.filter((f) => /^[FGH]/.test(f.cell)).map((f) => f.cell)).toEqual(["F11"]);
    expect(report.findings.map((f) => f.sheet)).toEqual(["Plan d'action — 2027"]);
  });

  it("marks the originals Reporté, with a note naming the new plan, only when asked", () => {
    const harness = plan2026();
    const list = choices(harness);
    const keys = [keyOf(list, "Recruter six entraidants"), keyOf(list, "Offrir la formation")];
    const source = planSheet(harness);
    create(harness, keys, false);
    expect(source.getRange(9, COL.statut, 2, 1).getValues()).toEqual([["En cours"], ["À faire"]]);
    source.activate(); // the new plan became the active one; the committee goes back to this one

    // Another Période (January to June): another plan.
    const result = create(harness, keys, true, "2027-01-01", "2027-06-30");
    expect(result.sheetName).toBe("Plan d'action — 2027 (2)");
    expect(result.message).toContain("2 actions passées à Reporté");
    expect(source.getRange(9, COL.statut, 2, 1).getValues()).toEqual([["Reporté"], ["Reporté"]]);
    // The mention is a note on the Statut cell: Remarques is the committee's.
    expect(source.getRange(9, COL.statut).getNote()).toBe(
      "Reportée au plan «\u00a0Plan d'action — 2027 (2)\u00a0».",
    );
    expect(source.getRange(9, COL.remarques).getValue()).toBe("");
    // Not ticked: unchanged.
    expect(source.getRange(12, COL.statut).getValue()).toBe("Reporté");
    expect(source.getRange(12, COL.remarques).getValue()).toBe("Attente du budget");
    expect(source.getRange(13, COL.statut).getValue()).toBe("À faire");
  });

  it("never writes over a formula: a Statut formula stays, Remarques formulas stay, the mention is a note", () => {
    const harness = plan2026();
    const source = planSheet(harness);
    source.getRange(9, COL.statut).setFormula('=IF(J9>=1;"Terminé";"En cours")');
    source.getRange(10, COL.remarques).setFormula('="Voir "&E10');
    const list = choices(harness);
    const keys = [keyOf(list, "Recruter six entraidants"), keyOf(list, "Offrir la formation")];
    const result = create(harness, keys, true);
    expect(result.message).toContain("1 action passée à Reporté");
    expect(source.getRange(9, COL.statut).getFormula()).toBe('=IF(J9>=1;"Terminé";"En cours")');
    expect(source.getRange(9, COL.statut).getNote()).toMatch(/^Reportée au plan/);
    expect(source.getRange(10, COL.statut).getValue()).toBe("Reporté");
    expect(source.getRange(10, COL.remarques).getFormula()).toBe('="Voir "&E10');
  });

  it("offers only action rows: an objective alone on its row, or text under the table, is not an action", () => {
    const harness = plan2026();
    const source = planSheet(harness);
    source.getRange(14, 1).setValue("Un objectif sans action");
    source.getRange(16, 2).setValue("Note libre sous le tableau");
    const list = choices(harness);
    expect(list.candidates.map((candidate) => candidate.action)).toEqual([
      "Recruter six entraidants",
      "Offrir la formation",
      "Article dans le journal",
      "Sondage des membres",
    ]);
  });

  it("sent twice at once by two members makes one plan; the second opens it; its rows show as carried", () => {
    const harness = plan2026();
    const MEMBER = "marc.gagnon@example.org";
    harness.emulator.addUser(MEMBER);
    const list = choices(harness);
    const keys = [keyOf(list, "Recruter six entraidants"), keyOf(list, "Offrir la formation")];
    // Marc sends the same request while the first is being made (when its sheet is inserted).
    let during: NextYearResult | null = null;
    // The emulator runs one execution at a time: for Marc's, the first one's hold on the document lock
    // is "another execution's" (what LockService shows him while it runs).
    const lock = harness.emulator.documentLock;
    harness.emulator.calls.onCall((key) => {
      if (during || !key.endsWith(".insertSheet")) return;
      expect(lock.heldByScript).toBe(true);
      Object.assign(lock, { heldByScript: false, heldElsewhere: true });
      during = harness.emulator.runAs(MEMBER, () =>
        harness.addon.call("createNextYearPlan", {
          keys,
          start: "2027-01-01",
          end: "2027-12-31",
          markOriginals: true,
        }),
      ) as NextYearResult;
      Object.assign(lock, { heldByScript: true, heldElsewhere: false });
    });
    const first = create(harness, keys, true);
    harness.emulator.calls.onCall(null);
    expect(first.sheetName).toBe("Plan d'action — 2027");
    expect(during).toEqual({
      ok: false,
      message:
        "Quelqu'un d'autre modifie les plans ou synchronise l'agenda en ce moment. Réessayez dans un instant.",
    });
    // Marc tries again, from the old plan: the plan made opens, nothing is added.
    planSheet(harness).activate();
    const second = harness.emulator.runAs(MEMBER, () =>
      harness.addon.call("createNextYearPlan", {
        keys,
        start: "2027-01-01",
        end: "2027-12-31",
        markOriginals: true,
      }),
    ) as NextYearResult;
    expect(second).toEqual({
      ok: true,
      sheetName: "Plan d'action — 2027",
      carried: 0,
      message:
        "Le plan de l'année suivante existe déjà : « Plan d'action — 2027 » (Période du 01/01/2027 au 31/12/2027), fait à partir de ce plan. Il est ouvert ; rien n'a été ajouté.",
    });
    const names = harness.emulator.spreadsheet.getSheets().map((sheet) => sheet.getName());
    expect(names.filter((name) => name.startsWith("Plan d'action — 2027"))).toEqual(["Plan d'action — 2027"]);
    expect(harness.emulator.spreadsheet.getActiveSheet().getName()).toBe("Plan d'action — 2027");
    // Opened again later, the dialog shows the two as carried, not ticked as new.
    planSheet(harness).activate();
    const again = choices(harness);
    const shown = again.candidates.filter((candidate) => candidate.carriedTo);
    expect(shown.map((candidate) => [candidate.action, candidate.situation])).toEqual([
      ["Recruter six entraidants", "Déjà reprise dans « Plan d'action — 2027 »"],
      ["Offrir la formation", "Déjà reprise dans « Plan d'action — 2027 »"],
    ]);
  });

  it("suggests the Période moved by a year: a September–June committee stays September–June", () => {
    const harness = plan2026();
    planSheet(harness)
      .getRange("B3:C3")
      .setValues([["2025-09-01", "2026-06-30"]]);
    expect(choices(harness).suggested).toEqual({ start: "2026-09-01", end: "2027-06-30" });
  });

  it("refuses a Période that ends before it starts, and writes nothing", () => {
    const harness = plan2026();
    const sheets = harness.emulator.spreadsheet.getSheets().length;
    const result = harness.addon.call("createNextYearPlan", {
      keys: [],
      start: "2027-12-31",
      end: "2027-01-01",
      markOriginals: true,
    }) as NextYearResult;
    expect(result).toEqual({ ok: false, message: expect.stringContaining("la fin après le début") });
    expect(harness.emulator.spreadsheet.getSheets()).toHaveLength(sheets);
  });

  it("syncs both plans into the committee's one calendar, one event per dated row, no duplicate", () => {
    const harness = plan2026();
    const oldSync = syncActive(harness);
    expect(oldSync.report.status).toBe("done");
    const calendars = harness.calendar.listCalendars().filter((c) => !c.deleted);
    expect(calendars).toHaveLength(1);
    const calendarId = calendars[0].id;
    expect(harness.calendar.allEvents(calendarId)).toHaveLength(5); // six rows, one Annulé

    const list = choices(harness);
    const keys = list.candidates.map((c) => c.key);
    const result = create(harness, keys, true);
    expect(result.message).toContain("agenda du comité");
    // The new plan records the committee's calendar on its own sheet, as a sync does: even with the
    // document's records of the new plan lost, its first sync finds that calendar and makes no other.
    const newSheet = harness.emulator.spreadsheet.getSheetByName(result.sheetName)!;
    const record = newSheet.getDeveloperMetadata().find((meta) => meta.getKey() === "planDaction.calendar");
    expect(JSON.parse(record!.getValue()!)).toMatchObject({ c: calendarId });
    const newPlanId = JSON.parse(record!.getValue()!).p as string;
    const properties = (
      harness.emulator.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService
    ).getDocumentProperties();
    for (const key of Object.keys(properties.getProperties()))
      if (key.includes(newPlanId)) properties.deleteProperty(key);
    syncActive(harness); // the new plan, active
    harness.emulator.spreadsheet.getSheetByName("Plan d'action")!.activate();
    syncActive(harness); // the old plan again: its originals are now Reporté
    harness.emulator.spreadsheet.getSheetByName(result.sheetName)!.activate();
    const again = syncActive(harness);
    expect(again.report.created).toEqual([]);

    expect(harness.calendar.listCalendars().filter((c) => !c.deleted)).toHaveLength(1);
    const events = harness.calendar.allEvents(calendarId);
    // Four carried; « 15 mars 2026 », a full date already past, waits for a new date: three events.
    expect(events).toHaveLength(5 + 3);
    const identities = events.map((e) => {
      const p = e.extendedProperties?.private ?? {};
      return `${p.planId}/${p.rowKey}`;
    });
    expect(new Set(identities).size).toBe(events.length);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    const planIds = new Set(events.map((e) => e.extendedProperties?.private?.planId));
    expect(planIds.size).toBe(2);
    // The new plan's events are in the new Période.
    const recruit = events.filter((e) => e.summary === "Recruter six entraidants").map((e) => e.start?.date);
    expect(recruit.sort()).toEqual(["2026-09-22", "2027-09-22"]);
  });
});
