/**
 * Several plans in one workbook, in the sidebar (Chromium against the emulator): with one plan there is
 * nothing to choose; after « Préparer l'année suivante » the sidebar lists both plans, shows the active
 * one and switches — the chosen plan becomes the active sheet, so the sidebar's buttons and every menu
 * item act on it; the Bilan… and Année suivante… buttons open their dialogs.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NextYearChoices } from "../../src/shared/next-year-wire";
import { samplePlanHarness } from "../server/bilan/bilan-helpers";
import { launchChromium, normalise, openSurface, textOf } from "./harness";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("sidebar with several plans", () => {
  it("offers no choice with one plan, then switches between this year's and next year's", async () => {
    const harness = samplePlanHarness();
    const single = await openSurface(browser, { emulator: harness.emulator });
    await single.waitForCalls("getSidebarData", 1);
    await single.page.locator("#btn-bilan:enabled").waitFor();
    expect(await single.page.locator("#plan-tools").isHidden()).toBe(true);
    await single.close();

    const choices = harness.addon.call("getNextYearChoices") as Extract<NextYearChoices, { ok: true }>;
    harness.addon.call("createNextYearPlan", {
      keys: choices.candidates.slice(0, 2).map((c) => c.key),
      start: "2027-01-01",
      end: "2027-12-31",
      markOriginals: false,
    });
    const sidebar = await openSurface(browser, { emulator: harness.emulator });
    const { page } = sidebar;
    await sidebar.waitForCalls("getSidebarData", 1);
    await page.locator("#plan-tools").waitFor();
    const select = page.getByLabel("Plan", { exact: true });
    expect(await select.locator("option").allTextContents()).toEqual([
      "Plan d'action",
      "Plan d'action — 2027",
    ]);
    expect(await select.inputValue()).toBe("Plan d'action — 2027");
    expect(normalise(await textOf(page, "#subtitle"))).toContain("« Plan d'action — 2027 »");
    expect(await page.locator("#overall .muted").textContent()).toBe("2 actions");

    await select.selectOption("Plan d'action");
    await sidebar.waitForCalls("switchPlan", 1);
    await page.locator("#overall .muted", { hasText: "6 actions" }).waitFor();
    expect(harness.emulator.spreadsheet.getActiveSheet().getName()).toBe("Plan d'action");
    expect(normalise(await textOf(page, "#subtitle"))).not.toContain("2027");
    expect(await select.inputValue()).toBe("Plan d'action");

    // The buttons act on the plan now active; the year-end buttons open their dialogs.
    await page.getByRole("button", { name: "Bilan…" }).click();
    await sidebar.waitForCalls("showBilanDialog", 1);
    expect(harness.emulator.ui.dialogs.at(-1)?.dialogTitle).toBe("Préparer le bilan");
    await page.getByRole("button", { name: "Année suivante…" }).click();
    await sidebar.waitForCalls("showNextYearDialog", 1);
    expect(harness.emulator.ui.dialogs.at(-1)?.dialogTitle).toBe("Préparer l'année suivante");
    expect((harness.addon.call("getBilanChoices") as { planSheetName: string }).planSheetName).toBe(
      "Plan d'action",
    );
    expect(sidebar.pageErrors).toEqual([]);
    await sidebar.close();
  });
});
