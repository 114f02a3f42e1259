/**
 * The next-year dialog (dist/NextYearDialog.html, "Préparer l'année suivante…") in Chromium against the
 * emulator: it lists the open actions of the active plan, all ticked, with the suggested Période; the
 * committee unticks some, asks for the originals to be marked, and gets the new plan — in French and in
 * English; a Période ending before it starts is refused before anything is written.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { samplePlanHarness } from "../server/bilan/bilan-helpers";
import { launchChromium, normalise, openSurface, seriousAxeViolations, textOf } from "./harness";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const open = (emulator: ReturnType<typeof samplePlanHarness>["emulator"], browserLocale = "fr-CA") =>
  openSurface(browser, { emulator, surface: "NextYearDialog", width: 720, height: 600, browserLocale });

describe("next-year dialog", () => {
  it("carries the ticked actions into a new plan and marks the originals, in French", async () => {
    const harness = samplePlanHarness();
    const dialog = await open(harness.emulator);
    const { page } = dialog;
    await dialog.waitForCalls("getNextYearChoices", 1);
    await page.locator("#candidates .choice").first().waitFor();
    expect(await textOf(page, "h1")).toBe("Préparer l'année suivante");
    expect(normalise(await textOf(page, "#plan"))).toBe(
      "Plan de départ : feuille « Plan d'action » (Comité Entraide).",
    );
    expect(await page.getByLabel("Début", { exact: true }).inputValue()).toBe("2027-01-01");
    expect(await page.getByLabel("Fin", { exact: true }).inputValue()).toBe("2027-12-31");
    const boxes = page.locator('#candidates input[type="checkbox"]');
    expect(await boxes.count()).toBe(4); // six actions, two Terminé
    expect(normalise(await textOf(page, "#create"))).toBe("Créer le plan (4 actions reprises)");
    await page.getByLabel(/^Déterminer la date et le lieu/).uncheck();
    await page.getByLabel(/^Définir la fréquence des rencontres/).uncheck();
    expect(normalise(await textOf(page, "#create"))).toBe("Créer le plan (2 actions reprises)");
    await page.getByLabel(/passer les actions reprises à/).check();
    await page.locator("#create").click();
    await dialog.waitForCalls("createNextYearPlan", 1);
    await page.locator("#result p").waitFor();
    expect(normalise(await textOf(page, "#result"))).toMatch(
      /^Nouveau plan « Plan d'action — 2027 » créé avec 2 actions/,
    );
    expect(normalise(await textOf(page, "#result"))).toContain("2 actions passées à Reporté");
    expect(await page.locator("#create").isDisabled()).toBe(true); // done: no second plan by a double click
    const next = harness.emulator.spreadsheet.getSheetByName("Plan d'action — 2027")!;
    const actions = next
      .getRange(8, 3, 3, 1)
      .getValues()
      .map((r) => r[0]);
    expect(actions[0]).toMatch(/^Documents de promotion/);
    expect(actions[1]).toMatch(/^Affiches de personnes recherchées/);
    expect(actions[2]).toBe("");
    const args = dialog.calls.at(-1)?.args[0] as { keys: string[]; markOriginals: boolean; start: string };
    expect(args).toMatchObject({ markOriginals: true, start: "2027-01-01" });
    expect(args.keys).toHaveLength(2);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(dialog.pageErrors).toEqual([]);
    await dialog.close();
  });

  it("speaks English to an English-speaking user, and refuses an end before the start", async () => {
    const harness = samplePlanHarness();
    harness.emulator.setLocale("en_CA");
    const sheets = harness.emulator.spreadsheet.getSheets().length;
    const dialog = await open(harness.emulator, "en-CA");
    const { page } = dialog;
    await dialog.waitForCalls("getNextYearChoices", 1);
    await page.locator("#candidates .choice").first().waitFor();
    expect(await textOf(page, "h1")).toBe("Prepare next year");
    expect(await textOf(page, "#create")).toBe("Create the plan (4 actions carried over)");
    await page.getByRole("button", { name: "Untick all" }).click();
    expect(await textOf(page, "#create")).toBe("Create the plan (0 actions carried over)");
    await page.getByLabel("End", { exact: true }).fill("2026-06-30");
    await page.locator("#create").click();
    expect(await textOf(page, "#error")).toBe(
      "Give the new Period: a start date and an end date, the end after the start.",
    );
    expect(dialog.calls.map((call) => call.name)).toEqual(["getNextYearChoices"]);
    await page.getByLabel("End", { exact: true }).fill("2027-12-31");
    await page.locator("#create").click();
    await dialog.waitForCalls("createNextYearPlan", 1);
    await page.locator("#result p").waitFor();
    expect(await textOf(page, "#result")).toMatch(/^New plan "Action plan — 2027" created with 0 actions/);
    expect(harness.emulator.spreadsheet.getSheets()).toHaveLength(sheets + 1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await dialog.close();
  });
});
