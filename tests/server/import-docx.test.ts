/**
 * "Choisir un fichier Word (.docx)" through the built add-on (dist/Code.js) in the emulator: each fixture
 * written by LibreOffice or the docx package (tests/fixtures/docx) arrives as the dialog sends it — text,
 * `{ name, base64 }` — and imports with exact cells: merged objective cells filled down, bullets
 * in one cell becoming actions that share the row, a numbered Word list becoming objectives over their
 * bullet actions, text starting with = + - @ kept as text. Files that are not a readable .docx get their
 * plain message and nothing is created.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Harness, REPO, startAddon, workbookSnapshot } from "../support/addon";

const FIXTURES = join(REPO, "tests/fixtures/docx");

type Preview = {
  ok: boolean;
  message?: string;
  rows: { objectif: string; moyens: string; responsables: string; echeancier: string }[];
  objectives: { name: string; rows: number }[];
  unplaced: string[];
  comite: string;
  period: { start: string; end: string } | null;
};
type Done = { ok: boolean; sheetName?: string; rows?: number; message: string };

/** The file as the dialog sends it through google.script.run: its name and its bytes in base64. */
function formWith(_harness: Harness, bytes: Uint8Array, name: string) {
  return { name, base64: Buffer.from(bytes).toString("base64") };
}

function fixtureForm(harness: Harness, file: string) {
  return formWith(harness, new Uint8Array(readFileSync(join(FIXTURES, file))), file);
}

/** The imported rows as the person sees them: Objectifs…Échéancier, Statut and Remarques. */
function importedCells(harness: Harness, sheetName: string): string[][] {
  const sheet = harness.emulator.spreadsheet.getSheetByName(sheetName)!;
  const last = sheet.getLastRow();
  return sheet
    .getRange(8, 1, last - 7, 11)
    .getDisplayValues()
    .map((r) => [...r.slice(0, 6), r[8]!, r[10]!]);
}

function importFixture(file: string, comite?: string) {
  const harness = startAddon({ now: "2026-01-15T15:00:00Z" });
  const before = workbookSnapshot(harness);
  const preview = harness.addon.call<Preview>("previewDocxImport", fixtureForm(harness, file));
  expect(preview.ok).toBe(true);
  expect(workbookSnapshot(harness)).toEqual(before); // a preview writes nothing
  const done = harness.addon.call<Done>("importDocxPlan", fixtureForm(harness, file), comite);
  expect(done.ok).toBe(true);
  expect(done.rows).toBe(preview.rows.length);
  return { harness, preview, done, cells: importedCells(harness, done.sheetName!) };
}

describe("a .docx written by LibreOffice in seed 002's six columns", () => {
  it("imports with exact cells: merged objectives filled down, two bullets → two actions sharing the row", () => {
    const { harness, preview, done, cells } = importFixture("six-columns.libreoffice.docx");
    expect(preview.comite).toBe("Comité Entraide");
    expect(preview.period).toEqual({ start: "2025-09-01", end: "2026-06-30" });
    const first = "Mise sur pied d'un comité d'entraide";
    const second = "Former les personnes entraidantes";
    const identify = "1. Identifier un responsable de l'entraide au comité exécutif";
    const docs = "Documents explicatifs, responsable régionale";
    expect(cells).toEqual([
      [
        first,
        identify,
        "Présenter les rôles et responsabilités du porteur de dossier",
        docs,
        "Marie Tremblay",
        "Janvier-Février",
        "À faire",
        "",
      ],
      [
        first,
        identify,
        "Vérifier l'intérêt des officiers en place",
        docs,
        "Marie Tremblay",
        "Janvier-Février",
        "À faire",
        "",
      ],
      [
        first,
        "2. Présenter le projet aux membres",
        "=Affiches et sondage auprès des membres",
        "+500 $ pour le matériel",
        "@exécutif",
        "Mars",
        "À faire",
        "",
      ],
      [
        first,
        "3. Recruter des personnes entraidantes",
        "Entrevues de sélection",
        "-20 % sur l'impression",
        "Paul Roy, Marie Tremblay",
        "Printemps-été",
        "À faire",
        "",
      ],
      [
        second,
        "4. Offrir la formation de base",
        "Déterminer la date et le lieu de la formation",
        "Libérations syndicales",
        "Comité exécutif",
        "Septembre",
        "À faire",
        "",
      ],
      [
        second,
        "5. Assurer la continuité du comité",
        "Définir la fréquence des rencontres et la composition du comité",
        "Budget de libération",
        "Responsable local",
        "2 fois par année",
        "À faire",
        "",
      ],
    ]);
    // Text that starts with = + - @ is text, not a formula.
    const sheet = harness.emulator.spreadsheet.getSheetByName(done.sheetName!)!;
    expect(
      sheet
        .getRange(8, 1, 6, 6)
        .getFormulas()
        .flat()
        .every((f) => f === ""),
    ).toBe(true);
    expect(sheet.getRange("B2").getDisplayValue()).toBe("Comité Entraide");
    expect(done.message).toBe(
      "6 actions importées dans la feuille « Plan d'action ». Vérifiez la Période (ligne 3). Puis validez le plan.",
    );
  });
});

describe("the preview's corrections on a Word file", () => {
  it("travel beside the file to the preview and the import", () => {
    const harness = startAddon({ now: "2026-01-15T15:00:00Z" });
    const corrections = {
      columns: { "1": ["objectif", "resultat", "moyens", "ressources", "remarques", "echeancier"] },
      lines: { "0": "ignore" },
    };
    const form = fixtureForm(harness, "six-columns.libreoffice.docx");
    const preview = harness.addon.call<Preview>("previewDocxImport", form, corrections);
    expect(preview.comite).toBe(""); // the title line is not part of the plan
    expect(preview.rows.map((r) => r.responsables)).toEqual(["", "", "", "", "", ""]);
    const done = harness.addon.call<Done>("importDocxPlan", form, "Comité Entraide", corrections);
    const sheet = harness.emulator.spreadsheet.getSheetByName(done.sheetName!)!;
    expect(sheet.getRange("E8").getDisplayValue()).toBe("");
    expect(sheet.getRange("K8").getDisplayValue()).toBe("Responsables : Marie Tremblay");
    // Unreadable corrections are no corrections.
    const plain = harness.addon.call<Preview>("previewDocxImport", form, "{pas du JSON");
    expect(plain.rows[0]!.responsables).toBe("Marie Tremblay");
  });
});

describe("a .docx written by LibreOffice with year columns and checkmarks (seed 001)", () => {
  it("reads the header under its label row, the marked years as the Échéancier, the BUT merged down", () => {
    const { cells, preview, harness, done } = importFixture("year-columns.libreoffice.docx");
    expect(preview.unplaced).toEqual([
      "Syndicat des employées et employés de soutien",
      "LES ORIENTATIONS ET LES ACTIONS",
      "NOS ORIENTATIONS NOS ACTIONS",
    ]);
    const butOne = "1. Assurer le bon fonctionnement du syndicat";
    const stats = "1.2 Maintenir un portrait statistique des effectifs";
    expect(cells).toEqual([
      [
        "1.1 Actualiser les règles de fonctionnement",
        "",
        "a. publication des changements aux statuts; b. tenue d'une assemblée extraordinaire",
        "",
        "",
        "2024-2025",
        "À faire",
        "",
      ],
      [stats, "", "analyses statistiques", "", "", "2024-2026", "À faire", "Avec le comité de l'information"],
      [
        stats,
        "",
        "publication de certaines données",
        "",
        "",
        "2024-2026",
        "À faire",
        "Avec le comité de l'information",
      ],
      [
        "2.1 Actualiser notre plate-forme syndicale",
        "",
        "révision de la plate-forme",
        "",
        "",
        "2025-2027",
        "À faire",
        "",
      ],
    ]);
    // BUTS, a column the template lacks: a column of its own after the template's, merged cell filled down
    const sheet = harness.emulator.spreadsheet.getSheetByName(done.sheetName!)!;
    expect(sheet.getRange("M7").getDisplayValue()).toBe("BUTS");
    const buts = sheet.getRange(8, 13, cells.length, 1).getDisplayValues().flat();
    expect(buts.slice(0, 3)).toEqual([butOne, butOne, butOne]);
    expect(buts.at(-1)).toBe("2. Favoriser l'implication des membres");
  });
});

describe("a .docx written by LibreOffice with numbered objectives and bullet actions (seed 000)", () => {
  it("reads the Word list: numbered items are objectives, bullets their actions, deadlines taken out", () => {
    const { cells, preview } = importFixture("numbered-objectives.libreoffice.docx");
    // "2025-2027": two committee years, September → August (issue 21), not three calendar years
    expect(preview.period).toEqual({ start: "2025-09-01", end: "2027-08-31" });
    const one = "1. Le conseil développe la solidarité aux niveaux local et régional";
    const two = "2. Le conseil soutient les syndicats dans leurs négociations";
    expect(cells).toEqual([
      [
        "1. Créer une unité de mobilisation",
        "",
        "Définir le mandat et la composition de l'unité",
        "",
        "",
        "décembre 2025",
        "À faire",
        one,
      ],
      [
        "1. Créer une unité de mobilisation",
        "",
        "Mettre sur pied l'unité",
        "",
        "",
        "mars 2026",
        "À faire",
        one,
      ],
      [
        "2. Mettre en place une salle d'enregistrement",
        "",
        "Évaluer les besoins et les coûts",
        "",
        "",
        "février 2026",
        "À faire",
        one,
      ],
      [
        "2. Mettre en place une salle d'enregistrement",
        "",
        "Offrir des formations sur l'équipement",
        "",
        "",
        "reste du mandat",
        "À faire",
        one,
      ],
      [
        "1. Organiser un événement régional sur la pénurie de main-d'œuvre",
        "",
        "Déterminer une formule d'événement",
        "",
        "",
        "mai 2026",
        "À faire",
        two,
      ],
      [
        "1. Organiser un événement régional sur la pénurie de main-d'œuvre",
        "",
        "@Inviter les syndicats et les employeurs",
        "",
        "",
        "mandat complet",
        "À faire",
        two,
      ],
    ]);
  });
});

describe("a .docx written by the docx package (a second producer)", () => {
  it("reads Word's heading styles, a numbered list, and a table in its own column order", () => {
    // The numbered items are the objectives; the Heading 1 around them goes to Remarques, as for seed 000.
    const { cells, preview } = importFixture("docx-package.docx", "Comité des femmes");
    expect(preview.comite).toBe("Comité de la condition des femmes");
    const orientation = "Orientation 1 : Rendre le comité visible";
    const alliances = "Bâtir des alliances régionales";
    expect(cells).toEqual([
      [
        "1. Faire connaître le comité",
        "",
        "Tenir un kiosque lors de la journée du 8 mars",
        "",
        "",
        "mars 2026",
        "À faire",
        orientation,
      ],
      [
        "1. Faire connaître le comité",
        "",
        "Publier une chronique dans le journal syndical",
        "",
        "",
        "chaque mois",
        "À faire",
        orientation,
      ],
      [
        "2. Former les membres",
        "",
        "Offrir un atelier sur l'équité salariale",
        "",
        "",
        "automne 2026",
        "À faire",
        orientation,
      ],
      [alliances, "", "Rencontrer la table régionale", "200 $", "Julie Gagnon", "Juin 2026", "À faire", ""],
      [alliances, "", "Signer l'entente de partenariat", "200 $", "Julie Gagnon", "Juin 2026", "À faire", ""],
      [
        alliances,
        "",
        "+ Relayer les campagnes des groupes de femmes",
        "",
        "Julie Gagnon",
        "En continu",
        "À faire",
        "",
      ],
      ["Évaluer l'année", "", "Faire le bilan avec les partenaires", "-", "", "Décembre 2026", "À faire", ""],
    ]);
  });
});

describe("WordprocessingML that Word writes around text", () => {
  it("reads hyperlinks, content controls, tracked insertions, tabs, breaks, Strict Open XML; leaves deleted text out", () => {
    const harness = startAddon({ now: "2026-01-15T15:00:00Z" });
    const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    const t = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
    const tc = (inner: string, props = "") =>
      `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ""}${inner}</w:tc>`;
    const p = (inner: string) => `<w:p>${inner}</w:p>`;
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}" xmlns:r="urn:r"><w:body>
<w:sdt><w:sdtPr/><w:sdtContent>${p(t("Plan d'action : Comité Vert"))}</w:sdtContent></w:sdt>
<w:tbl>
<w:tr>${tc(p(t("Objectif")))}${tc(p(t("Action")))}${tc(p(t("Responsable")))}${tc(p(t("Échéance")))}</w:tr>
<w:tr>${tc(p(t("Réduire les déchets")), '<w:vMerge w:val="restart"/>')}${tc(p(`<w:hyperlink r:id="rId9">${t("Installer")}</w:hyperlink>${t(" un lave-vaisselle")}<w:del><w:r><w:delText> jetable</w:delText></w:r></w:del>`))}${tc(p(`${t("Marie")}<w:ins>${t(" Roy")}</w:ins>`))}${tc(p(`<w:r><w:t>Mars</w:t><w:tab/><w:t>2026</w:t></w:r>`))}</w:tr>
<w:tr>${tc(p(""), "<w:vMerge/>")}${tc(p(`${t("Tenir un kiosque")}<w:r><w:br/></w:r>${t("à la cafétéria")}`))}${tc(`<w:tbl><w:tr>${tc(p(t("Paul")))}</w:tr></w:tbl>${p("")}`)}${tc(p(t("Avril 2026")))}</w:tr>
</w:tbl>
</w:body></w:document>`;
    const Utilities = harness.emulator.globals["Utilities"] as GoogleAppsScript.Utilities.Utilities;
    const zip = Utilities.zip([Utilities.newBlob(xml, "application/xml", "word/document.xml")]);
    const bytes = new Uint8Array(zip.getBytes().map((b) => (b + 256) % 256));
    const preview = harness.addon.call<Preview>("previewDocxImport", formWith(harness, bytes, "vert.docx"));
    expect(preview.comite).toBe("Comité Vert");
    expect(preview.rows.map((r) => [r.objectif, r.moyens, r.responsables, r.echeancier])).toEqual([
      ["Réduire les déchets", "Installer un lave-vaisselle", "Marie Roy", "Mars 2026"],
      ["Réduire les déchets", "Tenir un kiosque à la cafétéria", "Paul", "Avril 2026"],
    ]);
    // The same document saved as "Strict Open XML" (another namespace URI for the same elements).
    const strict = xml.replace(W, "http://purl.oclc.org/ooxml/wordprocessingml/main");
    const strictZip = Utilities.zip([Utilities.newBlob(strict, "application/xml", "word/document.xml")]);
    const strictBytes = new Uint8Array(strictZip.getBytes().map((b) => (b + 256) % 256));
    const again = harness.addon.call<Preview>(
      "previewDocxImport",
      formWith(harness, strictBytes, "strict.docx"),
    );
    expect(again.rows).toEqual(preview.rows);
  });
});

describe("files the import cannot read", () => {
  const docx = readFileSync(join(FIXTURES, "six-columns.libreoffice.docx"));
  const cases: [string, () => Uint8Array, string, string][] = [
    [
      "a text file",
      () => new Uint8Array(Buffer.from("Plan d'action : Comité\nObjectifs\tMoyens\n")),
      "plan.txt",
      "Le fichier « plan.txt » n'est pas un document Word (.docx).",
    ],
    ["an empty file", () => new Uint8Array(0), "vide.docx", "Le fichier « vide.docx » est vide."],
    [
      "a damaged .docx (cut short)",
      () => new Uint8Array(docx.subarray(0, Math.floor(docx.length / 2))),
      "coupé.docx",
      "Le fichier « coupé.docx » est endommagé",
    ],
    [
      "a password-protected .docx",
      () => new Uint8Array(readFileSync(join(FIXTURES, "protected.docx"))),
      "protected.docx",
      "Le fichier « protected.docx » est protégé par un mot de passe",
    ],
    [
      "an old .doc",
      () => new Uint8Array(readFileSync(join(FIXTURES, "six-columns.libreoffice.doc"))),
      "plan.doc",
      "Le fichier « plan.doc » est un ancien document Word (.doc).",
    ],
    [
      "an .odt",
      () => new Uint8Array(readFileSync(join(FIXTURES, "six-columns.libreoffice.odt"))),
      "plan.odt",
      "Le fichier « plan.odt » est un document OpenDocument (.odt).",
    ],
    [
      "an oversized file",
      () => {
        const big = new Uint8Array(10 * 1024 * 1024 + 1);
        big.set(docx.subarray(0, 4));
        return big;
      },
      "gros.docx",
      "Le fichier « gros.docx » est trop gros (10,1 Mo, maximum 10 Mo).",
    ],
  ];
  for (const [what, bytes, name, message] of cases) {
    it(`${what}: says so plainly and creates nothing`, () => {
      const harness = startAddon({ now: "2026-01-15T15:00:00Z" });
      const before = workbookSnapshot(harness);
      const preview = harness.addon.call<Preview>("previewDocxImport", formWith(harness, bytes(), name));
      expect(preview.ok).toBe(false);
      expect(preview.message).toContain(message);
      const done = harness.addon.call<Done>("importDocxPlan", formWith(harness, bytes(), name));
      expect(done).toEqual({ ok: false, message: preview.message });
      expect(workbookSnapshot(harness)).toEqual(before);
    });
  }

  it("a zip that is not Word, a .docx whose XML is broken, and a form without a file", () => {
    const harness = startAddon({ now: "2026-01-15T15:00:00Z" });
    const Utilities = harness.emulator.globals["Utilities"] as GoogleAppsScript.Utilities.Utilities;
    const zip = (files: Record<string, string>) =>
      new Uint8Array(
        Utilities.zip(
          Object.entries(files).map(([path, text]) => Utilities.newBlob(text, "application/xml", path)),
        )
          .getBytes()
          .map((b) => (b + 256) % 256),
      );
    const before = workbookSnapshot(harness);
    const other = harness.addon.call<Preview>(
      "previewDocxImport",
      formWith(harness, zip({ "xl/workbook.xml": "<workbook/>" }), "classeur.docx"),
    );
    expect(other.message).toBe(
      "Le fichier « classeur.docx » n'est pas un document Word (.docx). Choisissez le fichier .docx du plan, ou copiez le texte du plan et collez-le.",
    );
    const broken = harness.addon.call<Preview>(
      "previewDocxImport",
      formWith(harness, zip({ "word/document.xml": "<w:document><w:body>" }), "abîmé.docx"),
    );
    expect(broken.message).toMatch(/^Le fichier « abîmé\.docx » est endommagé/);
    const blank = harness.addon.call<Preview>("previewDocxImport", formWith(harness, new Uint8Array(0), ""));
    expect(blank.message).toBe("Choisissez d'abord le fichier Word (.docx) de votre plan.");
    expect(harness.addon.call<Preview>("previewDocxImport", {} as never).message).toBe(blank.message);
    expect(workbookSnapshot(harness)).toEqual(before);
  });

  it("speaks English to an English user", () => {
    const harness = startAddon({ now: "2026-01-15T15:00:00Z", locale: "en_CA" });
    const preview = harness.addon.call<Preview>(
      "previewDocxImport",
      formWith(harness, new Uint8Array(readFileSync(join(FIXTURES, "protected.docx"))), "plan.docx"),
    );
    expect(preview.message).toBe(
      'The file "plan.docx" is protected by a password, so it cannot be read. Open it in Word, remove the password (File › Info › Protect Document), save it, then try again.',
    );
  });
});

describe("service calls", () => {
  it("reads a .docx with one base64Decode, one newBlob, one unzip and one parse per XML part", () => {
    const harness = startAddon({ now: "2026-01-15T15:00:00Z" });
    harness.emulator.calls.reset();
    harness.addon.call("importDocxPlan", fixtureForm(harness, "six-columns.libreoffice.docx"));
    const calls = harness.emulator.calls;
    expect(calls.count("Utilities.base64Decode")).toBe(1);
    expect(calls.count("Utilities.newBlob")).toBe(1);
    expect(calls.count("Utilities.Blob.getBytes")).toBe(0);
    expect(calls.count("Utilities.unzip")).toBe(1);
    expect(calls.count("XmlService.parse")).toBe(4); // _rels/.rels, document, styles, numbering
  });
});
