/**
 * The Word import's cost, measured on the built dist/Code.js in the emulator: the service calls of
 * previewDocxImport (one base64Decode, one newBlob, one unzip, one parse per XML part, then XmlService calls that grow
 * with the document's elements) and the CPU time, for the LibreOffice fixture and for generated
 * six-column plans of growing length (one table, two bullets in each action cell). Apps Script's
 * XmlService calls stay inside the script's process (no network round trip), so the count, not a
 * latency model, is what is reported.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { attachCalendar } from "../../local/emulator/calendar.ts";
import { createEmulator, REPO_ROOT } from "../../local/emulator/index.ts";
import { loadAddon } from "../../local/loader.ts";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

function paragraph(text: string, bullet = false): string {
  const numPr = bullet ? '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>' : "";
  return `<w:p>${numPr}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

function cell(content: string, merge = ""): string {
  const tcPr = merge ? `<w:tcPr><w:vMerge${merge === "restart" ? ' w:val="restart"' : ""}/></w:tcPr>` : "";
  return `<w:tc>${tcPr}${content}</w:tc>`;
}

/** A .docx with a six-column table of `rows` rows, objectives merged over 5 rows. */
export function generatedPlan(rows: number): Uint8Array {
  const header = [
    "Objectifs",
    "Résultats attendus",
    "Moyens",
    "Ressources requises",
    "Responsables",
    "Échéancier",
  ];
  let body = `<w:tbl><w:tr>${header.map((h) => cell(paragraph(h))).join("")}</w:tr>`;
  for (let r = 0; r < rows; r++) {
    const merge = r % 5 === 0 ? "restart" : "continue";
    body +=
      "<w:tr>" +
      cell(merge === "restart" ? paragraph(`Objectif ${r / 5 + 1}`) : "<w:p/>", merge) +
      cell(paragraph(`Résultat ${r + 1}`)) +
      cell(paragraph(`Préparer l'étape ${r + 1}`, true) + paragraph(`Présenter l'étape ${r + 1}`, true)) +
      cell(paragraph("Budget du comité")) +
      cell(paragraph("Marie Tremblay, Paul Roy")) +
      cell(paragraph("Mars 2026")) +
      "</w:tr>";
  }
  body += "</w:tbl>";
  const document = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${paragraph("Plan d'action : Comité Entraide")}${body}</w:body></w:document>`;
  const numbering = `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
  return zipSync({ "word/document.xml": strToU8(document), "word/numbering.xml": strToU8(numbering) });
}

export interface DocxBenchRow {
  document: string;
  kilobytes: number;
  actions: number;
  xmlServiceCalls: number;
  utilitiesCalls: number;
  totalCalls: number;
  cpuMs: number;
}

function measure(name: string, bytes: Uint8Array): DocxBenchRow {
  const emulator = createEmulator({ now: "2026-01-15T15:00:00Z" });
  attachCalendar(emulator);
  const addon = loadAddon(emulator);
  const file = { name, base64: Buffer.from(bytes).toString("base64") };
  emulator.calls.reset();
  const start = performance.now();
  const preview = addon.call<{ ok: boolean; rows?: unknown[] }>("previewDocxImport", file);
  const cpuMs = performance.now() - start;
  return {
    document: name,
    kilobytes: Math.round(bytes.length / 102.4) / 10,
    actions: preview.ok ? (preview.rows?.length ?? 0) : 0,
    xmlServiceCalls: emulator.calls.count("XmlService"),
    utilitiesCalls: emulator.calls.count("Utilities"),
    totalCalls: emulator.calls.total(),
    cpuMs: Math.round(cpuMs),
  };
}

export function runDocxBench(): DocxBenchRow[] {
  const fixture = join(REPO_ROOT, "tests/fixtures/docx/six-columns.libreoffice.docx");
  return [
    measure("six-columns.libreoffice.docx", new Uint8Array(readFileSync(fixture))),
    ...[50, 200].map((rows) => measure(`generated, ${rows} table rows`, generatedPlan(rows))),
  ];
}
