/**
 * The import maps the union columns' headers, through dist/Code.js: a table whose header has « Mandat /
 * résolution », « Indicateur de réussite », « Budget prévu », « Budget réel » and « Libérations
 * (jours) » gives a plan with those columns after the template's — amounts and days as numbers, shown in
 * the locale's format, noted and known to validation — while « Budget » alone stays Ressources requises
 * (as before). Both from a table in a sheet and from pasted text.
 */
import { describe, expect, it } from "vitest";
import type { ValidationReport } from "../../../src/shared/validation-wire";
import { type Harness, planSheet, startAddon } from "../../support/addon";
import { FR_UNION_HEADERS } from "./union-helpers";

type Preview = { ok: boolean; columns: { header: string; readAs: string }[][]; source?: unknown };
type Done = { ok: boolean; sheetName?: string; rows?: number; message: string };

const TABLE = [
  [
    "Objectif",
    "Action",
    "Responsable",
    "Échéance",
    "Mandat / résolution",
    "Indicateur de réussite",
    "Budget prévu",
    "Budget réel",
    "Libérations (jours)",
  ],
  [
    "Mobiliser",
    "Tenir l'assemblée",
    "Julie",
    "avril",
    "Résolution 12",
    "40 personnes",
    "1 234,50 $",
    "980",
    "0,5",
  ],
  ["", "Tournée des lieux", "Benoît", "juin", "Congrès 2025", "", "300", "à voir", "2"],
];

function pasteTable(harness: Harness, rows: string[][]): void {
  const sheet = harness.emulator.spreadsheet.insertSheet("Collage");
  sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
  sheet.activate();
  sheet.getRange("A1").activate();
}

describe("importing a plan with union columns", () => {
  it("from a table in a sheet: its union headers become the plan's union columns, amounts as numbers", () => {
    const harness = startAddon({ now: "2026-01-15T15:00:00Z" });
    pasteTable(harness, TABLE);
    const preview = harness.addon.call<Preview>("previewSheetTableImport");
    expect(preview.ok).toBe(true);
    const readAs = preview.columns[0].map((column) => column.readAs);
    expect(readAs.slice(0, 4)).toEqual([
      "Objectifs",
      "Moyens / Actions / Activités",
      "Responsables",
      "Échéancier",
    ]);
    const done = harness.addon.call<Done>("importSheetTable", preview.source, "Comité");
    expect(done).toMatchObject({ ok: true, sheetName: "Plan d'action", rows: 2 });
    const sheet = planSheet(harness);
    expect(sheet.getRange(7, 13, 1, 5).getValues()[0]).toEqual([
      "Mandat / résolution",
      "Indicateur de réussite",
      "Budget prévu",
      "Budget réel",
      "Libérations (jours)",
    ]);
    expect(sheet.getRange(8, 13, 2, 5).getValues()).toEqual([
      ["Résolution 12", "40 personnes", 1234.5, 980, 0.5],
      ["Congrès 2025", "", 300, "à voir", 2],
    ]);
    expect(sheet.getRange(8, 15, 1, 3).getDisplayValues()[0]).toEqual(["1\u00a0234,50 $", "980,00 $", "0,5"]);
    expect(sheet.getRange(7, 15).getNote()).toMatch(/^Facultatif\u00a0: le montant prévu/);
    // Ressources requises stays empty: no union column was taken for it.
    expect(sheet.getRange(8, 4, 2, 1).getValues()).toEqual([[""], [""]]);

    const report = harness.addon.call<ValidationReport>("getValidationReport");
    const flagged = report.findings.filter((finding) => finding.ruleId === "nombre-attendu");
    expect(flagged.map((finding) => finding.cell)).toEqual(["P9"]);
    expect(flagged[0].message).toMatch(/« à voir » n'est pas un nombre/);
  });

  it("from pasted text (a tab-separated table)", () => {
    const harness = startAddon({ now: "2026-01-15T15:00:00Z" });
    const text = TABLE.map((row) => row.join("\t")).join("\n");
    const done = harness.addon.call<Done>("importPlanText", text, "Comité");
    expect(done.ok).toBe(true);
    const sheet = planSheet(harness);
    const headers = sheet.getRange(7, 13, 1, 5).getValues()[0];
    expect(headers).toEqual([FR_UNION_HEADERS[0], FR_UNION_HEADERS[1], ...FR_UNION_HEADERS.slice(3)]);
    expect(sheet.getRange(8, 15, 2, 1).getValues()).toEqual([[1234.5], [300]]);
  });

  it("« Budget » alone is still the Ressources requises, as before", () => {
    const harness = startAddon({ now: "2026-01-15T15:00:00Z" });
    pasteTable(harness, [
      ["Objectif", "Action", "Responsable", "Échéance", "Budget"],
      ["Mobiliser", "Tenir l'assemblée", "Julie", "avril", "300 $"],
    ]);
    const preview = harness.addon.call<Preview>("previewSheetTableImport");
    expect(preview.columns[0].at(-1)).toEqual({ header: "Budget", readAs: "Ressources requises" });
    harness.addon.call<Done>("importSheetTable", preview.source, "Comité");
    const sheet = planSheet(harness);
    expect(sheet.getRange("D8").getDisplayValue()).toBe("300 $");
    expect(sheet.getLastColumn()).toBe(12);
  });
});
