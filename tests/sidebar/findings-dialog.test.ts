/**
 * The findings dialog (dist/Findings.html, opened by "Valider le plan") in Chromium: it loads the report
 * when it opens, lists each finding with its severity, cell and message, selects the cell on click, and
 * says in plain words when the server fails.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPlan } from "./fixture-plan";
import { launchChromium, normalise, openSurface, seriousAxeViolations, textOf } from "./harness";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const openDialog = (emulator: ReturnType<typeof buildPlan>["emulator"], browserLocale = "fr-CA") =>
  openSurface(browser, { emulator, surface: "Findings", width: 520, height: 480, browserLocale });

describe("findings dialog", () => {
  it("lists the findings and selects a finding's cell", async () => {
    const plan = buildPlan();
    plan.addon.call("validatePlan");
    expect(plan.emulator.ui.dialogs.at(-1)?.dialogTitle).toBe("Validation du plan");
    const dialog = await openDialog(plan.emulator);
    const { page } = dialog;
    await page.locator(".finding").first().waitFor();
    expect(await textOf(page, "h1")).toBe("Validation du plan");
    expect(await textOf(page, ".findings-summary")).toBe("0 erreur, 4 avertissements");
    expect(await page.locator(".finding .cell").allTextContents()).toEqual(["H8", "H11", "E13", "H15"]);
    expect(normalise((await page.locator(".finding .severity").first().textContent()) ?? "")).toBe(
      "Avertissement",
    );
    // Focus starts on the first finding; Enter selects its cell.
    expect(await page.evaluate(() => document.activeElement?.querySelector(".cell")?.textContent)).toBe("H8");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await dialog.waitForCalls("selectCell", 1);
    expect(plan.emulator.spreadsheet.getActiveRange()?.getA1Notation()).toBe("H11");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await dialog.close();
  });

  it("shows 44 actions without anyone responsible as one group, its cells one click away", async () => {
    const plan = buildPlan();
    const sheet = plan.emulator.spreadsheet.getSheetByName(plan.sheetName)!;
    const rows = Array.from({ length: 44 }, (_, i) => [
      "",
      "",
      `Action ${i + 1}`,
      "",
      "",
      "",
      "",
      "2026-08-01",
      "",
    ]);
    sheet.getRange(20, 1, rows.length, 9).setValues(rows);
    const dialog = await openDialog(plan.emulator);
    const { page } = dialog;
    const group = page.locator("details.finding-group", { hasText: "actions sans responsable" });
    await group.waitFor();
    // 44 rows here plus E13 of the fixture: one group, closed, that says how many.
    expect(normalise((await group.locator("summary").textContent()) ?? "")).toBe(
      "Avertissement 45 actions sans responsable",
    );
    expect(await group.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false);
    await group.locator("summary").click();
    const cells = group.locator(".finding .cell");
    expect(await cells.count()).toBe(45);
    expect(await cells.nth(1).textContent()).toBe("E20");
    expect(normalise((await group.locator(".finding-message").first().textContent()) ?? "")).toMatch(
      /^Personne n'est responsable de cette action/,
    );
    await group.locator(".finding", { hasText: "E63" }).click();
    await dialog.waitForCalls("selectCell", 1);
    expect(plan.emulator.spreadsheet.getActiveRange()?.getA1Notation()).toBe("E63");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await dialog.close();
  });

  it("explains in plain words when no plan is found", async () => {
    const { createEmulator } = await import("../../src/local/emulator/index");
    const dialog = await openDialog(createEmulator({ locale: "fr_CA" }));
    await dialog.page.locator(".findings-summary").waitFor();
    expect(await textOf(dialog.page, ".findings-summary")).toMatch(/^Aucun plan d'action trouvé/);
    await dialog.close();
  });

  it("shows a plain error when the server fails", async () => {
    const plan = buildPlan({ lang: "en" });
    plan.emulator.calls.injectFault({
      key: "SpreadsheetApp",
      at: 1,
      error: new Error("Exception: boom"),
      times: 1000,
    });
    const dialog = await openDialog(plan.emulator, "en-CA");
    await dialog.page.locator("#error").filter({ hasText: /\S/ }).waitFor();
    expect(await textOf(dialog.page, "#error")).toBe(
      "The summary could not be loaded. Check your connection, then click Refresh.",
    );
    await dialog.close();
  });
});
