/**
 * The chronologie in the playground's .xlsx, read back by exceljs and printed by LibreOffice: its bars
 * travel as conditional formatting (the same formulas, EOMONTH included, and the plan's fills), its
 * Début, Échéance and Statut formulas carry their last values, it is set up for paper (landscape, one
 * page wide, its header row repeated) and, turned into a PDF, the whole time axis sits on the page beside
 * the actions, states in words, no two words overlapping (pdftotext -bbox) and no technical key.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportXlsx } from "../../../src/local/playground/exports.ts";
import type { Playground } from "../../../src/local/playground/runtime.ts";
import { quietPlayground, tempDir, xlsxAsPdf } from "./helpers.ts";

const temp = tempDir();
const CHRONO = "Chronologie — Plan d'action";
let playground: Playground;
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  playground = quietPlayground(temp.statePath);
  playground.loadExample();
  playground.runMenu("showChronologie");
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await exportXlsx(playground.emulator)) as never);
});
afterAll(() => temp.cleanup());

describe("the chronologie in the .xlsx", () => {
  it("keeps its bars as conditional formatting and its formulas with their values", () => {
    const ws = workbook.getWorksheet(CHRONO)!;
    expect(ws).toBeDefined();
    expect(ws.getCell("A8").value).toContain("Présenter les rôles");
    const statut = ws.getCell("E8").value as { formula: string; result: unknown };
    expect(statut.formula).toContain("'Plan d''action'!I8");
    expect(statut.result).toBe("Terminé");
    const due = ws.getCell("D8").value as { formula: string; result: unknown };
    expect(due.result).toBeTruthy();
    const rules = (ws as unknown as { conditionalFormattings: Array<{ ref: string; rules: unknown[] }> })
      .conditionalFormattings;
    const formulas = rules.flatMap((cf) => cf.rules as Array<{ formulae: string[]; style: unknown }>);
    expect(formulas.length).toBe(9);
    expect(formulas[0].formulae[0]).toContain("EOMONTH(F$6,0)");
    expect(JSON.stringify(formulas[0].style)).toContain("FFCEEAD6");
    expect(ws.pageSetup.orientation).toBe("landscape");
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.pageSetup.printTitlesRow).toBe("6:6");
  });

  it("prints on one page wide through LibreOffice, states in words, no key", {
    timeout: 180_000,
  }, async () => {
    const dir = join(temp.dir, "soffice");
    const pdfPath = await xlsxAsPdf(playground.emulator, dir, "chronologie");
    const text = execFileSync("pdftotext", ["-layout", pdfPath, "-"], {
      encoding: "utf8",
    });
    const pages = text.split("\f").filter((page) => page.includes("Objectif / action"));
    // The example's six dated actions fit on one landscape page, the last month's column on it too.
    expect(pages).toHaveLength(1);
    const [page] = pages;
    expect(page).toContain("Chronologie — Plan d'action");
    expect(page).toMatch(/Objectif \/ action\s+Responsables\s+Début\s+Échéance\s+Statut/);
    expect(page).toContain("Terminé");
    expect(page).toContain("En cours");
    expect(page).toMatch(/dec|déc/i);
    expect(text).not.toMatch(/plan-?daction[.:]|planId/i);
    const keys = playground.emulator.spreadsheet
      .getSheetByName("Plan d'action")!
      .getRange("L8:L13")
      .getValues()
      .flat()
      .filter((key) => key !== "");
    for (const key of keys) expect(page).not.toContain(String(key));
    // No two lines of the page overlap. pdftotext -bbox gives each word's box from its font's ascent to its
    // descent, which is taller than the pitch of a wrapped cell's lines once the page is scaled to fit
    // (about 10 % in common): two words overlap when their boxes share more than a quarter of the
    // smaller one's height, as the 14 pt title did in a default-height row.
    const html = execFileSync("pdftotext", ["-bbox", pdfPath, "-"], {
      encoding: "utf8",
    });
    const chronoPage = html.split("<page ").find((part) => part.includes(">Objectif<")) ?? "";
    const words = [
      ...chronoPage.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g),
    ].map((m) => ({ x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: m[5] }));
    expect(words.length).toBeGreaterThan(50);
    const overlaps: string[] = [];
    for (let i = 0; i < words.length; i++)
      for (let j = i + 1; j < words.length; j++) {
        const a = words[i];
        const b = words[j];
        const dx = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
        const dy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
        const height = Math.min(a.y1 - a.y0, b.y1 - b.y0);
        if (dx > 0.5 && dy > height / 4) overlaps.push(`${a.text} / ${b.text}`);
      }
    expect(overlaps).toEqual([]);
  });
});
