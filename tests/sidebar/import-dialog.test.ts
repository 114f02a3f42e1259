/**
 * The import dialog (dist/ImportDialog.html, "Importer un plan existant…") in Chromium against the
 * emulator: paste seed 002, preview, import; the preview shows pasted text literally (no markup runs);
 * a text that is not a plan gets a plain message and writes nothing; English for an English user.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachCalendar } from "../../src/local/emulator/calendar";
import { createEmulator } from "../../src/local/emulator/index";
import { launchChromium, normalise, openSurface, REPO, seriousAxeViolations, textOf } from "./harness";

const SEED_002 = readFileSync(join(REPO, "tests/fixtures/seeds/002_ffaaf15c85753dfa.txt"), "utf8");

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

function emulatorFor(locale = "fr_CA") {
  const emulator = createEmulator({ locale, now: "2026-01-15T15:00:00Z" });
  attachCalendar(emulator);
  return emulator;
}

const open = (emulator: ReturnType<typeof emulatorFor>, browserLocale = "fr-CA") =>
  openSurface(browser, { emulator, surface: "ImportDialog", width: 900, height: 640, browserLocale });

describe("import dialog", () => {
  it("previews a pasted plan, then imports it into a new plan sheet", async () => {
    const emulator = emulatorFor();
    const dialog = await open(emulator, "en-US");
    const { page } = dialog;
    await dialog.waitForCalls("getUserLanguage", 1);
    expect(await textOf(page, "h1")).toBe("Importer un plan existant"); // the user's language, not the browser's
    // French typography: a no-break space before the colon, so it never starts a line alone.
    expect(await page.locator("#intro").textContent()).toContain("\u00a0:");
    expect(await page.getByRole("button", { name: "Importer" }).isDisabled()).toBe(true);

    await page.getByLabel("Texte du plan").fill(SEED_002);
    await page.getByRole("button", { name: "Aperçu" }).click();
    await page.locator("table.preview tbody tr").first().waitFor();
    expect(await textOf(page, ".summary")).toBe("6 actions dans 1 objectif seront importées.");
    expect(await page.locator("table.preview tbody tr td:nth-child(4)").allTextContents()).toEqual([
      "Janvier-Février",
      "Mars",
      "Février-Mars",
      "Printemps-été",
      "Septembre",
      "Responsable-juin 2 fois par année",
    ]);
    expect(emulator.spreadsheet.getSheetByName("Plan d'action")).toBeNull(); // the preview wrote nothing
    expect(await page.getByLabel("Comité", { exact: true }).inputValue()).toBe("Comité Entraide"); // found in the text
    expect(await textOf(page, ".period p")).toMatch(/^Période : le texte ne la donne pas/);
    await page.getByLabel("Comité", { exact: true }).fill("Comité d'entraide du syndicat");

    await page.getByRole("button", { name: "Importer" }).click();
    await dialog.waitForCalls("importPlanText", 1);
    await page.getByText(/6 actions importées/).waitFor();
    const sheet = emulator.spreadsheet.getSheetByName("Plan d'action")!;
    expect(sheet.getRange("A1").getValue()).toBe("Plan d'action : Comité d'entraide du syndicat");
    expect(await page.locator("table.preview").count()).toBe(0); // the preview gives way to the result
    expect(await page.getByRole("button", { name: "Fermer" }).isVisible()).toBe(true);
    expect(
      sheet
        .getRange("F8:F13")
        .getValues()
        .map((row) => row[0]),
    ).toContain("Printemps-été");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await dialog.close();
  });

  it("shows pasted markup as literal text and runs none of it", async () => {
    const emulator = emulatorFor();
    const dialog = await open(emulator);
    const { page } = dialog;
    const payload = '<img src=x onerror="window.__pwned=1">';
    const text = [
      "Objectifs\tRésultats attendus\tMoyens/Actions/Activités\tRessources requises\tResponsables\tÉchéancier",
      `${payload}\t<script>window.__pwned=2</script>\t"><svg onload="window.__pwned=3">\t\t\tmars`,
    ].join("\n");
    await page.getByLabel("Texte du plan").fill(text);
    await page.getByRole("button", { name: "Aperçu" }).click();
    await page.locator("table.preview tbody tr").first().waitFor();
    expect(await page.locator("table.preview tbody td").first().textContent()).toBe(payload);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator("table.preview img, table.preview svg, table.preview script").count()).toBe(0);
    await dialog.close();
  });

  it("says plainly when the text is not a plan, and writes nothing", async () => {
    const emulator = emulatorFor("en");
    const dialog = await open(emulator, "fr-CA");
    const { page } = dialog;
    await dialog.waitForCalls("getUserLanguage", 1);
    const sheets = emulator.spreadsheet.getSheets().length;
    await page.getByLabel("Plan text").fill("Hello everyone,\nthanks for coming.\nSee you soon.");
    await page.getByRole("button", { name: "Preview" }).click();
    await dialog.waitForCalls("previewImport", 1);
    expect((await textOf(page, "#error")).length).toBeGreaterThan(20);
    expect(await page.getByRole("button", { name: "Import" }).isDisabled()).toBe(true);
    expect(emulator.spreadsheet.getSheets().length).toBe(sheets);
    await dialog.close();
  });

  it("lets the person correct a column and lines before importing", async () => {
    const emulator = emulatorFor();
    const dialog = await open(emulator);
    const { page } = dialog;
    const text = [
      "Plan d'action 2025-2026 — Comité des loisirs",
      "",
      "Objectif\tAction\tPorte-parole\tQuand\tPartenaires",
      "Animer le quartier\tOrganiser le pique-nique\tJulie\tjuin 2026\tVille de Granby",
      "\tPréparer le tournoi de quilles\tMarc\tfévrier 2026\tSalle Bowlerama",
      "",
      "Familles",
      "Fête de Noël des enfants, décembre 2025",
      "Sortie aux pommes, septembre 2025",
    ].join("\n");
    await page.getByLabel("Texte du plan").fill(text);
    await page.getByRole("button", { name: "Aperçu" }).click();
    await page.locator("table.preview tbody tr").first().waitFor();
    expect(await page.locator("table.preview tbody tr").count()).toBe(2);
    expect(await page.getByLabel("« Partenaires » est :").inputValue()).toBe(""); // not a template column

    // "this column is: Ressources requises"
    await page.getByLabel("« Partenaires » est :").selectOption({ label: "Ressources requises" });
    await dialog.waitForCalls("previewImport", 2);
    // "this line is an objective", "this line is an action" (twice)
    await page.getByLabel("Cette ligne est : Familles").selectOption({ label: "un objectif" });
    await dialog.waitForCalls("previewImport", 3);
    await page
      .getByLabel("Cette ligne est : Fête de Noël des enfants, décembre 2025")
      .selectOption({ label: "une action" });
    await dialog.waitForCalls("previewImport", 4);
    await page
      .getByLabel("Cette ligne est : Sortie aux pommes, septembre 2025")
      .selectOption({ label: "une action" });
    await dialog.waitForCalls("previewImport", 5);
    await page.locator("table.preview tbody tr").nth(3).waitFor();
    expect(await page.locator("table.preview tbody tr td:nth-child(1)").allTextContents()).toEqual([
      "Animer le quartier",
      "Animer le quartier",
      "Familles",
      "Familles",
    ]);
    expect(await page.getByLabel("« Partenaires » est :").inputValue()).toBe("ressources");
    expect(await page.locator("ul.unplaced").count()).toBe(0);
    expect(emulator.spreadsheet.getSheetByName("Plan d'action")).toBeNull();

    await page.getByRole("button", { name: "Importer" }).click();
    await dialog.waitForCalls("importPlanText", 1);
    await page.getByText(/4 actions importées/).waitFor();
    const sheet = emulator.spreadsheet.getSheetByName("Plan d'action")!;
    expect(
      sheet
        .getRange(8, 1, 4, 5)
        .getValues()
        .map((r) => [r[0], r[2], r[3]]),
    ).toEqual([
      ["Animer le quartier", "Organiser le pique-nique", "Ville de Granby"],
      ["Animer le quartier", "Préparer le tournoi de quilles", "Salle Bowlerama"],
      ["Familles", "Fête de Noël des enfants", ""],
      ["Familles", "Sortie aux pommes", ""],
    ]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await dialog.close();
  });

  it("offers « Cette ligne est » on every row and unplaced line of a long plan, and applies one", async () => {
    const emulator = emulatorFor();
    const dialog = await open(emulator);
    const { page } = dialog;
    await dialog.waitForCalls("getUserLanguage", 1);
    const text = readFileSync(join(REPO, "tests/fixtures/seeds/003_1c91ebdecc4a31f4.txt"), "utf8");
    await page.getByLabel("Texte du plan").fill(text);
    await page.getByRole("button", { name: "Aperçu" }).click();
    await page.locator("table.preview tbody tr").first().waitFor();
    const rows = await page.locator("table.preview tbody tr").count();
    expect(rows).toBeGreaterThan(50);
    expect(await page.locator("table.preview tbody tr select.role").count()).toBe(rows);
    const unplaced = page.locator("ul.unplaced li");
    expect(await unplaced.count()).toBeGreaterThan(20);
    expect(await page.locator("ul.unplaced li select.role").count()).toBe(await unplaced.count());
    const line = "Le financement du CISO et son personnel sont tres limités";
    await page.getByLabel(new RegExp(`^Cette ligne est : ${line}`)).selectOption({ label: "une action" });
    await dialog.waitForCalls("previewImport", 2);
    await page.locator("table.preview td", { hasText: line }).first().waitFor();
    expect(await page.locator("ul.unplaced li", { hasText: line }).count()).toBe(0);
    await dialog.close();
  });

  it("warns about a cell over Sheets' limit before importing, and says so after a write that failed", async () => {
    const emulator = emulatorFor();
    const dialog = await open(emulator);
    const { page } = dialog;
    await dialog.waitForCalls("getUserLanguage", 1);
    const action = "Présenter les rôles et responsabilités du porteur de dossier";
    const at = SEED_002.indexOf(action);
    const long = "Compte rendu. ".repeat(5000); // 70,000 characters pasted into one cell (69,999 once trimmed)
    const text = SEED_002.slice(0, at) + long + SEED_002.slice(SEED_002.indexOf("\t", at));
    await page.getByLabel("Texte du plan").fill(text);
    await page.getByRole("button", { name: "Aperçu" }).click();
    await page.locator("table.preview tbody tr").first().waitFor();
    expect(normalise(await textOf(page, ".too-long"))).toMatch(
      /^Ligne 1, « Moyens \/ Actions \/ Activités » : 69 999 caractères, plus que les 50 000 qu'une cellule de Sheets peut garder\. Le texte sera coupé/,
    );
    // The write of the rows fails half-way: the dialog says what happened; no sheet is left behind.
    const sheets = emulator.spreadsheet.getSheets().map((sheet) => sheet.getName());
    emulator.calls.injectFault({
      key: "SpreadsheetApp.Range.setValues",
      at: 2,
      error: new Error("Service error"),
    });
    await page.getByRole("button", { name: "Importer" }).click();
    await dialog.waitForCalls("importPlanText", 1);
    await page.locator("#error").filter({ hasText: /\S/ }).waitFor();
    expect(normalise(await textOf(page, "#error"))).toMatch(
      /^L'import n'a pas pu être terminé : Sheets a refusé une écriture/,
    );
    expect(emulator.spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual(sheets);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await dialog.close();
  });
});
