/**
 * "Utiliser un tableau de cette feuille" in the import dialog, in Chromium against the emulator: a Word
 * table pasted into the active sheet, with its own column names and order, is previewed with each of its
 * header cells and the column it fills shown for confirmation (a correction reads the same cells again);
 * Importer writes a new plan sheet; the
 * source sheet is unchanged cell for cell. An empty sheet gets a plain message.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachCalendar } from "../../src/local/emulator/calendar";
import { createEmulator } from "../../src/local/emulator/index";
import { launchChromium, normalise, openSurface, seriousAxeViolations, textOf } from "./harness";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

function emulatorWithPastedTable() {
  const emulator = createEmulator({ locale: "fr_CA", now: "2026-01-15T15:00:00Z" });
  attachCalendar(emulator);
  const sheet = emulator.spreadsheet.insertSheet("Collage");
  sheet.getRange("B2:E5").setValues([
    ["Qui", "Quand", "Tâches", "But"],
    ["Luc Martin", "Mars 2026", "• Inspecter les postes\n• Rédiger le rapport", "Prévenir les accidents"],
    ["Ana Silva", "Avril 2026", "Former les nouveaux membres", ""],
    ["Ana Silva", "En continu", "'=Relayer les alertes", "Informer les membres"], // pasted as text
  ]);
  sheet.getRange("E3:E4").merge();
  sheet.activate();
  return emulator;
}

const snapshot = (emulator: ReturnType<typeof emulatorWithPastedTable>) => {
  const range = emulator.spreadsheet.getSheetByName("Collage")!.getRange("A1:F8");
  return { values: range.getValues(), formulas: range.getFormulas(), merges: range.getMergedRanges().length };
};

describe("import dialog: a table of this sheet", () => {
  it("shows how the columns are read, imports a plan, and leaves the source sheet unchanged", async () => {
    const emulator = emulatorWithPastedTable();
    const before = snapshot(emulator);
    const dialog = await openSurface(browser, { emulator, surface: "ImportDialog", width: 900, height: 640 });
    const { page } = dialog;
    await dialog.waitForCalls("getUserLanguage", 1);
    await page.getByRole("button", { name: "Utiliser un tableau de cette feuille" }).click();
    await page.locator("table.preview tbody tr").first().waitFor();
    expect(await textOf(page, ".summary")).toBe("4 actions dans 2 objectifs seront importées.");
    expect(await textOf(page, "#source")).toBe(
      "Aperçu du tableau de la feuille « Collage », cellules A1:E5 (cette feuille ne sera pas modifiée).",
    );
    // Each header cell with the column it was read as, for the person to confirm or correct.
    const readAs = () =>
      page
        .locator("select.column")
        .evaluateAll((selects) =>
          selects.map(
            (s) =>
              `${s.getAttribute("aria-label")} ${(s as HTMLSelectElement).selectedOptions[0]?.textContent}`,
          ),
        );
    expect((await readAs()).map(normalise)).toEqual([
      "« Qui » est : Responsables",
      "« Quand » est : Échéancier",
      "« Tâches » est : Moyens / Actions / Activités",
      "« But » est : Objectifs",
    ]);
    expect(await page.locator("table.preview tbody tr td:nth-child(2)").allTextContents()).toEqual([
      "Inspecter les postes",
      "Rédiger le rapport",
      "Former les nouveaux membres",
      "=Relayer les alertes",
    ]);
    expect(emulator.spreadsheet.getSheetByName("Plan d'action")).toBeNull(); // the preview wrote nothing

    // A correction: « Qui » is not the Responsables column here (to Remarques); the same cells are read again.
    await page.locator("select.column").first().selectOption("remarques");
    await dialog.waitForCalls("previewSheetTableImport", 2);
    await expect
      .poll(() => page.locator("table.preview tbody tr td:nth-child(3)").allTextContents())
      .toEqual(["", "", "", ""]);

    await page.getByRole("button", { name: "Importer" }).click();
    await dialog.waitForCalls("importSheetTable", 1);
    await page.getByText(/4 actions importées/).waitFor();
    const plan = emulator.spreadsheet.getSheetByName("Plan d'action")!;
    expect(plan.getRange("A8:A11").getValues().flat()).toEqual([
      "Prévenir les accidents",
      "Prévenir les accidents",
      "Prévenir les accidents",
      "Informer les membres",
    ]);
    expect(plan.getRange("C11").getDisplayValue()).toBe("=Relayer les alertes");
    expect(plan.getRange("E8").getDisplayValue()).toBe("");
    expect(plan.getRange("K8").getDisplayValue()).toBe("Qui : Luc Martin");
    expect(plan.getRange("C11").getFormula()).toBe("");
    expect(snapshot(emulator)).toEqual(before);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await dialog.close();
  });

  it("says plainly that the sheet is empty", async () => {
    const emulator = createEmulator({ locale: "fr_CA", now: "2026-01-15T15:00:00Z" });
    attachCalendar(emulator);
    const dialog = await openSurface(browser, { emulator, surface: "ImportDialog", width: 900, height: 640 });
    const { page } = dialog;
    await dialog.waitForCalls("getUserLanguage", 1);
    const sheets = emulator.spreadsheet.getSheets().length;
    await page.getByRole("button", { name: "Utiliser un tableau de cette feuille" }).click();
    await dialog.waitForCalls("previewSheetTableImport", 1);
    await expect.poll(() => textOf(page, "#error")).toMatch(/^La feuille « Feuille 1 » est vide\./);
    expect(await page.getByRole("button", { name: "Importer" }).isDisabled()).toBe(true);
    expect(emulator.spreadsheet.getSheets().length).toBe(sheets);
    await dialog.close();
  });
});
