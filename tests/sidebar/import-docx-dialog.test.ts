/**
 * The import dialog's Word file in Chromium against dist/Code.js in the emulator: the dialog reads the
 * chosen .docx itself (FileReader) and the server receives text — `{ name, base64 }`, a string of the
 * file's bytes — never a form (the harness, like Apps Script under V8 by public reports, does not carry a
 * form's file input). Corrections and the committee travel as their own arguments. A file above the bound
 * is refused in the dialog, before it is read or sent.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachCalendar } from "../../src/local/emulator/calendar";
import { createEmulator } from "../../src/local/emulator/index";
import { launchChromium, openSurface, REPO, textOf } from "./harness";

const FIXTURE = join(REPO, "tests/fixtures/docx/six-columns.libreoffice.docx");

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

function emulatorFor() {
  const emulator = createEmulator({ now: "2026-01-15T15:00:00Z" });
  attachCalendar(emulator);
  return emulator;
}

describe("the import dialog's Word file", () => {
  it("sends the file as base64 text, previews it, and imports it with the committee and corrections", async () => {
    const emulator = emulatorFor();
    const dialog = await openSurface(browser, { emulator, surface: "ImportDialog", width: 900, height: 640 });
    const { page } = dialog;
    await dialog.waitForCalls("getUserLanguage", 1);
    await page.locator("#docx").setInputFiles(FIXTURE);
    await dialog.waitForCalls("previewDocxImport", 1);
    await page.locator("table.preview tbody tr").first().waitFor();
    expect(await textOf(page, ".summary")).toBe("6 actions dans 2 objectifs seront importées.");

    const sent = dialog.calls.find((call) => call.name === "previewDocxImport")!;
    const file = sent.args[0] as { name: unknown; base64: unknown };
    expect(Object.keys(file).sort()).toEqual(["base64", "name"]);
    expect(file.name).toBe("six-columns.libreoffice.docx");
    expect(typeof file.base64).toBe("string");
    expect(Buffer.from(file.base64 as string, "base64").equals(readFileSync(FIXTURE))).toBe(true);

    // A correction: the fifth column is "other"; the preview is read again with it, from the same text.
    await page.getByLabel("« Responsables » est :").selectOption("");
    await dialog.waitForCalls("previewDocxImport", 2);
    const again = dialog.calls.filter((call) => call.name === "previewDocxImport")[1]!;
    expect(again.args[0]).toEqual(file);
    expect((again.args[1] as { columns: Record<string, string[]> }).columns["1"]![4]).toBe("");

    await page.getByLabel("Comité", { exact: true }).fill("Comité d'entraide");
    await page.getByRole("button", { name: "Importer" }).click();
    await dialog.waitForCalls("importDocxPlan", 1);
    await page.getByText(/6 actions importées/).waitFor();
    const done = dialog.calls.find((call) => call.name === "importDocxPlan")!;
    expect(done.args[0]).toEqual(file);
    expect(done.args[1]).toBe("Comité d'entraide");
    const sheet = emulator.spreadsheet.getSheetByName("Plan d'action")!;
    expect(sheet.getRange("A1").getValue()).toBe("Plan d'action : Comité d'entraide");
    expect(sheet.getRange("E8").getDisplayValue()).toBe("");
    await dialog.close();
  });

  it("refuses a file above 10 MB in the dialog, without reading or sending it", async () => {
    const emulator = emulatorFor();
    const dialog = await openSurface(browser, { emulator, surface: "ImportDialog", width: 900, height: 640 });
    const { page } = dialog;
    await dialog.waitForCalls("getUserLanguage", 1);
    // The file is made in the page (as the person's choice would be), not sent over the wire by the test.
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>("#docx")!;
      const chosen = new DataTransfer();
      chosen.items.add(new File([new Uint8Array(10 * 1024 * 1024 + 1)], "gros.docx"));
      input.files = chosen.files;
      input.dispatchEvent(new Event("change"));
    });
    await page
      .locator("#error")
      .getByText(/trop gros/)
      .waitFor();
    expect(await textOf(page, "#error")).toBe(
      "Le fichier « gros.docx » est trop gros (10,1 Mo, maximum 10 Mo). Enregistrez une copie sans les images, ou copiez le texte du plan et collez-le.",
    );
    expect(dialog.calls.map((call) => call.name)).toEqual(["getUserLanguage"]);
    await dialog.close();
  });
});
