/**
 * Writes a chronologie layout (src/core/chronologie) onto a new sheet, in a number of spreadsheet calls
 * that does not depend on the plan's size: the sheet cut to the layout's size, one call per kind of
 * content or format over the whole block (values and formulas, number formats, weights, sizes,
 * backgrounds, colours, strikes), the column widths (one call for every time column), the frozen
 * header, a light grid over the time columns, and the bar rules set in one call.
 */
import {
  CHRONOLOGIE_COLUMNS,
  type ChronologieLayout,
  FIRST_TIME_COLUMN,
  HEADER_ROW,
} from "../core/chronologie/chronologie-layout";
import { DATE_FORMAT } from "../core/install/install-layout";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

const GRID_COLOUR = "#dadce0";

/** Makes `sheet` exactly `rows` × `columns` (a new sheet is 1,000 × 26). */
function fitSheet(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows > rows) sheet.deleteRows(rows + 1, maxRows - rows);
  else if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns > columns) sheet.deleteColumns(columns + 1, maxColumns - columns);
  else if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/** Writes `layout` on `sheet`, a sheet just inserted (nothing of an older layout is on it). */
export function writeChronologie(sheet: Sheet, layout: ChronologieLayout): void {
  const rows = layout.rows.length;
  const width = layout.width;
  fitSheet(sheet, rows, width);
  const block = sheet.getRange(1, 1, rows, width);
  const matrix = <T>(pick: (cell: ChronologieLayout["rows"][number][number]) => T) =>
    layout.rows.map((row) => row.map(pick));
  const timeColumns = width - FIRST_TIME_COLUMN + 1;
  const dataRows = rows - layout.firstDataRow + 1;
  // Formats first: the header's days and the dates read as dates, shown as the layout says.
  sheet.getRange(HEADER_ROW, FIRST_TIME_COLUMN, 1, timeColumns).setNumberFormat(layout.timeFormat);
  sheet.getRange(layout.firstDataRow, CHRONOLOGIE_COLUMNS.debut, dataRows, 2).setNumberFormat(DATE_FORMAT);
  block.setValues(matrix((cell) => cell.value));
  block.setFontWeights(matrix((cell) => (cell.bold ? "bold" : "normal")));
  block.setFontSizes(matrix((cell) => cell.size ?? 10));
  block.setBackgrounds(matrix((cell) => cell.background ?? null) as string[][]);
  block.setFontColors(matrix((cell) => cell.colour ?? null) as string[][]);
  block.setFontLines(matrix((cell) => (cell.strike ? "line-through" : "none")));
  block.setVerticalAlignment("top");
  sheet.getRange(layout.firstDataRow, 1, dataRows, 2).setWrap(true);
  const firstTime = FIRST_TIME_COLUMN;
  sheet
    .getRange(layout.firstDataRow - 1, firstTime, dataRows + 1, timeColumns)
    .setBorder(true, true, true, true, true, true, GRID_COLOUR, SpreadsheetApp.BorderStyle.SOLID);
  for (let column = 1; column < firstTime; column++)
    sheet.setColumnWidth(column, layout.columnWidths[column - 1]);
  sheet.setColumnWidths(firstTime, timeColumns, layout.columnWidths[firstTime - 1]);
  // The title's 14 pt take a taller row (Sheets grows it by itself; a file opened elsewhere keeps this).
  sheet.setRowHeight(1, layout.titleRowHeight);
  sheet.setFrozenRows(layout.frozenRows);
  sheet.setFrozenColumns(layout.frozenColumns);
  const rules: Rule[] = layout.rules.map((spec) => {
    const builder = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(spec.formula)
      .setBackground(spec.background)
      .setRanges(spec.a1Ranges.map((a1) => sheet.getRange(a1)));
    if (spec.fontColor) builder.setFontColor(spec.fontColor);
    if (spec.bold) builder.setBold(true);
    return builder.build();
  });
  sheet.setConditionalFormatRules(rules);
}
