/**
 * The import dialog right after installing, in Chromium against the built add-on: the installed plan is
 * empty, so the dialog asks where the plan goes, filling it first (the committee field is hidden: the plan
 * keeps its own; the Période shown is the plan's, kept); importing fills it — no « Plan d'action (2) ». The
 * other choice adds a sheet beside it, with the committee field back.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachCalendar } from "../../src/local/emulator/calendar";
import { createEmulator } from "../../src/local/emulator/index";
import { loadAddon } from "../../src/local/loader";
import { seedText } from "../support/addon";
import { launchChromium, openSurface, seriousAxeViolations, textOf } from "./harness";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

function installed() {
  const emulator = createEmulator({ locale: "fr_CA", now: "2026-01-15T15:00:00Z" });
  attachCalendar(emulator);
  emulator.ui.scriptPrompt("Comité Entraide");
  loadAddon(emulator).call("installTemplate");
  return emulator;
}

const SEED = seedText("002_ffaaf15c85753dfa.txt");

describe("the import dialog after installing", () => {
  it("offers to fill the empty plan first, and fills it", async () => {
    const emulator = installed();
    const period = emulator.spreadsheet
      .getSheetByName("Plan d'action")!
      .getRange("B3:C3")
      .getDisplayValues()[0];
    const dialog = await openSurface(browser, {
      emulator,
      surface: "ImportDialog",
      width: 900,
      height: 640,
      browserLocale: "fr-CA",
    });
    const { page } = dialog;
    await dialog.waitForCalls("getUserLanguage", 1);
    await page.getByLabel("Texte du plan").fill(SEED);
    await page.getByRole("button", { name: "Aperçu" }).click();
    await dialog.waitForCalls("previewImport", 2); // read again for filling the empty plan
    const fill = page.getByRole("radio", { name: /Dans le plan vide .+Plan d.action.+son comité/ });
    await fill.waitFor();
    expect(await fill.isChecked()).toBe(true);
    expect(await page.locator("#committee-row").isHidden()).toBe(true);
    expect(await textOf(page, ".period p")).toMatch(/^Période du plan « Plan d'action », gardée/);
    // The Période shown is the one the installed plan holds, kept.
    expect(await textOf(page, ".period p")).toContain(period[0].replace(/^du /, ""));
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The other choice, then back.
    await page.getByRole("radio", { name: /Dans une nouvelle feuille/ }).check();
    await dialog.waitForCalls("previewImport", 3);
    await page.locator("#committee-row").waitFor({ state: "visible" });
    await page.getByRole("radio", { name: /Dans le plan vide/ }).check();
    await dialog.waitForCalls("previewImport", 4);
    await page.locator("#committee-row").waitFor({ state: "hidden" });

    await page.getByRole("button", { name: "Importer" }).click();
    await dialog.waitForCalls("importPlanText", 1);
    await page.getByText(/6 actions importées dans la feuille/).waitFor();
    expect(emulator.spreadsheet.getSheets().map((s) => s.getName())).not.toContain("Plan d'action (2)");
    const sheet = emulator.spreadsheet.getSheetByName("Plan d'action")!;
    expect(sheet.getRange("A1").getValue()).toBe("Plan d'action : Comité Entraide");
    expect(String(sheet.getRange("C8").getValue())).not.toBe("");
    await dialog.close();
  });
});
