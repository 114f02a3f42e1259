/**
 * The colour legend: a row of labelled cells painted with the palette (static labelling, so painted
 * backgrounds are right here), placed on the row just above the table header — row 6 of the installed
 * layout, which is left free for it. It is only written where it disturbs nothing: every cell it needs
 * must be empty or already hold a legend label (ours, in either language), so applying twice is harmless
 * and a plan whose header block fills that row gets no legend.
 */
import type { CellValue } from "../../shared/cell";
import { isDateValue } from "../../shared/cell";
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

function isFree(value: CellValue | undefined): boolean {
  if (value === undefined || value === null) return true;
  if (isDateValue(value)) return false;
  const text = String(value).trim();
  return text === "" || KNOWN_TEXTS.has(textKey(text));
}

/**
 * The legend for a table whose header is on `headerRow` and starts at `firstColumn`, or null when there
 * is no free row above the header. `values` is the sheet's values (row 1 first).
 */
export function legendLayout(
  values: CellValue[][],
  headerRow: number,
  firstColumn: number,
  lang: Lang,
): LegendLayout | null {
  const row = headerRow - 1;
  if (row < 1) return null;
  const width = PALETTE.length + 1;
  const cells = values[row - 1] ?? [];
  for (let c = firstColumn; c < firstColumn + width; c++) {
    if (!isFree(cells[c - 1])) return null;
  }
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
