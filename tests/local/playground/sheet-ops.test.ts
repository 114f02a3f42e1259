/**
 * What a committee does to its workbook in Sheets, done from the playground's tabs and column letters in
 * Chromium (by ARIA roles), and what the add-on makes of it: a plan sheet renamed from its tab is still
 * the plan its menu syncs (nothing written again); a duplicated plan sheet is a new plan (its own events,
 * the original's untouched); a sheet deleted from its tab (after a question) is gone; sorting the plan by
 * a column from the column menu makes the next sync write nothing; deleting the Statut column makes the
 * validation name it, and a finding's link shows its cell beside the dialog.
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlaygroundServer } from "../../../src/local/playground/server.ts";
import { launch, serve, tempDir } from "./helpers.ts";

const temp = tempDir();
let browser: BrowserContext;
let server: PlaygroundServer;
let page: Page;

beforeAll(async () => {
  server = await serve(temp.statePath);
  server.playground.loadExample();
  browser = await launch(temp.dir);
  page = await browser.newPage();
  await page.goto(server.url);
  await page.waitForSelector("body[data-ready]");
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  temp.cleanup();
});

const settled = () =>
  page.waitForFunction(() => !document.body.classList.contains("busy"), undefined, { timeout: 20_000 });
const tab = (name: string) => page.getByRole("tablist").getByRole("tab", { name, exact: true });
const calls = () => server.playground.emulator.calls;
const writes = () =>
  ["insert", "patch", "update", "remove"].reduce((n, m) => n + calls().count(`Calendar.Events.${m}`), 0);
const eventsOf = () =>
  server.playground.calendar.listCalendars().flatMap((c) => server.playground.calendar.allEvents(c.id));

/**
 * Runs a menu item as a person would: each question answered `answer` (Oui), its report (an alert) read and
 * closed; returns the messages shown.
 */
async function runMenu(caption: string, answer = "Oui"): Promise<string[]> {
  await page.getByRole("button", { name: "Extensions" }).click();
  await page.locator(".submenu-opener").click();
  await page.getByRole("menuitem", { name: caption, exact: true }).click();
  const shown: string[] = [];
  for (;;) {
    await page.waitForFunction(
      () => !document.body.classList.contains("busy") || !document.getElementById("overlay")!.hidden,
      undefined,
      { timeout: 20_000 },
    );
    if (!(await page.locator("#overlay").isVisible())) break;
    const dialog = page.getByRole("dialog");
    shown.push((await dialog.locator(".message").textContent()) ?? "");
    const yes = dialog.getByRole("button", { name: answer, exact: true });
    await ((await yes.count()) ? yes : dialog.getByRole("button", { name: "OK" })).click();
    await page.waitForTimeout(50);
  }
  await settled();
  return shown;
}

async function sync(): Promise<string[]> {
  calls().reset();
  return runMenu("Synchroniser l'agenda");
}

async function tabMenu(name: string, item: string): Promise<void> {
  await tab(name).click({ button: "right" });
  await page.getByRole("menu").getByRole("menuitem", { name: item, exact: true }).click();
}

describe("sheets and columns changed from the page", () => {
  it("renames, duplicates and deletes sheets from their tabs; the add-on follows", async () => {
    await sync();
    const synced = eventsOf().length;
    expect(synced).toBeGreaterThanOrEqual(6);

    await tabMenu("Plan d'action", "Renommer");
    const dialog = page.getByRole("dialog", { name: "Renommer" });
    await dialog.getByRole("textbox").fill("Plan 2026");
    await dialog.getByRole("button", { name: "OK" }).click();
    await settled();
    await expect.poll(() => tab("Plan 2026").getAttribute("aria-selected")).toBe("true");
    // The renamed sheet is the same plan: the sync finds it and has nothing to write.
    await sync();
    expect(writes()).toBe(0);
    expect(eventsOf()).toHaveLength(synced);

    await tabMenu("Plan 2026", "Dupliquer");
    await settled();
    await expect.poll(() => tab("Copie de Plan 2026").getAttribute("aria-selected")).toBe("true");
    // The duplicate is a new plan: its sync asks for a calendar of its own, inserts its own events there
    // and leaves the original's alone.
    const said = await sync();
    expect(said[0]).toMatch(/Ce plan est une copie/);
    expect(calls().count("Calendar.Events.insert")).toBeGreaterThan(0);
    expect(calls().count("Calendar.Events.remove")).toBe(0);
    expect(calls().count("Calendar.Events.patch")).toBe(0);
    const planIds = new Set(eventsOf().map((e) => e.extendedProperties?.private?.planId));
    expect(planIds.size).toBe(2);

    // Supprimer asks first; Annuler keeps the sheet.
    await tabMenu("Copie de Plan 2026", "Supprimer");
    await page.getByRole("dialog").getByRole("button", { name: "Annuler" }).click();
    expect(await tab("Copie de Plan 2026").count()).toBe(1);
    await tabMenu("Copie de Plan 2026", "Supprimer");
    await page.getByRole("dialog").getByRole("button", { name: "Supprimer" }).click();
    await settled();
    await expect.poll(() => tab("Copie de Plan 2026").count()).toBe(0);
    expect(server.playground.emulator.spreadsheet.getSheetByName("Copie de Plan 2026")).toBeNull();
  });

  it("sorts the plan by a column (the next sync writes nothing) and deletes the Statut column (validation names it)", async () => {
    await tab("Plan 2026").click();
    await settled();
    await sync();
    const sheet = server.playground.emulator.spreadsheet.getSheetByName("Plan 2026")!;
    const actions = () =>
      sheet
        .getRange(8, 3, sheet.getLastRow() - 7, 1)
        .getDisplayValues()
        .map((r) => r[0]!)
        .filter((t) => t !== "");
    const before = actions();
    await page.getByRole("columnheader", { name: "C", exact: true }).click({ button: "right" });
    await page.getByRole("menuitem", { name: "Trier la feuille de Z à A" }).click();
    await settled();
    const sorted = [...before].sort((a, b) => b.localeCompare(a, "fr"));
    await expect.poll(actions).toEqual(sorted);
    expect(sorted).not.toEqual(before);
    // The header block stayed where it was.
    expect(sheet.getRange("I7").getValue()).toBe("Statut");
    await sync();
    expect(writes()).toBe(0);

    // In view first (a scroll closes a context menu, as in Sheets).
    const statut = page.getByRole("columnheader", { name: "I", exact: true });
    await statut.scrollIntoViewIfNeeded();
    await statut.click({ button: "right" });
    await page.getByRole("menuitem", { name: "Supprimer la colonne I" }).click();
    await settled();
    expect(sheet.getRange("I7").getValue()).toBe("Avancement");
    await runMenu("Valider le plan");
    const findings = page.frameLocator("#modeless iframe");
    await findings
      .getByText(/La colonne «\s*Statut\s*» est introuvable/)
      .first()
      .waitFor({ timeout: 15_000 });

    // A finding's link selects its cell and scrolls it into view beside the dialog, not behind it.
    await findings.getByRole("button", { name: /H10/ }).first().click();
    await expect.poll(() => page.locator("#cell-ref").textContent()).toBe("H10");
    const covered = () =>
      page.evaluate(() => {
        const cell = document.querySelector('td[data-cell="H10"]')!.getBoundingClientRect();
        const box = document.getElementById("modeless")!.getBoundingClientRect();
        const scroller = document.getElementById("grid-scroll")!.getBoundingClientRect();
        const inView = cell.top >= scroller.top && cell.bottom <= scroller.bottom;
        const under =
          cell.left < box.right && cell.right > box.left && cell.top < box.bottom && cell.bottom > box.top;
        return inView && !under;
      });
    await expect.poll(covered).toBe(true);
  });
});
