/**
 * Granular consent for the features that have nothing to do with the calendar, through dist/Code.js: a
 * person who unticked the calendar scopes (calendar.app.created and calendar.acls) on the consent screen
 * still installs the template, validates, applies the colours, opens the sidebar and imports a plan;
 * none of these touches the Calendar service, and none of their messages mentions the calendar.
 */
import { describe, expect, it } from "vitest";
import { SCOPES } from "../../src/local/emulator/index";
import { type Harness, installTemplate, planSheet, seedText, startAddon } from "../support/addon";

const CALENDAR_SCOPES = [SCOPES.calendarAppCreated, SCOPES.calendarAcls];

function declined(): Harness {
  const harness = startAddon({ now: "2026-03-15T15:00:00Z", declinedScopes: CALENDAR_SCOPES });
  installTemplate(harness);
  const sheet = planSheet(harness);
  sheet.getRange("B3:C3").setValues([["2026-01-01", "2026-12-31"]]);
  sheet.getRange("C8:F9").setValues([
    ["Action un", "", "", "mars"],
    ["Action deux", "", "", "juin"],
  ]);
  harness.emulator.calls.reset();
  return harness;
}

/** Every text the person was shown: toasts, alerts, and the value returned to a dialog or the sidebar. */
function shown(harness: Harness, ...returned: unknown[]): string {
  const ui = harness.emulator.ui;
  return JSON.stringify([ui.toasts, ui.alerts, returned]);
}

describe("with the calendar scopes declined", () => {
  it("validation, colours, the sidebar and import work, and never mention the calendar", () => {
    const harness = declined();
    expect(harness.emulator.users.hasGranted(SCOPES.calendarAppCreated)).toBe(false);
    const report = harness.addon.call<{ summary: string; findings: unknown[] }>("getValidationReport");
    expect(report.summary).toMatch(/erreur|avertissement|Aucun problème/);
    const colours = harness.addon.call<{ ok: boolean; message: string }>("applyColoursForSidebar");
    expect(colours.ok).toBe(true);
    const sidebar = harness.addon.call<{ state: string; summary: { counts: { total: number } } }>(
      "getSidebarData",
    );
    expect(sidebar.state).toBe("ready");
    expect(sidebar.summary.counts.total).toBe(2);
    const preview = harness.addon.call<{ ok: boolean }>(
      "previewImport",
      seedText("002_ffaaf15c85753dfa.txt"),
    );
    expect(preview.ok).toBe(true);
    const imported = harness.addon.call<{ ok: boolean; message: string }>(
      "importPlanText",
      seedText("002_ffaaf15c85753dfa.txt"),
      "Comité Entraide",
    );
    expect(imported.ok).toBe(true);
    expect(harness.emulator.calls.count("Calendar")).toBe(0);
    const text = shown(harness, report, colours, sidebar, imported);
    expect(text).not.toMatch(/agenda|calendar|autoris|permission/i);
    expect(planSheet(harness).getRange("H8").getDisplayValue()).toBe("31/03/2026");
  });

  it("the menu items open their dialogs and the sidebar as usual", () => {
    const harness = declined();
    harness.addon.call("validatePlan");
    harness.addon.call("applyStatusColours");
    harness.addon.call("showSummarySidebar");
    harness.addon.call("showImportDialog");
    const ui = harness.emulator.ui;
    expect(ui.dialogs.map((d) => d.dialogTitle)).toEqual(["Validation du plan", "Importer un plan existant"]);
    expect(ui.sidebars).toHaveLength(1);
    expect(harness.emulator.calls.count("Calendar")).toBe(0);
    expect(shown(harness)).not.toMatch(/agenda|calendar|autoris|permission/i);
  });
});
