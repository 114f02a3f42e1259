/**
 * "Utiliser un tableau de cette feuille" end to end in Debian's Chromium against the playground: a table
 * copied from Word (its HTML, with a bulleted cell) is pasted into the empty first sheet's grid, the
 * import dialog reads the active sheet's table, shows how its columns are read and the actions, and
 * imports them into a new plan sheet; the pasted cells are unchanged afterwards.
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlaygroundServer } from "../../../src/local/playground/server.ts";
import { launch, serve, shownText, tempDir } from "./helpers.ts";

const temp = tempDir();
let browser: BrowserContext;
let server: PlaygroundServer;

beforeAll(async () => {
  server = await serve(temp.statePath);
  browser = await launch(temp.dir);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  temp.cleanup();
});

/** What Word puts on the clipboard for a small plan table (list paragraphs with Symbol-font bullets). */
const WORD_TABLE =
  '<html><body><table class="MsoTableGrid">' +
  '<tr><td><p class="MsoNormal">Quand</p></td><td><p class="MsoNormal">Qui</p></td><td><p class="MsoNormal">Activités</p></td><td><p class="MsoNormal">Orientation</p></td></tr>' +
  '<tr><td><p class="MsoNormal">Mars 2026</p></td><td><p class="MsoNormal">Luc Martin</p></td><td><p class="MsoListParagraph">•&nbsp;Inspecter les postes</p><p class="MsoListParagraph">•&nbsp;Rédiger le rapport</p></td><td><p class="MsoNormal">Prévenir les accidents</p></td></tr>' +
  '<tr><td><p class="MsoNormal">En continu</p></td><td><p class="MsoNormal">Ana Silva</p></td><td><p class="MsoNormal">Relayer les alertes</p></td><td><p class="MsoNormal">Informer les membres</p></td></tr>' +
  "</table></body></html>";

const cell = (page: Page, a1: string) => page.locator(`td.cell[data-cell="${a1}"]`);
const text = (page: Page, a1: string) => shownText(cell(page, a1));
const plain = (value: string | null) => (value ?? "").replace(/[\u00a0\u202f]/g, " ");
const PASTED = ["A1", "B1", "C1", "D1", "A2", "B2", "C2", "D2", "A3", "B3", "C3", "D3"];

describe("a Word table pasted into the playground's sheet", () => {
  it("is imported as a plan through Utiliser un tableau de cette feuille, and stays as pasted", async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForSelector("body[data-ready]");
    await cell(page, "A1").click();
    await page.evaluate((html) => {
      const data = new DataTransfer();
      data.setData("text/html", html);
      document
        .getElementById("grid")
        ?.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true }));
    }, WORD_TABLE);
    await expect.poll(() => text(page, "C2")).toContain("Inspecter les postes");
    const before = await Promise.all(PASTED.map((a1) => text(page, a1)));

    await page.click("#menu-extensions");
    await page.click(".submenu-opener");
    await page.locator(".submenu button[role=menuitem]", { hasText: "Importer un plan existant" }).click();
    await page.locator("#modal.html-dialog iframe").waitFor();
    const dialog = page.frameLocator("#modal iframe");
    await dialog.getByRole("button", { name: "Utiliser un tableau de cette feuille" }).click();
    await expect
      .poll(async () => plain(await dialog.locator(".summary").textContent()), { timeout: 15_000 })
      .toBe("3 actions dans 2 objectifs seront importées.");
    const readAs = await dialog
      .locator("select.column")
      .evaluateAll((selects) =>
        selects.map(
          (s) =>
            `${s.getAttribute("aria-label")} ${(s as HTMLSelectElement).selectedOptions[0]?.textContent}`,
        ),
      );
    expect(readAs.map(plain)).toEqual([
      "« Quand » est : Échéancier",
      "« Qui » est : Responsables",
      "« Activités » est : Moyens / Actions / Activités",
      "« Orientation » est : Objectifs",
    ]);
    expect(await dialog.locator("table.preview tbody tr td:nth-child(2)").allTextContents()).toEqual([
      "Inspecter les postes",
      "Rédiger le rapport",
      "Relayer les alertes",
    ]);

    await dialog.getByRole("button", { name: "Importer" }).click();
    await expect
      .poll(async () => plain(await dialog.locator(".summary").textContent()), { timeout: 15_000 })
      .toMatch(/^3 actions importées dans la feuille « Plan d'action »/);
    await page.click("#modal-close");
    await expect.poll(() => page.locator(".tab").allTextContents()).toContain("Plan d'action");
    await page.locator(".tab", { hasText: "Plan d'action" }).click();
    await expect.poll(() => text(page, "C9")).toBe("Rédiger le rapport");
    expect(await text(page, "A9")).toBe("Prévenir les accidents");
    expect(await text(page, "E10")).toBe("Ana Silva");

    await page.locator(".tab", { hasText: "Feuille 1" }).click();
    await expect.poll(() => Promise.all(PASTED.map((a1) => text(page, a1)))).toEqual(before);
    await page.close();
  });
});
