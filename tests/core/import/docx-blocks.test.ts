/**
 * The .docx reader's decisions (src/core/import/docx/docx-blocks.ts) on plain document content as the
 * server copies it out of the XML: headings by style, outline level and name; list numbering rendered as
 * Word shows it; numbered paragraphs over bullets read as headings; tables on their grid with merged
 * cells filled down; and the upload checks (upload-check.ts) on the bytes of real and broken files.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { docxBlocks } from "../../../src/core/import/docx/docx-blocks";
import type { DocxContent, DocxParagraph } from "../../../src/core/import/docx/docx-content";
import {
  classifyUpload,
  MAX_DOCX_BYTES,
  uploadMessage,
  zipProblem,
} from "../../../src/core/import/docx/upload-check";

function p(text: string, extra: Partial<DocxParagraph> = {}): DocxParagraph {
  return { kind: "p", text, style: "", numId: "", ilvl: 0, outlineLevel: null, ...extra };
}

const STYLES: DocxContent["styles"] = [
  { id: "Titre1", name: "heading 1", basedOn: "", outlineLevel: null, numId: "", ilvl: 0 },
  { id: "MonTitre", name: "Mon titre", basedOn: "Titre1", outlineLevel: null, numId: "", ilvl: 0 },
  { id: "Niveau2", name: "Sous-section", basedOn: "", outlineLevel: 1, numId: "", ilvl: 0 },
  { id: "ListePuces", name: "List Bullet", basedOn: "", outlineLevel: null, numId: "9", ilvl: 0 },
  { id: "Corps", name: "Body Text", basedOn: "", outlineLevel: 9, numId: "", ilvl: 0 },
];

const NUMBERING: DocxContent["numbering"] = {
  abstracts: {
    "1": {
      "0": { format: "decimal", text: "%1.", start: 1 },
      "1": { format: "decimal", text: "%1.%2", start: 1 },
      "2": { format: "bullet", text: "•", start: 1 },
    },
    "2": { "0": { format: "lowerLetter", text: "%1)", start: 1 } },
    "3": { "0": { format: "upperRoman", text: "%1.", start: 1 } },
    "9": { "0": { format: "bullet", text: "", start: 1 } },
  },
  nums: {
    "1": { abstractId: "1", overrides: {} },
    "2": { abstractId: "2", overrides: {} },
    "3": { abstractId: "3", overrides: { "0": { start: 3 } } },
    "9": { abstractId: "9", overrides: {} },
  },
};

function read(body: DocxContent["body"]) {
  return docxBlocks({ body, styles: STYLES, numbering: NUMBERING });
}

describe("docxBlocks: headings and lists", () => {
  it("reads headings from the style, the style it is based on, or an outline level", () => {
    const blocks = read([
      p("Orientation 1 : Visibilité", { style: "Titre1" }),
      p("Objectif A", { style: "MonTitre" }),
      p("Sous-objectif", { style: "Niveau2" }),
      p("Niveau trois", { outlineLevel: 2 }),
      p("Corps de texte", { style: "Corps" }),
      p("Style inconnu", { style: "Absent" }),
    ]);
    expect(blocks.map((b) => [b.kind, "level" in b ? b.level : null, "text" in b ? b.text : null])).toEqual([
      ["heading", 1, "Orientation 1 : Visibilité"],
      ["heading", 1, "Objectif A"],
      ["heading", 2, "Sous-objectif"],
      ["heading", 3, "Niveau trois"],
      ["paragraph", null, "Corps de texte"],
      ["paragraph", null, "Style inconnu"],
    ]);
  });

  it("reads numbered objectives over bullets as headings, with Word's numbers, and bullets as items", () => {
    const blocks = read([
      p("Plan d'action : Conseil"),
      p("Créer une unité", { numId: "1", ilvl: 0 }),
      p("Définir le mandat (décembre 2025)", { numId: "1", ilvl: 2 }),
      p("Mettre sur pied l'unité", { numId: "9", ilvl: 0 }),
      p(""),
      p("Mobiliser", { numId: "1", ilvl: 0 }),
      p("Consulter", { numId: "1", ilvl: 1 }),
      p("Sonder les membres", { style: "ListePuces" }),
      p("Analyser", { numId: "1", ilvl: 1 }),
    ]);
    expect(blocks).toEqual([
      { kind: "paragraph", text: "Plan d'action : Conseil", line: 0 },
      { kind: "heading", level: 1, text: "1. Créer une unité", line: 1 },
      { kind: "item", level: 1, marker: "", text: "Définir le mandat (décembre 2025)", line: 2 },
      { kind: "item", level: 1, marker: "", text: "Mettre sur pied l'unité", line: 3 },
      { kind: "heading", level: 1, text: "2. Mobiliser", line: 4, gapBefore: true },
      { kind: "heading", level: 2, text: "2.1 Consulter", line: 5 },
      { kind: "item", level: 1, marker: "", text: "Sonder les membres", line: 6 },
      { kind: "item", level: 1, marker: "2.2", text: "Analyser", line: 7 },
    ]);
  });

  it("renders letters and roman numerals, honours a start override, and numbered items stay items", () => {
    const blocks = read([
      p("Faire A", { numId: "2" }),
      p("Faire B", { numId: "2" }),
      p("Troisième axe", { numId: "3" }),
      p("Quatrième axe", { numId: "3" }),
      p("Ligne un\nLigne deux"),
    ]);
    expect(
      blocks.map((b) =>
        "marker" in b ? `${b.marker} ${b.text}` : `${b.kind}: ${"text" in b ? b.text : ""}`,
      ),
    ).toEqual([
      "a) Faire A",
      "b) Faire B",
      "III. Troisième axe",
      "IV. Quatrième axe",
      "paragraph: Ligne un",
      "paragraph: Ligne deux",
    ]);
  });
});

describe("docxBlocks: tables", () => {
  it("places cells on the grid, fills merged cells down, keeps bullets in a cell as lines, header first", () => {
    const cell = (
      text: string | DocxParagraph[],
      options: { span?: number; vMerge?: "" | "restart" | "continue" } = {},
    ) => ({
      span: options.span ?? 1,
      vMerge: options.vMerge ?? "",
      paragraphs: typeof text === "string" ? (text === "" ? [] : [p(text)]) : text,
    });
    const blocks = read([
      {
        kind: "tbl",
        rows: [
          [cell("NOS ORIENTATIONS", { span: 2 }), cell("NOS ACTIONS")],
          [cell("Objectifs"), cell("Responsables"), cell("Actions")],
          [
            cell("Mise sur pied", { vMerge: "restart" }),
            cell("Marie", { vMerge: "restart" }),
            cell([p("Présenter les rôles", { numId: "9" }), p("Vérifier l'intérêt", { numId: "9" })]),
          ],
          [
            cell("", { vMerge: "continue" }),
            cell("", { vMerge: "continue" }),
            cell("=Affiches\t et  sondage"),
          ],
          [cell(""), cell(""), cell("")],
          [
            cell("Former", { span: 1 }),
            cell("Paul"),
            cell([p("Formation", { numId: "2" }), p(""), p("Suivi", { numId: "2" })]),
          ],
        ],
      },
    ]);
    // The label row above the header is not a table row: a paragraph, so the mapping meets the header first.
    expect(
      blocks.map((b) => (b.kind === "row" ? b.cells : `${b.kind}: ${"text" in b ? b.text : ""}`)),
    ).toEqual([
      "paragraph: NOS ORIENTATIONS NOS ACTIONS",
      ["Objectifs", "Responsables", "Actions"],
      ["Mise sur pied", "Marie", "- Présenter les rôles\n- Vérifier l'intérêt"],
      ["Mise sur pied", "Marie", "=Affiches et sondage"],
      ["Former", "Paul", "a) Formation\nb) Suivi"],
    ]);
    expect(blocks.slice(1).every((b) => b.kind === "row" && b.table === 1)).toBe(true);
  });
});

const FIXTURES = join(import.meta.dirname, "../../fixtures/docx");
const bytesOf = (name: string) => [...readFileSync(join(FIXTURES, name))];

describe("upload checks", () => {
  it("tells a .docx from an old .doc, a protected file, an .odt and anything else", () => {
    expect(classifyUpload(bytesOf("six-columns.libreoffice.docx"))).toBe("zip");
    expect(classifyUpload(bytesOf("docx-package.docx"))).toBe("zip");
    expect(classifyUpload(bytesOf("six-columns.libreoffice.doc"))).toBe("old-doc");
    expect(classifyUpload(bytesOf("protected.docx"))).toBe("protected");
    // An .odt is a zip too: its own `mimetype` file says what it is, once unzipped.
    expect(classifyUpload(bytesOf("six-columns.libreoffice.odt"))).toBe("zip");
    expect(zipProblem("application/vnd.oasis.opendocument.text")).toBe("odt");
    expect(zipProblem(null)).toBe("not-docx");
    expect(classifyUpload([...Buffer.from("Plan d'action : Comité\n")])).toBe("not-docx");
    expect(classifyUpload([])).toBe("empty");
    // Signed bytes, as Apps Script's Blob.getBytes gives them.
    expect(classifyUpload([80, 75, 3, 4, -1, -2])).toBe("zip");
    expect(classifyUpload([-48, -49, 17, -32, -95, -79, 26, -31])).toBe("old-doc");
  });

  it("refuses a file over the limit before looking inside it", () => {
    const big = { length: MAX_DOCX_BYTES + 1 } as ArrayLike<number>;
    expect(classifyUpload(big)).toBe("too-large");
  });

  it("words every problem plainly in French and English, naming the file", () => {
    expect(uploadMessage("protected", "fr", "plan.docx")).toMatch(
      /^Le fichier « plan\.docx » est protégé par un mot de passe/,
    );
    expect(uploadMessage("protected", "en", "plan.docx")).toMatch(
      /^The file "plan\.docx" is protected by a password/,
    );
    expect(uploadMessage("too-large", "fr", "gros.docx", 12 * 1024 * 1024)).toContain(
      "(12 Mo, maximum 10 Mo)",
    );
    expect(uploadMessage("too-large", "en", "big.docx", 10.5 * 1024 * 1024)).toContain(
      "(10.5 MB, at most 10 MB)",
    );
    expect(uploadMessage("no-file", "fr", "")).toBe(
      "Choisissez d'abord le fichier Word (.docx) de votre plan.",
    );
  });
});
