/**
 * Next year's plan carries the union columns, through dist/Code.js: the carried actions keep their
 * mandate, indicator, indicator result, planned budget and libérations; « Budget réel » starts empty;
 * the columns keep their notes and number formats; the original plan is not changed.
 */
import { describe, expect, it } from "vitest";
import type { NextYearChoices, NextYearResult } from "../../../src/shared/next-year-wire";
import { planSheet } from "../../support/addon";
import { addColumns, cellsOf, committeePlan, FR_UNION_HEADERS } from "./union-helpers";

describe("next year's plan with union columns", () => {
  it("carries them, Budget réel emptied, formatted as in the original", () => {
    const harness = committeePlan();
    addColumns(harness, "toutes");
    const sheet = planSheet(harness);
    sheet.getRange("M9:R10").setValues([
      ["Résolution 12", "10 lieux visités", "6 lieux", 500, 420.25, 3],
      ["Congrès 2025", "20 personnes", "", 1200, 0, 1.5],
    ]);
    const choices = harness.addon.call("getNextYearChoices") as NextYearChoices;
    if (!choices.ok) throw new Error(choices.message);
    const keys = choices.candidates.map((candidate) => candidate.key);
    expect(choices.candidates.map((candidate) => candidate.action)).toEqual([
      "Tournée des lieux",
      "Formation",
    ]);
    const before = cellsOf(harness, 18);
    const result = harness.addon.call("createNextYearPlan", {
      keys,
      start: "2027-01-01",
      end: "2027-12-31",
      markOriginals: false,
    }) as NextYearResult;
    if (!result.ok) throw new Error(result.message);
    const next = planSheet(harness, result.sheetName);
    expect(next.getRange(7, 13, 1, 6).getValues()[0]).toEqual(FR_UNION_HEADERS);
    expect(next.getRange(8, 13, 2, 6).getValues()).toEqual([
      ["Résolution 12", "10 lieux visités", "6 lieux", 500, "", 3],
      ["Congrès 2025", "20 personnes", "", 1200, "", 1.5],
    ]);
    expect(next.getRange(8, 16, 1, 3).getDisplayValues()[0]).toEqual(["500,00 $", "", "3,0"]);
    expect(next.getRange(100, 17).getNumberFormat()).toBe('#,##0.00" $"');
    expect(next.getRange(7, 17).getNote()).toMatch(/Vide dans le plan de l'année suivante/);
    // The original plan is as it was (its sheet, cell for cell).
    const original = (cells: ReturnType<typeof cellsOf>) => cells.find((s) => s.name === "Plan d'action");
    expect(original(cellsOf(harness, 18))).toEqual(original(before));
  });
});
