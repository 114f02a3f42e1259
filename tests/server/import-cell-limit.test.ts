/**
 * Import and Sheets' 50,000-character cell limit, through dist/Code.js: the emulator refuses a longer
 * cell with Sheets' message and writes nothing of that call; the preview warns about a cell the import
 * will clip; the import clips it with a note saying how long it was; and a write that fails half-way
 * leaves no half-built sheet, the dialog's answer saying what happened.
 */
import { describe, expect, it } from "vitest";
import { CELL_TOO_LONG_MESSAGE } from "../../src/local/emulator/range";
import type { ImportDoneResult, ImportPreviewResult } from "../../src/shared/import-wire";
import { seedText, startAddon, workbookSnapshot } from "../support/addon";

const LONG = 189_999;

/** Seed 002 with one action replaced by a 189,999-character text (a whole document pasted in a cell). */
function longPlanText(): string {
  const seed = seedText("002_ffaaf15c85753dfa.txt");
  const action = "Présenter les rôles et responsabilités du porteur de dossier";
  const start = seed.indexOf(action);
  const end = seed.indexOf("\t", start);
  const filler = "Compte rendu complet de la rencontre. ".repeat(Math.ceil(LONG / 38)).slice(0, LONG);
  return seed.slice(0, start) + filler + seed.slice(end);
}

describe("Sheets' cell limit in the emulator", () => {
  it("refuses a cell over 50,000 characters with Sheets' message, and writes nothing of that call", () => {
    const { emulator } = startAddon();
    const sheet = emulator.spreadsheet.getActiveSheet();
    sheet.getRange("A1:B1").setValues([["avant", "avant"]]);
    expect(() => sheet.getRange("A1:B1").setValues([["x".repeat(50_001), "après"]])).toThrow(
      CELL_TOO_LONG_MESSAGE,
    );
    expect(sheet.getRange("A1:B1").getValues()[0]).toEqual(["avant", "avant"]);
    expect(() => sheet.getRange("A1").setValue("x".repeat(50_001))).toThrow(CELL_TOO_LONG_MESSAGE);
    sheet.getRange("A1").setValue("x".repeat(50_000)); // exactly the limit is fine
    expect(String(sheet.getRange("A1").getValue())).toHaveLength(50_000);
  });
});

describe("importing a text with a cell over the limit", () => {
  it("warns in the preview, then clips the cell with a note", () => {
    const harness = startAddon({ now: "2026-01-15T15:00:00Z" });
    const text = longPlanText();
    const preview = harness.addon.call<ImportPreviewResult>("previewImport", text);
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.tooLong).toEqual([
      "Ligne 1, « Moyens / Actions / Activités » : 189\u00a0999 caractères, plus que les 50\u00a0000 qu'une cellule de Sheets peut garder. Le texte sera coupé, avec une note dans la cellule.",
    ]);
    const done = harness.addon.call<ImportDoneResult>("importPlanText", text, "Comité Entraide");
    if (!done.ok) throw new Error(done.message);
    expect(done.message).toMatch(/1 texte trop long coupé à 50 000 caractères, avec une note\.$/);
    const cell = harness.emulator.spreadsheet.getSheetByName(done.sheetName)!.getRange("C8");
    const value = String(cell.getValue());
    // 50,000 characters written, the first being the apostrophe that keeps imported text literal.
    expect(value).toHaveLength(49_999);
    expect(value.startsWith("Compte rendu complet")).toBe(true);
    expect(value.endsWith("…")).toBe(true);
    expect(cell.getNote()).toMatch(/^Texte coupé à l'import\u00a0: il avait 189\u00a0999 caractères/);
  });

  it("leaves no half-built sheet when a write fails half-way, and says what happened", () => {
    const harness = startAddon({ now: "2026-01-15T15:00:00Z" });
    const before = workbookSnapshot(harness);
    // The rows' write fails (after the plan sheet and the Membres sheet were created).
    harness.emulator.calls.injectFault({
      key: "SpreadsheetApp.Range.setValues",
      at: 2,
      error: new Error("Service Spreadsheets failed while accessing document"),
    });
    const done = harness.addon.call<ImportDoneResult>("importPlanText", seedText("002_ffaaf15c85753dfa.txt"));
    expect(done.ok).toBe(false);
    if (done.ok) return;
    expect(done.message).toBe(
      "L'import n'a pas pu être terminé : Sheets a refusé une écriture (« Service Spreadsheets failed while accessing document »). La feuille commencée a été retirée ; le classeur est comme avant. Réessayez ; si cela recommence, importez le plan en plusieurs parties.",
    );
    expect(workbookSnapshot(harness)).toEqual(before);
    expect(harness.emulator.spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual(["Feuille 1"]);
    // Tried again without the fault, the import works.
    const again = harness.addon.call<ImportDoneResult>(
      "importPlanText",
      seedText("002_ffaaf15c85753dfa.txt"),
    );
    expect(again.ok).toBe(true);
  });
});
