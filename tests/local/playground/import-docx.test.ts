/**
 * The import dialog's Word file input, in Debian's Chromium against the playground: choosing a .docx
 * sends the file as base64 text through the playground's google.script.run (which, like the test
 * harness, does not carry a form's file input); the preview shows the document's
 * actions, Importer writes the new plan sheet the grid then shows. A protected file gets its message in
 * the dialog and no sheet is created.
 */
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlaygroundServer } from "../../../src/local/playground/server.ts";
import { REPO } from "../../support/addon.ts";
import { launch, serve, tempDir } from "./helpers.ts";

const FIXTURES = join(REPO, "tests/fixtures/docx");
const temp = tempDir();
let browser: BrowserContext;
let server: PlaygroundServer;

beforeAll(async () => {
  browser = await launch(temp.dir);
  server = await serve(temp.statePath);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  temp.cleanup();
});

async function openImportDialog(): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.waitForSelector("body[data-ready]");
  await page.click("#menu-extensions");
  await page.click(".submenu-opener");
  await page.locator(".submenu button[role=menuitem]", { hasText: "Importer un plan existant" }).click();
  await page.locator("#modal.html-dialog iframe").waitFor();
  return page;
}

/** The dialog's texts use French spacing (no-break spaces inside « »): compared with plain spaces. */
const plain = (text: string | null) => (text ?? "").replace(/[\u00a0\u202f]/g, " ");

const cell = (page: Page, a1: string) => page.locator(`td.cell[data-cell="${a1}"]`);

describe("the import dialog's Word file input in the playground", () => {
  it("previews the chosen .docx and imports it into a new plan sheet", async () => {
    const page = await openImportDialog();
    const dialog = page.frameLocator("#modal iframe");
    await expect
      .poll(() => dialog.locator("#docx-label").textContent())
      .toBe("Choisir un fichier Word (.docx)");
    await dialog.locator("#docx").setInputFiles(join(FIXTURES, "six-columns.libreoffice.docx"));
    await expect
      .poll(() => dialog.locator(".summary").textContent(), { timeout: 15_000 })
      .toBe("6 actions dans 2 objectifs seront importées.");
    expect(plain(await dialog.locator("#source").textContent())).toBe(
      "Aperçu du fichier « six-columns.libreoffice.docx ».",
    );
    expect(await dialog.locator("table.preview tbody tr").count()).toBe(6);
    expect(await dialog.locator("table.preview tbody tr").nth(1).locator("td").nth(1).textContent()).toBe(
      "Vérifier l'intérêt des officiers en place",
    );
    expect(await dialog.locator("#committee").inputValue()).toBe("Comité Entraide");

    await dialog.locator("#import").click();
    await expect
      .poll(async () => plain(await dialog.locator(".summary").textContent()), { timeout: 15_000 })
      .toMatch(/^6 actions importées dans la feuille « Plan d'action »/);
    await page.click("#modal-close");
    await expect.poll(() => page.locator(".tab").allTextContents()).toContain("Plan d'action");
    await page.locator(".tab", { hasText: "Plan d'action" }).click();
    await expect.poll(() => cell(page, "C9").textContent()).toBe("Vérifier l'intérêt des officiers en place");
    expect(await cell(page, "A11").textContent()).toBe("Mise sur pied d'un comité d'entraide");
    expect(await cell(page, "C10").textContent()).toBe("=Affiches et sondage auprès des membres");
    await page.close();
  });

  it("says in the dialog that a protected file cannot be read, and creates nothing", async () => {
    const page = await openImportDialog();
    const tabs = await page.locator(".tab").allTextContents();
    const dialog = page.frameLocator("#modal iframe");
    await dialog.locator("#docx").setInputFiles(join(FIXTURES, "protected.docx"));
    await expect
      .poll(async () => plain(await dialog.locator("#error").textContent()), { timeout: 15_000 })
      .toMatch(/^Le fichier « protected\.docx » est protégé par un mot de passe/);
    expect(await dialog.locator("#import").isDisabled()).toBe(true);
    await page.click("#modal-close");
    expect(await page.locator(".tab").allTextContents()).toEqual(tabs);
    await page.close();
  });
});
