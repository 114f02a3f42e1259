/**
 * Validation people can read, through dist/Code.js, on a plan shaped like an imported one: repeated
 * findings come as one group ("44 actions sans responsable" with their cells), lateness is said in human
 * terms, the example dates of a message lie inside the plan's Période, and a row without an action is
 * reported but not counted as an action in the figures.
 */
import { describe, expect, it } from "vitest";
import type { SidebarData } from "../../src/shared/sidebar-wire";
import type { ValidationReport } from "../../src/shared/validation-wire";
import { type Harness, installTemplate, planSheet, startAddon } from "../support/addon";

const ACTIONS = 44;

function importedLikePlan(locale = "fr_CA"): Harness {
  const harness = startAddon({ now: "2027-06-15T15:00:00Z", locale });
  installTemplate(harness);
  const sheet = planSheet(harness, locale.startsWith("fr") ? "Plan d'action" : "Action plan");
  sheet.getRange("B3:C3").setValues([["2027-01-01", "2027-12-31"]]);
  const rows: string[][] = [];
  for (let i = 0; i < ACTIONS; i++) rows.push(["", "", `Action ${i + 1}`, "", "", "décembre", "", "", ""]);
  rows[0][0] = "Objectif A";
  rows.push(["Objectif B (titre seul)", "", "", "", "", "", "", "", ""]); // a row with no action
  rows.push(["", "", "Vieille action", "", "Julie", "", "", "2019-11-30", ""]); // late since 2019
  rows.push(["", "", "Avant le congrès", "", "Julie", "avant le congrès", "", "", ""]);
  sheet.getRange(8, 1, rows.length, 9).setValues(rows);
  return harness;
}

describe("validation people can read", () => {
  it("groups the 44 actions without anyone responsible, with their cells", () => {
    const harness = importedLikePlan();
    const report = harness.addon.call<ValidationReport>("getValidationReport");
    const group = report.groups.find((g) => g.ruleId === "responsables-vide");
    expect(group?.title).toBe("44 actions sans responsable");
    expect(group?.findings.map((f) => f.cell)).toEqual(
      Array.from({ length: ACTIONS }, (_, i) => `E${8 + i}`),
    );
    // Every finding is still there, each with its cell, and in exactly one group.
    expect(report.groups.flatMap((g) => g.findings)).toHaveLength(report.findings.length);
    expect(report.groups.length).toBeLessThan(8);
  });

  it("says how late in human terms, and gives examples inside the Période", () => {
    const harness = importedLikePlan();
    const report = harness.addon.call<ValidationReport>("getValidationReport");
    const late = report.findings.find((f) => f.ruleId === "en-retard");
    expect(late?.message).toMatch(/^En retard depuis novembre 2019 : l'échéance était le 30\/11\/2019\./);
    const notUnderstood = report.findings.find((f) => f.ruleId === "echeancier-incompris");
    expect(notUnderstood?.cell).toBe("F54");
    expect(notUnderstood?.message).toContain("« mars 2027 » ou « 15/03/2027 »");
    expect(notUnderstood?.message).not.toMatch(/2024/);
  });

  it("reports a row without an action, and leaves it out of the figures", () => {
    const harness = importedLikePlan();
    const report = harness.addon.call<ValidationReport>("getValidationReport");
    expect(report.findings.filter((f) => f.ruleId === "moyens-manquant").map((f) => f.cell)).toEqual(["C52"]);
    const data = harness.addon.call<SidebarData>("getSidebarData");
    if (data.state !== "ready") throw new Error(data.state);
    expect(data.summary.counts.total).toBe(ACTIONS + 2);
    expect(data.summary.overall.counted).toBe(ACTIONS + 2);
    expect(data.summary.byObjective.map((o) => [o.objectif, o.actions])).toEqual([
      ["Objectif A", ACTIONS],
      ["Objectif B (titre seul)", 2],
    ]);
  });

  it("speaks English to an English user", () => {
    const harness = importedLikePlan("en_US");
    const report = harness.addon.call<ValidationReport>("getValidationReport");
    expect(report.groups.find((g) => g.ruleId === "responsables-vide")?.title).toBe(
      "44 actions without anyone responsible",
    );
    expect(report.findings.find((f) => f.ruleId === "en-retard")?.message).toMatch(
      /^Overdue since November 2019:/,
    );
  });
});
