/**
 * The Période of an imported plan, through the built add-on: the one the document states (« Période :
 * du 1er septembre 2025 au 30 juin 2026 »), even under a title with its years; a "2025-2026" plan is one
 * committee year (September 1 to August 31, DESIGN.md §4); a « Période : » line after the actions is
 * never an action's deadline. The Période the person sets in the preview (sent with the corrections) is
 * what the plan gets, from a pasted text and from a sheet's table; a malformed one is ignored.
 */
import { describe, expect, it } from "vitest";
import { startAddon } from "../support/addon";

type Preview = {
  ok: boolean;
  period: { start: string; end: string } | null;
  periodSource: string;
  source?: unknown;
  rows: { moyens: string; echeancier: string }[];
};

const STATED = [
  "Plan d'action 2025-2026 — Comité SST",
  "Période : du 1er septembre 2025 au 30 juin 2026",
  "",
  "OBJECTIF 1 : Prévenir les accidents",
  "- Inspecter les postes de travail (octobre 2025)",
  "- Former les nouveaux membres",
  "Période : du 1er septembre 2025 au 30 juin 2026",
].join("\n");

describe("the Période of an imported plan", () => {
  it("is the one the document states, and its line is never a deadline", () => {
    const harness = startAddon({ now: "2025-08-20T15:00:00Z" });
    const preview = harness.addon.call<Preview>("previewImport", STATED);
    expect(preview.period).toEqual({ start: "2025-09-01", end: "2026-06-30" });
    expect(preview.rows.map((r) => [r.moyens, r.echeancier])).toEqual([
      ["Inspecter les postes de travail", "octobre 2025"],
      ["Former les nouveaux membres", ""],
    ]);
    const done = harness.addon.call<{ ok: boolean; sheetName: string }>(
      "importPlanText",
      STATED,
      "Comité SST",
    );
    const sheet = harness.emulator.spreadsheet.getSheetByName(done.sheetName)!;
    expect(sheet.getRange("B3:C3").getDisplayValues()[0]).toEqual(["du 01/09/2025", "au 30/06/2026"]);
  });

  it("of a 2025-2026 plan is one committee year", () => {
    const harness = startAddon({ now: "2025-08-20T15:00:00Z" });
    const text = [
      "Plan d'action 2025-2026",
      "",
      "OBJECTIF 1 : Mobiliser",
      "- Tenir une assemblée (octobre)",
    ].join("\n");
    const preview = harness.addon.call<Preview>("previewImport", text);
    expect(preview.period).toEqual({ start: "2025-09-01", end: "2026-08-31" });
  });
});

describe("the Période set in the preview", () => {
  const chosen = { period: { start: "2026-09-01", end: "2027-06-30" } };

  it("is the one the plan gets, and dates the deadlines without a year", () => {
    const harness = startAddon({ now: "2025-08-20T15:00:00Z" });
    const preview = harness.addon.call<Preview>("previewImport", STATED, chosen);
    expect([preview.period, preview.periodSource]).toEqual([chosen.period, "chosen"]);
    // The reading is the same: the Période is no correction of the text.
    expect(preview.rows.map((r) => r.moyens)).toEqual([
      "Inspecter les postes de travail",
      "Former les nouveaux membres",
    ]);
    const done = harness.addon.call<{ ok: boolean; sheetName: string }>(
      "importPlanText",
      STATED,
      "Comité SST",
      chosen,
    );
    const sheet = harness.emulator.spreadsheet.getSheetByName(done.sheetName)!;
    expect(sheet.getRange("B3:C3").getDisplayValues()[0]).toEqual(["du 01/09/2026", "au 30/06/2027"]);
  });

  it("emptied leaves the Période blank; a malformed one is ignored", () => {
    const harness = startAddon({ now: "2025-08-20T15:00:00Z" });
    const emptied = harness.addon.call<Preview>("previewImport", STATED, { period: null });
    expect([emptied.period, emptied.periodSource]).toEqual([null, "chosen"]);
    for (const period of [
      { start: "2026-02-30", end: "2027-06-30" },
      { start: "2027-06-30", end: "2026-09-01" },
      { start: "1er septembre", end: "2027-06-30" },
      "2026-2027",
    ]) {
      const preview = harness.addon.call<Preview>("previewImport", STATED, { period });
      expect([preview.period, preview.periodSource]).toEqual([
        { start: "2025-09-01", end: "2026-06-30" },
        "document",
      ]);
    }
  });

  it("is the one a sheet's table gets", () => {
    const harness = startAddon({ now: "2026-01-15T15:00:00Z" });
    const sheet = harness.emulator.spreadsheet.insertSheet("Collage");
    const cells = [
      ["Objectif", "Action", "Échéancier"],
      ["Prévenir les accidents", "Inspecter les postes de travail", "octobre"],
    ];
    sheet.getRange(1, 1, 2, 3).setValues(cells);
    sheet.activate();
    const first = harness.addon.call<Preview>("previewSheetTableImport");
    expect(first.period).toBeNull();
    const preview = harness.addon.call<Preview>("previewSheetTableImport", first.source, chosen);
    expect([preview.period, preview.periodSource]).toEqual([chosen.period, "chosen"]);
    const done = harness.addon.call<{ ok: boolean; sheetName: string }>(
      "importSheetTable",
      first.source,
      "Comité SST",
      chosen,
    );
    const plan = harness.emulator.spreadsheet.getSheetByName(done.sheetName)!;
    expect(plan.getRange("B3:C3").getDisplayValues()[0]).toEqual(["du 01/09/2026", "au 30/06/2027"]);
  });
});
