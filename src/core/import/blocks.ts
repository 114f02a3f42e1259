/**
 * The structural model of an imported plan: what a document IS (headings, list items, table rows,
 * labelled fields, paragraphs), before anyone decides what it MEANS (objective, action, deadline). Every
 * reader produces the same blocks — the text reader (text-blocks.ts) from pasted Word/PDF text, a .docx
 * reader directly from the document's paragraphs, styles, numbering and tables — and one mapping step
 * (map-blocks.ts) turns blocks into template rows. A reader only says what it can see; it never drops a
 * block: what the mapping cannot place is shown to the person as "not placed".
 *
 * Conventions a reader follows:
 * - `line` is a stable index of the block's source (a line of the cleaned text, or a paragraph/row index
 *   of a .docx); corrections made in the preview ("this line is an objective") name blocks by it, so a
 *   reader must give the same `line` for the same document every time. Unique within a document.
 * - `heading.level`: 1 for the outermost sections (`AXE 1`, `Orientation 2`, Word's Heading 1), 2 for the
 *   level below (`OBJECTIF 3`, `1.2`, Heading 2), and so on. Only their order matters.
 * - `item.level`: 1 for a top-level bullet or numbered item, 2 for a bullet nested in it, and so on.
 *   `marker` is the bullet as written (`-`, `•`, `a.`, `1)`), "" when the reader knows it is a list item
 *   without seeing a marker (a Word list paragraph).
 * - `row.table` groups the rows of one table (any number unique per table); rows come in order, the
 *   header row (if any) first. A cell holding several paragraphs keeps them separated by "\n", with their
 *   bullet markers (`- a\n- b`): several bullets in one action cell become several actions.
 * - `field` is a labelled line (`Responsable : Marie`), the label as written; readers emit it only when
 *   the label is a known column header (see header-synonyms.ts `columnForLabel`).
 * - `gapBefore`: a blank line (or an empty paragraph) came right before the block.
 */

import type { HeaderColumn } from "./header-synonyms";

interface BlockBase {
  line: number;
  gapBefore?: boolean;
}

export interface HeadingBlock extends BlockBase {
  kind: "heading";
  level: number;
  /** The heading as written, numbering included (`AXE 1 : Vie syndicale`). */
  text: string;
}

export interface ItemBlock extends BlockBase {
  kind: "item";
  level: number;
  marker: string;
  /** The item without its marker. */
  text: string;
}

export interface RowBlock extends BlockBase {
  kind: "row";
  table: number;
  cells: string[];
}

export interface FieldBlock extends BlockBase {
  kind: "field";
  label: string;
  column: HeaderColumn;
  value: string;
}

export interface ParagraphBlock extends BlockBase {
  kind: "paragraph";
  text: string;
}

export type Block = HeadingBlock | ItemBlock | RowBlock | FieldBlock | ParagraphBlock;

/** The text a block shows to the person (in the "not placed" list, or when asked to correct it). */
export function blockText(block: Block): string {
  switch (block.kind) {
    case "row":
      return block.cells
        .map((c) => c.replace(/\s*\n\s*/g, " ").trim())
        .filter((c) => c !== "")
        .join(" | ");
    case "field":
      return `${block.label} : ${block.value}`;
    case "item":
      return block.marker === "" ? block.text : `${block.marker} ${block.text}`;
    default:
      return block.text;
  }
}
