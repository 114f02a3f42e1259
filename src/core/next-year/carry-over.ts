/**
 * "Préparer l'année suivante", decided in the core: which actions can be carried over (those neither
 * Terminé nor Annulé), the Période suggested for the next plan (this one moved by a year), the rows of the new plan for the actions the committee ticked — their words kept, the
 * Échéancier above all, so the add-on reads it again against the new Période (no date is carried) — and
 * what becomes of the originals when asked: Statut Reporté, with a note naming the new plan. Columns the
 * committee added to the plan (a header the template does not know, e.g. "Budget") go along, after the
 * template's columns, with the carried actions' values in them — but for « Budget réel », which starts
 * empty (src/core/union).
 */

import type { CellValue } from "../../shared/cell";
import { situationOf } from "../bilan/bilan-layout";
import { SITUATION_LABELS, type Situation } from "../bilan/bilan-text";
import { addDays, displayDay } from "../dates";
import { type Lang, localize } from "../i18n";
import { asLiteralText } from "../literal-text";
import type { PlanRow, PlanTable } from "../plan/plan-model";
import { isClosed } from "../plan/status-text";
import { type PlanTemplate, statusLabel } from "../template";
import { emptiedNextYear } from "../union/union-columns";
import { carriedDeadline } from "./carried-deadline";

export interface CarryCandidate {
  key: string;
  row: number;
  objectif: string;
  action: string;
  echeancier: string;
  responsables: string;
  /** Where it stands today, in words (En cours, En retard, Reportée…). */
  situation: string;
  situationKey: Situation;
}

export const CARRY_TEXT = {
  carriedFrom: { fr: "Reprise du plan « {sheet} ».", en: 'Carried over from the plan "{sheet}".' },
  carriedTo: { fr: "Reportée au plan « {sheet} ».", en: 'Carried over to the plan "{sheet}".' },
  previousDue: { fr: "Échéance précédente : {date}.", en: "Previous due date: {date}." },
  redated: {
    fr: "Échéancier « {from} » reporté à « {to} » : confirmez ou changez-le.",
    en: 'Schedule "{from}" moved to "{to}": confirm or change it.',
  },
  newDateNeeded: {
    fr: "Échéance précédente : « {from} », passée. Donnez une nouvelle date.",
    en: 'Previous due date: "{from}", past. Give a new date.',
  },
};

/**
 * An action row: one with its Moyens (the action itself). An objective alone on its row, or free text
 * under the table, is never carried over, counted as an action, or marked.
 */
export function isActionRow(row: PlanRow): boolean {
  return row.moyens.trim() !== "";
}

/** The actions that may go on to the next plan, in plan order. */
export function carryCandidates(plan: PlanTable, today: string, lang: Lang): CarryCandidate[] {
  return plan.rows
    .filter((row) => isActionRow(row) && !isClosed(row.status))
    .map((row) => {
      const situationKey = situationOf(row, today);
      return {
        key: row.key,
        row: row.row,
        objectif: row.objectif,
        action: row.moyens,
        echeancier: row.echeancier,
        responsables: row.responsables,
        situation: localize(lang, SITUATION_LABELS[situationKey]),
        situationKey,
      };
    });
}

function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split("-").map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

/** `day` moved by `years`; the last day of a month stays the last day of its month (28 → 29 February). */
function addYears(day: string, years: number): string {
  const moved = addMonths(day, 12 * years);
  const lastDay = addDays(day, 1).slice(8) === "01";
  return lastDay ? addDays(`${addMonths(`${moved.slice(0, 7)}-01`, 1).slice(0, 7)}-01`, -1) : moved;
}

/**
 * The next Période: this one moved by a year — a September–June committee stays September–June — or by
 * as many years as it lasts, so that the next one starts after it (12 months from this month when
 * unknown).
 */
export function suggestedNextPeriod(
  period: { start: string; end: string } | null,
  today: string,
): { start: string; end: string } {
  if (!period) {
    const start = `${today.slice(0, 7)}-01`;
    return { start, end: addDays(addMonths(start, 12), -1) };
  }
  let years = 1;
  while (addYears(period.start, years) <= period.end) years++;
  return { start: addYears(period.start, years), end: addYears(period.end, years) };
}

/** A column the committee added to the plan: its 1-based sheet column and its header's text. */
export interface AddedColumn {
  column: number;
  header: string;
}

/** The columns with a header that is none of the plan's known fields, left to right. */
export function addedColumns(plan: PlanTable, values: CellValue[][]): AddedColumn[] {
  const known = new Set(Object.values(plan.columns));
  const headers = values[plan.headerRow - 1] ?? [];
  const added: AddedColumn[] = [];
  headers.forEach((cell, index) => {
    const header = String(cell ?? "").trim();
    if (header !== "" && !known.has(index + 1)) added.push({ column: index + 1, header });
  });
  return added;
}

/** A cell copied as it was: text stays text (formula-like words kept as words), numbers and dates as such. */
function copiedCell(value: CellValue | undefined): string | number | boolean | Date {
  if (value === undefined || value === null) return "";
  return typeof value === "string" ? asLiteralText(value) : value;
}

export interface NextPlanRowsInput {
  plan: PlanTable;
  /** The plan sheet's cells as read (row 1 is index 0), for the columns the committee added. */
  values?: CellValue[][];
  /** Those columns (addedColumns), written after the template's in the new plan. */
  added?: AddedColumn[];
  keys: string[];
  template: PlanTemplate;
  /** The new plan's language (its Statut labels). */
  lang: Lang;
  sourceSheetName: string;
  /** The new Période and today: an Échéancier dated before it is re-read in it (carried-deadline.ts). */
  period?: { start: string; end: string };
  reference?: string;
}

/** The carried rows in plan order, and their cells in the template's column order for the new sheet. */
export function nextPlanRows(input: NextPlanRowsInput): {
  carried: PlanRow[];
  values: (string | number | boolean | Date)[][];
} {
  const chosen = new Set(input.keys);
  const carried = input.plan.rows.filter(
    (row) => chosen.has(row.key) && row.key !== "" && isActionRow(row) && !isClosed(row.status),
  );
  let previousObjective: string | null = null;
  const values = carried.map((row) => {
    const objective = row.objectif !== previousObjective ? row.objectif : "";
    previousObjective = row.objectif;
    const notes = [row.remarques];
    if (!row.echeancier && row.echeance)
      notes.push(
        localize(input.lang, CARRY_TEXT.previousDue, { date: displayDay(row.echeance, input.lang) }),
      );
    let echeancier = row.echeancier;
    const deadline =
      input.period && input.reference ? carriedDeadline(row.echeancier, input.period, input.reference) : null;
    if (deadline?.kind === "redated") {
      echeancier = deadline.to;
      notes.push(localize(input.lang, CARRY_TEXT.redated, { from: deadline.from, to: deadline.to }));
    } else if (deadline?.kind === "undated") {
      echeancier = "";
      notes.push(localize(input.lang, CARRY_TEXT.newDateNeeded, { from: deadline.from }));
    }
    notes.push(localize(input.lang, CARRY_TEXT.carriedFrom, { sheet: input.sourceSheetName }));
    const cells: Record<string, string | number> = {
      objectif: asLiteralText(objective),
      resultat: asLiteralText(row.resultat),
      moyens: asLiteralText(row.moyens),
      ressources: asLiteralText(row.ressources),
      responsables: asLiteralText(row.responsables),
      // Plain text in the template (as in the import): only formula-like words need the apostrophe.
      echeancier: /^[=+\-@\t\r\n]/.test(echeancier) ? asLiteralText(echeancier) : echeancier,
      statut: row.status === "enCours" ? statusLabel(input.template, "enCours", input.lang) : "",
      avancement: row.status === "enCours" && row.avancement !== null ? row.avancement : "",
      remarques: asLiteralText(notes.filter(Boolean).join(" ")),
    };
    const added = (input.added ?? []).map(({ column, header }) =>
      // Budget réel starts empty: what was spent belongs to the year that spent it.
      emptiedNextYear(header, input.template) ? "" : copiedCell(input.values?.[row.row - 1]?.[column - 1]),
    );
    return [...input.template.columns.map((column) => cells[column.key] ?? ""), ...added];
  });
  return { carried, values };
}

/**
 * What an original row gets when it is marked as carried over: Statut Reporté (written only where the
 * Statut cell holds no formula), and the mention of the new plan added to the Statut cell's note — never
 * to Remarques, which is the committee's — once.
 */
export function originalAfterCarry(
  planLang: Lang,
  template: PlanTemplate,
  newSheetName: string,
): { statut: string; mention: string } {
  return {
    statut: statusLabel(template, "reporte", planLang),
    mention: localize(planLang, CARRY_TEXT.carriedTo, { sheet: newSheetName }),
  };
}

/** `note` with `mention` added on a line of its own, unless it is there already. */
export function noteWithMention(note: string, mention: string): string {
  if (note.includes(mention)) return note;
  return [note, mention].filter((part) => part !== "").join("\n");
}
