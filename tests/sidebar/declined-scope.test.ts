/**
 * The sidebar, in Chromium against dist/Code.js, for a person whose spreadsheets.currentonly permission is
 * missing: it shows the server's words about that permission, in the person's language, with the link to
 * grant it — not "the server did not answer", and never Apps Script's raw English. The import dialog too.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachCalendar } from "../../src/local/emulator/calendar";
import { createEmulator, SCOPES } from "../../src/local/emulator/index";
import { launchChromium, openSurface, textOf } from "./harness";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("the sidebar without the spreadsheet permission", () => {
  it("says which permission is missing and where to grant it", async () => {
    const emulator = createEmulator({ now: "2026-03-15T15:00:00Z" });
    attachCalendar(emulator);
    emulator.declineScope(SCOPES.currentOnly);
    const sidebar = await openSurface(browser, { emulator });
    await sidebar.waitForCalls("getSidebarData", 1);
    await sidebar.page
      .locator("#error")
      .getByText(/permission/)
      .waitFor();
    const shown = await textOf(sidebar.page, "#error");
    expect(shown).toMatch(/^Plan d'action n'a pas la permission de lire et de modifier ce classeur/);
    expect(shown).toContain("https://");
    expect(shown).not.toMatch(/You do not have permission/);
    await sidebar.close();
  });
});

describe("the import dialog without the spreadsheet permission", () => {
  it("says which permission is missing instead of its generic failure", async () => {
    const emulator = createEmulator({ now: "2026-03-15T15:00:00Z" });
    attachCalendar(emulator);
    emulator.declineScope(SCOPES.currentOnly);
    const dialog = await openSurface(browser, { emulator, surface: "ImportDialog", width: 900, height: 640 });
    await dialog.page.getByLabel("Texte du plan").fill("Objectif : recruter\n- Tenir un kiosque (mars 2026)");
    await dialog.page.getByRole("button", { name: "Aperçu" }).click();
    await dialog.page
      .locator("#error")
      .getByText(/permission/)
      .waitFor();
    const shown = await textOf(dialog.page, "#error");
    expect(shown).toMatch(/^Plan d'action n'a pas la permission de lire et de modifier ce classeur/);
    expect(shown).not.toMatch(/You do not have permission/);
    await dialog.close();
  });
});
