/**
 * The playground in Debian's Chromium, used as a person would: load the example, open the sidebar from
 * the add-on menu, pick a status and type an Échéancier in the grid, validate, apply the colours, sync
 * the calendar, and read what the page shows — the edited rows' colours, the calendar panel's events and
 * the sidebar's figures. Then a restart of the server shows the same workbook, and a corrupt state file
 * is reported in the page. Today is fixed at 20 May 2026 (see helpers.ts).
 */
import { writeFileSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlaygroundServer } from "../../../src/local/playground/server.ts";
import { hasMenuItem, launch, loadExampleInPage, serve, tempDir } from "./helpers.ts";

const temp = tempDir();
let browser: BrowserContext;
let server: PlaygroundServer | null = null;

beforeAll(async () => {
  browser = await launch(temp.dir);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  temp.cleanup();
});

const GREEN_DONE = "rgb(206, 234, 214)";
const RED_LATE = "rgb(250, 210, 207)";

async function openPage(url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForSelector("body[data-ready]");
  return page;
}

async function runMenu(page: Page, caption: string): Promise<void> {
  await page.click("#menu-extensions");
  await page.click(".submenu-opener");
  await page.locator(".submenu button[role=menuitem]", { hasText: caption }).click();
}

const cell = (page: Page, a1: string) => page.locator(`td.cell[data-cell="${a1}"]`);
const background = (page: Page, a1: string) =>
  cell(page, a1).evaluate((node) => getComputedStyle(node).backgroundColor);

async function waitForBackground(page: Page, a1: string, colour: string): Promise<void> {
  await expect.poll(() => background(page, a1), { timeout: 10_000 }).toBe(colour);
}

async function closeModalIfOpen(page: Page): Promise<void> {
  if (await page.locator("#overlay").isVisible()) await page.click("#modal-close");
  await page.locator("#overlay").waitFor({ state: "hidden" });
}

describe("the playground page", () => {
  it("runs the add-on on the example plan like Google Sheets", async () => {
    server = await serve(temp.statePath);
    const page = await openPage(server.url);
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));

    await loadExampleInPage(page);
    await expect.poll(() => cell(page, "C8").textContent()).toContain("Présenter les rôles");
    // Tabs, header row, displayed dates in French format, a dropdown from the validation, a note.
    expect(await page.locator(".tab").allTextContents()).toEqual(["Feuille 1", "Plan d'action", "Membres"]);
    expect(await cell(page, "A7").textContent()).toBe("Objectifs");
    expect(await cell(page, "B3").textContent()).toBe("du 01/01/2026");
    expect(await cell(page, "H8").textContent()).toBe("28/02/2026");
    expect(await cell(page, "I8").textContent()).toBe("Terminé");
    expect(await cell(page, "I8").getAttribute("aria-haspopup")).toBe("menu");
    expect(await cell(page, "A7").getAttribute("title")).toBeTruthy();
    await waitForBackground(page, "C8", GREEN_DONE);
    await waitForBackground(page, "C10", RED_LATE);

    // The sidebar, from Extensions ▸ Plan d'action ▸ Résumé de l'avancement.
    await runMenu(page, "Résumé de l'avancement");
    await page.locator("#sidebar-panel").waitFor({ state: "visible" });
    expect(await page.locator("#sidebar-panel").evaluate((n) => n.getBoundingClientRect().width)).toBe(300);
    const sidebar = page.frameLocator("#sidebar-frame");
    const overall = sidebar.getByRole("progressbar", { name: "Avancement global" });
    await expect.poll(() => overall.getAttribute("aria-valuenow"), { timeout: 10_000 }).toBe("50");

    // Pick a status: row 12 (Offrir la formation de base) is done.
    // The dropdown's arrow (its cell's right edge) opens the list, as a Sheets chip does.
    const i12 = cell(page, "I12");
    const box = (await i12.boundingBox())!;
    await i12.click({ position: { x: box.width - 8, y: box.height / 2 } });
    const choices = page.getByRole("menu", { name: "Valeurs possibles de I12" });
    await choices.getByRole("menuitem", { name: "Terminé" }).click();
    await expect.poll(() => choices.count()).toBe(0);
    await waitForBackground(page, "C12", GREEN_DONE);

    // Type an Échéancier: row 13 is now due in April, and still to do.
    await cell(page, "F13").dblclick();
    await cell(page, "F13").locator("input").fill("Avril");
    await cell(page, "F13").locator("input").press("Enter");
    await expect.poll(() => cell(page, "F13").textContent()).toBe("Avril");

    // Valider le plan opens the findings dialog; reading the plan fills Début/Échéance.
    await runMenu(page, "Valider le plan");
    await page.locator("#modeless iframe").waitFor();
    const findings = page.frameLocator("#modeless iframe");
    await expect
      .poll(async () => ((await findings.locator("body").textContent()) ?? "").length, { timeout: 10_000 })
      .toBeGreaterThan(20);
    await expect.poll(() => cell(page, "H13").textContent(), { timeout: 10_000 }).toBe("30/04/2026");
    await closeModalIfOpen(page);

    await runMenu(page, "Rétablir les couleurs");
    await page.locator(".toast", { hasText: "couleurs" }).first().waitFor();
    await closeModalIfOpen(page);
    await waitForBackground(page, "C13", RED_LATE);
    await waitForBackground(page, "C12", GREEN_DONE);
    expect(await cell(page, "C12").evaluate((n) => getComputedStyle(n).color)).not.toBe("");

    if (hasMenuItem(server.playground, "syncCalendar")) {
      await runMenu(page, "Synchroniser l'agenda");
      await expect.poll(() => page.locator(".event").count(), { timeout: 15_000 }).toBe(6);
      await closeModalIfOpen(page);
      const moved = page.locator(".event", { hasText: "Définir la fréquence des rencontres" });
      expect(await moved.getAttribute("data-end")).toBe("2026-04-30");
      expect(await moved.locator(".event-dates").textContent()).toContain("avr. 2026");
      const starts = await page
        .locator(".event")
        .evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-start")));
      expect(starts).toEqual([...starts].sort());
      expect(await page.locator("#calendar-panel .calendar h3").textContent()).toBe(
        "Plan d'action — Comité Entraide",
      );
      // Late events (past their last day, not done) say so in words; no raw time zone is shown.
      expect(await moved.locator(".late-badge").textContent()).toBe("En retard");
      const late = await page.locator(".event.late .event-title").allTextContents();
      expect(late).toHaveLength(2);
      expect(await page.locator(".event.late .late-badge").count()).toBe(2);
      const done = page.locator(".event", { hasText: "Présenter les rôles" });
      expect(await done.locator(".late-badge").count()).toBe(0);
      expect(await page.locator("#calendar-panel .calendar-meta").textContent()).toBe(
        "6 événements, dont 2 en retard",
      );
      expect(await page.locator("#calendar-panel").textContent()).not.toMatch(/America|Toronto/);
    }

    // The sidebar's figures after the changes: 3 done + 2 × 50 % of 6 actions, 2 late.
    await sidebar.getByRole("button", { name: "Actualiser" }).click();
    await expect.poll(() => overall.getAttribute("aria-valuenow"), { timeout: 10_000 }).toBe("67");
    await expect
      .poll(() => sidebar.locator('.chip[data-status="enRetard"] .chip-count').textContent())
      .toBe("2");
    expect(await sidebar.locator('.chip[data-status="termine"] .chip-count').textContent()).toBe("3");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows the same workbook after a restart", async () => {
    if (!server) throw new Error("the first test starts the server");
    const before = await openPage(server.url);
    await before.click('.tab:text-is("Plan d\'action")');
    // The grid is redrawn after the server answers: wait for it before reading the cells.
    await before.waitForSelector('.tab[aria-selected="true"]:text-is("Plan d\'action")');
    await before.waitForFunction(() =>
      document.querySelector('td.cell[data-cell="A1"]')?.textContent?.startsWith("Plan d'action"),
    );
    const cellsBefore = await before
      .locator("td.cell")
      .evaluateAll((nodes) =>
        nodes.map(
          (n) => `${n.getAttribute("data-cell")}=${n.textContent}|${getComputedStyle(n).backgroundColor}`,
        ),
      );
    const eventsBefore = await before.locator(".event").count();
    await before.close();
    await server.close();

    server = await serve(temp.statePath);
    const after = await openPage(server.url);
    await after.waitForSelector('.tab[aria-selected="true"]:text-is("Plan d\'action")');
    const cellsAfter = await after
      .locator("td.cell")
      .evaluateAll((nodes) =>
        nodes.map(
          (n) => `${n.getAttribute("data-cell")}=${n.textContent}|${getComputedStyle(n).backgroundColor}`,
        ),
      );
    expect(cellsAfter).toEqual(cellsBefore);
    expect(await after.locator(".event").count()).toBe(eventsBefore);
    expect(await after.locator("#problem").isHidden()).toBe(true);
    await after.close();
  });

  it("keeps at most two toasts, newest on top, and starts another sheet at column A", async () => {
    if (!server) throw new Error("the first test starts the server");
    const page = await openPage(server.url);
    await loadExampleInPage(page);
    await page.locator(".toast", { hasText: "Exemple chargé" }).waitFor();
    await runMenu(page, "Rétablir les couleurs");
    await page.locator(".toast", { hasText: "couleurs" }).first().waitFor();
    await closeModalIfOpen(page);
    await loadExampleInPage(page);
    await expect.poll(() => page.locator(".toast").first().textContent()).toContain("Exemple chargé");
    const toasts = await page.locator(".toast").allTextContents();
    expect(toasts).toHaveLength(2);
    expect(toasts[1]).toMatch(/couleurs/i);

    // A narrow window, so that both sheets are wider than the grid and could stay half-scrolled.
    await page.setViewportSize({ width: 700, height: 800 });
    await page.click('.tab:text-is("Plan d\'action")');
    await page.waitForSelector('.tab[aria-selected="true"]:text-is("Plan d\'action")');
    const scroller = page.locator("#grid-scroll");
    await scroller.evaluate((node) => {
      node.scrollLeft = 300;
    });
    expect(await scroller.evaluate((node) => node.scrollLeft)).toBeGreaterThan(0);
    await page.click('.tab:text-is("Feuille 1")');
    await page.waitForSelector('.tab[aria-selected="true"]:text-is("Feuille 1")');
    expect(await scroller.evaluate((node) => node.scrollWidth - node.clientWidth)).toBeGreaterThan(300);
    expect(await scroller.evaluate((node) => node.scrollLeft)).toBe(0);
    await page.close();
  });

  it("reports a corrupt state file in the page and starts fresh", async () => {
    await server?.close();
    writeFileSync(temp.statePath, "\u0000\u0001 not json");
    server = await serve(temp.statePath);
    const page = await openPage(server.url);
    const problem = page.locator("#problem");
    expect(await problem.isVisible()).toBe(true);
    expect(await problem.textContent()).toMatch(/mis de côté dans .*state\.corrupt-.*\.json/);
    expect(await page.locator(".tab").allTextContents()).toEqual(["Feuille 1"]);
    await page.close();
  });

  it("answers the installation prompt in the page", async () => {
    if (!server) throw new Error("no server");
    const page = await openPage(server.url);
    await page.click("#btn-reset");
    await page.locator("#modal-buttons button", { hasText: "Réinitialiser" }).click();
    await runMenu(page, "Installer le modèle");
    const input = page.locator("#modal .prompt-input");
    await input.waitFor();
    await input.fill("Comité Jeunes");
    await page.locator("#modal-buttons button", { hasText: "OK" }).click();
    // Then the Période, du … au ….
    await expect
      .poll(() => page.locator("#modal-title").textContent(), { timeout: 10_000 })
      .toBe("Période du plan");
    await input.fill("du 01/09/2026 au 31/08/2027");
    await page.locator("#modal-buttons button", { hasText: "OK" }).click();
    // Then the optional union columns: none (left empty).
    await expect
      .poll(() => page.locator("#modal-title").textContent(), { timeout: 10_000 })
      .toBe("Colonnes syndicales (facultatif)");
    await page.locator("#modal-buttons button", { hasText: "OK" }).click();
    await expect
      .poll(() => cell(page, "A1").textContent(), { timeout: 10_000 })
      .toBe("Plan d'action : Comité Jeunes");
    expect([await cell(page, "B3").textContent(), await cell(page, "C3").textContent()]).toEqual([
      "du 01/09/2026",
      "au 31/08/2027",
    ]);
    expect(await page.locator(".tab").allTextContents()).toEqual(["Feuille 1", "Plan d'action", "Membres"]);

    // Installing again: the add-on's alert has no title of its own; the page names the add-on.
    await runMenu(page, "Installer le modèle");
    await page.locator("#overlay").waitFor({ state: "visible" });
    expect(await page.locator("#modal-title").textContent()).toBe("Plan d'action");
    expect(await page.locator("#modal-body").textContent()).toMatch(/\S/);
    await closeModalIfOpen(page);
    await page.close();
  });
});
