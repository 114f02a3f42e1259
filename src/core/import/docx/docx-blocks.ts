/**
 * The .docx reader's decisions: the plain content of a Word document (docx-content.ts, read by the
 * server) → the importer's blocks (blocks.ts), the same structural model the text reader produces, so
 * that one mapping and one preview serve both. What it decides:
 * - a heading is a paragraph whose style (or a style it is based on) is a heading — an outline level, or
 *   a name `heading N` / `Titre N` — or that has an outline level of its own; level = outline level + 1;
 * - a list paragraph has a numbering (its own `w:numPr` or its style's); a bullet is an item; a numbered
 *   paragraph is a heading when a bullet or a deeper list paragraph follows it (numbered objectives over
 *   their actions), an item otherwise — as the text reader reads `1.` lines. Numbers are rendered as Word
 *   shows them (`%1.%2` → `1.2`, letters, roman numerals) and kept in the text;
 * - a table is rows of cells placed on the table's grid: a cell spanning several columns (`w:gridSpan`)
 *   gives its text to its first column; a vertically merged cell (`w:vMerge`) is filled down with the text
 *   of the cell that starts it, so every row it covers carries it. A cell's paragraphs are kept as lines,
 *   bullets marked `- `, so that several bullets in one cell become several actions sharing the row;
 *   rows above the header row (a label row spanning columns) become paragraphs (header-row-at.ts);
 * - empty paragraphs are gaps (`gapBefore`), never blocks; a line break inside a paragraph starts a new one.
 * Text is kept as written: only runs of spaces, tabs and no-break spaces become one space.
 */
import type { Block } from "../blocks";
import { headerRowAt, withHeaderBelow } from "../header-row-at";
import type { DocxContent, DocxParagraph, DocxStyle, DocxTable } from "./docx-content";
import { ListCounters } from "./list-numbering";

const HEADING_NAME = /^(?:heading|titre|título|titolo|überschrift|kop)\s*(\d)$/i;
/** ECMA-376 §17.3.1.20: outline level 9 is body text. */
const BODY_TEXT_LEVEL = 9;

function tidy(text: string): string {
  return text.replace(/[ \t\u00a0\u2007\u202f]+/g, " ").trim();
}

class StyleBook {
  private readonly byId = new Map<string, DocxStyle>();
  constructor(styles: DocxStyle[]) {
    for (const s of styles) this.byId.set(s.id, s);
  }
  /** The style and those it is based on, nearest first (cycles cut). */
  private chain(id: string): DocxStyle[] {
    const out: DocxStyle[] = [];
    let current = this.byId.get(id);
    while (current && out.length < 20 && !out.includes(current)) {
      out.push(current);
      current = current.basedOn ? this.byId.get(current.basedOn) : undefined;
    }
    return out;
  }
  outlineLevel(p: DocxParagraph): number | null {
    if (p.outlineLevel !== null) return p.outlineLevel < BODY_TEXT_LEVEL ? p.outlineLevel : null;
    for (const s of this.chain(p.style)) {
      if (s.outlineLevel !== null) return s.outlineLevel < BODY_TEXT_LEVEL ? s.outlineLevel : null;
      const m = HEADING_NAME.exec(s.name.trim()) ?? HEADING_NAME.exec(s.id);
      if (m) return Math.max(0, Number(m[1]) - 1);
    }
    return null;
  }
  /** The list a paragraph is in: its own numbering, else its style's ("0" removes it). */
  numbering(p: DocxParagraph): { numId: string; ilvl: number } | null {
    if (p.numId !== "") return p.numId === "0" ? null : { numId: p.numId, ilvl: p.ilvl };
    for (const s of this.chain(p.style)) {
      if (s.numId !== "") return s.numId === "0" ? null : { numId: s.numId, ilvl: s.ilvl };
    }
    return null;
  }
}

interface Reading {
  kind: "heading" | "bullet" | "numbered" | "paragraph";
  text: string;
  /** Heading level (1-based) or list level (ilvl). */
  level: number;
  label: string;
  /** The list (numId) of a list paragraph, "" otherwise. */
  list: string;
}

/** How one paragraph reads, counting its list number. */
function readParagraph(p: DocxParagraph, styles: StyleBook, lists: ListCounters): Reading[] {
  const lines = p.text
    .split(/\r?\n/)
    .map(tidy)
    .filter((l) => l !== "");
  if (lines.length === 0) return [];
  const outline = styles.outlineLevel(p);
  const list = styles.numbering(p);
  let label = "";
  let bullet = false;
  if (list) {
    bullet = lists.isBullet(list.numId, list.ilvl);
    label = bullet ? "" : tidy(lists.next(list.numId, list.ilvl));
  }
  const first: Reading =
    outline !== null
      ? {
          kind: "heading",
          text: label ? `${label} ${lines[0]}` : lines[0]!,
          level: outline + 1,
          label,
          list: "",
        }
      : list
        ? { kind: bullet ? "bullet" : "numbered", text: lines[0]!, level: list.ilvl, label, list: list.numId }
        : { kind: "paragraph", text: lines[0]!, level: 0, label: "", list: "" };
  const rest = lines
    .slice(1)
    .map((text): Reading => ({ kind: "paragraph", text, level: 0, label: "", list: "" }));
  return [first, ...rest];
}

/** A cell's text: its paragraphs as lines, bullets marked `- `, numbers kept. */
function cellText(paragraphs: DocxParagraph[], styles: StyleBook, lists: ListCounters): string {
  const lines: string[] = [];
  for (const p of paragraphs) {
    for (const r of readParagraph(p, styles, lists)) {
      if (r.kind === "bullet") lines.push(`- ${r.text}`);
      else if (r.kind === "numbered") lines.push(`${r.label} ${r.text}`.trim());
      else lines.push(r.text);
    }
  }
  return lines.join("\n");
}

/** The rows of a table on its grid, merged cells filled down, spanned columns left empty. */
export function tableGrid(
  table: DocxTable,
  text: (cell: DocxTable["rows"][number][number]) => string,
): string[][] {
  const above: string[] = [];
  const rows: string[][] = [];
  let width = 0;
  for (const row of table.rows) {
    const cells: string[] = [];
    let column = 0;
    for (const cell of row) {
      const value = cell.vMerge === "continue" ? (above[column] ?? "") : text(cell);
      cells[column] = value;
      above[column] = value;
      for (let k = 1; k < cell.span; k++) {
        cells[column + k] = "";
        above[column + k] = "";
      }
      column += cell.span;
    }
    width = Math.max(width, column);
    rows.push(cells);
  }
  return rows.map((cells) => Array.from({ length: width }, (_, i) => cells[i] ?? ""));
}

export function docxBlocks(content: DocxContent): Block[] {
  const styles = new StyleBook(content.styles);
  const lists = new ListCounters(content);
  const blocks: Block[] = [];
  let line = 0;
  let table = 0;
  let gap = false;
  let headingLevel = 0;
  /** Per list, the shallowest level of its items since the last heading: items nest from there. */
  let itemBase = new Map<string, number>();

  // First pass: every paragraph's reading, in order (tables kept in place), so that a numbered
  // paragraph can look at what follows it.
  type Unit = { reading: Reading } | { rows: string[][] } | { gap: true };
  const units: Unit[] = [];
  for (const item of content.body) {
    if (item.kind === "tbl") {
      units.push({ rows: tableGrid(item, (cell) => cellText(cell.paragraphs, styles, lists)) });
      continue;
    }
    const readings = readParagraph(item, styles, lists);
    if (readings.length === 0) units.push({ gap: true });
    for (const reading of readings) units.push({ reading });
  }

  units.forEach((unit, index) => {
    if ("gap" in unit) {
      gap = true;
      return;
    }
    const gapBefore = gap ? { gapBefore: true } : {};
    gap = false;
    if ("rows" in unit) {
      table++;
      const rows = unit.rows.filter((cells) => cells.some((c) => c !== ""));
      const header = Math.max(0, headerRowAt(rows));
      // A header on two rows (years under a spanning `Échéancier`) is read as one header row.
      const combined = headerRowAt(rows) >= 0 ? withHeaderBelow(rows, header) : null;
      if (combined) rows.splice(header, 2, combined);
      rows.forEach((cells, r) => {
        const text = cells
          .filter((c) => c !== "")
          .join(" ")
          .replace(/\s*\n\s*/g, " ");
        if (r < header) blocks.push({ kind: "paragraph", text, line: line++, ...gapBefore });
        else blocks.push({ kind: "row", table, cells, line: line++, ...(r === 0 ? gapBefore : {}) });
      });
      itemBase = new Map();
      return;
    }
    const r = unit.reading;
    if (r.kind === "heading") {
      headingLevel = r.level;
      itemBase = new Map();
      blocks.push({ kind: "heading", level: r.level, text: r.text, line: line++, ...gapBefore });
      return;
    }
    if (r.kind === "paragraph") {
      blocks.push({ kind: "paragraph", text: r.text, line: line++, ...gapBefore });
      return;
    }
    if (r.kind === "numbered") {
      const next = units.slice(index + 1).find((u) => !("gap" in u));
      const opens =
        next !== undefined &&
        "reading" in next &&
        (next.reading.kind === "bullet" ||
          (next.reading.kind === "numbered" && next.reading.level > r.level));
      if (opens) {
        itemBase = new Map();
        blocks.push({
          kind: "heading",
          level: headingLevel + r.level + 1,
          text: `${r.label} ${r.text}`.trim(),
          line: line++,
          ...gapBefore,
        });
        return;
      }
    }
    const base = Math.min(itemBase.get(r.list) ?? r.level, r.level);
    itemBase.set(r.list, base);
    blocks.push({
      kind: "item",
      level: r.level - base + 1,
      marker: r.label,
      text: r.text,
      line: line++,
      ...gapBefore,
    });
  });
  return blocks;
}
