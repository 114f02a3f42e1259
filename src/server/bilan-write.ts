/**
 * Writing the bilan's lines into its sheet: a new bilan in one block from row 1; a refreshed one segment
 * by segment around the rows the committee added (core/bilan/bilan-placement.ts), bottom up so the rows
 * above stay where they were read. Titles and sentences are merged across the add-on's columns; the
 * charts are drawn over the band left for them (bilan-charts.ts). Each segment is one block of values and one call per kind of format,
 * so the calls grow with the committee's rows, never with the plan's. Then the record of the lines
 * (core/bilan/bilan-record.ts) replaces the old one on the bilan's rows. Every change registers how to
 * take it back (all-or-nothing.ts): inserted rows are deleted, deleted rows inserted again, then the cells
 * read before and the old record are put back.
 */
import type { BlockRow } from "../core/bilan/bilan-comments";
import {
  type BilanFormats,
  bilanFormats,
  HEADER_BACKGROUND,
  HEADER_TEXT,
  MERGED_KINDS,
} from "../core/bilan/bilan-format";
import type { BilanLayout } from "../core/bilan/bilan-layout";
import { type Placement, placeLines } from "../core/bilan/bilan-placement";
import {
  BILAN_ROWS_METADATA_KEY,
  encodeRecord,
  lineFingerprint,
  RECORD_BUDGET,
} from "../core/bilan/bilan-record";
import { BILAN_COLUMNS, bilanColumn } from "../core/bilan/bilan-text";
import type { Lang } from "../core/i18n";
import type { CellValue } from "../shared/cell";
import type { Undoable } from "./all-or-nothing";
import { drawBilanCharts } from "./bilan-charts";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const WIDTH = BILAN_COLUMNS.length;
const COMMENT = bilanColumn("commentaire");

/** What a refresh read: the old block, and the sheet's cells and record as they were (for the undo). */
export interface PreviousBilan {
  startRow: number;
  block: BlockRow[];
  legacy: boolean;
  cells: CellValue[][];
  /** The formats of the same cells (the refresh rewrites formats where lines move). */
  formats: BilanFormats | null;
  record: { startRow: number; rows: number; value: string } | null;
}

export interface WriteOutcome {
  placement: Placement;
  /** False when the bilan is too long for its record (it is then redone as a new sheet next time). */
  recorded: boolean;
}

function applyFormats(range: GoogleAppsScript.Spreadsheet.Range, formats: BilanFormats): void {
  range
    .setFontWeights(formats.weights)
    .setFontSizes(formats.sizes)
    .setBackgrounds(formats.backgrounds)
    .setFontColors(formats.colours)
    .setNumberFormats(formats.numberFormats);
}

function sliceFormats(formats: BilanFormats, from: number, count: number): BilanFormats {
  return {
    weights: formats.weights.slice(from, from + count),
    sizes: formats.sizes.slice(from, from + count),
    backgrounds: formats.backgrounds.slice(from, from + count),
    colours: formats.colours.slice(from, from + count),
    numberFormats: formats.numberFormats.slice(from, from + count),
  };
}

function recordMetadata(sheet: Sheet): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
  return sheet.createDeveloperMetadataFinder().withKey(BILAN_ROWS_METADATA_KEY).find();
}

/** Writes `layout` on a new sheet, or over `previous` (a refresh in place). */
export function writeBilan(
  sheet: Sheet,
  layout: BilanLayout,
  previous: PreviousBilan | null,
  undoable: Undoable,
  lang: Lang,
): WriteOutcome {
  const ids = layout.lines.map((line) => line.id);
  const startRow = previous?.startRow ?? 1;
  const placement = placeLines(previous?.block ?? [], ids, startRow);
  const width = previous?.legacy ? WIDTH + 1 : WIDTH;
  if (previous) {
    const { cells, record, formats: formatsBefore } = previous;
    // Runs last: the cells as read and the old record, once the rows are back where they were.
    undoable.onUndo(() => {
      for (const meta of recordMetadata(sheet)) meta.remove();
      if (record)
        sheet
          .getRange(record.startRow, 1, record.rows, sheet.getMaxColumns())
          .addDeveloperMetadata(BILAN_ROWS_METADATA_KEY, record.value);
    });
    if (cells.length > 0) {
      undoable.onUndo(() => {
        const range = sheet.getRange(1, 1, cells.length, cells[0].length);
        range.setValues(cells);
        if (formatsBefore) applyFormats(range, formatsBefore);
      });
      // The merges of the add-on's columns as they were (the title block, the section titles).
      const area = sheet.getRange(1, 1, cells.length, COMMENT - 1);
      const merges = area.getMergedRanges().map((range) => range.getA1Notation());
      undoable.onUndo(() => {
        area.breakApart();
        for (const a1 of merges) sheet.getRange(a1).merge();
      });
    }
  }

  const formats = bilanFormats(layout);
  const values = layout.lines.map((line) => (previous?.legacy ? [...line.values, ""] : line.values));
  const writeLines = (row: number, from: number, count: number) => {
    if (count === 0) return;
    if (previous) sheet.getRange(row, 1, count, COMMENT - 1).breakApart();
    const block = sheet.getRange(row, 1, count, width);
    block.setValues(values.slice(from, from + count));
    block.setWrap(true).setVerticalAlignment("top");
    applyFormats(sheet.getRange(row, 1, count, COMMENT - 1), sliceFormats(formats, from, count));
  };

  if (!previous) {
    // Room for every line; always one call, at least one row added, so a plan's size never changes the calls.
    const maxRows = sheet.getMaxRows();
    sheet.insertRowsAfter(maxRows, Math.max(1, layout.lines.length - maxRows));
    writeLines(1, 0, layout.lines.length);
  } else {
    for (const segment of [...placement.segments].reverse()) {
      const at = startRow + segment.oldStart;
      const grow = segment.newCount - segment.oldCount;
      if (grow > 0) {
        const inserted = segment.oldCount > 0 ? at + segment.oldCount : at;
        if (inserted > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), grow);
        else sheet.insertRowsBefore(inserted, grow);
        undoable.onUndo(() => sheet.deleteRows(inserted, grow));
      } else if (grow < 0 && segment.keepSurplus) {
        sheet.getRange(at + segment.newCount, 1, -grow, width).clearContent();
      } else if (grow < 0) {
        const from = at + segment.newCount;
        sheet.deleteRows(from, -grow);
        undoable.onUndo(() => {
          if (from > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), -grow);
          else sheet.insertRowsBefore(from, -grow);
        });
      }
      writeLines(at, segment.newStart, segment.newCount);
    }
  }

  // Titles and sentences span the add-on's columns (one call per run of such lines).
  let run: number[] = [];
  const mergeRun = () => {
    if (run.length > 0) sheet.getRange(run[0], 1, run.length, COMMENT - 1).mergeAcross();
    run = [];
  };
  layout.lines.forEach((line, i) => {
    const row = placement.lineRows[i];
    if (!MERGED_KINDS.has(line.kind) || (run.length > 0 && run[run.length - 1] !== row - 1)) mergeRun();
    if (MERGED_KINDS.has(line.kind)) run.push(row);
  });
  mergeRun();

  // The comment column's header is the add-on's, and looks like the others.
  sheet
    .getRange(placement.lineRows[layout.headerRow - 1], COMMENT)
    .setFontWeight("bold")
    .setBackground(HEADER_BACKGROUND)
    .setFontColor(HEADER_TEXT);

  const record = encodeRecord(
    layout.lines.map((line) => ({
      id: line.id,
      fingerprint: lineFingerprint(line.values.filter((_, c) => c !== COMMENT - 1)),
    })),
  );
  drawBilanCharts(sheet, layout, placement.lineRows, lang, previous ? undoable : null);

  for (const meta of recordMetadata(sheet)) meta.remove();
  const recorded = record.length + BILAN_ROWS_METADATA_KEY.length <= RECORD_BUDGET;
  if (recorded)
    sheet
      .getRange(startRow, 1, placement.blockRows, sheet.getMaxColumns())
      .addDeveloperMetadata(BILAN_ROWS_METADATA_KEY, record);
  return { placement, recorded };
}
