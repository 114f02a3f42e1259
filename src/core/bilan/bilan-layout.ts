/**
 * What "Préparer le bilan" writes, decided here so the edge only applies it: one block of rows, as wide
 * as the bilan's columns — the title and the lines that say what the bilan covers, the figures the
 * sidebar shows (computed by the sidebar's own summarizePlan over the same rows, so the numbers are the
 * same), then per objective its actions by situation (done, in progress, late, to do, postponed,
 * cancelled), each with its dates, progress, people and notes, and the committee's comment cell.
 *
 * Every line has a key (an action's is the plan's row key, others say what they are: "f:total"), kept out
 * of the cells as a short id in the record on the bilan's rows (bilan-record.ts); the committee's
 * comments from the previous bilan are put back on the line with the same id, wherever it now sits; a
 * comment whose line is gone is kept in a last section rather than lost. States are always
 * written as words (Réalisée, En retard…), so the sheet reads the same printed in black and white.
 */
import type { CellValue } from "../../shared/cell";
import type { PlanSummaryWire } from "../../shared/summary-wire";
import { PALETTE, paletteLabel } from "../colours/palette";
import { displayDay } from "../dates";
import { type Lang, localize } from "../i18n";
import { asLiteralText } from "../literal-text";
import { nameKey } from "../plan/names";
import type { PlanRow, PlanTable } from "../plan/plan-model";
import { summarizePlan } from "../summary/summarize";
import { hash32hex } from "../sync/hash";
import { DEFAULT_TEMPLATE, type StatusKey } from "../template";
import { textKey } from "../text-key";
import { unionBilanLines } from "../union/union-bilan";
import { findUnionColumns } from "../union/union-columns";
import { lineId } from "./bilan-record";
import {
  actionsCaption,
  BILAN_COLUMNS,
  BILAN_TEXT,
  BILAN_WIDTH,
  bilanColumn,
  loadCaption,
  overallCaption,
  SITUATION_LABELS,
  SITUATION_ORDER,
  type Situation,
} from "./bilan-text";
import { type PlanYear, planForYear } from "./plan-years";

/** How a row is laid out (the edge formats by kind). */
export type BilanLineKind =
  | "title"
  | "line"
  | "blank"
  | "section"
  | "figure"
  | "chartSpace"
  | "tableHeader"
  | "objective"
  | "action"
  | "orphan";

export interface BilanLine {
  kind: BilanLineKind;
  /** The line's short id (lineId of its key), recorded on the bilan's rows. */
  id: string;
  /** BILAN_WIDTH cells, ready for setValues (text behind an apostrophe, numbers as numbers). */
  values: CellValue[];
  /** The cell of the Avancement/figure column that holds a 0..1 ratio to show as a percentage. */
  percentColumn?: number;
  /** Number formats of some cells, by 1-based column (the union section's amounts and days). */
  numberFormats?: Record<number, string>;
}

/** A comment from the previous bilan, by line id: what to write back, and the row's action text. */
export interface PreservedComment {
  write: CellValue;
  label: string;
}

export interface BilanInput {
  plan: PlanTable;
  /** The year chosen, or null for the whole Période. */
  year: PlanYear | null;
  yearCount: number;
  today: string;
  lang: Lang;
  planSheetName: string;
  /** The previous bilan's comments, by line id. */
  comments: Map<string, PreservedComment>;
  /** The plan sheet's values, for the section on its optional union columns (src/core/union). */
  planValues?: CellValue[][];
}

/** 0-based indices of a run of lines (first..last, inclusive). */
export interface LineSpan {
  first: number;
  last: number;
}

export interface BilanLayout {
  title: string;
  lines: BilanLine[];
  /**
   * Where the charts take their data (the bilan's own figure lines, columns B:C) and where they sit (the
   * first line of the band of empty lines left for them). `progress` is null without objectives.
   */
  charts: { progress: LineSpan | null; states: LineSpan; band: number };
  /** 1-based row of the actions table's header. */
  headerRow: number;
  /** The figures shown: summarizePlan over the bilan's rows. */
  summary: PlanSummaryWire;
}

const COMMENT = bilanColumn("commentaire") - 1;
/** Empty lines left for the charts: 16 rows of 21 pixels (Sheets' default row height). */
export const CHART_BAND_LINES = 16;

/** Where `row` stands as of `today`, in the bilan's words. */
export function situationOf(row: PlanRow, today: string): Situation {
  const status: StatusKey | undefined = row.status;
  if (status === "termine") return "realisee";
  if (status === "annule") return "annulee";
  if (status === "reporte") return "reportee";
  if (row.echeance !== null && row.echeance < today) return "enRetard";
  if (status === "enCours") return "enCours";
  if (status === "aFaire") return "aFaire";
  return "aPreciser";
}

/** The key of an action in the bilan: the plan's row key, or (a plan without keys) one from its text. */
export function actionKey(row: PlanRow): string {
  if (row.key) return row.key;
  return `t:${hash32hex(`${textKey(row.objectif)}\u0000${textKey(row.moyens)}\u0000${textKey(row.resultat)}`)}`;
}

/** The key of an objective's line: "o:…" in the actions, "fo:…" among the figures. */
export function objectiveKey(prefix: "o" | "fo", objectif: string): string {
  return `${prefix}:${hash32hex(textKey(objectif))}`;
}

/** The key of a person's line among the figures. */
export function personKey(name: string): string {
  return `fp:${hash32hex(nameKey(name))}`;
}

/** "2026", "2026-2027": the years a span of days touches. */
export function yearsLabel(start: string, end: string): string {
  const first = start.slice(0, 4);
  const last = end.slice(0, 4);
  return first === last ? first : `${first}-${last}`;
}

/** The bilan's title: Bilan — <comité> — <période> (the year's own years, and its number, for one year). */
export function bilanTitle(
  comite: string,
  period: { start: string; end: string } | null,
  year: PlanYear | null,
  lang: Lang,
): string {
  const span = year ?? period;
  let periode = span ? yearsLabel(span.start, span.end) : "";
  if (year) periode += lang === "fr" ? ` (année ${year.index})` : ` (year ${year.index})`;
  const title = localize(lang, BILAN_TEXT.title, {
    comite: comite.trim() || localize(lang, BILAN_TEXT.noComite),
    periode,
  });
  return periode ? title : title.replace(/ — $/, "");
}

/**
 * A sheet name for the bilan: its title, without the characters spreadsheet files refuse in a sheet
 * name (: \ / ? * [ ]) and at most 100 characters (Sheets' limit).
 */
export function bilanSheetName(title: string): string {
  const clean = title.replace(/[:\\/?*[\]]/g, "-").replace(/^'+|'+$/g, "");
  return clean.length <= 100 ? clean : `${clean.slice(0, 99)}…`;
}

function text(value: string): string {
  return asLiteralText(value);
}

function datesText(row: PlanRow, situation: Situation, lang: Lang): string {
  const parts: string[] = [];
  if (row.echeancier) parts.push(row.echeancier);
  if (row.debut && row.echeance && row.debut !== row.echeance) {
    parts.push(
      localize(lang, BILAN_TEXT.span, {
        start: displayDay(row.debut, lang),
        end: displayDay(row.echeance, lang),
      }),
    );
  } else if (row.echeance || row.debut) {
    parts.push(
      localize(lang, BILAN_TEXT.dueOn, { date: displayDay((row.echeance ?? row.debut) as string, lang) }),
    );
  } else {
    parts.push(localize(lang, BILAN_TEXT.undated));
  }
  let result = parts.join(" · ");
  if (situation === "reportee" && row.echeance) result += ` (${localize(lang, BILAN_TEXT.pastDue)})`;
  return result;
}

function actionText(row: PlanRow, lang: Lang): string {
  const lines = [row.resultat, row.moyens].filter((part) => part !== "");
  if (lines.length === 0) return lang === "fr" ? `(ligne ${row.row})` : `(row ${row.row})`;
  return lines.join("\n");
}

/** Builds the bilan of `input.plan` (or of one of its years). */
export function bilanLayout(input: BilanInput): BilanLayout {
  const { lang, today, year } = input;
  const plan = planForYear(input.plan, year);
  const summary = summarizePlan(plan, today);
  const header = input.plan.header;
  const period =
    header.periodStart && header.periodEnd ? { start: header.periodStart, end: header.periodEnd } : null;
  const title = bilanTitle(header.comite, period, year, lang);

  const lines: BilanLine[] = [];
  const used = new Set<string>();
  /** Adds a line; `key` is its key, or (an orphan comment) the id it was recorded under. */
  const push = (kind: BilanLineKind, key: string, cells: CellValue[], percentColumn?: number) => {
    const values: CellValue[] = new Array<CellValue>(BILAN_WIDTH).fill("");
    cells.forEach((cell, i) => {
      values[i] = cell;
    });
    let id = kind === "orphan" ? key : lineId(key);
    for (let n = 2; used.has(id); n++) id = lineId(`${key}~${n}`);
    used.add(id);
    const kept = kind === "tableHeader" ? undefined : input.comments.get(id);
    if (kept) values[COMMENT] = kept.write;
    lines.push({ kind, id, values, percentColumn });
  };
  const day = (iso: string) => displayDay(iso, lang);

  push("title", "h:title", [text(title)]);
  if (period)
    push("line", "h:period", [
      text(localize(lang, BILAN_TEXT.periodLine, { start: day(period.start), end: day(period.end) })),
    ]);
  if (year) {
    push("line", "h:year", [
      text(
        localize(lang, BILAN_TEXT.yearLine, {
          index: year.index,
          count: input.yearCount,
          start: day(year.start),
          end: day(year.end),
        }),
      ),
    ]);
    push("line", "h:scope", [
      text(localize(lang, BILAN_TEXT.yearScope, { outside: input.plan.rows.length - plan.rows.length })),
    ]);
  }
  push("line", "h:prepared", [
    text(localize(lang, BILAN_TEXT.preparedLine, { today: day(today), sheet: input.planSheetName })),
  ]);
  push("line", "h:hint", [text(localize(lang, BILAN_TEXT.commentHint))]);
  push("blank", "b:figures", []);

  // The figures: the sidebar's sections, in its order.
  push("section", "s:figures", [text(localize(lang, BILAN_TEXT.figuresTitle))]);
  push(
    "figure",
    "f:overall",
    [
      "",
      text(
        `${localize(lang, BILAN_TEXT.overall)} — ${overallCaption(lang, summary.counts.total, summary.counts.annule)}`,
      ),
      percentOf(summary.overall.ratio),
    ],
    3,
  );
  push("figure", "f:total", ["", text(localize(lang, BILAN_TEXT.total)), summary.counts.total]);
  const statesFirst = lines.length;
  for (const entry of PALETTE) {
    push("figure", `f:${entry.meaning}`, [
      "",
      text(paletteLabel(entry, lang)),
      summary.counts[entry.meaning],
    ]);
  }
  const states = { first: statesFirst, last: lines.length - 1 };
  if (summary.counts.autre > 0)
    push("figure", "f:autre", ["", text(localize(lang, BILAN_TEXT.otherStatus)), summary.counts.autre]);
  if (summary.unassignedOpen > 0)
    push("figure", "f:unassigned", ["", text(localize(lang, BILAN_TEXT.unassigned)), summary.unassignedOpen]);
  const progressFirst = lines.length;
  summary.byObjective.forEach((objective, i) => {
    const name = objective.objectif.trim() || localize(lang, BILAN_TEXT.noObjective);
    push(
      "figure",
      objectiveKey("fo", objective.objectif),
      [
        i === 0 ? text(localize(lang, BILAN_TEXT.byObjective)) : "",
        text(`${name} — ${actionsCaption(lang, objective.actions)}`),
        percentOf(objective.ratio),
      ],
      3,
    );
  });
  const progress = lines.length > progressFirst ? { first: progressFirst, last: lines.length - 1 } : null;
  summary.people.forEach((person, i) => {
    push("figure", personKey(person.name), [
      i === 0 ? text(localize(lang, BILAN_TEXT.byPerson)) : "",
      text(person.name),
      text(loadCaption(lang, person)),
    ]);
  });
  // Room for the charts (bilan-charts.ts draws them over these empty lines, beside each other).
  const band = lines.length;
  for (let i = 1; i <= CHART_BAND_LINES; i++) push("chartSpace", `c:${i}`, []);
  push("blank", "b:actions", []);

  // The actions, per objective (in plan order), by situation, then in plan order.
  push("section", "s:actions", [text(localize(lang, BILAN_TEXT.actionsTitle))]);
  // The table header holds its labels in every column, the comment column included.
  push(
    "tableHeader",
    "h:table",
    BILAN_COLUMNS.map((column) => text(column.label[lang])),
  );
  const headerRow = lines.length;
  if (plan.rows.length === 0) push("line", "h:none", [text(localize(lang, BILAN_TEXT.noActions))]);
  for (const objective of summary.byObjective) {
    push(
      "objective",
      objectiveKey("o", objective.objectif),
      [
        text(lang === "fr" ? "Objectif" : "Objective"),
        text(objective.objectif.trim() || localize(lang, BILAN_TEXT.noObjective)),
        text(actionsCaption(lang, objective.actions)),
        percentOf(objective.ratio),
      ],
      4,
    );
    const rows = plan.rows
      .filter((row) => row.objectif === objective.objectif)
      .map((row) => ({ row, situation: situationOf(row, today) }))
      .sort(
        (a, b) =>
          SITUATION_ORDER.indexOf(a.situation) - SITUATION_ORDER.indexOf(b.situation) ||
          a.row.row - b.row.row,
      );
    for (const { row, situation } of rows) {
      const label = localize(lang, SITUATION_LABELS[situation]);
      const progress = shownProgress(row, situation);
      push(
        "action",
        actionKey(row),
        [
          text(situation === "aPreciser" && row.statutText ? `${label} (« ${row.statutText} »)` : label),
          text(actionText(row, lang)),
          text(datesText(row, situation, lang)),
          progress,
          text(row.responsables),
          text(row.remarques),
        ],
        progress === "" ? undefined : 4,
      );
    }
  }

  // The plan's optional union columns (Budget prévu, Libérations…), when it has them: their sums and
  // indicators, as a section of their own (src/core/union/union-bilan.ts). None for a plan without them.
  const values = input.planValues ?? [];
  const union = unionBilanLines({
    rows: plan.rows,
    values,
    positions: findUnionColumns(values[input.plan.headerRow - 1] ?? [], DEFAULT_TEMPLATE),
    template: DEFAULT_TEMPLATE,
    lang,
    progressOf: (row) => shownProgress(row, situationOf(row, today)),
  });
  for (const line of union) {
    const cells = line.cells.map((cell) => (typeof cell === "string" ? text(cell) : cell));
    push(line.kind, `u:${line.key}`, cells, line.percentColumn);
    if (line.formats.length > 0)
      lines[lines.length - 1].numberFormats = Object.fromEntries(
        line.formats.map(({ column, format }) => [column, format]),
      );
  }

  // Comments whose row is not in this bilan any more: kept, with the action they were written for.
  const orphans = [...input.comments].filter(([id, comment]) => !used.has(id) && !isBlank(comment.write));
  if (orphans.length > 0) {
    push("blank", "b:orphans", []);
    push("section", "s:orphans", [text(localize(lang, BILAN_TEXT.orphansTitle))]);
    for (const [id, comment] of orphans) {
      push("orphan", id, [text(localize(lang, BILAN_TEXT.orphanSituation)), text(comment.label)]);
    }
  }
  return { title, lines, headerRow, summary, charts: { progress, states, band } };
}

/** The progress the bilan shows for an action: all of it when done, none when cancelled or not given. */
export function shownProgress(row: PlanRow, situation: Situation): number | "" {
  if (situation === "realisee") return 1;
  if (situation === "annulee" || row.avancement === null) return "";
  return Math.min(1, Math.max(0, row.avancement));
}

function isBlank(value: CellValue): boolean {
  return value === "" || value === null || value === undefined;
}

/** A ratio rounded to the sidebar's whole percent, as a 0..1 number for a percent format. */
export function percentOf(ratio: number | null): number {
  if (ratio === null || !Number.isFinite(ratio)) return 0;
  return Math.round(Math.min(1, Math.max(0, ratio)) * 100) / 100;
}
