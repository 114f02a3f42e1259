/**
 * Avancement through the built add-on, typed as a French committee types it (setValue with text is read
 * by Sheets as typed, in the spreadsheet's fr_CA locale): 30, 30 %, 30%, 0,3 and 0.3 all show as
 * "30 %" and count as 30 % in validation and in the sidebar's figures; over 100 % or negative is
 * flagged, quoting what the cell shows; no typed cell is rewritten.
 */
import { describe, expect, it } from "vitest";
import type { SidebarData } from "../../src/shared/sidebar-wire";
import { type Harness, installTemplate, planSheet, startAddon } from "../support/addon";

type Report = { findings: { cell: string; ruleId: string; message: string }[] };

function planWith(avancements: string[], locale = "fr_CA"): Harness {
  const harness = startAddon({ now: "2026-03-15T15:00:00Z", locale });
  installTemplate(harness);
  const sheet = planSheet(harness, locale.startsWith("fr") ? "Plan d'action" : "Action plan");
  sheet.getRange("B3:C3").setValues([["2026-01-01", "2026-12-31"]]);
  avancements.forEach((typed, i) => {
    const row = 8 + i;
    sheet.getRange(row, 3).setValue(`Action ${i + 1}`);
    sheet.getRange(row, 5).setValue("Julie");
    sheet.getRange(row, 6).setValue("décembre");
    sheet.getRange(row, 9).setValue(locale.startsWith("fr") ? "En cours" : "In progress");
    sheet.getRange(row, 10).setValue(typed); // one cell at a time, as typed
  });
  return harness;
}

const TYPED_30 = ["30", "30 %", "30%", "0,3", "0.3"];

describe("Avancement as people type it", () => {
  it("shows 30, 30 %, 30%, 0,3 and 0.3 as « 30 % », flags none, and counts each as 30 %", () => {
    const harness = planWith(TYPED_30);
    const sheet = planSheet(harness);
    const before = sheet.getRange("J8:J12").getValues();
    expect(sheet.getRange("J8:J12").getDisplayValues().flat()).toEqual(TYPED_30.map(() => "30\u00a0%"));

    const report = harness.addon.call<Report>("getValidationReport");
    expect(report.findings.filter((f) => f.cell.startsWith("J"))).toEqual([]);
    const data = harness.addon.call<SidebarData>("getSidebarData");
    if (data.state !== "ready") throw new Error(data.state);
    expect(data.summary.overall.counted).toBe(5);
    expect(data.summary.overall.done).toBeCloseTo(1.5, 10);
    // The add-on reads what they mean; it never rewrote what they typed.
    expect(sheet.getRange("J8:J12").getValues()).toEqual(before);
  });

  it("flags 120, 120 %, -10 and words, quoting what the cell shows", () => {
    const harness = planWith(["120", "120 %", "-10 %", "moitié", "100"]);
    const sheet = planSheet(harness);
    expect(sheet.getRange("J8:J12").getDisplayValues().flat()).toEqual([
      "120\u00a0%",
      "120\u00a0%",
      "-10\u00a0%",
      "moitié",
      "100\u00a0%",
    ]);
    const report = harness.addon.call<Report>("getValidationReport");
    const progress = report.findings.filter((f) => f.cell.startsWith("J"));
    expect(progress.map((f) => [f.cell, f.ruleId])).toEqual([
      ["J8", "avancement-invalide"],
      ["J9", "avancement-invalide"],
      ["J10", "avancement-invalide"],
      ["J11", "avancement-illisible"],
    ]);
    expect(progress[0].message).toMatch(/^Avancement « 120\u00a0% »/);
    expect(progress[1].message).toMatch(/^Avancement « 120\u00a0% »/);
    expect(progress[2].message).toMatch(/^Avancement « -10\u00a0% »/);
    expect(progress[3].message).toMatch(/^Avancement « moitié » .*pas un pourcentage/);
    // The sidebar clamps what is flagged: 100 % + 100 % + 0 % + (unreadable: 0) + 100 % over 5 rows.
    const data = harness.addon.call<SidebarData>("getSidebarData");
    if (data.state !== "ready") throw new Error(data.state);
    expect(data.summary.overall.done).toBeCloseTo(3, 10);
  });

  it("reads the same in English, shown as 30%", () => {
    const harness = planWith(["30", "30%", "0.3"], "en_US");
    const sheet = planSheet(harness, "Action plan");
    expect(sheet.getRange("J8:J10").getDisplayValues().flat()).toEqual(["30%", "30%", "30%"]);
    const report = harness.addon.call<Report>("getValidationReport");
    expect(report.findings.filter((f) => f.cell.startsWith("J"))).toEqual([]);
  });
});
