/**
 * "Utiliser un tableau de cette feuille": a table the person pasted into a sheet (Sheets keeps Word's
 * cells and merges) → the importer's blocks (blocks.ts), so that the same header synonyms, mapping and
 * preview read it as they read a pasted text or a .docx. The server hands over the cells as displayed
 * (what the person sees) and the merged areas; here: a merged area's text fills every row it covers
 * (Sheets keeps it in the top-left cell only), empty rows and columns around the table are dropped, the
 * header row is the first of the first ten rows that reads as one (header-synonyms.ts), and rows above
 * it (a title, `Plan d'action : …`, `Période : …`) become paragraphs for the plan's header block.
 * Without a header row, every row is a table row and the mapping reads the columns by position.
 */
import type { Block } from "./blocks";
import { headerRowAt, withHeaderBelow } from "./header-row-at";

export interface SheetMerge {
  /** 0-based, relative to the values' top-left cell. */
  row: number;
  column: number;
  rows: number;
  columns: number;
}

function tidy(cell: unknown): string {
  return String(cell ?? "")
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => l.replace(/[ \t\u00a0]+/g, " ").trim())
    .filter((l) => l !== "")
    .join("\n");
}

/** The cells with each merged area's text filled over the rows it covers (its first column only). */
function fillMerges(cells: string[][], merges: SheetMerge[]): string[][] {
  const out = cells.map((row) => row.slice());
  for (const m of merges) {
    const text = out[m.row]?.[m.column] ?? "";
    for (let r = m.row + 1; r < m.row + m.rows && r < out.length; r++) {
      if (out[r]![m.column] === "") out[r]![m.column] = text;
    }
  }
  return out;
}

export function sheetTableBlocks(values: unknown[][], merges: SheetMerge[] = []): Block[] {
  const cells = fillMerges(
    values.map((row) => row.map(tidy)),
    merges,
  );
  const used = (row: string[]) => row.some((c) => c !== "");
  const width = Math.max(0, ...cells.map((r) => r.length));
  const keepColumns = Array.from({ length: width }, (_, i) => i).filter((i) =>
    cells.some((r) => (r[i] ?? "") !== ""),
  );
  const rows = cells.map((r) => keepColumns.map((i) => r[i] ?? ""));
  const first = rows.findIndex(used);
  if (first < 0) return [];
  const headerAt = headerRowAt(rows.slice(first));
  const tableStart = headerAt >= 0 ? first + headerAt : first;
  // A header on two rows (years under a spanning `Échéancier`) is read as one header row.
  const combined = headerAt >= 0 ? withHeaderBelow(rows, tableStart) : null;
  if (combined) rows[tableStart] = combined;
  const blocks: Block[] = [];
  let gap = false;
  rows.forEach((row, index) => {
    if (combined && index === tableStart + 1) return; // its labels are in the header row now
    if (!used(row)) {
      gap = blocks.length > 0;
      return;
    }
    const gapBefore = gap ? { gapBefore: true } : {};
    gap = false;
    if (index < tableStart) {
      blocks.push({
        kind: "paragraph",
        text: row.filter((c) => c !== "").join(" "),
        line: index,
        ...gapBefore,
      });
    } else {
      blocks.push({ kind: "row", table: 1, cells: row, line: index, ...gapBefore });
    }
  });
  return blocks;
}
