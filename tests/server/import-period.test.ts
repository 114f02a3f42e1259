/**
 * The Période of an imported plan, through the built add-on: the one the document states (« Période :
 * du 1er septembre 2025 au 30 juin 2026 »), even under a title with its years; a "2025-2026" plan is one
 * committee year (September 1 to August 31, DESIGN.md §4); a « Période : » line after the actions is
 * never an action's deadline.
 */
import { describe, expect, it } from "vitest";
import { startAddon } from "../support/addon";

type Preview = {
  ok: boolean;
  period: { start: string; end: string } | null;
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
