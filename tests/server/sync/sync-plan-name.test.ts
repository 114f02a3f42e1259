/**
 * Two plans in one workbook: the sync's result names the plan it synced when that plan is not the usual
 * plan sheet (next year's plan, a second plan), as validation's toast does — in the menu's toast or
 * dialog and in the sidebar's report — and says nothing more for the usual "Plan d'action" sheet.
 */
import { describe, expect, it } from "vitest";
import type { NextYearResult } from "../../../src/shared/next-year-wire";
import type { SyncProgress } from "../../../src/shared/sync-wire";
import { type Harness, installTemplate, planSheet, startAddon } from "../../support/addon";

function twoPlans(): { harness: Harness; second: string } {
  const harness = startAddon({ now: "2026-11-20T16:00:00Z" });
  installTemplate(harness);
  const sheet = planSheet(harness);
  sheet.getRange("B3:C3").setValues([["2026-01-01", "2026-12-31"]]);
  sheet.getRange(8, 1, 2, 9).setValues([
    ["Mise sur pied", "", "Tenir un kiosque", "", "Julie Tremblay", "Septembre", "", "", "En cours"],
    ["", "", "Offrir la formation", "", "Marc Gagnon", "Décembre", "", "", "À faire"],
  ]);
  const choices = harness.addon.call("getNextYearChoices") as { candidates: { key: string }[] };
  const result = harness.addon.call("createNextYearPlan", {
    keys: choices.candidates.map((c) => c.key),
    start: "2027-01-01",
    end: "2027-12-31",
    markOriginals: false,
  }) as NextYearResult;
  if (!result.ok) throw new Error(result.message);
  return { harness, second: result.sheetName };
}

/** The menu's answer: the dialog's text when it showed one, else the toast's. */
function menuSync(harness: Harness): string {
  const { ui } = harness.emulator;
  const before = [ui.alerts.length, ui.toasts.length];
  harness.addon.call("syncCalendar");
  if (ui.alerts.length > before[0]) return ui.alerts.at(-1)!.message;
  expect(ui.toasts.length).toBe(before[1] + 1);
  return ui.toasts.at(-1)!.message;
}

describe("the sync names the plan it synced", () => {
  it("names the second plan in the menu's dialog, its toast and the sidebar's report; not the usual sheet", () => {
    const { harness, second } = twoPlans();
    expect(second).toBe("Plan d'action — 2027");
    // The new plan is the active one: the menu's first sync of it (a dialog listing the created events).
    const first = menuSync(harness);
    expect(first).toMatch(/^Feuille «\s?Plan d'action — 2027\s?»\s?: L'agenda «/);
    expect(first).toContain("2 événements créés");
    // Nothing left to do: a toast, still naming it.
    expect(menuSync(harness)).toMatch(/^Feuille «\s?Plan d'action — 2027\s?»\s?: Rien à changer/);
    // The sidebar's report of the same plan.
    const step = harness.addon.call("syncStep", {}) as SyncProgress;
    expect(step.report.message).toMatch(/^Feuille « Plan d'action — 2027 » : Rien à changer/);

    // The usual plan sheet: its message is as before, no sheet named.
    harness.emulator.spreadsheet.getSheetByName("Plan d'action")!.activate();
    const usual = menuSync(harness);
    expect(usual).toMatch(/^L'agenda «/);
    expect(usual).not.toContain("Feuille");
    const usualStep = harness.addon.call("syncStep", {}) as SyncProgress;
    expect(usualStep.report.message).toMatch(/^Rien à changer/);
  });

  it("names it in the preview and in English", () => {
    const { harness } = twoPlans();
    harness.addon.call("previewSync");
    expect(harness.emulator.ui.alerts.at(-1)!.message).toMatch(/^Feuille «\s?Plan d'action — 2027\s?»\s?: /);
    const preview = harness.addon.call("previewSyncData", {}) as { message: string };
    expect(preview.message).toMatch(/^Feuille « Plan d'action — 2027 » : Aperçu/);
    harness.emulator.setLocale("en_US");
    const step = harness.addon.call("syncStep", {}) as SyncProgress;
    expect(step.report.message).toMatch(/^Sheet "Plan d'action — 2027": The calendar "/);
  });
});
