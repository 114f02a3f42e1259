/**
 * What the playground draws of a sheet's embedded charts (the emulator's records, chart.ts): each chart's
 * type, title, place (anchor cell and offsets) and size, and its data read from its ranges as Sheets reads
 * them — the first column of the first range holds the categories, every other column a series (a range of
 * one column after the first adds a series); `numHeaders` rows on top name the series (with -1, "let
 * Sheets decide", the first row is taken as headers when its values are not numbers: a guess). Values are
 * the cells' numbers (a percentage as its fraction), labels their displayed text. Colours are the chart's
 * `colors` option, per series — or per slice for a pie. Plain JSON for the page (chart-svg.ts draws it).
 */
import type { Emulator } from "../emulator/index.ts";
import type { EmuSheet } from "../emulator/sheet.ts";

/**
 * A chart as the emulator keeps it on its sheet (src/local/emulator/chart.ts: ChartRecord), read by
 * shape: the playground draws whatever charts a sheet has, and a sheet without any has none.
 */
interface ChartRecordLike {
  chartId: number | null;
  type: string;
  ranges: Array<{ sheetId: number; row: number; column: number; numRows: number; numColumns: number }>;
  options: Record<string, unknown>;
  position: { anchorRow: number; anchorColumn: number; offsetX: number; offsetY: number };
  numHeaders: number;
}

/** Sheets' size of an inserted chart when the options give none (the emulator's default, a guess). */
const DEFAULT_SIZE = { width: 600, height: 371 };

export interface ChartSeriesView {
  name: string;
  values: number[];
}

export interface ChartView {
  chartId: number | null;
  type: string;
  title: string;
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
  width: number;
  height: number;
  categories: string[];
  series: ChartSeriesView[];
  colors: string[];
  /** "percent" when the value axis shows percentages (hAxis.format / vAxis.format). */
  valueFormat: string;
}

function columnsOf(
  emulator: Emulator,
  range: { sheetId: number; row: number; column: number; numRows: number; numColumns: number },
) {
  const sheet = emulator.spreadsheet.getSheetById(range.sheetId);
  if (!sheet) return [];
  const block = sheet.getRange(range.row, range.column, range.numRows, range.numColumns);
  const values = block.getValues();
  const display = block.getDisplayValues();
  return Array.from({ length: range.numColumns }, (_, c) => ({
    values: values.map((row) => row[c]),
    display: display.map((row) => row[c] ?? ""),
  }));
}

/** The charts of `sheet`, as the page draws them. */
export function chartViews(emulator: Emulator, sheet: EmuSheet): ChartView[] {
  const records = (sheet as unknown as { charts?: ChartRecordLike[] }).charts ?? [];
  return records
    .filter((record) => record.chartId !== null)
    .map((record) => {
      const options = record.options;
      const size = (key: "width" | "height") =>
        typeof options[key] === "number" ? (options[key] as number) : DEFAULT_SIZE[key];
      const columns = record.ranges.flatMap((range) => columnsOf(emulator, range));
      const [labels, ...valueColumns] = columns;
      const firstValues = valueColumns[0]?.values ?? [];
      const headers =
        record.numHeaders >= 0
          ? record.numHeaders
          : firstValues.length > 0 && typeof firstValues[0] !== "number"
            ? 1
            : 0;
      const categories = (labels?.display ?? []).slice(headers);
      const series = valueColumns.map((column, i) => ({
        name: headers > 0 ? (column.display[0] ?? "") : `${i + 1}`,
        values: column.values.slice(headers).map((value) => (typeof value === "number" ? value : 0)),
      }));
      const format = String(options["hAxis.format"] ?? options["vAxis.format"] ?? "");
      return {
        chartId: record.chartId,
        type: record.type,
        title: typeof options.title === "string" ? options.title : "",
        anchorRow: record.position.anchorRow,
        anchorColumn: record.position.anchorColumn,
        offsetX: record.position.offsetX,
        offsetY: record.position.offsetY,
        width: size("width"),
        height: size("height"),
        categories,
        series,
        colors: Array.isArray(options.colors) ? options.colors.map(String) : [],
        valueFormat: format,
      };
    });
}
