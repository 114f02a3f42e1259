/**
 * Writes the .docx fixtures of the Word import (tests/fixtures/docx), each made by a program other than
 * the add-on, so the reader is not tuned to one writer: LibreOffice converts the HTML sources in
 * tests/fixtures/docx/sources (the seeds' layouts: six columns with merged objective cells, year columns
 * with checkmarks, numbered objectives with bullet actions) with `soffice --headless --convert-to docx`;
 * the `docx` npm package writes a plan with Word's own heading styles, a numbered list with bullets under
 * it and a table in another column order with merged cells. The files a user may pick by mistake are made
 * the same way: an old .doc and an .odt by LibreOffice, a password-protected .docx by officecrypto-tool
 * (ECMA-376 agile encryption). The outputs are committed; run `npm run fixtures:docx` to remake them
 * (needs LibreOffice: src/tools/ensure-soffice.sh).
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from "docx";
import { encrypt } from "officecrypto-tool";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const FIXTURES = join(ROOT, "tests/fixtures/docx");
const SOURCES = join(FIXTURES, "sources");

/** Converts `source` with LibreOffice's Writer to `format` (a filter name as soffice takes it) into `outDir`. */
export function soffice(source: string, format: string, outDir: string): string {
  const profile = mkdtempSync(join(tmpdir(), "soffice-profile-"));
  try {
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--infilter=HTML (StarWriter)",
        "--convert-to",
        format,
        "--outdir",
        outDir,
        source,
      ],
      { stdio: "pipe" },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return join(outDir, `${basename(source, ".html")}.${format.split(":")[0]}`);
}

function paragraph(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun(text)] });
}

function cell(
  children: Paragraph[],
  options: { merge?: "restart" | "continue"; span?: number } = {},
): TableCell {
  return new TableCell({
    children,
    columnSpan: options.span,
    verticalMerge:
      options.merge === "restart"
        ? VerticalMergeType.RESTART
        : options.merge === "continue"
          ? VerticalMergeType.CONTINUE
          : undefined,
  });
}

function bullet(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun(text)], numbering: { reference: "puces", level: 0 } });
}

/** A plan written by the `docx` package: Word's heading styles, a numbered list, a table with its own columns. */
async function docxPackagePlan(): Promise<Buffer> {
  const doc = new Document({
    creator: "Comité de la condition des femmes",
    title: "Plan d'action 2026",
    numbering: {
      config: [
        {
          reference: "objectifs",
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START },
            { level: 1, format: LevelFormat.BULLET, text: "•", alignment: AlignmentType.START },
          ],
        },
        {
          reference: "puces",
          levels: [{ level: 0, format: LevelFormat.BULLET, text: "–", alignment: AlignmentType.START }],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({
            text: "Plan d'action : Comité de la condition des femmes",
            heading: HeadingLevel.TITLE,
          }),
          paragraph("Période : janvier 2026 à décembre 2026"),
          new Paragraph({
            text: "Orientation 1 : Rendre le comité visible",
            heading: HeadingLevel.HEADING_1,
          }),
          new Paragraph({
            text: "Faire connaître le comité",
            numbering: { reference: "objectifs", level: 0 },
          }),
          new Paragraph({
            text: "Tenir un kiosque lors de la journée du 8 mars (mars 2026)",
            numbering: { reference: "objectifs", level: 1 },
          }),
          new Paragraph({
            text: "Publier une chronique dans le journal syndical (chaque mois)",
            numbering: { reference: "objectifs", level: 1 },
          }),
          new Paragraph({ text: "Former les membres", numbering: { reference: "objectifs", level: 0 } }),
          new Paragraph({
            text: "Offrir un atelier sur l'équité salariale (automne 2026)",
            numbering: { reference: "objectifs", level: 1 },
          }),
          new Paragraph({
            text: "Orientation 2 : Agir avec les partenaires",
            heading: HeadingLevel.HEADING_1,
          }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({
                tableHeader: true,
                children: ["Échéance", "Action", "Porteur", "Objectif", "Budget"].map((h) =>
                  cell([paragraph(h)]),
                ),
              }),
              new TableRow({
                children: [
                  cell([paragraph("Juin 2026")]),
                  cell([bullet("Rencontrer la table régionale"), bullet("Signer l'entente de partenariat")]),
                  cell([paragraph("Julie Gagnon")], { merge: "restart" }),
                  cell([paragraph("Bâtir des alliances régionales")], { merge: "restart" }),
                  cell([paragraph("200 $")]),
                ],
              }),
              new TableRow({
                children: [
                  cell([paragraph("En continu")]),
                  cell([paragraph("+ Relayer les campagnes des groupes de femmes")]),
                  cell([], { merge: "continue" }),
                  cell([], { merge: "continue" }),
                  cell([paragraph("")]),
                ],
              }),
              new TableRow({
                children: [
                  cell([paragraph("Décembre 2026")]),
                  cell([paragraph("Faire le bilan avec les partenaires")], { span: 2 }),
                  cell([paragraph("Évaluer l'année")]),
                  cell([paragraph("-")]),
                ],
              }),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), "docx-fixtures-"));
  try {
    for (const name of readdirSync(SOURCES).filter((f) => f.endsWith(".html"))) {
      const made = soffice(join(SOURCES, name), "docx:MS Word 2007 XML", work);
      copyFileSync(made, join(FIXTURES, `${basename(name, ".html")}.libreoffice.docx`));
    }
    writeFileSync(join(FIXTURES, "docx-package.docx"), await docxPackagePlan());
    const six = join(SOURCES, "six-columns.html");
    copyFileSync(soffice(six, "doc:MS Word 97", work), join(FIXTURES, "six-columns.libreoffice.doc"));
    copyFileSync(soffice(six, "odt", work), join(FIXTURES, "six-columns.libreoffice.odt"));
    const plain = readFileSync(join(FIXTURES, "six-columns.libreoffice.docx"));
    writeFileSync(join(FIXTURES, "protected.docx"), await encrypt(plain, { password: "comite" }));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`Fixtures written to ${FIXTURES}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
