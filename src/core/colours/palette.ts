/**
 * The status palette: one background/text colour pair per meaning a committee reads in the plan (the
 * five statuses plus the derived En retard and Bientôt), with the WCAG 2 contrast ratio used to prove
 * every pair stays readable (at least 4.5:1, the AA level for normal text). Colour is never the only
 * signal: the Statut text stays visible, En retard is bold and Annulé is struck through.
 */
import type { Lang, Localized } from "../i18n";
import { DEFAULT_TEMPLATE, type PlanTemplate, type StatusKey, statusLabel } from "../template";

export type Meaning = "aFaire" | "enCours" | "termine" | "reporte" | "annule" | "enRetard" | "bientot";

export interface PaletteEntry {
  meaning: Meaning;
  /** Lowercase 6-digit hex, as Sheets reports colours. */
  background: string;
  fontColor: string;
  bold: boolean;
  strikethrough: boolean;
  /** The legend's label for a derived meaning; a status's label is the template's (see `paletteLabel`). */
  label?: Localized;
}

/** "Bientôt": due today or within this many days. */
export const DUE_SOON_DAYS = 14;

/** WCAG AA for normal-size text. */
export const MIN_CONTRAST_RATIO = 4.5;

/** The palette, in legend order. */
export const PALETTE: readonly PaletteEntry[] = [
  {
    meaning: "aFaire",
    background: "#f1f3f4",
    fontColor: "#202124",
    bold: false,
    strikethrough: false,
  },
  {
    meaning: "enCours",
    background: "#d2e3fc",
    fontColor: "#174ea6",
    bold: false,
    strikethrough: false,
  },
  {
    meaning: "termine",
    background: "#ceead6",
    fontColor: "#0d652d",
    bold: false,
    strikethrough: false,
  },
  {
    meaning: "reporte",
    background: "#e9d7fe",
    fontColor: "#5b2c91",
    bold: false,
    strikethrough: false,
  },
  {
    meaning: "annule",
    background: "#e8eaed",
    fontColor: "#4d5156",
    bold: false,
    strikethrough: true,
  },
  {
    meaning: "enRetard",
    background: "#fad2cf",
    fontColor: "#a50e0e",
    bold: true,
    strikethrough: false,
    label: { fr: "En retard", en: "Overdue" },
  },
  {
    meaning: "bientot",
    background: "#feefc3",
    fontColor: "#7a4100",
    bold: false,
    strikethrough: false,
    label: { fr: `Bientôt (${DUE_SOON_DAYS} j)`, en: `Due soon (${DUE_SOON_DAYS} d)` },
  },
];

export function paletteEntry(meaning: Meaning): PaletteEntry {
  const entry = PALETTE.find((candidate) => candidate.meaning === meaning);
  if (!entry) throw new Error(`No palette entry for ${meaning}`);
  return entry;
}

/** The legend's label for an entry: the template's status label, or the derived meaning's own. */
export function paletteLabel(
  entry: PaletteEntry,
  lang: Lang,
  template: PlanTemplate = DEFAULT_TEMPLATE,
): string {
  return entry.label ? entry.label[lang] : statusLabel(template, entry.meaning as StatusKey, lang);
}

/** WCAG 2 relative luminance of a "#rrggbb" colour. */
export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [match[1], match[2], match[3]].map((part) => {
    const channel = parseInt(part, 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio between two colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(foreground: string, background: string): number {
  const a = relativeLuminance(foreground);
  const b = relativeLuminance(background);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
