/**
 * Phrases with two readings, or a date that contradicts itself, through dist/Code.js (issue 21): in a
 * September–August plan, « T3 », « reste de l'année » and « mardi 13 mai » get no Début or Échéance, and
 * "Valider le plan" shows the reason for each — naming both readings — in French and in English.
 */
import { describe, expect, it } from "vitest";
import { type Harness, installTemplate, planSheet, startAddon } from "../support/addon";

const ROWS = [
  ["Rapport trimestriel", "T3"],
  ["Bilan", "reste de l'année"],
  ["Assemblée", "mardi 13 mai"],
  ["Lancement", "à partir de mai"],
];

function setup(): Harness {
  const harness = startAddon({ now: "2025-09-10T15:00:00Z" });
  installTemplate(harness);
  const sheet = planSheet(harness);
  sheet.getRange("B3:C3").setValues([["2025-09-01", "2026-08-31"]]);
  const block = ROWS.map(([moyens, echeancier]) => [
    "Objectif",
    "Résultat",
    moyens,
    "",
    "",
    echeancier,
    "",
    "",
    "À faire",
  ]);
  sheet.getRange(8, 1, block.length, 9).setValues(block);
  return harness;
}

type Report = { findings: { message: string; cell: string }[] };

describe("validation shows why a phrase has no date (issue 21)", () => {
  it("names both readings of T3 and reste de l'année, and the weekday of 13 May, in French", () => {
    const harness = setup();
    const report = harness.addon.call<Report>("getValidationReport");
    const about = (cell: string) => report.findings.filter((f) => f.cell === cell).map((f) => f.message);
    expect(about("F8").join(" ")).toContain(
      "le 3e trimestre de l'année civile (juillet–septembre) ou du plan (mars–mai) ? Écrivez le mois.",
    );
    expect(about("F9").join(" ")).toContain(
      "la fin de l'année civile (31 décembre 2025) ou de l'année du plan (31 août 2026) ?",
    );
    expect(about("F10").join(" ")).toContain("le 13 mai 2026 est un mercredi");
    // no Début / Échéance for them; the start gives Début = 1 May 2026 and Échéance = the Période's end
    const dates = planSheet(harness).getRange("G8:H11").getDisplayValues();
    expect(dates.slice(0, 3)).toEqual([
      ["", ""],
      ["", ""],
      ["", ""],
    ]);
    expect(dates[3].every((value) => value !== "")).toBe(true);
  });

  it("says the same in English", () => {
    const harness = setup();
    harness.emulator.setLocale("en");
    const report = harness.addon.call<Report>("getValidationReport");
    const messages = report.findings.map((f) => f.message).join("\n");
    expect(messages).toContain(
      "the 3rd quarter of the calendar year (July–September) or of the plan (March–May)? Write the month.",
    );
    expect(messages).toContain(
      "the end of the calendar year (December 31, 2025) or of the plan's year (August 31, 2026)?",
    );
    expect(messages).toContain("May 13, 2026 is a Wednesday");
  });
});
