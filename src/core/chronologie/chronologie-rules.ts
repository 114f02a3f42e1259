/**
 * The chronologie's bars as conditional-format rule specifications, decided here and applied by the
 * edge. Each time cell of an action row is coloured when the action's Début–Échéance span meets the
 * column's days, in the colour its Statut gives it in the plan (src/core/colours: the same meanings in
 * the same order, so Terminé and Annulé win over En retard, En retard over Bientôt…). The rules read only
 * cells of the chronologie itself — its Début, Échéance and Statut columns, which are formulas pointing
 * at the plan's cells — because a conditional-format formula in Google Sheets may not reference another
 * sheet except through INDIRECT (whose text would not follow rows inserted into the plan); so a Statut
 * changed in the plan recolours the bar at once, for every collaborator, with no script run.
 *
 * The column's first day is the header cell above it (a real date); its last is EOMONTH(first, 0) for a
 * month, first + 6 for a week. After the bars, the current month (or week) is tinted, header included,
 * from TODAY(): the mark moves by itself when the month changes.
 */
import { columnLetter } from "../a1";
import { DUE_SOON_DAYS, type Meaning, paletteEntry } from "../colours/palette";
import { statusIs } from "../colours/status-rules";
import { DEFAULT_TEMPLATE, type PlanTemplate, type StatusKey } from "../template";
import type { TimeScale } from "./time-columns";

/** The current month's mark: the header cell, and a tint down the column where no bar is. */
export const CURRENT_HEADER = { background: "#007b83", fontColor: "#ffffff" };
export const CURRENT_TINT = "#e4f7fb";

/** The bars' meanings, in the plan's order of precedence (status-rules.ts). */
export const BAR_MEANINGS: readonly Meaning[] = [
  "termine",
  "annule",
  "enRetard",
  "bientot",
  "enCours",
  "reporte",
  "aFaire",
];

export interface ChronologieRuleSpec {
  /** The bar's meaning, or "current" for the current month's mark. */
  meaning: Meaning | "current";
  formula: string;
  background: string;
  fontColor: string | null;
  bold: boolean;
  /** A1 ranges on the chronologie sheet (no sheet name). */
  a1Ranges: string[];
}

/** Where the rules go on the chronologie sheet (1-based rows and columns). */
export interface ChronologieGrid {
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
  debutColumn: number;
  echeanceColumn: number;
  statutColumn: number;
  firstTimeColumn: number;
  lastTimeColumn: number;
  scale: TimeScale;
}

/** The rules for `grid`, bars first, then the current period's mark. */
export function chronologieRules(
  grid: ChronologieGrid,
  template: PlanTemplate = DEFAULT_TEMPLATE,
): ChronologieRuleSpec[] {
  const row = grid.firstDataRow;
  const debut = `$${columnLetter(grid.debutColumn)}${row}`;
  const due = `$${columnLetter(grid.echeanceColumn)}${row}`;
  const status = `TRIM($${columnLetter(grid.statutColumn)}${row})`;
  const first = `${columnLetter(grid.firstTimeColumn)}$${grid.headerRow}`;
  const last = grid.scale === "month" ? `EOMONTH(${first},0)` : `${first}+6`;
  const is = (key: StatusKey) => statusIs(template, status, key);
  const notClosed = `NOT(${is("termine")}),NOT(${is("annule")})`;
  const spans =
    `OR(ISNUMBER(${debut}),ISNUMBER(${due})),` +
    `IF(ISNUMBER(${debut}),${debut},${due})<=${last},` +
    `IF(ISNUMBER(${due}),${due},${debut})>=${first}`;
  const conditions: Record<Meaning, string> = {
    termine: is("termine"),
    annule: is("annule"),
    enRetard: `ISNUMBER(${due}),${due}<TODAY(),${notClosed}`,
    bientot: `ISNUMBER(${due}),${due}>=TODAY(),${due}<=TODAY()+${DUE_SOON_DAYS},${notClosed}`,
    enCours: is("enCours"),
    reporte: is("reporte"),
    // Any other Statut (blank shows À faire) is drawn as À faire, as the plan colours it.
    aFaire: "TRUE",
  };
  const timeArea = (fromRow: number) =>
    `${columnLetter(grid.firstTimeColumn)}${fromRow}:${columnLetter(grid.lastTimeColumn)}${grid.lastDataRow}`;
  const bars: ChronologieRuleSpec[] = BAR_MEANINGS.map((meaning) => {
    const entry = paletteEntry(meaning);
    return {
      meaning,
      formula: `=AND(${spans},${conditions[meaning]})`,
      background: entry.background,
      fontColor: null,
      bold: false,
      a1Ranges: [timeArea(row)],
    };
  });
  const header = `${columnLetter(grid.firstTimeColumn)}${grid.headerRow}:${columnLetter(grid.lastTimeColumn)}${grid.headerRow}`;
  // Anchored on the header row, so `first` is the cell itself there and the header above it below.
  const current = `=AND(TODAY()>=${first},TODAY()<=${last})`;
  return [
    ...bars,
    {
      meaning: "current",
      formula: current,
      background: CURRENT_HEADER.background,
      fontColor: CURRENT_HEADER.fontColor,
      bold: true,
      a1Ranges: [header],
    },
    {
      meaning: "current",
      formula: current,
      background: CURRENT_TINT,
      fontColor: null,
      bold: false,
      a1Ranges: [timeArea(grid.headerRow + 1)],
    },
  ];
}
