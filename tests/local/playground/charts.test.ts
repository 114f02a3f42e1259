/**
 * The playground draws a sheet's embedded charts as SVG over the grid, in Chromium: a bar chart (one bar
 * per category, lengths in proportion to the values, in the chart's colour) and a pie (one slice per
 * non-zero value, in the slice colours asked), each at its anchor cell (one anchored in a frozen row stays
 * with the scrolled cells when the grid is drawn again), named by its title for assistive
 * technology, with cell text set as text (a label that looks like markup stays text). The charts are
 * made the way add-on code makes them (Sheet.newChart … insertChart, through the emulator's
 * SpreadsheetApp), on a sheet of figures; then the bilan's own two charts (Préparer le bilan), checked on a screenshot and with axe-core.
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlaygroundServer } from "../../../src/local/playground/server.ts";
import { seriousAxeViolations } from "../../sidebar/harness.ts";
import { launch, serve, shownPixelAt, tempDir } from "./helpers.ts";

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

function addCharts(playground: PlaygroundServer["playground"]): void {
  const app = playground.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const sheet = app.getActiveSpreadsheet().insertSheet("Chiffres");
  sheet.getRange("A1:B3").setValues([
    ["Mise sur pied", 0.5],
    ["<b>Visibilité</b>", 1],
    ["Formation", 0.25],
  ]);
  sheet.getRange("D1:E4").setValues([
    ["Terminé", 3],
    ["En cours", 2],
    ["Annulé", 0],
    ["À faire", 1],
  ]);
  sheet.insertChart(
    sheet
      .newChart()
      .asBarChart()
      .setTitle("Avancement par objectif")
      .setColors(["#1f4e79"])
      .addRange(sheet.getRange("A1:B3"))
      .setNumHeaders(0)
      .setOption("hAxis.format", "percent")
      .setOption("width", 420)
      .setOption("height", 200)
      .setPosition(6, 1, 0, 0)
      .build(),
  );
  sheet.insertChart(
    sheet
      .newChart()
      .asPieChart()
      .setTitle("Actions par état")
      .setColors(["#ceead6", "#d2e3fc", "#e8eaed", "#f1f3f4"])
      .addRange(sheet.getRange("D1:E4"))
      .setNumHeaders(0)
      .setOption("width", 360)
      .setOption("height", 200)
      .setPosition(6, 5, 10, 0)
      .build(),
  );
  sheet.activate();
}

const box = (page: Page, name: string) => page.getByRole("img", { name });

describe("charts in the playground", () => {
  it("draws bar and pie charts as SVG at their anchor cells", async () => {
    server = await serve(temp.statePath);
    addCharts(server.playground);
    server.playground.save();
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(server.url);
    await page.waitForSelector("body[data-ready]");
    await page.locator(".tab", { hasText: "Chiffres" }).click();
    await box(page, "Avancement par objectif").waitFor();

    const bars = box(page, "Avancement par objectif").locator("rect.chart-bar");
    expect(await bars.count()).toBe(3);
    const widths = await bars.evaluateAll((rects) => rects.map((r) => Number(r.getAttribute("width"))));
    expect(widths[1]! / widths[0]!).toBeCloseTo(2, 5);
    expect(widths[2]! / widths[0]!).toBeCloseTo(0.5, 5);
    expect(await bars.first().getAttribute("fill")).toBe("#1f4e79");
    const labels = await box(page, "Avancement par objectif").locator("text.chart-label").allTextContents();
    expect(labels).toEqual(["Mise sur pied", "<b>Visibilité</b>", "Formation"]);
    expect(await box(page, "Avancement par objectif").locator("b").count()).toBe(0);
    expect(await box(page, "Avancement par objectif").locator("text.chart-value").allTextContents()).toEqual([
      "50 %",
      "100 %",
      "25 %",
    ]);

    const slices = box(page, "Actions par état").locator(".chart-slice");
    expect(await slices.count()).toBe(3);
    expect(await slices.evaluateAll((s) => s.map((n) => n.getAttribute("fill")))).toEqual([
      "#ceead6",
      "#d2e3fc",
      "#f1f3f4",
    ]);

    // Each chart's top-left corner at its anchor cell (row 6; columns A and E, the second 10 px right).
    const cellBox = async (a1: string) => {
      const found = await page.locator(`td[data-cell="${a1}"]`).boundingBox();
      if (!found) throw new Error(`no box for ${a1}: ${await page.locator(`td[data-cell="${a1}"]`).count()}`);
      return found;
    };
    const chartBox = async (name: string) => (await box(page, name).boundingBox())!;
    const [a6, e6] = [await cellBox("A6"), await cellBox("E6")];
    const [bar, pie] = [await chartBox("Avancement par objectif"), await chartBox("Actions par état")];
    expect(Math.abs(bar.x - a6.x)).toBeLessThan(2);
    expect(Math.abs(bar.y - a6.y)).toBeLessThan(2);
    expect(Math.abs(pie.x - (e6.x + 10))).toBeLessThan(2);
    expect(bar.width).toBe(420);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps a chart anchored in a frozen row where it was when the grid is drawn again scrolled", async () => {
    const sheet = server!.playground.emulator.spreadsheet.getSheetByName("Chiffres")!;
    sheet.setFrozenRows(7);
    server!.playground.save();
    const page = await browser.newPage();
    await page.goto(server!.url);
    await page.waitForSelector("body[data-ready]");
    await page.locator(".tab", { hasText: "Chiffres" }).click();
    const chart = box(page, "Avancement par objectif");
    await chart.waitFor();
    const top = (await chart.boundingBox())!.y;
    // Scrolled 60 px, the chart goes with the cells (it is drawn in the scrolled layer).
    await page.evaluate(() => (document.getElementById("grid-scroll")!.scrollTop = 60));
    await expect.poll(async () => Math.round((await chart.boundingBox())!.y)).toBe(Math.round(top - 60));
    // An edit draws the grid (and the charts) again at that scroll: the chart stays where it was, though
    // its anchor row is frozen and sits still at the top.
    await page.locator('td.cell[data-cell="B25"]').click();
    await page.keyboard.type("x");
    await page.keyboard.press("Enter");
    await expect
      .poll(() =>
        server!.playground.emulator.spreadsheet.getSheetByName("Chiffres")!.getRange("B25").getValue(),
      )
      .toBe("x");
    await page.waitForFunction(() => !document.body.classList.contains("busy"));
    await expect.poll(async () => Math.round((await chart.boundingBox())!.y)).toBe(Math.round(top - 60));
    await page.close();
  });

  it("draws the bilan's two charts, from its own figures", async () => {
    server?.playground.loadExample();
    const prepared = server!.playground.rpc("prepareBilan", [0]) as unknown as {
      ok?: boolean;
      value?: { ok: boolean };
    };
    expect(JSON.stringify(prepared)).toContain('"ok":true');
    const page = await browser.newPage();
    await page.goto(server!.url);
    await page.waitForSelector("body[data-ready]");
    await page.locator(".tab", { hasText: "Bilan" }).first().click();
    await box(page, "Avancement par objectif").waitFor();
    expect(await box(page, "Avancement par objectif").locator("rect.chart-bar").count()).toBeGreaterThan(0);
    expect(await box(page, "Actions par état").locator(".chart-slice").count()).toBeGreaterThan(1);
    // What a person sees: the first bar's middle pixel on a screenshot of the page is the bar's own colour
    // (the SVG is drawn and not hidden behind the grid), the bilan's title is on screen, and the page is
    // axe-clean with the bilan and its charts shown.
    const bar = box(page, "Avancement par objectif").locator("rect.chart-bar").first();
    const fill = await bar.evaluate((node) => getComputedStyle(node).fill);
    const area = (await bar.boundingBox())!;
    expect(await shownPixelAt(page, area.x + area.width / 2, area.y + area.height / 2)).toBe(fill);
    await expect.poll(() => page.locator("td.cell", { hasText: /Bilan/ }).first().isVisible()).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });
});
