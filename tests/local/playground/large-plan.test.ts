/**
 * The playground as big as a real workbook, in Chromium at 1024 × 768, by ARIA roles: a 2,000-row plan
 * opens with the grid's aria-rowcount the sheet's, draws only the rows in view, and its last row is
 * reached with Ctrl+End and edited (onEdit runs on it); Page Down and Ctrl+Home move as in Sheets; twelve
 * sheets keep their tabs on one line, scrolled by arrows. The conditional formats of rows far below the
 * first screen are evaluated when the page comes to them (view-styles.ts, sent by runs of columns), and
 * are then exactly what evaluating the whole sheet gives.
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { effectiveFormat } from "../../../src/local/emulator/formula-format.ts";
import { type PlaygroundServer, pageView } from "../../../src/local/playground/server.ts";
import { sheetView } from "../../../src/local/playground/view.ts";
import { rowStyles, runCells } from "../../../src/local/playground/view-styles.ts";
import { launch, serve, tempDir } from "./helpers.ts";

const temp = tempDir();
let browser: BrowserContext;
let server: PlaygroundServer;
let page: Page;
const ROWS = 2000;
const FIRST = 8;
const LAST = FIRST + ROWS - 1;

beforeAll(async () => {
  server = await serve(temp.statePath);
  const playground = server.playground;
  playground.loadExample();
  const sheet = playground.emulator.spreadsheet.getSheetByName("Plan d'action")!;
  if (sheet.getMaxRows() < LAST + 5) sheet.insertRowsAfter(sheet.getMaxRows(), LAST + 5 - sheet.getMaxRows());
  sheet
    .getRange(FIRST, 1, ROWS, 9)
    .setValues(
      Array.from({ length: ROWS }, (_, i) => [
        `Objectif ${Math.floor(i / 10) + 1}`,
        "",
        `Action ${i + 1}`,
        "",
        "",
        "",
        "",
        "",
        i % 3 === 0 ? "Terminé" : "En cours",
      ]),
    );
  sheet.activate();
  playground.save();
  browser = await launch(temp.dir);
  page = await browser.newPage();
  await page.setViewportSize({ width: 1024, height: 768 });
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
const nameBox = () => page.locator("#cell-ref").textContent();

describe("a 2,000-row plan", () => {
  it("has every row, draws those in view, and Ctrl+End reaches the last one to edit it", async () => {
    const grid = page.getByRole("grid");
    const maxRows = server.playground.emulator.spreadsheet.getSheetByName("Plan d'action")!.getMaxRows();
    expect(await grid.getAttribute("aria-rowcount")).toBe(String(maxRows + 1));
    // Only the rows in view (and a margin) are in the page.
    expect(await page.getByRole("row").count()).toBeLessThan(120);

    await page.getByRole("gridcell", { name: "Action 1", exact: true }).click();
    expect(await nameBox()).toBe("C8");
    await page.keyboard.press("Control+End");
    expect(await nameBox()).toMatch(new RegExp(`^[A-Z]+${LAST}$`));
    const lastRow = page
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: String(LAST), exact: true }) });
    await expect.poll(() => lastRow.getByRole("gridcell", { name: `Action ${ROWS}` }).isVisible()).toBe(true);
    await lastRow.getByRole("gridcell", { name: `Action ${ROWS}` }).click();
    await page.keyboard.type("Dernière action");
    await page.keyboard.press("Enter");
    await settled();
    const sheet = server.playground.emulator.spreadsheet.getSheetByName("Plan d'action")!;
    await expect.poll(() => sheet.getRange(LAST, 3).getValue()).toBe("Dernière action");
    await expect
      .poll(() => lastRow.getByRole("gridcell", { name: "Dernière action" }).isVisible())
      .toBe(true);

    // Ctrl+Home: back to A1; Page Down moves one screen down, the active cell with it.
    await page.keyboard.press("Control+Home");
    expect(await nameBox()).toBe("A1");
    await page.getByRole("gridcell", { name: "Action 1", exact: true }).click();
    await page.keyboard.press("PageDown");
    const after = Number((await nameBox())!.replace(/^[A-Z]+/, ""));
    expect(after).toBeGreaterThan(20);
    await expect
      .poll(() => page.getByRole("rowheader", { name: String(after), exact: true }).isVisible())
      .toBe(true);
    await page.keyboard.press("PageUp");
    expect(await nameBox()).toBe("C8");
  });

  it("colours rows far below when the page reaches them, as evaluating the whole sheet does", async () => {
    const { emulator } = server.playground;
    const sheet = emulator.spreadsheet.getSheetByName("Plan d'action")!;
    const id = sheet.getSheetId();
    // The first answer evaluates the top of the sheet only; rows under a rule further down wait.
    const first = pageView(server.playground, id).sheet;
    const row = (n: number) => first.rows.find((r) => r.row === n)!;
    expect(row(FIRST).unstyled).toBeUndefined();
    // The template's rules cover rows 8 to 1000 (rows added after them are outside, as in Sheets).
    const done = 902;
    expect(sheet.getRange(done, 9).getValue()).toBe("Terminé");
    expect(row(done).unstyled).toBe(true);
    expect(row(LAST).unstyled).toBeUndefined();
    // What /api/styles sends for them is what the whole sheet's evaluation shows.
    const whole = sheetView(emulator, id, { from: 1, to: Number.POSITIVE_INFINITY });
    const styles = rowStyles(emulator, id, 850, 1050)!;
    let compared = 0;
    for (const { row: r, runs } of styles.rows) {
      const shown = whole.rows.find((w) => w.row === r)!;
      for (const { column, ...style } of runCells(runs)) {
        // A hidden column's cells are not drawn (nor styled by the page).
        const cell = shown.cells.find((c) => c.column === column);
        if (!cell) continue;
        compared++;
        expect({
          background: cell.background,
          color: cell.color,
          bold: cell.bold,
          strike: cell.strike,
        }).toEqual({
          background: style.background,
          color: style.color,
          bold: style.bold,
          strike: style.strike,
        });
      }
    }

    expect(compared).toBeGreaterThan(1000);
    // Sent by runs of columns: the rule colours row 902 whole, so its cells come as one run.
    const runs = styles.rows.find((r) => r.row === done)!.runs;
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ from: 1, background: "#ceead6", color: "#0d652d" });
    expect(runs[0]!.to).toBeGreaterThanOrEqual(11);
    // In the page: scrolled down to it, its Statut shows its rule's colour.
    // Scrolled as a person would, until the row is drawn (row heights are estimates until drawn).
    for (let i = 0; i < 20; i++) {
      const drawn = await page.evaluate((target) => {
        const scroller = document.getElementById("grid-scroll")!;
        const rows = Array.from(document.querySelectorAll<HTMLElement>("tbody tr[data-row]"));
        const last = rows.at(-1)!;
        const lastRow = Number(last.dataset.row);
        if (rows.some((r) => Number(r.dataset.row) === target)) return true;
        scroller.scrollTop += (target - lastRow) * last.getBoundingClientRect().height;
        return false;
      }, done);
      if (drawn) break;
      await page.waitForTimeout(100);
    }
    const expected = effectiveFormat(emulator, "Plan d'action", done, 9).background;
    expect(expected).toMatch(/^#/);
    const rgb = (hex: string) =>
      `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;
    const statut = page.locator(`td.cell[data-cell="I${done}"]`);
    await expect
      .poll(() => statut.evaluate((td) => getComputedStyle(td).backgroundColor), { timeout: 20_000 })
      .toBe(rgb(expected!));
  });

  it("keeps twelve sheets' tabs on one line, scrolled by arrows", async () => {
    const spreadsheet = server.playground.emulator.spreadsheet;
    for (let i = spreadsheet.getNumSheets(); i < 12; i++)
      spreadsheet.insertSheet(`Feuille de travail ${i + 1}`);
    spreadsheet.getSheetByName("Plan d'action")!.activate();
    server.playground.save();
    await page.reload();
    await page.waitForSelector("body[data-ready]");
    const tabs = page.getByRole("tablist").getByRole("tab");
    expect(await tabs.count()).toBe(12);
    const tops = await tabs.evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().top));
    expect(new Set(tops).size).toBe(1);
    const next = page.getByRole("button", { name: "Feuilles suivantes" });
    expect(await next.isVisible()).toBe(true);
    const last = tabs.last();
    expect(await last.isVisible()).toBe(true);
    const inView = () =>
      last.evaluate((n) => {
        const strip = n.parentElement!.getBoundingClientRect();
        return n.getBoundingClientRect().right <= strip.right + 1;
      });
    expect(await inView()).toBe(false);
    for (let i = 0; i < 10 && !(await inView()); i++) await next.click();
    expect(await inView()).toBe(true);
    // The grid keeps most of the screen: more than twenty plan rows in view at 1024 × 768.
    const rowsInView = await page.getByRole("rowheader").evaluateAll((nodes) => {
      const box = document.getElementById("grid-scroll")!.getBoundingClientRect();
      return nodes.filter((n) => {
        const r = n.getBoundingClientRect();
        return r.top >= box.top && r.bottom <= box.bottom;
      }).length;
    });
    expect(rowsInView).toBeGreaterThan(20);
  });
});
