/**
 * The Word file as text, through the built add-on (dist/Code.js): the dialog sends `{ name, base64 }` and
 * the server makes an application/zip Blob itself, so the import works whether the emulator's
 * Utilities.unzip accepts only application/zip blobs (its default, a guess) or any blob. Refused with a
 * clear message and nothing created: a part declaring a <!DOCTYPE>, an archive whose directory declares
 * more than 50 MB once inflated (before unzip runs), base64 text above the call's bound (before it is
 * decoded), the old form shape (a Blob in a field). Accepted: parts starting with a UTF-8 byte-order mark.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { REPO, startAddon, workbookSnapshot } from "../support/addon";

const FIXTURES = join(REPO, "tests/fixtures/docx");
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
type Result = { ok: boolean; message?: string; rows?: { moyens: string }[]; sheetName?: string };

const asText = (bytes: Uint8Array, name: string) => ({ name, base64: Buffer.from(bytes).toString("base64") });

function documentXml(prolog = '<?xml version="1.0" encoding="UTF-8"?>'): string {
  const cell = (text: string) => `<w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
  const row = (...cells: string[]) => `<w:tr>${cells.map(cell).join("")}</w:tr>`;
  return `${prolog}<w:document xmlns:w="${W}"><w:body><w:tbl>${row("Objectif", "Action", "Échéance")}${row("Accueillir", "Préparer la trousse", "Mars 2026")}</w:tbl></w:body></w:document>`;
}

function docx(files: Record<string, string | Uint8Array>): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const [path, content] of Object.entries(files))
    entries[path] = typeof content === "string" ? strToU8(content) : content;
  return zipSync(entries);
}

describe("the Word file sent as text", () => {
  for (const unzipContentTypes of ["zip-only", "any"] as const) {
    it(`imports the fixture when unzip takes ${unzipContentTypes === "any" ? "any blob" : "only application/zip"}`, () => {
      const harness = startAddon({ now: "2026-01-15T15:00:00Z", unzipContentTypes });
      const file = asText(
        new Uint8Array(readFileSync(join(FIXTURES, "six-columns.libreoffice.docx"))),
        "six-columns.docx",
      );
      harness.emulator.calls.reset();
      const preview = harness.addon.call<Result>("previewDocxImport", file);
      expect(preview.ok).toBe(true);
      expect(preview.rows).toHaveLength(6);
      expect(harness.emulator.calls.count("Utilities.newBlob")).toBe(1);
      const done = harness.addon.call<Result>("importDocxPlan", file, "Comité Entraide");
      expect(done.ok).toBe(true);
      expect(harness.emulator.spreadsheet.getSheetByName(done.sheetName!)).not.toBeNull();
    });
  }

  it("accepts parts that start with a UTF-8 byte-order mark", () => {
    const harness = startAddon({ now: "2026-01-15T15:00:00Z" });
    const bom = "\ufeff";
    const file = asText(docx({ "word/document.xml": bom + documentXml() }), "bom.docx");
    const preview = harness.addon.call<Result>("previewDocxImport", file);
    expect(preview.message).toBeUndefined();
    expect(preview.rows!.map((r) => r.moyens)).toEqual(["Préparer la trousse"]);
  });

  it("refuses a part with a <!DOCTYPE>, in the person's language, and creates nothing", () => {
    const harness = startAddon({ now: "2026-01-15T15:00:00Z" });
    const before = workbookSnapshot(harness);
    const doctype = documentXml('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY e "x">]>');
    const file = asText(docx({ "word/document.xml": doctype }), "entités.docx");
    const preview = harness.addon.call<Result>("previewDocxImport", file);
    expect(preview).toEqual({
      ok: false,
      message:
        "Le fichier « entités.docx » contient une déclaration DOCTYPE, que Word n'écrit jamais : il n'est pas lu. Ouvrez-le dans Word, enregistrez-le de nouveau au format .docx, puis réessayez.",
    });
    expect(harness.addon.call<Result>("importDocxPlan", file, "Comité")).toEqual(preview);
    // In styles.xml too, and in English for an English user.
    const english = startAddon({ now: "2026-01-15T15:00:00Z", locale: "en_CA" });
    const inStyles = asText(
      docx({
        "word/document.xml": documentXml(),
        "word/styles.xml": '<!DOCTYPE x><w:styles xmlns:w="urn:w"/>',
      }),
      "styles.docx",
    );
    expect(english.addon.call<Result>("previewDocxImport", inStyles).message).toBe(
      'The file "styles.docx" contains a DOCTYPE declaration, which Word never writes, so it is not read. Open it in Word, save it again as .docx, then try again.',
    );
    expect(workbookSnapshot(harness)).toEqual(before);
  });

  it("refuses an archive declaring more than 50 MB inflated before unzipping it", () => {
    const harness = startAddon({ now: "2026-01-15T15:00:00Z" });
    const zeros = new Uint8Array(51 * 1024 * 1024);
    const bomb = docx({ "word/document.xml": documentXml(), "word/media/zeros.bin": zeros });
    expect(bomb.length).toBeLessThan(200 * 1024); // small on the wire, 51 MB once inflated
    harness.emulator.calls.reset();
    const preview = harness.addon.call<Result>("previewDocxImport", asText(bomb, "bombe.docx"));
    expect(preview.message).toBe(
      "Le fichier « bombe.docx » contient beaucoup plus que le texte d'un plan (plus de 50 Mo une fois décompressé) : il n'est pas lu. Enregistrez une copie sans les images, ou copiez le texte du plan et collez-le.",
    );
    expect(harness.emulator.calls.count("Utilities.unzip")).toBe(0);
  });

  it("refuses base64 text above the call's bound before decoding it", () => {
    const harness = startAddon({ now: "2026-01-15T15:00:00Z" });
    const bound = Math.ceil((10 * 1024 * 1024) / 3) * 4;
    harness.emulator.calls.reset();
    const preview = harness.addon.call<Result>("previewDocxImport", {
      name: "énorme.docx",
      base64: "A".repeat(bound + 4),
    });
    expect(preview.message).toMatch(
      /^Le fichier « énorme\.docx » est trop gros \(10,1 Mo, maximum 10 Mo\)\./,
    );
    expect(harness.emulator.calls.count("Utilities.base64Decode")).toBe(0);
  });

  it("answers the old form shape (a Blob in a field) as no file chosen", () => {
    const harness = startAddon({ now: "2026-01-15T15:00:00Z" });
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, "six-columns.libreoffice.docx")));
    const form = { docx: harness.emulator.scriptBlob(bytes, "application/zip", "plan.docx") };
    expect(harness.addon.call<Result>("previewDocxImport", form).message).toBe(
      "Choisissez d'abord le fichier Word (.docx) de votre plan.",
    );
  });
});
