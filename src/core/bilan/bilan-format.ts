/**
 * How the bilan looks, as whole-block arrays the edge applies with one call each (setFontWeights,
 * setFontSizes, setBackgrounds, setFontColors, setNumberFormats): a big bold title, bold section and
 * objective rows, a dark table header, percentages as percentages. Colours only set off the structure
 * (every state is also written in words), so the sheet prints and reads the same in black and white.
 * The comment column is left out: its formatting is the committee's.
 */
import type { BilanLayout, BilanLineKind } from "./bilan-layout";
import { bilanColumn } from "./bilan-text";

export const BILAN_PERCENT_FORMAT = "0%";
/** Whole numbers (the counts); text cells show as typed whatever their number format. */
const PLAIN_FORMAT = "0";
export const HEADER_BACKGROUND = "#1f4e79";
export const HEADER_TEXT = "#ffffff";
const OBJECTIVE_BACKGROUND = "#e8eef5";
const TEXT_COLOUR = "#000000";

interface KindStyle {
  weight: "bold" | "normal";
  size: number;
  background: string | null;
  colour: string;
}

const STYLES: Record<BilanLineKind, KindStyle> = {
  title: { weight: "bold", size: 14, background: null, colour: TEXT_COLOUR },
  line: { weight: "normal", size: 10, background: null, colour: TEXT_COLOUR },
  blank: { weight: "normal", size: 10, background: null, colour: TEXT_COLOUR },
  section: { weight: "bold", size: 12, background: null, colour: TEXT_COLOUR },
  figure: { weight: "normal", size: 10, background: null, colour: TEXT_COLOUR },
  chartSpace: { weight: "normal", size: 10, background: null, colour: TEXT_COLOUR },
  tableHeader: { weight: "bold", size: 10, background: HEADER_BACKGROUND, colour: HEADER_TEXT },
  objective: { weight: "bold", size: 10, background: OBJECTIVE_BACKGROUND, colour: TEXT_COLOUR },
  action: { weight: "normal", size: 10, background: null, colour: TEXT_COLOUR },
  orphan: { weight: "normal", size: 10, background: null, colour: TEXT_COLOUR },
};

/**
 * The lines whose text spans the add-on's columns A:F (merged across, so a title or a sentence reads on
 * one or two lines instead of wrapping in the narrow first column); the comment column stays the
 * committee's, never merged.
 */
export const MERGED_KINDS: ReadonlySet<BilanLineKind> = new Set(["title", "line", "blank", "section"]);

export interface BilanFormats {
  weights: ("bold" | "normal")[][];
  sizes: number[][];
  backgrounds: (string | null)[][];
  colours: string[][];
  numberFormats: string[][];
}

/** The formats of the columns before the comment column, line by line. */
export function bilanFormats(layout: BilanLayout): BilanFormats {
  const commentIndex = bilanColumn("commentaire") - 1;
  const build = (from: number, to: number): BilanFormats => {
    const formats: BilanFormats = { weights: [], sizes: [], backgrounds: [], colours: [], numberFormats: [] };
    for (const line of layout.lines) {
      const style = STYLES[line.kind];
      const columns = Array.from({ length: to - from }, (_, i) => from + i);
      formats.weights.push(columns.map(() => style.weight));
      formats.sizes.push(columns.map(() => style.size));
      formats.backgrounds.push(columns.map(() => style.background));
      formats.colours.push(columns.map(() => style.colour));
      formats.numberFormats.push(
        columns.map(
          (c) =>
            line.numberFormats?.[c + 1] ??
            (line.percentColumn === c + 1 ? BILAN_PERCENT_FORMAT : PLAIN_FORMAT),
        ),
      );
    }
    return formats;
  };
  return build(0, commentIndex);
}
