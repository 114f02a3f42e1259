/**
 * "Utiliser un tableau de cette feuille" through the built add-on (dist/Code.js): a Word table pasted into
 * a sheet — its own column names and order, merged objective cells, a title above it — is previewed with
 * its header row mapped by the importer's synonyms, then imported into a new plan sheet; the source sheet
 * is unchanged cell for cell (values, formulas, notes, merges). Also a selection inside a larger sheet,
 * and the messages for an empty sheet and a header without rows.
 */
import { describe, expect, it } from "vitest";
import { type Harness, startAddon } from "../support/addon";

type Preview = {
  ok: boolean;
  message?: string;
  rows: { objectif: string; moyens: string; responsables: string; echeancier: string }[];
  comite: string;
  columns: { header: string; readAs: string }[][];
  source?: { sheet: string; range: string };
};
type Done = { ok: boolean; sheetName?: string; rows?: number; message: string };

const PASTED = [
  ["Plan d'action : Comité santé-sécurité", "", "", "", ""],
  ["", "", "", "", ""],
  ["Quand", "Qui", "Activités", "Orientation", "Budget"],
  [
    "Mars 2026",
    "Luc Martin",
    "• Inspecter les postes de travail\n• Rédiger le rapport d'inspection",
    "Prévenir les accidents",
    "=",
  ],
  ["Avril 2026", "Luc Martin, Ana Silva", "Former les nouveaux membres", "", "300 $"],
  ["En continu", "Ana Silva", "@Relayer les alertes de la CNESST", "Informer les membres", ""],
];

function pasteTable(harness: Harness): void {
  const sheet = harness.emulator.spreadsheet.insertSheet("Collage");
  sheet.getRange(1, 1, PASTED.length, 5).setValues(PASTED);
  sheet.getRange("D4:D5").merge(); // Word's merged objective cell, as Sheets keeps it
  sheet.getRange("E4").setNote("budget à confirmer");
  sheet.activate();
  sheet.getRange("A1").activate();
}

function sourceState(harness: Harness) {
  const sheet = harness.emulator.spreadsheet.getSheetByName("Collage")!;
  const range = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns());
  return {
    values: range.getValues(),
    formulas: range.getFormulas(),
    notes: range.getNotes(),
    merges: range.getMergedRanges().map((m) => m.getA1Notation()),
  };
}

describe("a table pasted into a sheet", () => {
  it("maps its own column names, shows the preview, imports a plan, and leaves the source unchanged", () => {
    const harness = startAddon({ now: "2026-01-15T15:00:00Z" });
    pasteTable(harness);
    const before = sourceState(harness);
    const preview = harness.addon.call<Preview>("previewSheetTableImport");
    expect(preview.ok).toBe(true);
    expect(preview.source).toEqual({ sheet: "Collage", range: "A1:E6" });
    expect(preview.comite).toBe("Comité santé-sécurité");
    // The header row, read by the importer's synonyms, shown for confirmation.
    expect(preview.columns).toEqual([
      [
        { header: "Quand", readAs: "Échéancier" },
        { header: "Qui", readAs: "Responsables" },
        { header: "Activités", readAs: "Moyens / Actions / Activités" },
        { header: "Orientation", readAs: "Objectifs" },
        { header: "Budget", readAs: "Ressources requises" },
      ],
    ]);
    expect(preview.rows.map((r) => [r.objectif, r.moyens, r.responsables, r.echeancier])).toEqual([
      ["Prévenir les accidents", "Inspecter les postes de travail", "Luc Martin", "Mars 2026"],
      ["Prévenir les accidents", "Rédiger le rapport d'inspection", "Luc Martin", "Mars 2026"],
      ["Prévenir les accidents", "Former les nouveaux membres", "Luc Martin, Ana Silva", "Avril 2026"],
      ["Informer les membres", "@Relayer les alertes de la CNESST", "Ana Silva", "En continu"],
    ]);
    expect(harness.emulator.spreadsheet.getSheets().map((s) => s.getName())).toEqual([
      "Feuille 1",
      "Collage",
    ]);

    const done = harness.addon.call<Done>("importSheetTable", preview.source, "");
    expect(done).toMatchObject({ ok: true, sheetName: "Plan d'action", rows: 4 });
    const plan = harness.emulator.spreadsheet.getSheetByName("Plan d'action")!;
    expect(plan.getRange(8, 1, 4, 6).getDisplayValues()).toEqual([
      ["Prévenir les accidents", "", "Inspecter les postes de travail", "=", "Luc Martin", "Mars 2026"],
      ["Prévenir les accidents", "", "Rédiger le rapport d'inspection", "=", "Luc Martin", "Mars 2026"],
      [
        "Prévenir les accidents",
        "",
        "Former les nouveaux membres",
        "300 $",
        "Luc Martin, Ana Silva",
        "Avril 2026",
      ],
      ["Informer les membres", "", "@Relayer les alertes de la CNESST", "", "Ana Silva", "En continu"],
    ]);
    expect(
      plan
        .getRange(8, 1, 4, 6)
        .getFormulas()
        .flat()
        .every((f) => f === ""),
    ).toBe(true);
    expect(sourceState(harness)).toEqual(before);
  });

  it("reads the same cells again with the preview's corrections, and imports them corrected", () => {
    const harness = startAddon({ now: "2026-01-15T15:00:00Z" });
    pasteTable(harness);
    const first = harness.addon.call<Preview>("previewSheetTableImport");
    // "« Budget » est : une colonne à part" and "« Qui » est : Ressources requises"; the title line is not part of the plan.
    const corrections = {
      columns: { "1": ["echeancier", "ressources", "moyens", "objectif", ""] },
      lines: { "0": "ignore" as const },
    };
    harness.emulator.spreadsheet.getSheetByName("Feuille 1")!.activate(); // the source is named, not the active sheet
    const corrected = harness.addon.call<Preview>("previewSheetTableImport", first.source, corrections);
    expect(corrected.source).toEqual(first.source);
    expect(corrected.comite).toBe("");
    expect(corrected.rows.map((r) => r.responsables)).toEqual(["", "", "", ""]);
    const done = harness.addon.call<Done>("importSheetTable", first.source, "Comité SST", corrections);
    expect(done.ok).toBe(true);
    const plan = harness.emulator.spreadsheet.getSheetByName(done.sheetName!)!;
    expect(plan.getRange("D8:E8").getDisplayValues()).toEqual([["Luc Martin", ""]]);
    // « Budget » est : une colonne à part — after the template's, its "=" kept as text
    expect(plan.getRange("M7").getDisplayValue()).toBe("Budget");
    expect(plan.getRange("M9").getDisplayValue()).toBe("=");
  });

  it("reads only the selected block when the sheet holds more", () => {
    const harness = startAddon({ now: "2026-01-15T15:00:00Z" });
    pasteTable(harness);
    const sheet = harness.emulator.spreadsheet.getSheetByName("Collage")!;
    sheet.getRange("A10:C11").setValues([
      ["Notes", "", ""],
      ["Ne pas importer", "", ""],
    ]);
    sheet.getRange("A3:E5").activate();
    const preview = harness.addon.call<Preview>("previewSheetTableImport");
    expect(preview.source).toEqual({ sheet: "Collage", range: "A3:E5" });
    expect(preview.rows.map((r) => r.moyens)).toEqual([
      "Inspecter les postes de travail",
      "Rédiger le rapport d'inspection",
      "Former les nouveaux membres",
    ]);
  });

  it("says plainly when the sheet is empty or the table has no action, and creates nothing", () => {
    const harness = startAddon({ now: "2026-01-15T15:00:00Z", locale: "fr_CA" });
    const empty = harness.addon.call<Preview>("previewSheetTableImport");
    expect(empty).toEqual({
      ok: false,
      message:
        "La feuille « Feuille 1 » est vide. Collez-y le tableau de votre plan (copié depuis Word), sélectionnez-le, puis réessayez.",
    });
    const sheet = harness.emulator.spreadsheet.getSheetByName("Feuille 1")!;
    sheet.getRange("A1:C1").setValues([["Objectifs", "Actions", "Responsables"]]);
    const none = harness.addon.call<Preview>("previewSheetTableImport");
    expect(none.ok).toBe(false);
    expect(none.message).toMatch(
      /^Aucune action n'a été reconnue dans les cellules A1:C1 de la feuille « Feuille 1 »/,
    );
    const gone = harness.addon.call<Done>("importSheetTable", { sheet: "Disparue", range: "A1:E6" }, "");
    expect(gone.message).toMatch(/^La feuille « Disparue » n'existe plus/);
    expect(harness.emulator.spreadsheet.getSheets().map((s) => s.getName())).toEqual(["Feuille 1"]);
  });
});
