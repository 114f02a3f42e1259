/**
 * Début and Échéance filled from the Échéancier. The add-on owns a date cell only while it holds the
 * date the add-on last wrote there, as its ledger records it (src/core/plan/date-ledger.ts), or while
 * it holds the date computed now under the add-on's own note (a row sorted before it had a key). Each
 * computed cell carries a note in plain words explaining where the date came from. A date typed by
 * hand always wins and is never overwritten; a formula is never touched. Empty cells are filled. Notes
 * of earlier versions ended in `[auto:YYYY-MM-DD]`: that day is taken into the ledger and the note
 * rewritten without it.
 * The result is the list of cells whose value or note changes (only those are written back: a colleague
 * typing elsewhere in the column at the same moment is not overwritten), and each row's dates.
 * Without a Période, approximate deadlines (a month without a year) are not filled: the year would be a
 * guess, and validation asks for the Période first.
 */
import type { CellValue } from "../../shared/cell";
import { isDateValue } from "../../shared/cell";
import { cellIsoDay, displayDay } from "../dates";
import { type ParsedEcheance, parseEcheance } from "../echeance";
import { type Lang, localize } from "../i18n";
import { frenchSpacing, typeset } from "../typography";
import { type DateLedger, ledgerId, serializeLedger } from "./date-ledger";
import type { PlanRow, PlanTable } from "./plan-model";

/** The ownership marker of earlier versions' notes (migrated into the ledger). */
const AUTO_MARKER = /\[auto:(\d{4}-\d{2}-\d{2})?\]\s*$/;
/** How the add-on's own paragraph of a note begins, in either language. */
const OWN_NOTE_START = /^(?:Date calculée à partir de l'Échéancier|Date computed from the Schedule)/;

const AUTO_NOTE = {
  fr: "Date calculée à partir de l'Échéancier « {text} ». Tapez une autre date pour la fixer vous-même.",
  en: 'Date computed from the Schedule "{text}". Type another date to set it yourself.',
};

/** One of the two date columns as read: values, formulas and notes of its data rows (sheet order). */
export interface DateColumnCells {
  values: CellValue[];
  formulas: string[];
  notes: string[];
}

/** One date cell the add-on rewrites: its sheet row, the ISO day text (or "" when the computed cell no
 * longer has a date) and its note. */
export interface DateCellChange {
  row: number;
  value: string;
  note: string;
}

export interface FilledColumn {
  /** The cells of the column whose value or note changes, in sheet order; every other cell stays. */
  changes: DateCellChange[];
}

/** A block of consecutive changed cells of one column: one write of values and notes. */
export interface DateCellRun {
  firstRow: number;
  values: string[];
  notes: string[];
}

export interface FillResult {
  debut: FilledColumn;
  echeance: FilledColumn;
  /** The ledger after these changes, and whether it differs from the one given. */
  ledger: DateLedger;
  ledgerChanged: boolean;
  /** Parsed Échéancier of each plan row, by sheet row. */
  parsed: Map<number, ParsedEcheance>;
}

/** The date the add-on last wrote in a cell with this note, or undefined when the note is not ours. */
function autoDate(note: string): string | null | undefined {
  const match = AUTO_MARKER.exec(note);
  if (!match) return undefined;
  return match[1] ?? null;
}

/** The add-on's paragraph of a note (the last one), or null when the note has none. */
function ownParagraph(note: string): string | null {
  const paragraphs = note.split("\n\n");
  const last = paragraphs[paragraphs.length - 1];
  return AUTO_MARKER.test(last) || OWN_NOTE_START.test(last) ? last : null;
}

/** The note without the add-on's paragraph. */
function withoutOwnNote(note: string): string {
  const paragraphs = note.split("\n\n");
  if (ownParagraph(note) !== null) paragraphs.pop();
  return paragraphs.join("\n\n");
}

/** The Échéancier as quoted in the note. */
function noteText(echeancier: string): string {
  return echeancier.replace(/\s+/g, " ").slice(0, 200);
}

/** The user's own note, if any, followed by the add-on's paragraph for `day`. */
function ownNote(lang: Lang, echeancier: string, day: string | null, previous: string): string {
  const userNote = withoutOwnNote(previous);
  if (day === null) return userNote;
  const text = noteText(echeancier);
  const ours = typeset(lang, localize(lang, AUTO_NOTE, { text }));
  return userNote ? `${userNote}\n\n${ours}` : ours;
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
 */
export function fillDates(
  plan: PlanTable,
  cells: { debut: DateColumnCells; echeance: DateColumnCells },
  firstDataRow: number,
  reference: string,
  timeZone: string,
  lang: Lang,
  ledger: DateLedger = new Map(),
  wholeTable = false,
): FillResult {
  const parsed = new Map<number, ParsedEcheance>();
  const debut: FilledColumn = { changes: [] };
  const echeance: FilledColumn = { changes: [] };
  // A read of the whole table keeps only its rows' entries; an edit's read keeps the others as they are.
  const next: DateLedger = wholeTable ? new Map() : new Map(ledger);

  const hasPeriod = Boolean(plan.header.periodStart && plan.header.periodEnd);
  for (const row of plan.rows) {
    const result = parseRowEcheance(row, plan, reference, timeZone);
    parsed.set(row.row, result);
    const i = row.row - firstDataRow;
    if (i < 0 || i >= cells.echeance.values.length) continue;
    const span = rowSpan(result, hasPeriod);
    const echeancierText = displayForNote(row, timeZone, lang);
    const id = ledgerId(row.key, row.row);
    const byRow = ledgerId("", row.row);
    const written = ledger.get(id) ?? ledger.get(byRow);
    const decideCell = (out: FilledColumn, column: DateColumnCells, computed: string | null, last?: string) =>
      decide(out, column, i, row.row, computed, last || undefined, echeancierText, timeZone, lang);
    const d = decideCell(debut, cells.debut, span?.start ?? null, written?.[0]);
    const e = decideCell(echeance, cells.echeance, span?.end ?? null, written?.[1]);
    row.debut = d.day;
    row.echeance = e.day;
    next.delete(byRow);
    if (d.owned || e.owned) next.set(id, [d.owned, e.owned]);
    else next.delete(id);
  }
  const ledgerChanged = serializeLedger(next) !== serializeLedger(ledger);
  return { debut, echeance, ledger: next, ledgerChanged, parsed };
}

/**
 * Records a change of one cell in `out` when the add-on owns it. `lastWritten` is the day the ledger
 * says the add-on wrote there. Returns the day the cell ends up with, and the day the add-on now owns
 * there ("" when it owns none: a date typed by hand, a formula, no date).
 */
function decide(
  out: FilledColumn,
  column: DateColumnCells,
  i: number,
  sheetRow: number,
  computed: string | null,
  lastWritten: string | undefined,
  echeancierText: string,
  timeZone: string,
  lang: Lang,
): { day: string | null; owned: string } {
  const value = column.values[i];
  const current = cellIsoDay(value, timeZone);
  const isEmpty = value === "" || value === null || value === undefined;
  if (column.formulas[i]) return { day: current, owned: "" };
  const previous = column.notes[i] ?? "";
  const paragraph = ownParagraph(previous);
  const legacy = autoDate(previous);
  const last = lastWritten ?? legacy ?? undefined;
  const owned =
    isEmpty ||
    (last !== undefined && last === current) ||
    (paragraph !== null && computed !== null && current === computed);
  if (!owned) return { day: current, owned: "" };
  // Unchanged when the cell holds the computed day and its note already explains it (in whichever
  // language it was written: a French and an English user must not rewrite each other's notes).
  const upToDate =
    computed === null
      ? paragraph === null
      : paragraph !== null &&
        legacy === undefined &&
        [noteText(echeancierText), frenchSpacing(noteText(echeancierText))].some((text) =>
          paragraph.includes(text),
        );
  if (current !== computed || !upToDate) {
    const note = ownNote(lang, echeancierText, computed, previous);
    out.changes.push({ row: sheetRow, value: computed ?? "", note });
  }
  return { day: computed, owned: computed ?? "" };
}

/**
 * The changes of one column grouped into blocks of consecutive rows, one write each. A block never
 * spans a cell that does not change: that cell may be a colleague's typing since the plan was read.
 */
export function changeRuns(changes: readonly DateCellChange[]): DateCellRun[] {
  const runs: DateCellRun[] = [];
  let last: DateCellRun | undefined;
  for (const change of [...changes].sort((a, b) => a.row - b.row)) {
    if (last && change.row === last.firstRow + last.values.length) {
      last.values.push(change.value);
      last.notes.push(change.note);
    } else {
      last = { firstRow: change.row, values: [change.value], notes: [change.note] };
      runs.push(last);
    }
  }
  return runs;
}
