/**
 * The colour legend: a row of labelled cells painted with the palette (static labelling, so painted
 * backgrounds are right here), placed on the row just above the table header — row 6 of the installed
 * layout, which is left free for it. It is only written where it disturbs nothing: every cell it needs
 * must be empty of value, formula, note and data validation, or already hold one of our legend labels
 * (in either language; the legend writes plain values only, so a formula is never ours). A formula that
 * displays "" is not free: writing over it loses the user's work. When the row is not free the legend is
 * skipped and the caller says which cells kept it out; applying twice is harmless.
 */
import type { CellValue } from "../../shared/cell";
import { isDateValue } from "../../shared/cell";
import { cellA1 } from "../a1";
import type { Lang, Localized } from "../i18n";
import { textKey } from "../text-key";
import { PALETTE, paletteLabel } from "./palette";

export const LEGEND_TITLE: Localized = { fr: "Légende :", en: "Legend:" };
const PLAIN_BACKGROUND = "#ffffff";
const PLAIN_TEXT = "#202124";

export interface LegendLayout {
  /** 1-based sheet row and first column. */
  row: number;
  column: number;
  values: string[][];
  backgrounds: string[][];
  fontColors: string[][];
  /** "line-through" or "none", for Range.setFontLines. */
  fontLines: ("line-through" | "none")[][];
  fontWeights: ("bold" | "normal")[][];
}

const KNOWN_TEXTS = new Set(
  [
    LEGEND_TITLE.fr,
    LEGEND_TITLE.en,
    ...PALETTE.flatMap((entry) => [paletteLabel(entry, "fr"), paletteLabel(entry, "en")]),
  ].map(textKey),
);

/** How many cells the legend takes: its title and one per palette entry. */
export const LEGEND_WIDTH = PALETTE.length + 1;

/** What the legend's row holds beyond its values, read by the edge over the legend's cells only. */
export interface LegendRowContent {
  /** One entry per legend cell, left to right ("" when none). */
  formulas: string[];
  notes: string[];
  /** True where the cell carries a data validation rule. */
  validated: boolean[];
}

/** The legend's row for a table whose header is on `headerRow`, or null when the header is on row 1. */
export function legendRow(headerRow: number): number | null {
  return headerRow > 1 ? headerRow - 1 : null;
}

function isFreeValue(value: CellValue | undefined): boolean {
  if (value === undefined || value === null) return true;
  if (isDateValue(value)) return false;
  const text = String(value).trim();
  return text === "" || KNOWN_TEXTS.has(textKey(text));
}

export type LegendPlacement =
  | { kind: "write"; layout: LegendLayout }
  /** The row is not free: `cells` (A1) are the ones that kept the legend out. */
  | { kind: "skip"; row: number; cells: string[] }
  | { kind: "none" };

/**
 * Where the legend goes for a table whose header is on `headerRow` and starts at `firstColumn`.
 * `values` is the sheet's values (row 1 first); `content` the formulas, notes and validations of the
 * legend's cells on `legendRow(headerRow)`.
 */
export function legendPlacement(
  values: CellValue[][],
  headerRow: number,
  firstColumn: number,
  content: LegendRowContent,
  lang: Lang,
): LegendPlacement {
  const row = legendRow(headerRow);
  if (row === null) return { kind: "none" };
  const cells = values[row - 1] ?? [];
  const taken: string[] = [];
  for (let i = 0; i < LEGEND_WIDTH; i++) {
    const c = firstColumn + i;
    const free =
      isFreeValue(cells[c - 1]) &&
      !content.formulas[i] &&
      !String(content.notes[i] ?? "").trim() &&
      !content.validated[i];
    if (!free) taken.push(cellA1(row, c));
  }
  if (taken.length > 0) return { kind: "skip", row, cells: taken };
  return { kind: "write", layout: legendLayout(row, firstColumn, lang) };
}

function legendLayout(row: number, firstColumn: number, lang: Lang): LegendLayout {
  return {
    row,
    column: firstColumn,
    values: [[LEGEND_TITLE[lang], ...PALETTE.map((entry) => paletteLabel(entry, lang))]],
    backgrounds: [[PLAIN_BACKGROUND, ...PALETTE.map((entry) => entry.background)]],
    fontColors: [[PLAIN_TEXT, ...PALETTE.map((entry) => entry.fontColor)]],
    fontLines: [
      [
        "none",
        ...PALETTE.map((entry) => (entry.strikethrough ? ("line-through" as const) : ("none" as const))),
      ],
    ],
    fontWeights: [
      ["bold", ...PALETTE.map((entry) => (entry.bold ? ("bold" as const) : ("normal" as const)))],
    ],
  };
}
