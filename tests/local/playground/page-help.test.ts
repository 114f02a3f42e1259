/**
 * The page around the grid, in Chromium by ARIA roles: an empty workbook says where to start and the menu
 * bar follows the language; Restaurer lists the backup copies, newest first, with their time and number of
 * sheets, and brings back the one chosen; typing in Statut lists its choices and Enter takes the one
 * highlighted (« termi » → Terminé), a value outside the list is refused with one message in the person's
 * language; the import dialog closed right after « Importer » still shows the import (the page makes the
 * dialog's calls); a modal dialog moves by its title.
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlaygroundServer } from "../../../src/local/playground/server.ts";
import { launch, serve, tempDir } from "./helpers.ts";

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

const settled = () =>
  page.waitForFunction(() => !document.body.classList.contains("busy"), undefined, { timeout: 20_000 });
const cell = (a1: string) => page.locator(`td.cell[data-cell="${a1}"]`);
const nameBox = () => page.locator("#cell-ref").textContent();
const tabNames = () => page.getByRole("tablist").getByRole("tab").allTextContents();

async function reload(): Promise<void> {
  await page.reload();
  await page.waitForSelector("body[data-ready]");
  await settled();
}

describe("the page's help, backups, dropdowns and dialogs", () => {
  it("says where to start in an empty workbook, in the person's language, menu bar included", async () => {
    const hint = page.getByRole("note");
    expect(await hint.textContent()).toContain("Extensions ▸ Plan d'action ▸ Installer le modèle");
    expect(await page.getByRole("navigation", { name: "Menus" }).textContent()).toMatch(
      /^\s*Fichier\s*Édition\s*Affichage/,
    );
    await page.getByRole("combobox", { name: "Langue" }).selectOption("en_US");
    await expect.poll(() => hint.textContent()).toContain("Install the template");
    expect(await page.getByRole("navigation", { name: "Menus" }).textContent()).toMatch(
      /^\s*File\s*Edit\s*View/,
    );
    await page.getByRole("combobox", { name: "Language" }).selectOption("fr_CA");
    await expect.poll(() => hint.textContent()).toContain("Installer le modèle");
  });

  it("lists the backups newest first with their time and sheets, and restores the one chosen", async () => {
    const playground = server.playground;
    playground.loadExample(); // keeps a copy of the empty workbook (1 sheet)
    playground.emulator.spreadsheet.insertSheet("Notes");
    playground.resetWorkbook(); // keeps a copy of the example with its notes (4 sheets)
    await reload();
    expect(await page.getByRole("note").isVisible()).toBe(true);
    await page.getByRole("button", { name: "Restaurer" }).click();
    const choices = page
      .getByRole("dialog")
      .getByRole("radiogroup", { name: "Copies de sauvegarde" })
      .getByRole("radio");
    expect(await choices.count()).toBe(2);
    const labels = await page.locator(".backup-choice").allTextContents();
    expect(labels[0]).toMatch(/^\s*20 mai 2026 à 15 h 00.* — 4 feuilles$/);
    expect(labels[1]).toMatch(/— 1 feuille$/);
    expect(await choices.first().isChecked()).toBe(true);
    await choices.nth(1).check();
    await page.getByRole("dialog").getByRole("button", { name: "Restaurer" }).click();
    await settled();
    await expect.poll(tabNames).toEqual(["Feuille 1"]);
    // The workbook replaced is kept in turn: three copies now, the newest the empty one just left.
    expect(playground.backups().map((b) => b.sheets)).toEqual([1, 4, 1]);
  });

  it("autocompletes Statut from its list and refuses a value outside it in one language", async () => {
    server.playground.loadExample();
    await reload();
    await page.getByRole("tab", { name: "Plan d'action" }).click();
    await settled();
    await cell("H8").click();
    await page.keyboard.press("ArrowRight");
    expect(await nameBox()).toBe("I8");
    await page.keyboard.type("termi");
    const editor = page.getByRole("combobox", { name: "Modifier I8" });
    expect(await editor.getAttribute("aria-expanded")).toBe("true");
    expect(await page.getByRole("listbox").getByRole("option").allTextContents()).toEqual(["Terminé"]);
    await page.keyboard.press("Enter");
    await settled();
    const sheet = server.playground.emulator.spreadsheet.getSheetByName("Plan d'action")!;
    await expect.poll(() => sheet.getRange("I8").getValue()).toBe("Terminé");
    // Accents and case do not matter, and a word inside a choice is found: « cours » → En cours.
    await cell("H9").click();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.type("COURS");
    await page.keyboard.press("Enter");
    await expect.poll(() => sheet.getRange("I9").getValue()).toBe("En cours");

    await cell("H10").click();
    await page.keyboard.press("ArrowRight");
    const before = sheet.getRange("I10").getValue();
    await page.keyboard.type("Fini");
    await page.keyboard.press("Enter");
    const refusal = page.getByRole("dialog", { name: "Données non valides" });
    await refusal.waitFor();
    const message = (await refusal.locator(".message").textContent()) ?? "";
    expect(message).toMatch(/^Les données saisies dans la cellule I10 ne respectent pas/);
    expect(message).not.toMatch(/violates| \/ /);
    await refusal.getByRole("button", { name: "OK" }).click();
    expect(sheet.getRange("I10").getValue()).toBe(before);
  });

  it("shows an import whose dialog was closed right after « Importer », and moves a dialog by its title", async () => {
    await page.getByRole("button", { name: "Extensions" }).click();
    await page.locator(".submenu-opener").click();
    await page.getByRole("menuitem", { name: /Importer un plan existant/ }).click();
    const modal = page.getByRole("dialog", { name: "Importer un plan existant" });
    await modal.waitFor();
    // One title: the dialog's frame shows it, the page inside keeps it for screen readers only.
    const dialog = page.frameLocator("#modal iframe");
    const inner = await dialog.locator("h1").boundingBox();
    expect(inner === null || inner.height <= 1).toBe(true);

    // Moved by its title bar.
    const box = (await modal.boundingBox())!;
    await page.mouse.move(box.x + 60, box.y + 20);
    await page.mouse.down();
    await page.mouse.move(box.x - 40, box.y + 60, { steps: 4 });
    await page.mouse.up();
    const moved = (await modal.boundingBox())!;
    expect(Math.round(moved.x - box.x)).toBe(-100);
    expect(Math.round(moved.y - box.y)).toBe(40);

    await dialog
      .getByRole("textbox", { name: "Texte du plan" })
      .fill(
        "Objectif : Mieux accueillir les nouveaux\n- Préparer une trousse d'accueil, en mars\n- Jumeler chaque nouveau avec un ancien",
      );
    await dialog.getByRole("button", { name: "Aperçu" }).click();
    const importButton = dialog.getByRole("button", { name: "Importer", exact: true });
    await expect.poll(() => importButton.isEnabled(), { timeout: 15_000 }).toBe(true);
    const sheets = server.playground.emulator.spreadsheet.getNumSheets();
    await importButton.click();
    await modal.getByRole("button", { name: "Fermer", exact: true }).click();
    await expect.poll(() => modal.isVisible()).toBe(false);
    // No reload: the page shows the new plan sheet once the call ends.
    const spreadsheet = server.playground.emulator.spreadsheet;
    await expect.poll(() => spreadsheet.getNumSheets(), { timeout: 20_000 }).toBeGreaterThan(sheets);
    const names = spreadsheet.getSheets().map((s) => s.getName());
    await expect.poll(tabNames, { timeout: 20_000 }).toEqual(names);
  });
});
