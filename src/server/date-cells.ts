/**
 * Writes back the Début/Échéance cells the add-on owns whose value or note changes (decided by
 * src/core/plan/fill-dates.ts): one write of values and one of notes per block of consecutive changed
 * cells, never a whole column, so a colleague typing in another cell of those columns between the read
 * and the write is never written over. The day each cell was written is named in its own note, so there
 * is no shared record to rewrite (two people's edits cannot clobber each other's) and no size cap. A
 * block a protection refuses (a range another member protected) is left as it is and named in the
 * result: reading the plan never fails because a write did. An earlier version's ledger (date-ledger.ts)
 * is read only while notes of that version remain, and removed once they are all rewritten.
 */
import type { ParsedEcheance } from "../core/echeance";
import type { Lang } from "../core/i18n";
import { DATE_LEDGER_KEY, parseLedger } from "../core/plan/date-ledger";
import { changeRuns, type DateCellRun, fillDates, needsLedger } from "../core/plan/fill-dates";
import type { PlanTable } from "../core/plan/plan-model";
import type { CellValue } from "../shared/cell";
import { writeUnlessProtected } from "./refused-writes";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/**
 * At most this many blocks of changed date cells are written by one read (three calls each), so that a
 * first read of a long plan whose dated rows alternate with undated ones stays far inside the 6 minutes
 * of one execution; the blocks left over (the lowest rows) are written by the next read. In memory the
 * plan already holds every computed date, so this read's validation, colours or sync are not affected.
 */
export const MAX_DATE_BLOCKS_PER_READ = 200;

export interface DateWrites {
  /** The Échéancier of each plan row as understood, by sheet row. */
  parsed: Map<number, ParsedEcheance>;
  /** The blocks of date cells a protection refused (A1 notation), left as they were. */
  refused: string[];
}

/**
 * Decides and writes the date cells of every data row, or only of the sheet rows `rows.first`..
 * `rows.last` (an edit). null when the plan has no Début/Échéance columns or no data row.
 */
export function writeComputedDates(
  sheet: Sheet,
  plan: PlanTable,
  values: CellValue[][],
  today: string,
  timeZone: string,
  lang: Lang,
  rows?: { first: number; last: number },
): DateWrites | null {
  const { debut, echeance } = plan.columns;
  const firstDataRow = Math.max(plan.headerRow + 1, rows?.first ?? 0);
  const lastRow = Math.min(values.length, rows?.last ?? values.length);
  const count = lastRow - firstDataRow + 1;
  if (!debut || !echeance || count <= 0) return null;
  const width = values[0].length;
  const block = sheet.getRange(firstDataRow, 1, count, width);
  const formulas = block.getFormulas();
  const notes = block.getNotes();
  const column = (c: number) => ({
    values: values.slice(firstDataRow - 1, lastRow).map((row) => row[c - 1]),
    formulas: formulas.map((row) => row[c - 1]),
    notes: notes.map((row) => row[c - 1]),
  });
  const cells = { debut: column(debut), echeance: column(echeance) };
  const ledger = needsLedger(cells) ? readLedger(sheet) : null;
  const filled = fillDates(plan, cells, firstDataRow, today, timeZone, lang, parseLedger(ledger?.getValue()));
  const blocks = [
    ...changeRuns(filled.debut.changes).map((run) => ({ run, column: debut })),
    ...changeRuns(filled.echeance.changes).map((run) => ({ run, column: echeance })),
  ].sort((a, b) => a.run.firstRow - b.run.firstRow || a.column - b.column);
  const refused: string[] = [];
  for (const { run, column } of blocks.slice(0, MAX_DATE_BLOCKS_PER_READ)) {
    const range = sheet.getRange(run.firstRow, column, run.values.length, 1);
    if (!writeRun(range, run)) refused.push(range.getA1Notation());
  }
  // Every note of the ledger's era rewritten (a whole-table read, nothing left over or refused): it goes.
  if (ledger && !rows && blocks.length <= MAX_DATE_BLOCKS_PER_READ && !refused.length) ledger.remove();
  return { parsed: filled.parsed, refused };
}

/** Writes one block in its safe order (see DateCellRun); false when a protection refused it. */
function writeRun(range: Range, run: DateCellRun): boolean {
  const values = run.values.map((value) => [value]);
  const notes = run.notes.map((note) => [note]);
  return writeUnlessProtected(range, (target) => {
    if (run.notesFirst) target.setNotes(notes).setValues(values);
    else target.setValues(values).setNotes(notes);
  });
}

/** The plan sheet's ledger of an earlier version (see date-ledger.ts), or null. */
function readLedger(sheet: Sheet): GoogleAppsScript.Spreadsheet.DeveloperMetadata | null {
  const found = sheet.createDeveloperMetadataFinder().withKey(DATE_LEDGER_KEY).find();
  return found.length > 0 ? found[0] : null;
}
