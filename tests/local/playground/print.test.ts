/**
 * The plan prints. The .xlsx export sets landscape, fit to one page wide, the table's header row repeated
 * on every page and row heights that fit wrapped text; converted to PDF by LibreOffice (soffice
 * --headless, the program a committee would open it with) a long plan reads as a table on every page.
 * The playground's *Version imprimable*, printed to PDF by Chromium, does too: landscape pages, the
 * header row on each, no action cut across two pages. Page counts and text are read with poppler's
 * pdfinfo and pdftotext.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportXlsx } from "../../../src/local/playground/exports.ts";
import type { PlaygroundServer } from "../../../src/local/playground/server.ts";
import { launch, serve, tempDir, xlsxAsPdf } from "./helpers.ts";

const temp = tempDir();
let server: PlaygroundServer;
let browser: BrowserContext;

const ROWS = 40;
const marker = (i: number) => `Action${String(i).padStart(2, "0")}`;
const longText = (i: number) =>
  `${marker(i)} organiser une rencontre d'information avec les membres du comité, préparer le matériel, réserver la salle et envoyer l'invitation à tous fin${String(i).padStart(2, "0")}`;

beforeAll(async () => {
  server = await serve(temp.statePath);
  const p = server.playground;
  p.loadExample();
  const sheet = p.emulator.spreadsheet.getSheetByName("Plan d'action")!;
  // A long plan: 40 more actions after the example's six, typed as a person would.
  const edits = [];
  for (let i = 1; i <= ROWS; i++) {
    const row = 13 + i;
    edits.push(
      { row, column: 3, text: longText(i) },
      { row, column: 5, text: "Julie Tremblay" },
      { row, column: 6, text: i % 2 ? "Avril" : "Septembre" },
    );
  }
  expect(p.editCells(sheet.getSheetId(), edits)).toBeNull();
  p.selectSheet(sheet.getSheetId());
  browser = await launch(temp.dir);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  temp.cleanup();
});

function pdfPages(path: string): { count: number; landscape: boolean; pages: string[] } {
  const info = execFileSync("pdfinfo", [path], { encoding: "utf8" });
  const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? [];
  const text = execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" });
  const pages = text.split("\f").filter((page, i, all) => i < all.length - 1 || page.trim() !== "");
  return { count, landscape: Number(w) > Number(h), pages };
}

/** Each marker's page (the row's first words) and its end's page: a row cut in two has two pages. */
function pagesOf(pages: string[], needle: string): number[] {
  return pages.flatMap((page, i) => (page.replace(/\s+/g, " ").includes(needle) ? [i] : []));
}

describe("printing the plan", () => {
  it("exports a .xlsx set up for paper", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportXlsx(server.playground.emulator)) as never);
    const plan = workbook.getWorksheet("Plan d'action")!;
    expect(plan.pageSetup.orientation).toBe("landscape");
    expect(plan.pageSetup.fitToPage).toBe(true);
    expect(plan.pageSetup.fitToWidth).toBe(1);
    expect(plan.pageSetup.fitToHeight).toBe(0);
    expect(plan.pageSetup.printTitlesRow).toBe("7:7");
    // A row whose long Moyens wrap is taller than the default, enough for its lines.
    expect(plan.getRow(14).height).toBeGreaterThan(40);
  });

  it("reads as a table on every page once LibreOffice turns it into a PDF", {
    timeout: 180_000,
  }, async () => {
    const dir = join(temp.dir, "soffice");
    const pdfPath = await xlsxAsPdf(server.playground.emulator, dir, "plan");
    const pdf = pdfPages(pdfPath);
    expect(pdf.landscape).toBe(true);
    // The three sheets: a short Feuille 1 (empty: no page), the plan on a few pages, Membres on one.
    const planPages = pdf.pages.filter((page) => page.includes(marker(1)) || /Action\d\d/.test(page));
    expect(planPages.length).toBeGreaterThanOrEqual(2);
    expect(planPages.length).toBeLessThanOrEqual(8);
    for (const page of planPages) {
      // The header row on every page, its labels side by side on one line: a table, not a pile of text.
      expect(page).toMatch(/Objectifs.*Moyens.*Responsables.*Statut/);
    }
    for (let i = 1; i <= ROWS; i++) {
      const start = pagesOf(pdf.pages, marker(i));
      expect(start, marker(i)).toHaveLength(1);
      expect(pagesOf(pdf.pages, `fin${String(i).padStart(2, "0")}`), `end of ${marker(i)}`).toEqual(start);
    }
  });

  it("prints the Version imprimable from Chromium as landscape pages with the header on each", {
    timeout: 60_000,
  }, async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}print`);
    await page.waitForSelector("body[data-ready]");
    expect(await page.locator("h1").textContent()).toBe("Plan d'action : Comité Entraide");
    expect(await page.locator(".plan-table thead th").allTextContents()).toContain("Échéancier");
    const path = join(temp.dir, "printable.pdf");
    writeFileSync(path, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    await page.close();
    const pdf = pdfPages(path);
    expect(pdf.landscape).toBe(true);
    expect(pdf.count).toBeGreaterThanOrEqual(2);
    expect(pdf.count).toBeLessThanOrEqual(10);
    for (const text of pdf.pages) expect(text).toMatch(/Objectifs.*Moyens.*Responsables.*Statut/);
    // The Imprimer button is not printed; no hidden row key either.
    expect(pdf.pages.join("")).not.toContain("Imprimer");
    for (let i = 1; i <= ROWS; i++) {
      const start = pagesOf(pdf.pages, marker(i));
      expect(start, marker(i)).toHaveLength(1);
      expect(pagesOf(pdf.pages, `fin${String(i).padStart(2, "0")}`), `end of ${marker(i)}`).toEqual(start);
    }
  });
});
