/**
 * The sidebar's « Chronologie » button in Chromium against dist/Code.js in the emulator: on the example
 * plan (seed 002, 15 June 2026) it makes the sheet « Chronologie — Plan d'action » and says so in the
 * status line; a second click makes it again (one sheet, « refaite »); in English the button reads
 * « Timeline »; the page stays axe-clean.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { samplePlanHarness } from "../server/bilan/bilan-helpers";
import { chronologieSheetsOf, timelineRows } from "../server/chronologie/chronologie-helpers";
import { installTemplate, startAddon } from "../support/addon";
import { launchChromium, normalise, openSurface, seriousAxeViolations, textOf } from "./harness";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("sidebar: Chronologie", () => {
  it("makes the plan's chronologie, then makes it again, and says what it did", async () => {
    const harness = samplePlanHarness();
    const sidebar = await openSurface(browser, { emulator: harness.emulator });
    const { page } = sidebar;
    await sidebar.waitForCalls("getSidebarData", 1);
    const button = page.getByRole("button", { name: "Chronologie" });
    await page.locator("#btn-chronologie:enabled").waitFor();
    await button.click();
    await sidebar.waitForCalls("makeChronologieForSidebar", 1);
    await page.locator("#status", { hasText: "Chronologie prête" }).waitFor();
    expect(normalise(await textOf(page, "#status"))).toMatch(
      /Chronologie prête dans la feuille « Chronologie — Plan d'action » \(\d+ actions datées, une colonne par mois\)/,
    );
    expect(await textOf(page, "#error")).toBe("");
    expect(chronologieSheetsOf(harness).map((sheet) => sheet.getName())).toEqual([
      "Chronologie — Plan d'action",
    ]);
    const rows = timelineRows(harness);
    expect(rows.filter((row) => row.bars.length > 0).length).toBeGreaterThan(5);

    await page.locator("#btn-chronologie:enabled").waitFor();
    await button.click();
    await sidebar.waitForCalls("makeChronologieForSidebar", 2);
    await page.locator("#status", { hasText: "refaite" }).waitFor();
    expect(chronologieSheetsOf(harness)).toHaveLength(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(sidebar.pageErrors).toEqual([]);
    await sidebar.close();
  });

  it("reads « Timeline » in English", async () => {
    const harness = startAddon({ now: "2026-06-15T16:00:00Z", locale: "en_CA" });
    installTemplate(harness);
    const sidebar = await openSurface(browser, { emulator: harness.emulator, browserLocale: "en-CA" });
    await sidebar.waitForCalls("getSidebarData", 1);
    await sidebar.page.locator("#btn-chronologie:enabled").waitFor();
    expect(await textOf(sidebar.page, "#btn-chronologie")).toBe("Timeline");
    await sidebar.close();
  });
});
