/**
 * The text reader: pasted Word/PDF text → blocks (blocks.ts), in one pass over its lines. Tables are
 * found first, on the raw lines, while their separators still exist (table-regions.ts: tabs from Word and
 * web pages, runs of spaces from PDF viewers, cells of several lines put back together); the rest is
 * repaired by cleanLines (broken lines rejoined, debris removed) and each line classified:
 * - list items: `-`, `•`, `–`, `○`, `▪`, `➢`, `*`, `a.`, `a)`, `1)`, `i.`; nesting from the marker
 *   (a new kind of marker right under an item is one level deeper; a marker seen above goes back to it);
 * - headings: a section word with a number or a colon (`AXE 1 : …`, `Orientation 2 —`, `OBJECTIF 3 :`,
 *   `Goal 2:`), a numbering (`5.1 …`, `B2 - …`, `II.`), a line in capitals, a short line ending with `:`;
 *   `1.` lines are headings when items or deeper numbers follow them, items otherwise;
 * - fields: `Label : value` where the label is a column header word (`Responsable : Marie`), or such a
 *   label alone on its line with its text on the next (`Action` ⏎ `Organiser un camp…`);
 * - paragraphs: everything else.
 * Page furniture repeated on every page (a short title line seen twice or more) is kept once.
 */

import { isDeadlinePhrase } from "./action-deadline";
import type { Block, HeadingBlock, ItemBlock } from "./blocks";
import { cleanLines, normaliseChars } from "./clean-text";
import { columnForLabel, type HeaderColumn } from "./header-synonyms";
import { findTables, type TableRegion } from "./table-regions";

const ITEM =
  /^(?:([-–—•▪●◦○■□➢►✓✔*>·])|(\(?[a-z]\))|([a-z]\.)|(\d{1,2}\))|((?:i{1,3}|iv|v|vi{1,3}|ix|x)[.)]))\s+(\S.*)$/;
const NUMBERED_DOT = /^(\d{1,2})\.\s+(\S.*)$/;
const NUMBERING = /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+\S/;
const LETTER_NUMBER = /^([A-Z])(\d{1,2}(?:\.\d{1,2})*)\s*[-–—.:)]\s*\S/;
const ROMAN_OR_LETTER = /^(?:[IVX]{1,4}|[A-H])\s*[.\-–—)]\s+\S/;
const SECTION_WORD =
  /^(axe|orientation|objectif(?:\s+(?:g[ée]n[ée]ral|sp[ée]cifique))?|but|volet|enjeu|chantier|priorit[ée]|partie|section|th[èe]me|dossier|goal|objective|priority|strategic direction|focus area)s?\b\s*(?:n[°o]\s*)?(\d{1,2}(?:\.\d{1,2})*|[A-Z]\b|[IVX]{1,4}\b)?\s*([:.–—-])?/i;

const LEVEL_ONE_WORDS =
  /^(?:axe|orientation|volet|enjeu|chantier|priorit|partie|section|th[èe]me|dossier|goal|priority|strategic|focus)/i;

function sectionLevel(word: string): number {
  if (/sp[ée]cifique/i.test(word)) return 3;
  return LEVEL_ONE_WORDS.test(word) ? 1 : 2;
}

function isCapitals(line: string): boolean {
  const letters = line.replace(/[^A-Za-zÀ-ÖØ-öø-ÿ]/g, "");
  if (letters.length < 4 || line.length > 100) return false;
  const upper = letters.replace(/[^A-ZÀ-ÖØ-Þ]/g, "").length;
  return upper >= letters.length * 0.85;
}

/** A `Label : value` line whose label names a column (`Responsable : Marie`, `Échéance : juin 2024`). */
function readField(
  line: string,
): { label: string; column: ReturnType<typeof columnForLabel>; value: string } | null {
  const m = /^([^:]{2,40}?)\s*:\s*(\S.*)$/.exec(line);
  if (!m) return null;
  const label = m[1].trim();
  if (/\d/.test(label)) return null;
  const column = columnForLabel(label);
  if (!column || column.confidence < 0.8) return null;
  return { label, column, value: m[2].trim() };
}

type Pending =
  | { kind: "heading"; level: number; text: string }
  | { kind: "item"; marker: string; text: string; family: string }
  | { kind: "numbered"; text: string }
  | {
      kind: "field";
      label: string;
      column: NonNullable<ReturnType<typeof columnForLabel>>["column"];
      value: string;
    }
  | { kind: "paragraph"; text: string };

/** The family of a marker, for nesting: every bullet glyph is its own family; `a.`/`a)`, `1)`, `i.` too. */
function markerFamily(m: RegExpExecArray): string {
  if (m[1]) return m[1];
  if (m[2]) return "a)";
  if (m[3]) return "a.";
  if (m[4]) return "1)";
  return "i.";
}

function classify(line: string): Pending {
  const section = SECTION_WORD.exec(line);
  if (section && (section[2] !== undefined || section[3] !== undefined) && line.length <= 200) {
    // `Objectif : Mobiliser` (no number) is a labelled field; `OBJECTIF 3 : …` and `Axe 1 —` are headings
    const field = section[2] === undefined ? readField(line) : null;
    if (!field) return { kind: "heading", level: sectionLevel(section[1]), text: line };
  }
  const item = ITEM.exec(line);
  if (item) {
    const marker = item[1] ?? item[2] ?? item[3] ?? item[4] ?? item[5];
    return { kind: "item", marker, text: item[6].trim(), family: markerFamily(item) };
  }
  const numbering = NUMBERING.exec(line);
  if (numbering && line.length <= 250) {
    return { kind: "heading", level: numbering[1].split(".").length, text: line };
  }
  const letterNumber = LETTER_NUMBER.exec(line);
  if (letterNumber && line.length <= 250) {
    return { kind: "heading", level: 1 + letterNumber[2].split(".").length, text: line };
  }
  if (NUMBERED_DOT.test(line)) return { kind: "numbered", text: line };
  if (ROMAN_OR_LETTER.test(line) && line.length <= 150) return { kind: "heading", level: 1, text: line };
  const field = readField(line);
  if (field?.column)
    return { kind: "field", label: field.label, column: field.column.column, value: field.value };
  if (isCapitals(line)) return { kind: "heading", level: 1, text: line };
  if (line.endsWith(":") && line.length <= 120 && !line.includes(". "))
    return { kind: "heading", level: 3, text: line };
  return { kind: "paragraph", text: line };
}

/**
 * A column's name alone on its line (`Action`, `Responsable`, `Échéance`; `Réalisation`, the time it is
 * done when its text is a date or a period, else a remark — a guess) with its text on the next line, which
 * is a plain line (not empty, not a list item, a heading or another label): one labelled field, as `Action : Organiser un camp…` would be.
 */
function bareLabelField(line: string, next: string | undefined): Pending | null {
  if (next === undefined || next === "" || line.length > 40 || /[\d:]/.test(line)) return null;
  const label = line.trim();
  const column = columnOfBareLabel(label, next);
  if (!column) return null;
  // its text is a plain line: not a list item, a heading or another label (`Actions` ⏎ `- Tenir…` is a list's title)
  if (classify(next).kind !== "paragraph" || columnOfBareLabel(next.trim(), next) !== null) return null;
  return { kind: "field", label, column, value: next.trim() };
}

function columnOfBareLabel(label: string, value: string): HeaderColumn | null {
  if (/^r[ée]alis(?:ation|[ée]e?s?)$/i.test(label))
    return isDeadlinePhrase(value) ? "echeancier" : "remarques";
  const match = columnForLabel(label);
  return match && match.confidence >= 0.8 && label.split(/\s+/).length <= 4 ? match.column : null;
}

/** Short lines repeated on several pages (titles, footers), that are not part of the plan's grammar. */
function repeatedFurniture(lines: string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const l of lines) {
    if (l.length < 4 || l.length > 80) continue;
    counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const [l, n] of counts) {
    if (n < 2 || !/^[A-ZÀ-ÖØ-Þ0-9]/.test(l)) continue;
    if (
      ITEM.test(l) ||
      readField(l) ||
      isDeadlinePhrase(l) ||
      (columnForLabel(l)?.confidence ?? 0) >= 0.8 ||
      SECTION_WORD.test(l)
    )
      continue;
    if (isCapitals(l) && l.split(" ").length <= 2) continue; // `SEPTEMBRE`, `ACTIONS`
    out.add(l);
  }
  return out;
}

/** Reads pasted text into blocks. */
export function textToBlocks(text: string): Block[] {
  const raw = text.replace(/\r\n?/g, "\n").split("\n").map(normaliseChars);
  const tables = findTables(raw);
  const blocks: Block[] = [];
  let line = 0;
  let tableId = 0;

  const chunks: { from: number; to: number; table?: TableRegion }[] = [];
  let at = 0;
  for (const t of tables) {
    if (t.from > at) chunks.push({ from: at, to: t.from });
    chunks.push({ from: t.from, to: t.to, table: t });
    at = t.to;
  }
  if (at < raw.length) chunks.push({ from: at, to: raw.length });

  const prose: string[][] = chunks.map((c) =>
    c.table ? [] : cleanLines(raw.slice(c.from, c.to).join("\n"), { dropRepeatedTitles: false }),
  );
  const furniture = repeatedFurniture(prose.flat());
  const seenFurniture = new Set<string>();

  let gap = false;
  chunks.forEach((chunk, k) => {
    if (chunk.table) {
      const id = tableId++;
      for (const cells of chunk.table.rows) {
        blocks.push({ kind: "row", table: id, cells, line: line++, gapBefore: gap });
        gap = false;
      }
      gap = true;
      return;
    }
    const pend: Pending[] = [];
    const gaps: boolean[] = [];
    const lines = prose[k];
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      if (l === "") {
        gap = true;
        continue;
      }
      if (furniture.has(l)) {
        if (seenFurniture.has(l)) continue;
        seenFurniture.add(l);
      }
      // `Action` ⏎ `Organiser un camp…`: a label alone on its line, its text on the next one
      const labelled = bareLabelField(l, lines[i + 1]);
      if (labelled) i++;
      pend.push(labelled ?? classify(l));
      gaps.push(gap);
      gap = false;
    }
    // item nesting by marker family, and `1.` lines resolved by what follows them
    let families: string[] = [];
    pend.forEach((p, i) => {
      const gapBefore = gaps[i];
      if (p.kind === "numbered") {
        const next = pend[i + 1];
        // `1. Ouverture de la réunion` ⏎ `La réunion est ouverte…` (minutes): a numbered section too
        const opens =
          next !== undefined &&
          (next.kind === "item" ||
            (next.kind === "heading" && next.level >= 2) ||
            (next.kind === "paragraph" && /[.!?]$/.test(next.text) && !gaps[i + 1]));
        if (opens) {
          families = [];
          blocks.push({
            kind: "heading",
            level: 1,
            text: p.text,
            line: line++,
            gapBefore,
          } satisfies HeadingBlock);
          return;
        }
        const m = NUMBERED_DOT.exec(p.text);
        const level = nest(families, "1.");
        blocks.push({
          kind: "item",
          level,
          marker: `${m?.[1]}.`,
          text: m?.[2] ?? p.text,
          line: line++,
          gapBefore,
        } satisfies ItemBlock);
        return;
      }
      if (p.kind === "item") {
        const level = nest(families, p.family);
        blocks.push({ kind: "item", level, marker: p.marker, text: p.text, line: line++, gapBefore });
        return;
      }
      if (p.kind === "heading") {
        families = [];
        blocks.push({ kind: "heading", level: p.level, text: p.text, line: line++, gapBefore });
        return;
      }
      if (p.kind === "field") {
        blocks.push({
          kind: "field",
          label: p.label,
          column: p.column,
          value: p.value,
          line: line++,
          gapBefore,
        });
        return;
      }
      // a paragraph ends a list only after a blank line (a wrapped item line was rejoined already)
      if (gapBefore) families = [];
      blocks.push({ kind: "paragraph", text: p.text, line: line++, gapBefore });
    });
  });
  return blocks;
}

/** The level of an item with marker `family` given the families open above it (updated in place). */
function nest(families: string[], family: string): number {
  const at = families.indexOf(family);
  if (at >= 0) {
    families.length = at + 1;
    return at + 1;
  }
  families.push(family);
  return families.length;
}
