/**
 * The chronologie in the playground, in Chromium: on the example plan (today 20 May 2026, helpers.ts),
 * Extensions ▸ Plan d'action ▸ Chronologie makes the sheet and the page shows it with its bars in the
 * plan's colours — read from the pixels of a screenshot of the grid (decoded by the browser's own
 * canvas), not only from the cells' styles — and the current month marked; a Statut typed in the plan
 * recolours its bar when the chronologie is shown again; the page stays axe-clean; « Exporter en .xlsx »
 * says that charts are not carried.
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlaygroundServer } from "../../../src/local/playground/server.ts";
import { seriousAxeViolations } from "../../sidebar/harness.ts";
import { launch, loadExampleInPage, serve, shownPixelAt, tempDir } from "./helpers.ts";

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

const CHRONO = "Chronologie — Plan d'action";
const cell = (page: Page, a1: string) => page.locator(`td.cell[data-cell="${a1}"]`);
const background = (page: Page, a1: string) =>
  cell(page, a1).evaluate((node) => getComputedStyle(node).backgroundColor);

/** The colour of the middle pixel of `a1` as the screen shows it (scrolled into view first). */
async function shownPixel(page: Page, a1: string): Promise<string> {
  await cell(page, a1).scrollIntoViewIfNeeded();
  const box = (await cell(page, a1).boundingBox())!;
  return shownPixelAt(page, box.x + Math.floor(box.width / 2), box.y + Math.floor(box.height / 2));
}

async function runMenu(page: Page, caption: string): Promise<void> {
  await page.click("#menu-extensions");
  await page.click(".submenu-opener");
  await page.locator(".submenu button[role=menuitem]", { hasText: caption }).click();
}

const DONE = "rgb(206, 234, 214)";
const LATE = "rgb(250, 210, 207)";
const IN_PROGRESS = "rgb(210, 227, 252)";
const CURRENT_HEADER = "rgb(0, 123, 131)";

describe("the chronologie in the playground", () => {
  it("draws the bars in the plan's colours and follows a Statut changed in the plan", async () => {
    server = await serve(temp.statePath);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(server.url);
    await page.waitForSelector("body[data-ready]");
    await loadExampleInPage(page);
    await runMenu(page, "Chronologie");
    await expect.poll(() => page.locator(".tab.current").textContent()).toBe(CHRONO);
    await expect.poll(() => cell(page, "F6").textContent()).toBe("janv. 26");
    expect(await cell(page, "A8").textContent()).toContain("Présenter les rôles");
    // Row 8: Terminé, January–February; row 10: En cours, February–March, late on 20 May; row 11 under way.
    expect([await background(page, "F8"), await background(page, "G8")]).toEqual([DONE, DONE]);
    expect(await background(page, "H8")).not.toBe(DONE);
    expect(await shownPixel(page, "G8")).toBe(DONE);
    expect(await shownPixel(page, "H10")).toBe(LATE);
    expect(await shownPixel(page, "K11")).toBe(IN_PROGRESS);
    // May is marked in the header.
    expect(await background(page, "J6")).toBe(CURRENT_HEADER);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Terminé typed in the plan's Statut of row 10: its bar turns green, no script run.
    await page.locator(".tab", { hasText: /^Plan d'action$/ }).click();
    await expect.poll(() => page.locator(".tab.current").textContent()).toBe("Plan d'action");
    // Enter on a dropdown cell opens its list.
    await cell(page, "I10").click();
    await page.keyboard.press("Enter");
    await page
      .getByRole("menu", { name: "Valeurs possibles de I10" })
      .getByRole("menuitem", { name: "Terminé" })
      .click();
    await page.locator(".tab", { hasText: CHRONO }).click();
    await expect.poll(() => background(page, "H10")).toBe(DONE);
    // On screen too: polled, as the page may still draw the sheet again once the edit's own refresh is in.
    await expect.poll(() => shownPixel(page, "H10"), { timeout: 10_000 }).toBe(DONE);

    // Exporter en .xlsx downloads the file and says the charts are not in it.
    const download = page.waitForEvent("download");
    await page.click("#btn-xlsx");
    expect((await download).suggestedFilename()).toBe("plan-daction.xlsx");
    await expect
      .poll(() => page.locator(".toast").first().textContent())
      .toContain("mais pas les graphiques : exceljs ne sait pas les écrire");
    expect(errors).toEqual([]);
    await page.close();
  });
});
