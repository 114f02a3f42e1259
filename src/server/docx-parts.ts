/**
 * Reads the parts of an uploaded .docx with Apps Script's own services — Utilities.unzip for the
 * archive, XmlService for its XML — and copies them out as plain data (src/core/import/docx/docx-content.ts):
 * the body's paragraphs and tables, the paragraph styles, the list numbering. It decides nothing about
 * the plan: which paragraph is a heading or an action, and how merged cells read, is the core's job
 * (docx-blocks.ts). The main part is found through the package's relationships (`_rels/.rels`), as
 * Office does, with `word/document.xml` when they do not say. Each part is read as UTF-8 text with a leading
 * byte-order mark dropped (Java keeps it in the string, and XmlService then refuses the part); a part that
 * declares a <!DOCTYPE> is refused (Word never writes one, and Google does not document how XmlService
 * treats its entities), and so is a part larger than a plan's ever is (DocxRefusal). Throws when a part is
 * not XML; the caller turns that into the user's "damaged file" message.
 */

import type {
  DocxBodyItem,
  DocxCell,
  DocxContent,
  DocxLevel,
  DocxNumbering,
  DocxParagraph,
  DocxStyle,
} from "../core/import/docx/docx-content";
import { MAX_DOCX_INFLATED_BYTES } from "../core/import/docx/upload-check";

type XmlElement = GoogleAppsScript.XML_Service.Element;
type Blob = GoogleAppsScript.Base.Blob;

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
/** Word's "Strict Open XML" files name the same vocabulary with another URI (ECMA-376 part 1, strict). */
const W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
const OFFICE_DOCUMENT = "/officeDocument";

let wordNamespace: GoogleAppsScript.XML_Service.Namespace | null = null;
/**
 * The WordprocessingML namespace of the document being read: the transitional one unless the main
 * part's root says strict. Made when a file is read, not at load time (onOpen may run without authorization).
 */
function w(): GoogleAppsScript.XML_Service.Namespace {
  if (!wordNamespace) wordNamespace = XmlService.getNamespace(W);
  return wordNamespace;
}

/** Containers whose children are read as if they were in place (content controls, tracked insertions…). */
const RUN_CONTAINERS = [
  "hyperlink",
  "smartTag",
  "ins",
  "moveTo",
  "fldSimple",
  "customXml",
  "sdtContent",
  "sdt",
  "dir",
  "bdo",
];

/** A part the reader refuses to parse, and why: it is the user's message, not "damaged". */
export class DocxRefusal extends Error {
  constructor(readonly problem: "doctype" | "inflated-too-large") {
    super(problem);
  }
}

/** Characters of all the parts one document read has parsed, bounded by MAX_DOCX_INFLATED_BYTES. */
let charsRead = 0;

/** A part's XML, parsed: the byte-order mark dropped, a DOCTYPE or an oversized part refused. */
function parsePart(part: Blob): GoogleAppsScript.XML_Service.Document {
  let xml = part.getDataAsString();
  if (xml.charCodeAt(0) === 0xfeff) xml = xml.slice(1);
  charsRead += xml.length;
  if (charsRead > MAX_DOCX_INFLATED_BYTES) throw new DocxRefusal("inflated-too-large");
  if (/<!DOCTYPE/i.test(xml)) throw new DocxRefusal("doctype");
  return XmlService.parse(xml);
}

/** The archive's files by path. */
export function unzipParts(blob: Blob): Record<string, Blob> {
  const parts: Record<string, Blob> = {};
  for (const part of Utilities.unzip(blob)) parts[String(part.getName())] = part;
  return parts;
}

/** The main document's path, from `_rels/.rels`, or word/document.xml. */
export function mainDocumentPath(parts: Record<string, Blob>): string {
  const rels = parts["_rels/.rels"];
  if (rels) {
    const root = parsePart(rels).getRootElement();
    if (root) {
      for (const rel of root.getChildren()) {
        const type = attr(rel, "Type", false);
        const target = attr(rel, "Target", false);
        if (type.slice(-OFFICE_DOCUMENT.length) === OFFICE_DOCUMENT && target !== "") {
          return target.replace(/^\//, "");
        }
      }
    }
  }
  return "word/document.xml";
}

function attr(element: XmlElement, name: string, inWordNamespace = true): string {
  const found = inWordNamespace ? element.getAttribute(name, w()) : element.getAttribute(name);
  return found ? found.getValue() : "";
}

function child(element: XmlElement, name: string): XmlElement | null {
  return element.getChild(name, w());
}

function intOr(text: string, fallback: number): number {
  const n = parseInt(text, 10);
  return Number.isNaN(n) ? fallback : n;
}

/** The text of a run container: w:t, tabs, breaks; deleted text and field instructions left out. */
function runText(element: XmlElement): string {
  let text = "";
  for (const c of element.getChildren()) {
    const name = c.getName();
    if (name === "r") {
      for (const piece of c.getChildren()) {
        const kind = piece.getName();
        if (kind === "t") text += piece.getText();
        else if (kind === "tab" || kind === "ptab") text += "\t";
        else if (kind === "br" || kind === "cr") text += "\n";
        else if (kind === "noBreakHyphen") text += "-";
        else if (kind === "softHyphen") text += "";
      }
    } else if (RUN_CONTAINERS.indexOf(name) >= 0) {
      text += runText(c);
    }
  }
  return text;
}

function readParagraph(p: XmlElement): DocxParagraph {
  const paragraph: DocxParagraph = {
    kind: "p",
    text: runText(p),
    style: "",
    numId: "",
    ilvl: 0,
    outlineLevel: null,
  };
  const pPr = child(p, "pPr");
  if (pPr) {
    const style = child(pPr, "pStyle");
    if (style) paragraph.style = attr(style, "val");
    const numPr = child(pPr, "numPr");
    if (numPr) {
      const numId = child(numPr, "numId");
      const ilvl = child(numPr, "ilvl");
      paragraph.numId = numId ? attr(numId, "val") : "";
      paragraph.ilvl = ilvl ? intOr(attr(ilvl, "val"), 0) : 0;
    }
    const outline = child(pPr, "outlineLvl");
    if (outline) paragraph.outlineLevel = intOr(attr(outline, "val"), 0);
  }
  return paragraph;
}

/** Every paragraph inside a cell, nested tables' included, in order. */
function cellParagraphs(container: XmlElement, into: DocxParagraph[]): DocxParagraph[] {
  for (const c of container.getChildren()) {
    const name = c.getName();
    if (name === "p") into.push(readParagraph(c));
    else if (
      name === "tbl" ||
      name === "tr" ||
      name === "tc" ||
      name === "sdt" ||
      name === "sdtContent" ||
      name === "customXml"
    )
      cellParagraphs(c, into);
  }
  return into;
}

function readCell(tc: XmlElement): DocxCell {
  const cell: DocxCell = { span: 1, vMerge: "", paragraphs: cellParagraphs(tc, []) };
  const tcPr = child(tc, "tcPr");
  if (tcPr) {
    const span = child(tcPr, "gridSpan");
    if (span) cell.span = Math.max(1, intOr(attr(span, "val"), 1));
    const merge = child(tcPr, "vMerge");
    // ECMA-376 §17.4.85: a vMerge without w:val continues the merged cell above.
    if (merge) cell.vMerge = attr(merge, "val") === "restart" ? "restart" : "continue";
  }
  return cell;
}

function rowCells(tr: XmlElement): DocxCell[] {
  const cells: DocxCell[] = [];
  const trPr = child(tr, "trPr");
  const before = trPr ? child(trPr, "gridBefore") : null;
  if (before) cells.push({ span: Math.max(1, intOr(attr(before, "val"), 1)), vMerge: "", paragraphs: [] });
  for (const c of tr.getChildren()) {
    const name = c.getName();
    if (name === "tc") cells.push(readCell(c));
    else if (name === "sdt" || name === "customXml") {
      const content = name === "sdt" ? child(c, "sdtContent") : c;
      if (content) for (const tc of content.getChildren("tc", w())) cells.push(readCell(tc));
    }
  }
  return cells;
}

function bodyItems(container: XmlElement, into: DocxBodyItem[]): DocxBodyItem[] {
  for (const c of container.getChildren()) {
    const name = c.getName();
    if (name === "p") into.push(readParagraph(c));
    else if (name === "tbl") {
      const rows: DocxCell[][] = [];
      for (const tr of c.getChildren("tr", w())) rows.push(rowCells(tr));
      into.push({ kind: "tbl", rows });
    } else if (name === "sdt" || name === "sdtContent" || name === "customXml") bodyItems(c, into);
  }
  return into;
}

function readStyles(part: Blob): DocxStyle[] {
  const root = parsePart(part).getRootElement();
  if (!root) return [];
  const styles: DocxStyle[] = [];
  for (const s of root.getChildren("style", w())) {
    if (attr(s, "type") !== "paragraph") continue;
    const name = child(s, "name");
    const basedOn = child(s, "basedOn");
    const style: DocxStyle = {
      id: attr(s, "styleId"),
      name: name ? attr(name, "val") : "",
      basedOn: basedOn ? attr(basedOn, "val") : "",
      outlineLevel: null,
      numId: "",
      ilvl: 0,
    };
    const pPr = child(s, "pPr");
    if (pPr) {
      const outline = child(pPr, "outlineLvl");
      if (outline) style.outlineLevel = intOr(attr(outline, "val"), 0);
      const numPr = child(pPr, "numPr");
      if (numPr) {
        const numId = child(numPr, "numId");
        const ilvl = child(numPr, "ilvl");
        style.numId = numId ? attr(numId, "val") : "";
        style.ilvl = ilvl ? intOr(attr(ilvl, "val"), 0) : 0;
      }
    }
    styles.push(style);
  }
  return styles;
}

function readLevel(lvl: XmlElement): Partial<DocxLevel> {
  const level: Partial<DocxLevel> = {};
  const format = child(lvl, "numFmt");
  if (format) level.format = attr(format, "val");
  const text = child(lvl, "lvlText");
  if (text) level.text = attr(text, "val");
  const start = child(lvl, "start");
  if (start) level.start = intOr(attr(start, "val"), 1);
  return level;
}

function readNumbering(part: Blob): DocxNumbering {
  const numbering: DocxNumbering = { nums: {}, abstracts: {} };
  const root = parsePart(part).getRootElement();
  if (!root) return numbering;
  for (const abstract of root.getChildren("abstractNum", w())) {
    const levels: Record<string, DocxLevel> = {};
    for (const lvl of abstract.getChildren("lvl", w())) {
      const read = readLevel(lvl);
      levels[attr(lvl, "ilvl")] = {
        format: read.format ?? "decimal",
        text: read.text ?? "",
        start: read.start ?? 1,
      };
    }
    numbering.abstracts[attr(abstract, "abstractNumId")] = levels;
  }
  for (const num of root.getChildren("num", w())) {
    const abstractId = child(num, "abstractNumId");
    const overrides: Record<string, Partial<DocxLevel>> = {};
    for (const override of num.getChildren("lvlOverride", w())) {
      const lvl = child(override, "lvl");
      const level = lvl ? readLevel(lvl) : {};
      const start = child(override, "startOverride");
      if (start) level.start = intOr(attr(start, "val"), 1);
      overrides[attr(override, "ilvl")] = level;
    }
    numbering.nums[attr(num, "numId")] = { abstractId: abstractId ? attr(abstractId, "val") : "", overrides };
  }
  return numbering;
}

/**
 * The content of a .docx whose files are `parts`, or null when it has no main document part (another
 * kind of zip: a spreadsheet, an OpenDocument file…).
 */
export function readDocxContent(parts: Record<string, Blob>): DocxContent | null {
  charsRead = 0;
  const path = mainDocumentPath(parts);
  const main = parts[path];
  if (!main) return null;
  const root = parsePart(main).getRootElement();
  const uri = root ? root.getNamespace().getURI() : W;
  wordNamespace = XmlService.getNamespace(uri === W_STRICT ? W_STRICT : W);
  const body = root ? child(root, "body") : null;
  if (!body) return null;
  const folder = path.indexOf("/") >= 0 ? path.slice(0, path.lastIndexOf("/") + 1) : "";
  const styles = parts[`${folder}styles.xml`];
  const numbering = parts[`${folder}numbering.xml`];
  return {
    body: bodyItems(body, []),
    styles: styles ? readStyles(styles) : [],
    numbering: numbering ? readNumbering(numbering) : { nums: {}, abstracts: {} },
  };
}
