/**
 * Import right after installing, through the built add-on: the installed plan sheet is empty, so the
 * preview offers to fill it; filled, the workbook has one plan (no « Plan d'action (2) »), its committee,
 * Période, plan id and Membres kept, the imported rows in it, and the sync makes one calendar for it. A
 * Période set in the preview replaces the kept one. A plan sheet with an action is never written into:
 * the import then goes into a new sheet and says so, as it does when its own columns would go over columns
 * added to the empty plan. Without `into`, nothing changes (a new sheet).
 */
import { describe, expect, it } from "vitest";
import type { ImportDoneResult, ImportPreview } from "../../src/shared/import-wire";
import type { SyncProgress } from "../../src/shared/sync-wire";
import { type Harness, installTemplate, planSheet, seedText, startAddon } from "../support/addon";

const SEED = seedText("002_ffaaf15c85753dfa.txt");
const INTO = { into: "Plan d'action" };

function installed(): Harness {
  const harness = startAddon({ now: "2026-01-15T15:00:00Z" });
  installTemplate(harness, "Comité Entraide");
  return harness;
}

function syncAll(harness: Harness): SyncProgress {
  let progress = harness.addon.call<SyncProgress>("syncStep", {});
  for (let step = 0; !progress.finished && step < 10; step++) progress = harness.addon.call("syncStep", {});
  return progress;
}

const names = (harness: Harness) => harness.emulator.spreadsheet.getSheets().map((s) => s.getName());

describe("import into the empty template", () => {
  it("offers the empty plan, fills it, keeps its committee, Période and plan id, and syncs to one calendar", () => {
    const harness = installed();
    const sheet = planSheet(harness);
    const periodBefore = sheet.getRange("B3:C3").getValues()[0];
    const titleBefore = sheet.getRange("A1").getValue();
    const markerBefore = sheet.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()]);
    const sheetsBefore = names(harness);

    const offered = harness.addon.call<ImportPreview>("previewImport", SEED);
    expect(offered.emptyPlan).toEqual({ sheetName: "Plan d'action", comite: "Comité Entraide" });
    const preview = harness.addon.call<ImportPreview>("previewImport", SEED, INTO);
    expect(preview.periodSource).toBe("plan");
    expect(preview.period).not.toBeNull();

    const done = harness.addon.call<ImportDoneResult>("importPlanText", SEED, "Autre nom", INTO);
    expect(done.ok && done.sheetName).toBe("Plan d'action");
    expect(names(harness)).toEqual(sheetsBefore); // no « Plan d'action (2) », Membres as it was
    expect(sheet.getRange("A1").getValue()).toBe(titleBefore);
    expect(sheet.getRange("B3:C3").getValues()[0]).toEqual(periodBefore);
    expect(sheet.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual(markerBefore);
    expect(
      sheet
        .getRange(8, 3, 6, 1)
        .getValues()
        .map((r) => String(r[0]).slice(0, 20)),
    ).toEqual(preview.rows.map((r) => r.moyens.slice(0, 20)));
    // Filled: nothing more to offer.
    expect(harness.addon.call<ImportPreview>("previewImport", SEED).emptyPlan).toBeNull();

    expect(syncAll(harness).report.status).toBe("done");
    const calendars = harness.calendar.listCalendars();
    expect(calendars).toHaveLength(1);
    const events = harness.calendar.allEvents(calendars[0].id, { includeCancelled: false });
    expect(events.length).toBeGreaterThanOrEqual(5);
  });

  it("writes the Période set in the preview over the kept one", () => {
    const harness = installed();
    const chosen = { ...INTO, period: { start: "2026-09-01", end: "2027-06-30" } };
    const preview = harness.addon.call<ImportPreview>("previewImport", SEED, chosen);
    expect([preview.period, preview.periodSource]).toEqual([chosen.period, "chosen"]);
    harness.addon.call<ImportDoneResult>("importPlanText", SEED, "", chosen);
    expect(planSheet(harness).getRange("B3:C3").getDisplayValues()[0]).toEqual([
      "du 01/09/2026",
      "au 30/06/2027",
    ]);
  });

  it("never writes into a plan with an action: a new sheet, and it says so", () => {
    const harness = installed();
    harness.addon.call<ImportPreview>("previewImport", SEED, INTO);
    planSheet(harness).getRange("C8").setValue("Recruter six entraidants"); // typed meanwhile
    const done = harness.addon.call<ImportDoneResult>("importPlanText", SEED, "", INTO);
    expect(done.ok && done.sheetName).toBe("Plan d'action (2)");
    expect(done.ok && done.message).toMatch(
      /^La feuille « Plan d'action » n'est plus vide : rien n'y a été écrit/,
    );
    expect(planSheet(harness).getRange("C8:C9").getValues()).toEqual([["Recruter six entraidants"], [""]]);
  });

  it("without the person's choice, adds a sheet beside it as before", () => {
    const harness = installed();
    const done = harness.addon.call<ImportDoneResult>("importPlanText", SEED);
    expect(done.ok && done.sheetName).toBe("Plan d'action (2)");
    expect(planSheet(harness).getRange("C8").getValue()).toBe("");
  });

  it("is not offered when the import's own columns would go over columns added to the empty plan", () => {
    const harness = installed();
    const sheet = planSheet(harness);
    const first = sheet.getLastColumn() + 1;
    sheet.getRange(7, first).setValue("Budget prévu"); // a column added after the template's
    const withColumns = [
      "Objectif\tAction\tResponsable\tÉchéancier\tPartenaires",
      "Mobiliser\tTenir une assemblée\tExécutif\toctobre 2026\tVille",
    ].join("\n");
    expect(harness.addon.call<ImportPreview>("previewImport", withColumns).emptyPlan).toBeNull();
    const done = harness.addon.call<ImportDoneResult>("importPlanText", withColumns, "", INTO);
    expect(done.ok && done.sheetName).toBe("Plan d'action (2)");
    expect(sheet.getRange(7, first).getValue()).toBe("Budget prévu");
    // Without columns of its own, the import still fills it (the empty plan active again).
    sheet.activate();
    expect(harness.addon.call<ImportPreview>("previewImport", SEED).emptyPlan?.sheetName).toBe(
      "Plan d'action",
    );
  });

  it("fills it from a sheet's table too", () => {
    const harness = installed();
    const paste = harness.emulator.spreadsheet.insertSheet("Collage");
    paste.getRange(1, 1, 3, 3).setValues([
      ["Objectif", "Action", "Échéancier"],
      ["Prévenir les accidents", "Inspecter les postes de travail", "mars 2026"],
      ["", "Former les nouveaux membres", "avril 2026"],
    ]);
    paste.activate();
    const preview = harness.addon.call<ImportPreview & { source: unknown }>("previewSheetTableImport");
    expect(preview.emptyPlan?.sheetName).toBe("Plan d'action");
    const done = harness.addon.call<ImportDoneResult>("importSheetTable", preview.source, "", INTO);
    expect(done.ok && done.sheetName).toBe("Plan d'action");
    expect(planSheet(harness).getRange("C8:C9").getValues()).toEqual([
      ["Inspecter les postes de travail"],
      ["Former les nouveaux membres"],
    ]);
  });
});
