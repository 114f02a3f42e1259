/**
 * The bilan dialog (dist/BilanDialog.html, "Préparer le bilan…") in Chromium against the emulator: on
 * the one-year example plan it names the plan and prepares the bilan at one click; on a three-year
 * mandate it offers the whole Période or one year, and says which bilans already exist; French and
 * English; accessible.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { samplePlanHarness } from "../server/bilan/bilan-helpers";
import { installTemplate, planSheet, startAddon } from "../support/addon";
import { launchChromium, normalise, openSurface, seriousAxeViolations, textOf } from "./harness";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

function threeYearPlan(locale: string) {
  const harness = startAddon({ now: "2027-10-20T16:00:00Z", locale });
  installTemplate(harness, "Comité Entraide");
  const plan = planSheet(harness, "Action plan");
  plan.getRange("B3:C3").setValues([["2025-09-01", "2028-08-31"]]);
  plan.getRange(8, 1, 3, 9).setValues([
    ["Recruitment", "", "Hold a booth", "", "Julie", "October 2025", "", "", ""],
    ["", "", "Mid-mandate review", "", "Julie", "November 2026", "", "", ""],
    ["", "", "Second booth", "", "Nadia", "April 2027", "", "", ""],
  ]);
  return harness;
}

describe("bilan dialog", () => {
  it("prepares the bilan of a one-year plan at one click, in French", async () => {
    const harness = samplePlanHarness();
    const dialog = await openSurface(browser, {
      emulator: harness.emulator,
      surface: "BilanDialog",
      width: 520,
      height: 420,
    });
    const { page } = dialog;
    await dialog.waitForCalls("getBilanChoices", 1);
    expect(await textOf(page, "h1")).toBe("Préparer le bilan");
    expect(normalise(await textOf(page, "#plan"))).toBe(
      "Plan : feuille « Plan d'action » (Comité Entraide).",
    );
    await page.getByRole("button", { name: "Préparer le bilan" }).and(page.locator(":enabled")).waitFor();
    expect(await page.locator("#scope").isHidden()).toBe(true); // one year: nothing to choose
    await page.getByRole("button", { name: "Préparer le bilan" }).click();
    await dialog.waitForCalls("prepareBilan", 1);
    await page.locator("#result p").waitFor();
    expect(normalise(await textOf(page, "#result"))).toMatch(
      /^Bilan prêt dans la feuille « Bilan — Comité Entraide — 2026 » \(6 actions\)/,
    );
    expect(harness.emulator.spreadsheet.getSheetByName("Bilan — Comité Entraide — 2026")).not.toBeNull();
    expect(dialog.calls.map((call) => [call.name, call.args])).toEqual([
      ["getBilanChoices", []],
      ["prepareBilan", [0]],
    ]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(dialog.pageErrors).toEqual([]);
    await dialog.close();
  });

  it("offers the years of a three-year mandate, in English, and says which exist", async () => {
    const harness = threeYearPlan("en_CA");
    harness.addon.call("prepareBilan", 0);
    const dialog = await openSurface(browser, {
      emulator: harness.emulator,
      surface: "BilanDialog",
      width: 520,
      height: 420,
      browserLocale: "en-CA",
    });
    const { page } = dialog;
    await dialog.waitForCalls("getBilanChoices", 1);
    expect(await textOf(page, "h1")).toBe("Prepare the report");
    await page.locator("#scope").waitFor();
    const choices = await page.locator(".choice label").allTextContents();
    expect(choices.map(normalise)).toEqual(
      [
        'The whole period — 2025-09-01 to 2028-08-31 · already prepared: "Report — Comité Entraide — 2025-2028" will be updated',
        "Year 1 — Sep 1, 2025 to Aug 31, 2026",
        "Year 2 — Sep 1, 2026 to Aug 31, 2027",
        "Year 3 — Sep 1, 2027 to Aug 31, 2028",
      ].map((text) => normalise(text.replace("2025-09-01 to 2028-08-31", "Sep 1, 2025 to Aug 31, 2028"))),
    );
    await page.getByLabel(/^Year 2/).check();
    await page.getByRole("button", { name: "Prepare the report" }).click();
    await dialog.waitForCalls("prepareBilan", 1);
    await page.locator("#result p").waitFor();
    expect(await textOf(page, "#result")).toContain(
      'Report ready in the sheet "Report — Comité Entraide — 2026-2027 (year 2)" (2 actions)',
    );
    expect(dialog.calls.at(-1)?.args).toEqual([2]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await dialog.close();
  });

  it("says plainly when there is no plan", async () => {
    const harness = startAddon({ locale: "fr_CA" });
    const dialog = await openSurface(browser, {
      emulator: harness.emulator,
      surface: "BilanDialog",
      width: 520,
      height: 420,
    });
    await dialog.waitForCalls("getBilanChoices", 1);
    expect(await textOf(dialog.page, "#error")).toMatch(/^Aucun plan d'action trouvé/);
    expect(await dialog.page.getByRole("button", { name: "Préparer le bilan" }).isDisabled()).toBe(true);
    await dialog.close();
  });
});
