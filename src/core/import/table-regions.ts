/**
 * Finds the tables of a pasted text on its raw lines, before they are cleaned, and rebuilds their rows:
 * - tab-separated (Word, web pages): a header row of column words, or two tab lines in a row. A cell of
 *   several paragraphs breaks the row over lines (`A⇥B1` ⏎ `B2⇥C⇥D`): lines are joined until the row
 *   has the table's width. A line of fewer cells under a complete row, starting in lower case, is the
 *   next line of its cells (PDF text, cells interleaved line by line): it continues the row's unfinished
 *   cells, left to right.
 * - runs of spaces (PDF viewers' layout text): a header row of column words separated by two spaces or
 *   more gives the columns; each later line's pieces go to the column whose span holds their start (the
 *   boundaries are the middles of the header's gaps). A line continues the current row unless it starts
 *   a new action or objective cell (a capital, or a bullet beside other new cells); a bullet alone is one
 *   more action in the same cell. The table ends at a line of prose across the columns.
 * Cells keep their paragraphs separated by "\n" (blocks.ts). Header rows repeated on later pages are
 * dropped. Linear in the number of lines.
 */

import { stripMarkup } from "./clean-text";
import { type HeaderColumn, isHeaderRow, mapHeaderRow } from "./header-synonyms";

export interface TableRegion {
  /** First raw line and the line after the last one. */
  from: number;
  to: number;
  rows: string[][];
}

const SPACE_RUN = /\S(?:.*?\S)?(?=\s{2,}|\t|$)/g;
const PAGE_NUMBER = /^\s*(?:page\s*)?\d{1,3}(?:\s*(?:\/|sur|de|of)\s*\d{1,3})?\s*$/i;
const BULLET_START = /^(?:[-–—•▪●◦○■□➢►✓✔*·]|\(?[a-z]\)|\d{1,2}\))\s+/;

/** One line of a cell: web-export markup and `_____` template blanks removed, spaces collapsed. */
function tidy(cell: string): string {
  const t = stripMarkup(cell).replace(/_{3,}/g, " ").replace(/\s+/g, " ").trim();
  return /^[\s•▪●◦○·\-–—;,.]*$/.test(t) ? "" : t;
}

function tabCells(line: string): string[] {
  return line.split("\t").map(tidy);
}

function isTabLine(line: string): boolean {
  if (!line.includes("\t")) return false;
  return tabCells(line).filter((c) => c !== "").length >= 2;
}

interface Segment {
  start: number;
  end: number;
  text: string;
}

function segments(line: string): Segment[] {
  const out: Segment[] = [];
  const expanded = line.replace(/\t/g, "    ");
  SPACE_RUN.lastIndex = 0;
  for (let m = SPACE_RUN.exec(expanded); m; m = SPACE_RUN.exec(expanded)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    if (m[0].length === 0) SPACE_RUN.lastIndex++;
  }
  return out;
}

/** Appends a line of a cell: a new paragraph for a bullet, else the same paragraph (hyphenation undone). */
function continueCell(cell: string, more: string): string {
  if (cell === "") return more;
  if (BULLET_START.test(more)) return `${cell}\n${more}`;
  if (/\p{L}-$/u.test(cell) && /^\p{Ll}/u.test(more)) return cell.slice(0, -1) + more;
  return `${cell} ${more}`;
}

function startsNew(text: string): boolean {
  return /^[\p{Lu}\d«"]/u.test(text);
}

/** Short lines seen twice or more (page titles and footers): skipped inside a table. */
function repeatedLines(lines: string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const l of lines) {
    const t = l.trim();
    if (t.length >= 4 && t.length <= 120 && !t.includes("\t")) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const [t, n] of counts) if (n >= 2) out.add(t);
  return out;
}

export function findTables(lines: string[]): TableRegion[] {
  const out: TableRegion[] = [];
  const furniture = repeatedLines(lines);
  let i = 0;
  while (i < lines.length) {
    const tab = isTabLine(lines[i]) ? readTabTable(lines, i, furniture) : null;
    if (tab) {
      out.push(tab);
      i = tab.to;
      continue;
    }
    const spaced = readSpacedTable(lines, i, furniture);
    if (spaced) {
      out.push(spaced);
      i = spaced.to;
      continue;
    }
    i++;
  }
  return out;
}

function nextNonBlank(lines: string[], from: number): number {
  let k = from;
  while (k < lines.length && lines[k].trim() === "") k++;
  return k;
}

function readTabTable(lines: string[], from: number, furniture: Set<string>): TableRegion | null {
  const first = tabCells(lines[from]);
  const header = isHeaderRow(first);
  if (!header) {
    const k = nextNonBlank(lines, from + 1);
    if (k >= lines.length || !isTabLine(lines[k])) return null;
  }
  const width = header
    ? first.length
    : Math.max(first.length, tabCells(lines[nextNonBlank(lines, from + 1)]).length);
  const rows: string[][] = [];
  let current = first;
  let i = from + 1;
  let end = from + 1;
  const headerKey = header ? first.join("\t") : null;
  /** The next line that is not blank, a page number or page furniture. */
  const nextContent = (k0: number): number => {
    let k = k0;
    while (k < lines.length && (lines[k].trim() === "" || skippable(lines[k]))) k++;
    return k;
  };
  const skippable = (line: string): boolean => PAGE_NUMBER.test(line) || furniture.has(line.trim());
  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === "" || skippable(line)) {
      const k = nextContent(i + 1);
      if (k < lines.length && lines[k].includes("\t")) {
        i = k;
        continue;
      }
      break;
    }
    const incomplete = current.length > 0 && current.length < width;
    if (!line.includes("\t")) {
      // a paragraph of a cell: the last cell of an unfinished row, or of a row the table goes on after
      const k = nextContent(i + 1);
      const goesOn = k < lines.length && lines[k].includes("\t") && k === i + 1;
      const continues = BULLET_START.test(line.trim()) || /^\p{Ll}/u.test(line.trim());
      if ((!incomplete && !goesOn && !continues) || current.length === 0) break;
      current[current.length - 1] = continueCell(current[current.length - 1], tidy(line));
      i++;
      end = i;
      continue;
    }
    const cells = tabCells(line);
    if (incomplete) {
      // Word: a cell of several paragraphs broke the row
      current[current.length - 1] = `${current[current.length - 1]}\n${cells[0]}`.replace(/^\n/, "");
      current.push(...cells.slice(1));
    } else if (
      cells.length <= width &&
      cells.every((c) => c === "" || /^[\p{Ll}(,;]/u.test(c)) &&
      cells.some((c) => c !== "")
    ) {
      // PDF: the next line of the row's cells, in place when the tabs kept their columns
      if (cells.length === width) {
        cells.forEach((c, k) => {
          if (c !== "") current[k] = continueCell(current[k], c);
        });
      } else {
        const open = current.map((c, k) => (c !== "" && !/[.!?]$/.test(c) ? k : -1)).filter((k) => k >= 0);
        const targets = open.length >= cells.length ? open : current.map((_, k) => k);
        cells.forEach((c, k) => {
          if (c === "") return;
          const at = targets[k] ?? current.length - 1;
          current[at] = continueCell(current[at], c);
        });
      }
    } else {
      if (current.length > 0) rows.push(current);
      current = headerKey !== null && cells.join("\t") === headerKey ? [] : cells;
    }
    i++;
    end = i;
  }
  if (current.length > 0) rows.push(current);
  if (!header && rows.length < 2) return null;
  return { from, to: end, rows: rows.filter((r) => r.some((c) => c !== "")) };
}

function readSpacedTable(lines: string[], from: number, furniture: Set<string>): TableRegion | null {
  const head = segments(lines[from]);
  if (head.length < 2) return null;
  const headCells = head.map((s) => s.text);
  if (!isHeaderRow(headCells)) return null;
  const columns: (HeaderColumn | null)[] = mapHeaderRow(headCells).columns;
  // column j holds the pieces starting at or after bounds[j]
  const bounds = head.map((s, j) => (j === 0 ? 0 : Math.floor((head[j - 1].end + s.start) / 2)));
  const columnOf = (start: number): number => {
    let j = 0;
    while (j + 1 < bounds.length && start >= bounds[j + 1]) j++;
    return j;
  };
  const actionCol = columns.indexOf("moyens") >= 0 ? columns.indexOf("moyens") : 0;
  const objectiveCol = columns.indexOf("objectif");
  const rows: string[][] = [];
  let current: string[] = head.map(() => "");
  const empty = (r: string[]): boolean => r.every((c) => c === "");
  let i = from + 1;
  let end = from + 1;
  const headerLine = lines[from].trim();
  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === "") {
      i++;
      continue;
    }
    if (PAGE_NUMBER.test(line)) {
      i++;
      end = i;
      continue;
    }
    if (line.trim() === headerLine || furniture.has(line.trim())) {
      i++;
      end = i;
      continue;
    }
    const segs = segments(line);
    const pieces: string[] = head.map(() => "");
    for (const s of segs) {
      const j = columnOf(s.start);
      pieces[j] = pieces[j] === "" ? s.text : `${pieces[j]} ${s.text}`;
    }
    // prose across the table ends it: one piece from the first column running past the next column
    if (
      segs.length === 1 &&
      columnOf(segs[0].start) === 0 &&
      head.length > 1 &&
      segs[0].end > head[1].start + 4
    )
      break;
    if (segs.length === 1 && columnOf(segs[0].start) === 0 && i > end + 1 && startsNew(segs[0].text)) {
      // after blank lines, a lone capitalised line at the margin is prose unless the table goes on
      const k = nextNonBlank(lines, i + 1);
      if (k >= lines.length || segments(lines[k]).length < 2) break;
    }
    const filled = pieces.map((p, j) => (p !== "" ? j : -1)).filter((j) => j >= 0);
    let fresh = false;
    if (!empty(current)) {
      for (const j of filled) {
        const p = pieces[j];
        if (current[j] === "") continue;
        if ((j === actionCol || j === objectiveCol) && startsNew(p) && !BULLET_START.test(p)) fresh = true;
        // a bullet is one more action of the same cell, unless the other cells start anew beside it
        if (
          j === actionCol &&
          BULLET_START.test(p) &&
          filled.some((o) => o !== j && current[o] !== "" && startsNew(pieces[o]))
        ) {
          fresh = true;
        }
      }
    }
    if (fresh) {
      rows.push(current);
      current = head.map(() => "");
    }
    pieces.forEach((p, j) => {
      if (p !== "") current[j] = continueCell(current[j], p);
    });
    i++;
    end = i;
  }
  if (!empty(current)) rows.push(current);
  if (rows.length === 0) return null;
  return { from, to: end, rows: [headCells, ...rows] };
}
