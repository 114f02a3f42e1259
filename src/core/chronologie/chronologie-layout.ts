/**
 * The chronologie sheet laid out from the plan, as data the edge writes in one block per kind: a title,
 * the line under it, a legend in the plan's colours, the table's header (five columns, then one per
 * month or week of the Période, each a real date), and per objective (in the plan's order) a row with
 * its name followed by one row per dated action. An action's Début, Échéance and Statut cells are
 * formulas pointing at the plan's own cells, so they — and the bars drawn from them
 * (chronologie-rules.ts) — follow the plan live; the action's and people's texts are written as text.
 * The time axis is the Période's; without one, the span of the actions' dates.
 */
import { columnLetter } from "../a1";
import { type Meaning, PALETTE, paletteLabel } from "../colours/palette";
import type { Lang } from "../i18n";
import { localize } from "../i18n";
import { asLiteralText } from "../literal-text";
import type { PlanRow, PlanTable } from "../plan/plan-model";
import { DEFAULT_TEMPLATE, statusLabel } from "../template";
import { type ChronologieRuleSpec, CURRENT_HEADER, chronologieRules } from "./chronologie-rules";
import { CHRONOLOGIE_TEXT, chronologieSheetName, chronologieTitle, periodLine } from "./chronologie-text";
import { type TimeAxis, timeAxis } from "./time-columns";

/** Columns of the table (1-based); the time columns follow. */
export const CHRONOLOGIE_COLUMNS = { action: 1, responsables: 2, debut: 3, echeance: 4, statut: 5 } as const;
export const FIRST_TIME_COLUMN = 6;
const INFO_WIDTHS = [280, 140, 80, 80, 90];
const TIME_WIDTH = 52;
export const TITLE_ROW = 1;
const LEGEND_ROWS = [3, 4];
export const HEADER_ROW = 6;
export const FIRST_DATA_ROW = HEADER_ROW + 1;

const HEADER_BACKGROUND = "#e8eaed";
const OBJECTIVE_BACKGROUND = "#f8f9fa";
const TEXT_COLOUR = "#202124";
const TIME_FORMAT = { month: "mmm yy", week: "dd/mm" } as const;

/** A cell as the edge writes it: its content (text already made literal, a formula, an ISO day) and look. */
export interface ChronologieCell {
  value: string;
  bold?: boolean;
  size?: number;
  background?: string;
  colour?: string;
  strike?: boolean;
}

export interface ChronologieLayout {
  sheetName: string;
  axis: TimeAxis;
  /** Every row of the sheet, each `width` cells wide. */
  rows: ChronologieCell[][];
  width: number;
  columnWidths: number[];
  /** The time columns' header format (their cells hold the first day of each month or week). */
  timeFormat: string;
  /** The title row's height in pixels (its text is 14 pt). */
  titleRowHeight: number;
  frozenRows: number;
  frozenColumns: number;
  /** Rows whose first two columns wrap (objectives and actions). */
  firstDataRow: number;
  lastRow: number;
  rules: ChronologieRuleSpec[];
  /** Dated actions drawn, and those whose dates lie wholly outside the time axis. */
  actionCount: number;
  outsideCount: number;
}

export interface ChronologieInput {
  plan: PlanTable;
  planSheetName: string;
  today: string;
  lang: Lang;
}

/** A reference to the plan's cell, as a formula on another sheet writes it: 'Plan d''action'!K12. */
function planReference(sheetName: string, column: number, row: number): string {
  return `'${sheetName.replace(/'/g, "''")}'!${columnLetter(column)}${row}`;
}

function isDated(row: PlanRow): boolean {
  return Boolean(row.debut || row.echeance);
}

/** The dated rows grouped by objective, objectives in the order they first appear. */
function groups(plan: PlanTable): Array<{ objective: string; rows: PlanRow[] }> {
  const byObjective = new Map<string, PlanRow[]>();
  for (const row of plan.rows) {
    if (!isDated(row)) continue;
    const objective = row.objectif.trim();
    const rows = byObjective.get(objective) ?? [];
    rows.push(row);
    byObjective.set(objective, rows);
  }
  return [...byObjective].map(([objective, rows]) => ({ objective, rows }));
}

/** The time axis's span: the Période when it is whole, else the actions' first to last day. */
function axisSpan(plan: PlanTable, dated: PlanRow[], today: string) {
  const { periodStart, periodEnd } = plan.header;
  if (periodStart && periodEnd && periodStart <= periodEnd)
    return { span: { start: periodStart, end: periodEnd }, fromPlan: true };
  const days = dated.flatMap((row) => [row.debut, row.echeance]).filter((day): day is string => !!day);
  const sorted = days.length ? [...days].sort() : [today];
  return { span: { start: sorted[0], end: sorted[sorted.length - 1] }, fromPlan: false };
}

export function chronologieLayout(input: ChronologieInput): ChronologieLayout {
  const { plan, planSheetName, today, lang } = input;
  const grouped = groups(plan);
  const dated = grouped.flatMap((group) => group.rows);
  const { span, fromPlan } = axisSpan(plan, dated, today);
  const axis = timeAxis(span.start, span.end);
  const width = FIRST_TIME_COLUMN - 1 + axis.columns.length;
  const blank = (): ChronologieCell[] => Array.from({ length: width }, () => ({ value: "" }));
  const text = (value: string) => asLiteralText(value);
  const rows: ChronologieCell[][] = [];

  const title = blank();
  title[0] = { value: text(chronologieTitle(planSheetName, lang)), bold: true, size: 14 };
  rows.push(title);
  const period = blank();
  period[0] = { value: text(periodLine(span, fromPlan, axis.scale, today, lang)) };
  rows.push(period);
  rows.push(...legendRows(blank, axis.scale, lang));
  rows.push(blank());
  if (rows.length !== HEADER_ROW - 1) throw new Error("The chronologie's header row moved.");

  const header = blank();
  const headerCell = (value: string): ChronologieCell => ({
    value: text(value),
    bold: true,
    background: HEADER_BACKGROUND,
    colour: TEXT_COLOUR,
  });
  header[0] = headerCell(localize(lang, CHRONOLOGIE_TEXT.action));
  header[1] = headerCell(localize(lang, CHRONOLOGIE_TEXT.responsables));
  header[2] = headerCell(localize(lang, CHRONOLOGIE_TEXT.debut));
  header[3] = headerCell(localize(lang, CHRONOLOGIE_TEXT.echeance));
  header[4] = headerCell(localize(lang, CHRONOLOGIE_TEXT.statut));
  axis.columns.forEach((column, i) => {
    header[FIRST_TIME_COLUMN - 1 + i] = {
      value: column.start,
      bold: true,
      background: HEADER_BACKGROUND,
      colour: TEXT_COLOUR,
    };
  });
  rows.push(header);

  const { columns } = plan;
  const toDo = statusLabel(DEFAULT_TEMPLATE, "aFaire", lang);
  let outsideCount = 0;
  for (const group of grouped) {
    const objective = blank().map((cell) => ({ ...cell, background: OBJECTIVE_BACKGROUND }));
    objective[0] = {
      value: text(group.objective || localize(lang, CHRONOLOGIE_TEXT.noObjective)),
      bold: true,
      background: OBJECTIVE_BACKGROUND,
    };
    rows.push(objective);
    for (const row of group.rows) {
      const line = blank();
      line[0] = { value: text(row.moyens || row.resultat) };
      line[1] = { value: text(row.responsables) };
      const dateFormula = (column: number | undefined) => {
        if (!column) return "";
        const ref = planReference(planSheetName, column, row.row);
        return `=IF(ISNUMBER(${ref}),${ref},"")`;
      };
      line[2] = { value: dateFormula(columns.debut) };
      line[3] = { value: dateFormula(columns.echeance) };
      const status = columns.statut ? planReference(planSheetName, columns.statut, row.row) : null;
      line[4] = { value: status ? `=IF(TRIM(${status})="","${toDo}",${status})` : text(toDo) };
      rows.push(line);
      const first = row.debut ?? row.echeance ?? "";
      const last = row.echeance ?? row.debut ?? "";
      const axisStart = axis.columns[0].start;
      const axisEnd = axis.columns[axis.columns.length - 1].end;
      if (last < axisStart || first > axisEnd) outsideCount++;
    }
  }
  if (dated.length === 0) {
    const notice = blank();
    notice[0] = { value: text(localize(lang, CHRONOLOGIE_TEXT.noDatedAction)) };
    rows.push(notice);
  }

  const lastRow = rows.length;
  return {
    sheetName: chronologieSheetName(chronologieTitle(planSheetName, lang)),
    axis,
    rows,
    width,
    columnWidths: [...INFO_WIDTHS, ...axis.columns.map(() => TIME_WIDTH)],
    timeFormat: TIME_FORMAT[axis.scale],
    titleRowHeight: 30,
    frozenRows: HEADER_ROW,
    frozenColumns: 1,
    firstDataRow: FIRST_DATA_ROW,
    lastRow,
    rules: chronologieRules({
      headerRow: HEADER_ROW,
      firstDataRow: FIRST_DATA_ROW,
      lastDataRow: Math.max(FIRST_DATA_ROW, lastRow),
      debutColumn: CHRONOLOGIE_COLUMNS.debut,
      echeanceColumn: CHRONOLOGIE_COLUMNS.echeance,
      statutColumn: CHRONOLOGIE_COLUMNS.statut,
      firstTimeColumn: FIRST_TIME_COLUMN,
      lastTimeColumn: width,
      scale: axis.scale,
    }),
    actionCount: dated.length,
    outsideCount,
  };
}

/** The legend: each meaning in the plan's colours, then the current month's mark (columns B to E). */
function legendRows(blank: () => ChronologieCell[], scale: "month" | "week", lang: Lang) {
  const entries: ChronologieCell[] = PALETTE.map((entry) => ({
    value: asLiteralText(paletteLabel(entry, lang)),
    background: entry.background,
    colour: entry.fontColor,
    bold: entry.bold,
    strike: entry.strikethrough,
  }));
  entries.push({
    value: asLiteralText(
      localize(lang, scale === "month" ? CHRONOLOGIE_TEXT.currentMonth : CHRONOLOGIE_TEXT.currentWeek),
    ),
    background: CURRENT_HEADER.background,
    colour: CURRENT_HEADER.fontColor,
    bold: true,
  });
  const rows = LEGEND_ROWS.map(() => blank());
  rows[0][0] = { value: asLiteralText(localize(lang, CHRONOLOGIE_TEXT.legend)), bold: true };
  entries.forEach((entry, i) => {
    rows[Math.floor(i / 4)][1 + (i % 4)] = entry;
  });
  return rows;
}

/** The meanings the legend shows, in order (tests read the legend back by them). */
export const LEGEND_MEANINGS: ReadonlyArray<Meaning | "current"> = [
  ...PALETTE.map((e) => e.meaning),
  "current",
];
