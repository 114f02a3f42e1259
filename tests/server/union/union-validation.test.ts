/**
 * Validation knows the union columns, through dist/Code.js: a money or days cell that is not a number is
 * an error naming its cell, with a clear message in French and English, and the cell is left as typed;
 * numbers (and formulas giving numbers) pass; a plan without union columns — or with empty ones — gets
 * exactly the report it got before.
 */
import { describe, expect, it } from "vitest";
import type { ValidationReport } from "../../../src/shared/validation-wire";
import { planSheet } from "../../support/addon";
import { addColumns, committeePlan } from "./union-helpers";

function report(harness: ReturnType<typeof committeePlan>): ValidationReport {
  return harness.addon.call("getValidationReport") as ValidationReport;
}

describe("validation of the union columns", () => {
  it("flags text in Budget prévu, a date in Libérations, and leaves the cells as typed", () => {
    const harness = committeePlan();
    addColumns(harness, "4, 5, 6");
    const sheet = planSheet(harness);
    sheet.getRange("M8:O10").setValues([
      ["250 $", 240.5, 1],
      [300, "=M9*2", "2026-03-01"],
      ["#DIV/0!", "", 0.5],
    ]);
    const before = sheet.getRange("M8:O10").getValues();
    const found = report(harness).findings.filter((finding) => finding.ruleId === "nombre-attendu");
    expect(found.map((finding) => [finding.cell, finding.severity])).toEqual([
      ["M8", "erreur"],
      ["O9", "erreur"],
    ]);
    expect(found[0].message).toBe(
      "« Budget prévu » : « 250 $ » n'est pas un nombre. Tapez seulement le montant (ex. 250 ou 250,50) ; la colonne affiche elle-même le $. La cellule n'a pas été modifiée.",
    );
    expect(found[1].message).toMatch(
      /^« Libérations \(jours\) » : « 01\/03\/2026 » n'est pas un nombre de jours/,
    );
    // An error value (#DIV/0!, as a broken formula shows) in M10 is reported once, by the general rule for error values.
    expect(
      report(harness)
        .findings.filter((finding) => finding.cell === "M10")
        .map((f) => f.ruleId),
    ).toEqual(["valeur-erreur"]);
    expect(sheet.getRange("M8:O10").getValues()).toEqual(before);
    expect(sheet.getRange("N9").getFormula()).toBe("=M9*2");
  });

  it("says it in English for an English-speaking person", () => {
    const harness = committeePlan({ locale: "en_US" });
    addColumns(harness, "4");
    planSheet(harness, "Action plan").getRange("M9").setValue("about 300");
    const found = report(harness).findings.find((finding) => finding.ruleId === "nombre-attendu");
    expect(found?.message).toBe(
      '"Planned budget": "about 300" is not a number. Type the amount alone (e.g. 250 or 250.50); the column shows the $ itself. The cell was not changed.',
    );
  });

  it("groups many of them under one title", () => {
    const harness = committeePlan();
    addColumns(harness, "4");
    planSheet(harness)
      .getRange("M8:M10")
      .setValues([["a"], ["b"], ["c"]]);
    const group = report(harness).groups.find((candidate) => candidate.ruleId === "nombre-attendu");
    expect(group?.title).toBe("3 nombres attendus (budget ou libérations)");
  });

  it("gives a plan without union columns, or with empty ones, the same report as before", () => {
    const harness = committeePlan();
    const without = report(harness);
    expect(without.findings.some((finding) => finding.ruleId === "nombre-attendu")).toBe(false);
    addColumns(harness, "toutes");
    expect(report(harness)).toEqual(without);
  });
});
