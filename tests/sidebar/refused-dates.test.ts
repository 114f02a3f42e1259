/**
 * The sidebar says which dates a protection kept the add-on from writing (Chromium against the
 * emulator): Julie protected the Début column, the Échéanciers changed, and Benoît opens the sidebar —
 * the summary is there, with a notice above it naming the cells, typeset in French.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installTemplate, planSheet, startAddon } from "../support/addon";
import { launchChromium, normalise, openSurface } from "./harness";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("sidebar when dates could not be written", () => {
  it("shows the summary and a notice naming the protected cells", async () => {
    const harness = startAddon({ now: "2026-03-15T15:00:00Z" });
    installTemplate(harness);
    harness.emulator.addUser("julie@example.org");
    harness.emulator.addUser("benoit@example.org");
    const sheet = planSheet(harness);
    sheet.getRange("B3:C3").setValues([["2026-01-01", "2026-12-31"]]);
    sheet.getRange("C8:F9").setValues([
      ["Action un", "", "Julie", "avril"],
      ["Action deux", "", "Julie", "juin"],
    ]);
    harness.addon.call("getValidationReport");
    harness.emulator.runAs("julie@example.org", () => {
      const protection = planSheet(harness).getRange("G8:G50").protect();
      protection.removeEditors(protection.getEditors());
    });
    sheet.getRange("F8:F9").setValues([["mai"], ["juillet"]]);
    harness.emulator.as("benoit@example.org");

    const sidebar = await openSurface(browser, { emulator: harness.emulator });
    await sidebar.waitForCalls("getSidebarData", 1);
    const notice = sidebar.page.locator(".notice");
    await notice.waitFor();
    const text = (await notice.textContent()) ?? "";
    expect(normalise(text)).toContain(
      "Les dates calculées de G8:G9 (feuille « Plan d'action ») n'ont pas été écrites",
    );
    expect(text).toContain("écrites\u00a0:");
    expect(await sidebar.page.locator("#overall .muted").textContent()).toBe("2 actions");
    await sidebar.close();
  });
});
