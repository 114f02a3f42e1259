/**
 * The bilan sums the union columns, through dist/Code.js: a section « Budget et libérations » with Budget
 * prévu, Budget réel and Libérations summed per objective and for the whole plan (in the locale's money
 * and days formats; a cell that is not a number left out and counted), and « Indicateurs de réussite »
 * listing each action's indicator with its result. A plan without union columns gets exactly the bilan
 * it got before: the same cells, and the union section is all that adding the columns changes.
 */
import { describe, expect, it } from "vitest";
import type { BilanResult } from "../../../src/shared/bilan-wire";
import { type Harness, planSheet } from "../../support/addon";
import { addColumns, committeePlan } from "./union-helpers";

function prepare(harness: Harness): string[][] {
  const result = harness.addon.call("prepareBilan", 0) as BilanResult;
  if (!result.ok) throw new Error(result.message);
  const sheet = harness.emulator.spreadsheet.getSheetByName(result.sheetName);
  if (!sheet) throw new Error(`no sheet ${result.sheetName}`);
  return sheet.getDataRange().getDisplayValues();
}

/** The rows from the one whose first cell is `title` to the next blank row (the title row included). */
function section(rows: string[][], title: string): string[][] {
  const start = rows.findIndex((row) => row[0] === title);
  if (start < 0) throw new Error(`no section ${title}`);
  const end = rows.findIndex((row, i) => i > start && row.every((cell) => cell === ""));
  return rows.slice(start, end < 0 ? rows.length : end).map((row) => row.slice(0, 6));
}

function withMoney(harness: Harness) {
  addColumns(harness, "toutes");
  planSheet(harness)
    .getRange("M8:R10")
    .setValues([
      ["Résolution 12", "40 personnes", "52 personnes", 1234.5, 980, 0.5],
      ["Résolution 12", "10 lieux", "", 500, "à voir", 3],
      ["Congrès 2025", "", "", 250.25, 300, 1.5],
    ]);
}

describe("the bilan of a plan with union columns", () => {
  it("sums the budget and libérations per objective and for the whole plan", () => {
    const harness = committeePlan();
    withMoney(harness);
    expect(section(prepare(harness), "Budget et libérations")).toEqual([
      ["Budget et libérations", "", "", "", "", ""],
      ["", "Objectif", "Budget prévu", "Budget réel", "Libérations (jours)", ""],
      ["", "Mobiliser", "1\u00a0734,50 $", "980,00 $", "3,5", ""],
      ["", "Former", "250,25 $", "300,00 $", "1,5", ""],
      ["", "Total du plan", "1\u00a0984,75 $", "1\u00a0280,00 $", "5,0", ""],
      [
        "1 cellule qui n'est pas un nombre n'est pas comptée (Valider le plan la montre).",
        "",
        "",
        "",
        "",
        "",
      ],
    ]);
  });

  it("lists each indicator with its result", () => {
    const harness = committeePlan();
    withMoney(harness);
    expect(section(prepare(harness), "Indicateurs de réussite")).toEqual([
      ["Indicateurs de réussite", "", "", "", "", ""],
      [
        "Objectif",
        "Action",
        "Indicateur de réussite",
        "Avancement atteint",
        "Résultat de l'indicateur",
        "Mandat / résolution",
      ],
      ["Mobiliser", "Tenir l'assemblée", "40 personnes", "100\u00a0%", "52 personnes", "Résolution 12"],
      ["", "Tournée des lieux", "10 lieux", "50\u00a0%", "(pas encore de résultat)", "Résolution 12"],
    ]);
  });

  it("in English, with dollars before the amount", () => {
    const harness = committeePlan({ locale: "en_US" });
    addColumns(harness, "4 6");
    planSheet(harness, "Action plan")
      .getRange("M8:N9")
      .setValues([
        [1234.5, 2],
        [100, 0.5],
      ]);
    expect(section(prepare(harness), "Budget and union leave").slice(1)).toEqual([
      ["", "Objective", "Planned budget", "Union leave (days)", "", ""],
      ["", "Mobiliser", "$1,334.50", "2.5", "", ""],
      ["", "Former", "$0.00", "0.0", "", ""],
      ["", "Whole plan", "$1,334.50", "2.5", "", ""],
    ]);
  });

  it("is the same as before for a plan without them; adding them only adds the union section", () => {
    const without = committeePlan();
    const before = prepare(without);
    expect(before.flat().some((cell) => /Budget|Indicateur/.test(cell))).toBe(false);

    const withThem = committeePlan();
    withMoney(withThem);
    const after = prepare(withThem);
    const start = after.findIndex((row) => row[0] === "Budget et libérations") - 1; // its blank line
    const indicators = after.findIndex((row) => row[0] === "Indicateurs de réussite");
    const end = after.findIndex((row, i) => i > indicators && row.every((cell) => cell === ""));
    const stripped = [...after.slice(0, start), ...after.slice(end < 0 ? after.length : end)];
    expect(stripped.map((row) => row.slice(0, 7))).toEqual(before.map((row) => row.slice(0, 7)));
  });
});
