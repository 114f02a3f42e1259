/**
 * The bilan prints (issue 25): its .xlsx export converted to PDF by LibreOffice (soffice --headless, what
 * a committee opens it with) gives landscape pages one table wide, the table's header row on every page
 * it runs over, the title and its sentences on one line each across the table's width, no text line
 * drawn over another (word boxes from poppler's `pdftotext -bbox`) and no technical key anywhere. The
 * playground's printable version, in Chromium, shows the same figures under their own headings
 * (« Par objectif », « Par responsable »), with the Période and the day the bilan was prepared, and the
 * states written in words.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrintView } from "../../../src/local/playground/print-view.ts";
import type { PlaygroundServer } from "../../../src/local/playground/server.ts";
import { launch, serve, tempDir, xlsxAsPdf } from "./helpers.ts";

const temp = tempDir();
let server: PlaygroundServer;
let browser: BrowserContext;
let bilanName = "";
const LONG_OBJECTIVE =
  "Mise sur pied d'un Comité d'entraide solide, reconnu par l'employeur et par les membres, avec des entraidants formés dans chaque établissement";
const EXTRA = 24;

beforeAll(async () => {
  server = await serve(temp.statePath);
  const p = server.playground;
  p.loadExample();
  const plan = p.emulator.spreadsheet.getSheetByName("Plan d'action")!;
  plan.getRange(8, 1).setValue(LONG_OBJECTIVE);
  // More actions under a second objective with a long bold name, so the table runs over pages.
  plan.insertRowsAfter(13, EXTRA);
  plan
    .getRange(14, 1, EXTRA, 9)
    .setValues(
      Array.from({ length: EXTRA }, (_, i) => [
        i === 0
          ? "Deuxième objectif au libellé très long, pour que sa ligne en gras se replie sur plusieurs lignes"
          : "",
        `Résultat ${i + 1} : tenir une activité de sensibilisation auprès des membres`,
        `Moyen ${i + 1} : kiosque, affiches et courriel aux membres de l'établissement`,
        "",
        i % 2 ? "Julie Tremblay" : "Marc Gagnon",
        ["Avril", "Septembre", "Novembre"][i % 3],
        "",
        "",
        ["En cours", "À faire", "Terminé"][i % 3],
      ]),
    );
  const result = p.rpc("prepareBilan", [0]) as { value: { ok: boolean; sheetName: string } };
  bilanName = result.value.sheetName;
  browser = await launch(temp.dir);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  temp.cleanup();
});

interface Word {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

function pdfWords(path: string): { landscape: boolean; pages: Word[][] } {
  const info = execFileSync("pdfinfo", [path], { encoding: "utf8" });
  const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? [];
  const html = execFileSync("pdftotext", ["-bbox", path, "-"], { encoding: "utf8" });
  const pages = html
    .split("<page ")
    .slice(1)
    .map((page) =>
      [
        ...page.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
        ),
      ].map((m) => ({ x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: m[5]! })),
    );
  return { landscape: Number(w) > Number(h), pages };
}

/** Pairs of words drawn over each other: overlapping across, and by more than a third of a line down. */
function overlaps(words: Word[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < words.length; i++)
    for (let j = i + 1; j < words.length; j++) {
      const a = words[i]!;
      const b = words[j]!;
      const across = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const down = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (across > 0.5 && down > (a.y1 - a.y0) / 3) found.push(`${a.text} / ${b.text}`);
    }
  return found;
}

/** The lines of a page: words grouped by their top. */
function linesOf(words: Word[]): string[] {
  const byTop = new Map<number, Word[]>();
  for (const word of words) {
    const top = Math.round(word.y0);
    byTop.set(top, [...(byTop.get(top) ?? []), word]);
  }
  return [...byTop.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, line]) =>
      line
        .sort((a, b) => a.x0 - b.x0)
        .map((word) => word.text)
        .join(" "),
    );
}

describe("printing the bilan", () => {
  it("prints through LibreOffice: landscape, one table wide, header repeated, no line over another, no key", {
    timeout: 180_000,
  }, async () => {
    const p = server.playground;
    // Only the bilan in the file, so that every page is the bilan's.
    for (const sheet of p.emulator.spreadsheet.getSheets())
      if (sheet.getName() !== bilanName) sheet.hideSheet();
    const dir = join(temp.dir, "soffice");
    const pdfPath = await xlsxAsPdf(p.emulator, dir, "bilan");
    for (const sheet of p.emulator.spreadsheet.getSheets()) sheet.showSheet();
    const pdf = pdfWords(pdfPath);
    expect(pdf.landscape).toBe(true);
    const lines = pdf.pages.map(linesOf);
    const bilanPages = lines.filter((page) => page.some((line) => line.includes("Comité Entraide")));
    expect(bilanPages.length).toBe(3);
    for (const [i, words] of pdf.pages.entries()) expect(overlaps(words), `page ${i + 1}`).toEqual([]);
    const text = lines.flat().join("\n");
    expect(text).not.toMatch(/\b(h|f|fo|fp|o|s|b|c):[a-z0-9]|Clé du bilan/);
    // The title, the Période and the day prepared each on one line of the first page.
    expect(lines[0]).toContain("Bilan — Comité Entraide — 2026");
    expect(lines[0]!.some((line) => /^Période : du 01\/01\/2026 au 31\/12\/2026$/.test(line))).toBe(true);
    expect(lines[0]!.some((line) => /^Préparé le \d\d\/\d\d\/2026 à partir de la feuille/.test(line))).toBe(
      true,
    );
    // From the page the table starts on, its header row (all seven columns, one line) on every page.
    const first = lines.findIndex((page) => page.some((line) => /^Situation Action Dates/.test(line)));
    expect(first).toBeGreaterThanOrEqual(0);
    for (const page of lines.slice(first))
      expect(
        page.some((line) =>
          /^Situation Action Dates .*Porté par Remarques du plan Commentaire pour/.test(line),
        ),
      ).toBe(true);
  });

  it("shows the same figures under the right headings in the Version imprimable, with the Période and the day", {
    timeout: 60_000,
  }, async () => {
    const p = server.playground;
    const sheet = p.emulator.spreadsheet.getSheetByName(bilanName)!;
    const page = await browser.newPage();
    await page.goto(`${server.url}print?sheet=${sheet.getSheetId()}`);
    await page.waitForSelector("body[data-ready]");
    expect(await page.locator("h1").textContent()).toBe("Bilan — Comité Entraide — 2026");
    const intro = await page.locator(".bilan-intro").allTextContents();
    expect(intro).toContain("Période : du 01/01/2026 au 31/12/2026");
    expect(intro.some((line) => line.startsWith("Préparé le "))).toBe(true);
    const groups = await page.locator(".bilan-figures").evaluateAll((sections) =>
      sections.map((section) => ({
        heading: section.querySelector("h2")?.textContent ?? "",
        labels: [...section.querySelectorAll("th")].map((th) => th.textContent ?? ""),
        values: [...section.querySelectorAll("td")].map((td) => td.textContent ?? ""),
      })),
    );
    const view = (await (
      await page.request.get(`${server.url}api/print?sheet=${sheet.getSheetId()}`)
    ).json()) as PrintView;
    await page.close();
    expect(groups.map((group) => group.heading)).toEqual(["Les chiffres", "Par objectif", "Par responsable"]);
    const [figures, objectives, people] = groups;
    expect(figures!.labels[0]).toMatch(/^Avancement global — \d+ actions$/);
    expect(objectives!.labels).toEqual([
      expect.stringMatching(/^Mise sur pied d'un Comité d'entraide solide.* — 6 actions$/),
      expect.stringMatching(/^Deuxième objectif .* — 24 actions$/),
    ]);
    for (const value of objectives!.values) expect(value).toMatch(/^\d+\s?%$/);
    expect(people!.labels.sort()).toEqual(
      ["Julie Tremblay", "Marc Gagnon", "Nadia Roy", "Samuel Côté"].sort(),
    );
    for (const value of people!.values) expect(value).toMatch(/ouvertes?, \d+ en retard, \d+ terminées?/);
    // The states in words in the table.
    expect(view.rows.map((row) => row[0]?.text)).toEqual(
      expect.arrayContaining(["Réalisée", "En cours", "À faire"]),
    );
  });
});
