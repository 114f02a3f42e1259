/**
 * The parts of a .docx the importer reads, as plain data: what src/server/docx-parts.ts copies out of
 * `word/document.xml`, `word/styles.xml` and `word/numbering.xml` (through Utilities.unzip and
 * XmlService) without deciding anything — paragraphs with their style id, list numbering reference and
 * outline level; tables as rows of cells with their grid span and vertical merge; the styles and the
 * numbering definitions. docx-blocks.ts decides what it means (headings, list items, merged cells filled
 * down) and builds the importer's blocks. Names follow WordprocessingML (ECMA-376 part 1, §17).
 */

export interface DocxParagraph {
  kind: "p";
  /** The paragraph's text: runs joined, `w:tab` as a tab, `w:br` / `w:cr` as a line break. */
  text: string;
  /** `w:pStyle` (a style id), "" when none. */
  style: string;
  /** `w:numPr/w:numId`, "" when none; "0" means "no numbering" (it removes a style's list). */
  numId: string;
  /** `w:numPr/w:ilvl`, 0 when absent. */
  ilvl: number;
  /** `w:outlineLvl` on the paragraph (0-based), or null. */
  outlineLevel: number | null;
}

export interface DocxCell {
  /** `w:gridSpan`, 1 when absent. */
  span: number;
  /** `w:vMerge`: "restart" starts a merged cell, "continue" (or the bare element) continues the one above. */
  vMerge: "" | "restart" | "continue";
  /** The cell's paragraphs, including those of tables nested in it, in order. */
  paragraphs: DocxParagraph[];
}

export interface DocxTable {
  kind: "tbl";
  rows: DocxCell[][];
}

export type DocxBodyItem = DocxParagraph | DocxTable;

export interface DocxStyle {
  id: string;
  /** `w:name`, as written (`heading 1`, `Titre 1`, `List Bullet`). */
  name: string;
  basedOn: string;
  outlineLevel: number | null;
  /** The list a style puts its paragraphs in (`List Number`, `List Bullet`), "" when none. */
  numId: string;
  ilvl: number;
}

export interface DocxLevel {
  /** `w:numFmt` (`decimal`, `bullet`, `lowerLetter`, `upperRoman`…). */
  format: string;
  /** `w:lvlText` (`%1.`, `%1.%2`, `•`). */
  text: string;
  start: number;
}

export interface DocxNumbering {
  /** numId → abstractNumId, with the levels a `w:lvlOverride` replaces or restarts. */
  nums: Record<string, { abstractId: string; overrides: Record<string, Partial<DocxLevel>> }>;
  /** abstractNumId → ilvl → level. */
  abstracts: Record<string, Record<string, DocxLevel>>;
}

export interface DocxContent {
  body: DocxBodyItem[];
  styles: DocxStyle[];
  numbering: DocxNumbering;
}
