/**
 * Début and Échéance filled from the Échéancier. The add-on owns a date cell only while it holds the
 * day the add-on last wrote there, as the add-on's own paragraph of the cell's note names it
 * (src/core/plan/date-notes.ts), or while it holds the date computed now under that paragraph. Each
 * computed cell's note says in plain words which day was computed from which Échéancier. A date typed by
 * hand always wins and is never overwritten; a formula is never touched. Empty cells are filled. Notes of
 * earlier versions (a `[auto:…]` marker, or no day with the day in a ledger: date-ledger.ts) are read and
 * rewritten in today's form.
 * The result is the list of cells whose value or note changes (only those are written back: a colleague
 * typing elsewhere in the column at the same moment is not overwritten), and each row's dates.
 * Without a Période, approximate deadlines (a month without a year) are not filled: the year would be a
 * guess, and validation asks for the Période first.
 */
import type { CellValue } from "../../shared/cell";
import { isDateValue } from "../../shared/cell";
import { cellIsoDay, displayDay } from "../dates";
import { type ParsedEcheance, parseEcheance } from "../echeance";
import type { Lang } from "../i18n";
import { type DateLedger, ledgerId } from "./date-ledger";
import { isLedgerEraNote, ownNote, ownParagraph, paragraphUpToDate, writtenDay } from "./date-notes";
import type { PlanRow, PlanTable } from "./plan-model";

/** One of the two date columns as read: values, formulas and notes of its data rows (sheet order). */
export interface DateColumnCells {
  values: CellValue[];
  formulas: string[];
  notes: string[];
}

/**
 * One date cell the add-on rewrites: its sheet row, the ISO day text (or "" when the computed cell no
 * longer has a date) and its note. `wasEmpty`: the cell held nothing (see DateCellRun for why it matters).
 */
export interface DateCellChange {
  row: number;
  value: string;
  note: string;
  wasEmpty: boolean;
}

export interface FilledColumn {
  /** The cells of the column whose value or note changes, in sheet order; every other cell stays. */
  changes: DateCellChange[];
}

/**
 * A block of consecutive changed cells of one column: one write of values and one of notes. The order
 * of the two writes keeps a run cut between them (a fault, the 30 s of a simple trigger) from leaving a
 * date counted as typed by hand: an empty cell gets its note first (cut there, the cell is still empty,
 * and empty cells are filled); a cell that held a date gets its value first (cut there, it holds the date
 * computed now under the add-on's paragraph, which the add-on owns).
 */
export interface DateCellRun {
  firstRow: number;
  values: string[];
  notes: string[];
  notesFirst: boolean;
}

export interface FillResult {
  debut: FilledColumn;
  echeance: FilledColumn;
  /** Parsed Échéancier of each plan row, by sheet row. */
  parsed: Map<number, ParsedEcheance>;
}

/** True when a cell of these columns still has a note of the ledger era (its day is in that ledger). */
export function needsLedger(cells: { debut: DateColumnCells; echeance: DateColumnCells }): boolean {
  return [cells.debut, cells.echeance].some((column) =>
    column.notes.some((note) => isLedgerEraNote(note ?? "")),
  );
}

/**
 * A row's Échéancier as understood. A real date in that cell is read as the day the sheet shows, in the
 * spreadsheet's time zone (never the script's), then parsed like any day.
 */
export function parseRowEcheance(
  row: PlanRow,
  plan: PlanTable,
  reference: string,
  timeZone: string,
): ParsedEcheance {
  const period =
    plan.header.periodStart && plan.header.periodEnd
      ? { start: plan.header.periodStart, end: plan.header.periodEnd }
      : undefined;
  const value = isDateValue(row.echeancierValue)
    ? cellIsoDay(row.echeancierValue, timeZone)
    : row.echeancierValue;
  return parseEcheance(value, { period, reference });
}

/**
 * The days a parsed Échéancier gives Début and Échéance: a dated span, or a recurrence's first
 * occurrence. Without a Période, approximate spans are left out: their year would be a guess.
 */
export function rowSpan(result: ParsedEcheance, hasPeriod: boolean): { start: string; end: string } | null {
  if (result.kind === "dated" && (hasPeriod || !result.approximate))
    return { start: result.start, end: result.end };
  if (result.kind === "recurring" && result.first) return result.first;
  return null;
}

/** A plan without Début/Échéance columns still has deadlines: the ones its Échéancier gives. */
export function deadlinesWithoutDateColumns(
  plan: PlanTable,
  reference: string,
  timeZone: string,
): Map<number, ParsedEcheance> {
  const parsed = new Map<number, ParsedEcheance>();
  const hasPeriod = Boolean(plan.header.periodStart && plan.header.periodEnd);
  for (const row of plan.rows) {
    const result = parseRowEcheance(row, plan, reference, timeZone);
    parsed.set(row.row, result);
    const span = rowSpan(result, hasPeriod);
    row.debut = row.debut ?? span?.start ?? null;
    row.echeance = row.echeance ?? span?.end ?? null;
  }
  return parsed;
}

function displayForNote(row: PlanRow, timeZone: string, lang: Lang): string {
  if (isDateValue(row.echeancierValue))
    return displayDay(cellIsoDay(row.echeancierValue, timeZone) ?? "", lang);
  return row.echeancier;
}

/**
 * Decides the Début/Échéance cells of every data row. `firstDataRow` is the sheet row of index 0 in
 * the column arrays; rows of `plan.rows` are updated in place with the dates they end up with.
 * `ledger` is an earlier version's record of the days it wrote, read only for notes that name no day.
 */
export function fillDates(
  plan: PlanTable,
  cells: { debut: DateColumnCells; echeance: DateColumnCells },
  firstDataRow: number,
  reference: string,
  timeZone: string,
  lang: Lang,
  ledger: DateLedger = new Map(),
): FillResult {
  const parsed = new Map<number, ParsedEcheance>();
  const debut: FilledColumn = { changes: [] };
  const echeance: FilledColumn = { changes: [] };
  const hasPeriod = Boolean(plan.header.periodStart && plan.header.periodEnd);
  for (const row of plan.rows) {
    const result = parseRowEcheance(row, plan, reference, timeZone);
    parsed.set(row.row, result);
    const i = row.row - firstDataRow;
    if (i < 0 || i >= cells.echeance.values.length) continue;
    const span = rowSpan(result, hasPeriod);
    const echeancierText = displayForNote(row, timeZone, lang);
    const recorded = ledger.get(ledgerId(row.key, row.row)) ?? ledger.get(ledgerId("", row.row));
    const decideCell = (out: FilledColumn, column: DateColumnCells, computed: string | null, day?: string) =>
      decide(out, column, i, row.row, computed, day || undefined, echeancierText, timeZone, lang);
    row.debut = decideCell(debut, cells.debut, span?.start ?? null, recorded?.[0]);
    row.echeance = decideCell(echeance, cells.echeance, span?.end ?? null, recorded?.[1]);
  }
  return { debut, echeance, parsed };
}

/**
 * Records a change of one cell in `out` when the add-on owns it, and returns the day the cell ends up
 * with. The day the add-on last wrote is the one its note names (for a note of the ledger era, the
 * ledger's: `recorded`).
 */
function decide(
  out: FilledColumn,
  column: DateColumnCells,
  i: number,
  sheetRow: number,
  computed: string | null,
  recorded: string | undefined,
  echeancierText: string,
  timeZone: string,
  lang: Lang,
): string | null {
  const value = column.values[i];
  const current = cellIsoDay(value, timeZone);
  const isEmpty = value === "" || value === null || value === undefined;
  if (column.formulas[i]) return current;
  const previous = column.notes[i] ?? "";
  const paragraph = ownParagraph(previous);
  const named = paragraph === null ? undefined : writtenDay(paragraph);
  const last = named === undefined ? recorded : (named ?? undefined);
  const owned =
    isEmpty ||
    (last !== undefined && last === current) ||
    (paragraph !== null && computed !== null && current === computed);
  if (!owned) return current;
  if (current !== computed || !paragraphUpToDate(paragraph, computed, echeancierText)) {
    const note = ownNote(lang, echeancierText, computed, previous);
    out.changes.push({ row: sheetRow, value: computed ?? "", note, wasEmpty: isEmpty });
  }
  return computed;
}

/**
 * The changes of one column grouped into blocks of consecutive rows, one write of values and one of
 * notes each, in the order DateCellRun explains. A block never spans a cell that does not change: that
 * cell may be a colleague's typing since the plan was read.
 */
export function changeRuns(changes: readonly DateCellChange[]): DateCellRun[] {
  const runs: DateCellRun[] = [];
  let last: DateCellRun | undefined;
  for (const change of [...changes].sort((a, b) => a.row - b.row)) {
    if (last && change.row === last.firstRow + last.values.length && change.wasEmpty === last.notesFirst) {
      last.values.push(change.value);
      last.notes.push(change.note);
    } else {
      last = {
        firstRow: change.row,
        values: [change.value],
        notes: [change.note],
        notesFirst: change.wasEmpty,
      };
      runs.push(last);
    }
  }
  return runs;
}
