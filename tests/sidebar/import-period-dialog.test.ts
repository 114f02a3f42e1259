/**
 * The Période in the import dialog, in Chromium against the built add-on: the one the document states is
 * shown in two date fields; the person changes it before importing and the plan gets the changed one (and
 * the preview dates the deadlines within it); a half-filled Période is refused in words and blocks
 * Importer; emptying both fields leaves the plan's Période blank.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachCalendar } from "../../src/local/emulator/calendar";
import { createEmulator } from "../../src/local/emulator/index";
import { launchChromium, openSurface, seriousAxeViolations, textOf } from "./harness";

const STATED = [
  "Plan d'action 2025-2026 — Comité SST",
  "Période : du 1er septembre 2025 au 30 juin 2026",
  "",
  "OBJECTIF 1 : Prévenir les accidents",
  "- Inspecter les postes de travail (octobre)",
  "- Former les nouveaux membres (juillet)",
].join("\n");

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

function emulatorFor() {
  const emulator = createEmulator({ locale: "fr_CA", now: "2025-08-20T15:00:00Z" });
  attachCalendar(emulator);
  return emulator;
}

const open = (emulator: ReturnType<typeof emulatorFor>) =>
  openSurface(browser, {
    emulator,
    surface: "ImportDialog",
    width: 900,
    height: 640,
    browserLocale: "fr-CA",
  });

describe("the Période in the import dialog", () => {
  it("shows the document's Période, lets the person change it, and the plan gets the changed one", async () => {
    const emulator = emulatorFor();
    const dialog = await open(emulator);
    const { page } = dialog;
    await dialog.waitForCalls("getUserLanguage", 1);
    await page.getByLabel("Texte du plan").fill(STATED);
    await page.getByRole("button", { name: "Aperçu" }).click();
    await page.locator("table.preview tbody tr").first().waitFor();
    expect(await textOf(page, ".period p")).toBe(
      "Période lue dans le document : du 01/09/2025 au 30/06/2026. Corrigez-la ici au besoin.",
    );
    const start = page.getByLabel("Début de la Période");
    const end = page.getByLabel("Fin de la Période");
    expect([await start.inputValue(), await end.inputValue()]).toEqual(["2025-09-01", "2026-06-30"]);
    const deadlines = () => page.locator("table.preview tbody tr td:nth-child(5)").allTextContents();
    expect(await deadlines()).toEqual(["01/10/2025 – 31/10/2025", "01/07/2026 – 31/07/2026"]);

    // The document's Période was last year's: the person moves it one year on.
    await end.fill("2027-06-30");
    await dialog.waitForCalls("previewImport", 2);
    await page.getByLabel("Début de la Période").fill("2026-09-01");
    await dialog.waitForCalls("previewImport", 3);
    await page.getByText(/du 01\/09\/2026 au 30\/06\/2027, telle que vous/).waitFor();
    expect(await textOf(page, ".period p")).toBe(
      "Période : du 01/09/2026 au 30/06/2027, telle que vous l'avez inscrite.",
    );
    expect(await page.getByLabel("Fin de la Période").inputValue()).toBe("2027-06-30");
    // The deadlines written without a year are dated within the changed Période.
    expect(await deadlines()).toEqual(["01/10/2026 – 31/10/2026", "01/07/2027 – 31/07/2027"]);
    expect(emulator.spreadsheet.getSheetByName("Plan d'action")).toBeNull(); // still nothing written
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Importer" }).click();
    await dialog.waitForCalls("importPlanText", 1);
    await page.getByText(/2 actions importées/).waitFor();
    const sheet = emulator.spreadsheet.getSheetByName("Plan d'action")!;
    expect(sheet.getRange("B3:C3").getDisplayValues()[0]).toEqual(["du 01/09/2026", "au 30/06/2027"]);
    await dialog.close();
  });

  it("refuses a half-filled Période in words, and an emptied one leaves the plan's Période blank", async () => {
    const emulator = emulatorFor();
    const dialog = await open(emulator);
    const { page } = dialog;
    await dialog.waitForCalls("getUserLanguage", 1);
    await page.getByLabel("Texte du plan").fill(STATED);
    await page.getByRole("button", { name: "Aperçu" }).click();
    await page.locator("table.preview tbody tr").first().waitFor();
    const importButton = page.getByRole("button", { name: "Importer" });
    expect(await importButton.isDisabled()).toBe(false);

    await page.getByLabel("Début de la Période").fill("");
    await page.getByText(/La Période doit avoir un début et une fin/).waitFor();
    expect(await importButton.isDisabled()).toBe(true);

    await page.getByLabel("Fin de la Période").fill("");
    await dialog.waitForCalls("previewImport", 2);
    await page.getByText(/le texte ne la donne pas/).waitFor();
    expect(await importButton.isDisabled()).toBe(false);
    await importButton.click();
    await dialog.waitForCalls("importPlanText", 1);
    await page.getByText(/2 actions importées/).waitFor();
    const sheet = emulator.spreadsheet.getSheetByName("Plan d'action")!;
    expect(sheet.getRange("B3:C3").getDisplayValues()[0].join("")).not.toMatch(/2025|2026/);
    await dialog.close();
  });
});
