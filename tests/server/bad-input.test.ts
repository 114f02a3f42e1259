/**
 * Bad input is normal input: numbers, booleans, real dates and error values in the Échéancier, formulas,
 * a 50,000-character cell, emoji, empty and hidden rows in the middle, merged objective cells and a
 * header typed in another case — validation still works through dist/Code.js, says precisely what is
 * wrong, throws nothing at the user and changes no cell the committee typed.
 */
import { expect, it } from "vitest";
import { installTemplate, planSheet, startAddon } from "../support/addon";

it("validates a plan full of odd cells without throwing or losing anything", () => {
  const harness = startAddon({ now: "2026-03-15T15:00:00Z" });
  installTemplate(harness);
  const sheet = planSheet(harness);
  sheet.getRange("B3:C3").setValues([["2026-01-01", "2026-12-31"]]);
  sheet
    .getRange("A7:F7")
    .setValues([
      [
        "OBJECTIFS",
        "résultats attendus",
        "moyens / actions / activités",
        "Ressources",
        "responsables",
        "echeancier",
      ],
    ]);
  const huge = "Très long texte ".repeat(3200).slice(0, 50_000);
  sheet.getRange(8, 1, 9, 9).setValues([
    ["Objectif A 🎯", "", "Action avec un nombre", "", "Julie", 2026, "", "", "En cours"],
    ["", "", "Action avec un booléen", "", "Julie", true, "", "", "À faire"],
    ["", "", "Action avec une vraie date", "", "Julie", "2026-06-15", "", "", "À faire"],
    ["", "", "Action avec erreur", "", "Julie", "#N/A", "", "", "À faire"],
    ["", "", "", "", "", "", "", "", ""],
    ["", "", huge, "", "Julie", "juin", "", "", "À faire"],
    ["", "", "Action 🚀 emoji", "=1+1", "Julie", "mai", "", "", "Terminé"],
    ["Objectif B", "", "Action cachée", "", "Marc", "avril", "", "", "À faire"],
    ["", "", "Action sous fusion", "", "Marc", "mars", "", "", "À faire"],
  ]);
  sheet.hideRows(15);
  sheet.getRange("A15:A16").merge();
  const userBefore = sheet.getRange(7, 1, 10, 6).getDisplayValues();
  const formulasBefore = sheet.getRange(7, 1, 10, 6).getFormulas();

  const report = harness.addon.call<{ findings: { cell: string; ruleId: string; message: string }[] }>(
    "getValidationReport",
  );
  const found = report.findings.map((f) => `${f.cell} ${f.ruleId}`);
  expect(found).toContain("F9 echeancier-incompris"); // TRUE is not a date
  expect(found).toContain("F11 valeur-erreur"); // #N/A, reported once
  expect(found.filter((f) => f.startsWith("F11 "))).toEqual(["F11 valeur-erreur"]);
  expect(found).toContain("C13 texte-trop-long");
  expect(found).not.toContain("F8 echeancier-incompris"); // 2026 is the whole year
  expect(found).not.toContain("F10 echeancier-incompris"); // a real date is used as is
  expect(found.filter((f) => f.startsWith("A12") || f.startsWith("C12"))).toEqual([]); // the empty row is skipped
  for (const finding of report.findings) expect(finding.message).not.toMatch(/undefined|\[object|Error:/);

  expect(sheet.getRange("G8:H8").getDisplayValues()[0]).toEqual(["01/01/2026", "31/12/2026"]);
  expect(sheet.getRange("H10").getDisplayValue()).toBe("15/06/2026");
  expect(sheet.getRange("H16").getDisplayValue()).toBe("31/03/2026"); // under the merge, still Objectif B's row
  expect(sheet.getRange(7, 1, 10, 6).getDisplayValues()).toEqual(userBefore);
  expect(sheet.getRange(7, 1, 10, 6).getFormulas()).toEqual(formulasBefore);
});

it("explains a missing required column by its name", () => {
  const harness = startAddon();
  installTemplate(harness);
  const sheet = planSheet(harness);
  sheet.getRange("F7").setValue("Quand exactement ?");
  sheet.getRange("C8").setValue("Une action");
  const report = harness.addon.call<{ findings: { cell: string; ruleId: string; message: string }[] }>(
    "getValidationReport",
  );
  expect(report.findings[0]).toMatchObject({ cell: "A7", ruleId: "colonne-manquante" });
  expect(report.findings[0].message).toMatch(
    /^La colonne « Échéancier » est introuvable dans la ligne d'en-tête \(ligne 7\)/,
  );
});
