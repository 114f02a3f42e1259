/**
 * The playground around the grid, in Debian's Chromium: Charger un exemple, Réinitialiser and Restaurer
 * ask first and keep backup copies (.playground/backup-<time>.json) that Restaurer brings back; the
 * French/English switch changes the add-on's menu and its dialogs; a modeless dialog leaves the grid
 * usable; the Agenda panel closes and reopens and its legend shows the sheet's own status colours beside
 * the events' colours; with the sidebar open at 1400 px the table's key columns stay in view.
 */
import { readdirSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listBackups } from "../../../src/local/playground/backups.ts";
import type { PlaygroundServer } from "../../../src/local/playground/server.ts";
import {
  hasMenuItem,
  launch,
  loadExampleInPage,
  quietPlayground,
  serve,
  shownText,
  tempDir,
} from "./helpers.ts";

const temp = tempDir();
let browser: BrowserContext;
let server: PlaygroundServer;
let page: Page;

beforeAll(async () => {
  server = await serve(temp.statePath);
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

const cell = (a1: string) => page.locator(`td.cell[data-cell="${a1}"]`);
const text = (a1: string) => shownText(cell(a1));
const backups = () => readdirSync(temp.dir).filter((f) => /^backup-.*\.json$/.test(f));
const settled = () =>
  page.waitForFunction(() => !document.body.classList.contains("busy"), undefined, { timeout: 15_000 });

async function typeInto(a1: string, value: string): Promise<void> {
  await cell(a1).click();
  await page.keyboard.type(value);
  await page.keyboard.press("Enter");
  await expect.poll(() => text(a1)).toBe(value);
}

async function showPlan(): Promise<void> {
  await page.click('.tab:text-is("Plan d\'action")');
  await page.waitForSelector('.tab[aria-selected="true"]:text-is("Plan d\'action")');
  await settled();
}

async function runMenu(caption: string): Promise<void> {
  await page.click("#menu-extensions");
  await page.click(".submenu-opener");
  await page.locator(".submenu button[role=menuitem]", { hasText: caption }).click();
}

async function answer(button: "OK" | "CANCEL"): Promise<void> {
  await page.locator(`#modal-buttons button[data-value=${button}]`).click();
  await page.locator("#overlay").waitFor({ state: "hidden" });
  await settled();
}

describe("the playground's buttons and panels", () => {
  it("asks before replacing the workbook, keeps a backup, and Restaurer brings it back", async () => {
    await loadExampleInPage(page);
    await showPlan();
    await typeInto("K8", "Notre note");
    const before = backups().length;

    // Cancelled: nothing changes, no copy is made.
    await page.click("#btn-example");
    await page.locator("#overlay").waitFor();
    expect(await page.locator("#modal-body").textContent()).toMatch(/Remplacer le classeur.*sauvegarde/);
    await answer("CANCEL");
    expect(await text("K8")).toBe("Notre note");
    expect(backups()).toHaveLength(before);

    // Confirmed: the example replaces it, and a copy is kept. The toasts shown from now on are kept as
    // they appear (a toast leaves after 8 s: a loaded machine may look later than that).
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seenToasts: string[] }).seenToasts = seen;
      new MutationObserver((records) => {
        for (const record of records) for (const node of record.addedNodes) seen.push(node.textContent ?? "");
      }).observe(document.getElementById("toasts")!, { childList: true });
    });
    await page.click("#btn-example");
    await answer("OK");
    await showPlan();
    await expect.poll(() => text("K8")).not.toBe("Notre note");
    expect(backups()).toHaveLength(before + 1);
    // The toast names the newest copy (names made in the same millisecond end in -2, -3…: listBackups orders them).
    await page.waitForFunction(
      (file) => (window as unknown as { seenToasts: string[] }).seenToasts.some((t) => t.includes(file)),
      listBackups(temp.statePath)[0]!.file,
      { timeout: 30_000 },
    );

    // Restaurer asks, then brings back the workbook with the note (the current one is kept in turn).
    expect(await page.locator("#btn-restore").isEnabled()).toBe(true);
    await page.click("#btn-restore");
    expect(await page.locator("#modal-body").textContent()).toMatch(/Revenir à la copie/);
    await answer("OK");
    await showPlan();
    await expect.poll(() => text("K8")).toBe("Notre note");
    expect(backups()).toHaveLength(before + 2);

    // Réinitialiser asks too (cancelled: nothing happens), keeps a copy, and Restaurer undoes it.
    await page.click("#btn-reset");
    expect(await page.locator("#modal-body").textContent()).toMatch(/Vider le classeur.*sauvegarde/);
    await answer("CANCEL");
    expect(await page.locator(".tab").allTextContents()).toEqual(["Feuille 1", "Plan d'action", "Membres"]);
    await page.click("#btn-reset");
    await answer("OK");
    expect(await page.locator(".tab").allTextContents()).toEqual(["Feuille 1"]);
    expect(backups()).toHaveLength(before + 3);
    await page.click("#btn-restore");
    await answer("OK");
    expect(await page.locator(".tab").allTextContents()).toEqual(["Feuille 1", "Plan d'action", "Membres"]);
    await showPlan();
    await expect.poll(() => text("K8")).toBe("Notre note");
  });

  it("switches the add-on and the page to English, and back", async () => {
    await page.selectOption("#lang-switch", "en_US");
    await expect.poll(() => page.locator("#btn-example").textContent()).toBe("Load an example");
    await page.click("#menu-extensions");
    await page.click(".submenu-opener");
    const captions = await page.locator(".submenu button[role=menuitem][data-function]").allTextContents();
    expect(captions).toContain("Validate the plan");
    expect(captions).toContain("Progress summary");
    await page.click("#menu-extensions");

    // A dialog of the add-on, in English: the validation window, with its title and its text.
    await runMenu("Validate the plan");
    await page.locator("#modeless iframe").waitFor();
    expect(await page.locator("#modeless-title").textContent()).toBe("Plan validation");
    const findings = page.frameLocator("#modeless iframe");
    await expect
      .poll(async () => (await findings.locator("body").textContent()) ?? "", { timeout: 10_000 })
      .toMatch(/[A-Za-z]{4}/);
    expect(await findings.locator("html").getAttribute("lang")).toBe("en");
    await page.click("#modeless-close");

    // The choice is saved with the workbook: a restart of the server keeps it.
    expect(server.playground.locale).toBe("en_US");
    const restarted = quietPlayground(temp.statePath);
    expect(restarted.locale).toBe("en_US");
    expect(restarted.menus[0]?.items.some((i) => "caption" in i && i.caption === "Validate the plan")).toBe(
      true,
    );
    await page.selectOption("#lang-switch", "fr_CA");
    await expect.poll(() => page.locator("#btn-example").textContent()).toBe("Charger un exemple");
  });

  it("leaves the grid usable while a modeless dialog is open", async () => {
    await showPlan();
    await runMenu("Valider le plan");
    await page.locator("#modeless iframe").waitFor();
    expect(await page.locator("#overlay").isHidden()).toBe(true);
    expect(await page.locator("#modeless").getAttribute("aria-modal")).toBe("false");
    await typeInto("K9", "Tapé avec la fenêtre ouverte");
    expect(await page.locator("#modeless").isVisible()).toBe(true);
    // The menus still work too.
    await runMenu("Rétablir les couleurs");
    await page.locator(".toast", { hasText: "couleurs" }).first().waitFor();
    await page.click("#modeless-close");
    expect(await page.locator("#modeless").isHidden()).toBe(true);
  });

  it("closes and reopens the Agenda panel; its legend has the sheet's colours and the events'", async () => {
    if (!hasMenuItem(server.playground, "syncCalendar")) return;
    await runMenu("Synchroniser l'agenda");
    await expect.poll(() => page.locator(".event").count(), { timeout: 15_000 }).toBeGreaterThan(0);
    if (await page.locator("#overlay").isVisible()) await page.click("#modal-close");
    await settled();

    await page.click("#calendar-close");
    expect(await page.locator("#calendar-panel").isHidden()).toBe(true);
    expect(await page.locator("#btn-agenda").getAttribute("aria-pressed")).toBe("false");
    await page.click("#btn-agenda");
    expect(await page.locator("#calendar-panel").isVisible()).toBe(true);

    const legend = await page.locator(".legend-item").evaluateAll((items) =>
      items.map((item) => {
        const sheet = item.querySelector(".legend-sheet") as HTMLElement;
        const dot = item.querySelector(".dot") as HTMLElement;
        return {
          label: sheet.textContent ?? "",
          background: getComputedStyle(sheet).backgroundColor,
          dot: dot.style.backgroundColor,
        };
      }),
    );
    expect(legend.map((l) => l.label)).toEqual(["À faire", "En cours", "Terminé", "Reporté", "En retard"]);
    const byLabel = new Map(legend.map((l) => [l.label, l]));
    // Each plan row: its Statut (or En retard when its event is late) paints the row as the legend says,
    // and its event has the legend's calendar colour for that status.
    const events = await page.locator(".event").evaluateAll((nodes) =>
      nodes.map((n) => ({
        title: n.querySelector(".event-title")?.textContent ?? "",
        late: n.classList.contains("late"),
        dot: (n.querySelector(".dot") as HTMLElement).style.backgroundColor,
      })),
    );
    let checked = 0;
    for (let row = 8; row <= 13; row++) {
      const action = (await text(`C${row}`)) ?? "";
      const status = await text(`I${row}`);
      const event = events.find((e) => e.title.replace(/^✓ /, "") === action);
      if (!event || !status) continue;
      const shownAs = byLabel.get(event.late ? "En retard" : status)!;
      expect(await cell(`C${row}`).evaluate((n) => getComputedStyle(n).backgroundColor), action).toBe(
        shownAs.background,
      );
      expect(event.dot, action).toBe(byLabel.get(status)!.dot);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(4);
  });

  it("keeps the table's key columns in view with the sidebar open at 1400 px", async () => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await runMenu("Résumé de l'avancement");
    await page.locator("#sidebar-panel").waitFor({ state: "visible" });
    const area = await page.locator("#grid-scroll").evaluate((n) => n.getBoundingClientRect().right);
    // Objectifs, Résultats attendus, Moyens / Actions, Ressources, Responsables: A to E.
    // The grid redraws once the sidebar's execution ends: measure again until the redrawn cell is there.
    for (const a1 of ["A7", "B7", "C7", "D7", "E7"]) {
      const rightEdge = async () => {
        const box = await cell(a1).boundingBox();
        return box ? box.x + box.width : Number.POSITIVE_INFINITY;
      };
      await expect.poll(rightEdge, { message: a1, timeout: 10_000 }).toBeLessThanOrEqual(area);
    }
    expect(await page.locator("#calendar-panel").isHidden()).toBe(true);
    // The Agenda takes the sidebar's place, and gives it back when closed.
    await page.click("#btn-agenda");
    expect(await page.locator("#sidebar-panel").isHidden()).toBe(true);
    await page.click("#calendar-close");
    expect(await page.locator("#sidebar-panel").isVisible()).toBe(true);
  });
});
