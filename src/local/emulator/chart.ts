/**
 * Charts embedded in a sheet (Sheet.newChart / insertChart / getCharts / updateChart / removeChart), as
 * Google's reference pages describe them: the builder (developers.google.com/apps-script/reference/
 * spreadsheet/embedded-chart-builder: addRange, removeRange, clearRanges, setChartType, asBarChart…,
 * setOption, setPosition, build — "changes made to the chart are not saved until Sheet.updateChart is
 * called on the rebuilt chart"), the typed builders' common setters (embedded-bar-chart-builder,
 * embedded-column-chart-builder, embedded-pie-chart-builder: setTitle, setLegendPosition, setColors,
 * setXAxisTitle, setYAxisTitle, setStacked, setRange, reverseCategories, set3D), the chart
 * (embedded-chart: getChartId — "a stable identifier for the chart that is unique across the spreadsheet
 * containing the chart or null if the chart is not in a spreadsheet" —, getRanges, getOptions,
 * getContainerInfo, modify) and its anchor (container-info: getAnchorRow, getAnchorColumn, getOffsetX,
 * getOffsetY). A chart's size is its "width" and "height" options in pixels (Gviz options, as
 * setOption('width', …) sets them); without them the emulator takes 600 × 371 (a guess: Sheets' default
 * size for an inserted chart). The records stay plain data on the sheet (EmuSheet.charts), readable by
 * the playground: type, data ranges, title and options, anchor and size. Charts move with the rows and
 * columns of their sheet, and their data ranges with those of the sheet they read (as Sheets adjusts a
 * chart's ranges like a formula's references: a guess in the details).
 */
import { type GridRect, shiftRect } from "./a1.ts";
import { enumName, makeEnum } from "./enums.ts";
import type { EmuRange } from "./range.ts";
import type { EmuSheet } from "./sheet.ts";
import type { EmuSpreadsheet } from "./spreadsheet.ts";

/** Charts.ChartType (reference/charts/chart-type), the types a spreadsheet chart can have. */
export const ChartType = makeEnum([
  "TIMELINE",
  "AREA",
  "BAR",
  "BUBBLE",
  "CANDLESTICK",
  "COLUMN",
  "COMBO",
  "GAUGE",
  "GEO",
  "HISTOGRAM",
  "RADAR",
  "LINE",
  "ORG",
  "PIE",
  "SCATTER",
  "SPARKLINE",
  "STEPPED_AREA",
  "TABLE",
  "TREEMAP",
  "WATERFALL",
]);
export type ChartTypeName = keyof typeof ChartType;

export const DEFAULT_CHART_SIZE = { width: 600, height: 371 };

export interface ChartRange extends GridRect {
  sheetId: number;
}

/** One embedded chart, as plain data. */
export interface ChartRecord {
  /** Null until the chart is inserted. */
  chartId: number | null;
  type: ChartTypeName;
  ranges: ChartRange[];
  options: Record<string, unknown>;
  position: { anchorRow: number; anchorColumn: number; offsetX: number; offsetY: number };
  numHeaders: number;
  transposeRowsAndColumns: boolean;
}

/** What the playground draws: the chart's type, data ranges, title, anchor and size. */
export function chartSummary(record: ChartRecord) {
  const size = (key: "width" | "height") =>
    typeof record.options[key] === "number" ? (record.options[key] as number) : DEFAULT_CHART_SIZE[key];
  return {
    chartId: record.chartId,
    type: record.type,
    title: typeof record.options.title === "string" ? record.options.title : "",
    ranges: record.ranges.map((range) => ({ ...range })),
    anchor: { ...record.position },
    width: size("width"),
    height: size("height"),
    options: structuredClone(record.options),
  };
}

function emptyRecord(): ChartRecord {
  return {
    chartId: null,
    type: "LINE",
    ranges: [],
    options: {},
    position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 },
    numHeaders: -1,
    transposeRowsAndColumns: false,
  };
}

/** Follows a row/column insertion or deletion on sheet `sheetId`, for the charts of every sheet. */
export function shiftCharts(
  sheets: readonly EmuSheet[],
  sheetId: number,
  dimension: "ROWS" | "COLUMNS",
  at: number,
  delta: number,
): void {
  for (const sheet of sheets)
    for (const chart of sheet.charts) {
      chart.ranges = chart.ranges.filter(
        (range) => range.sheetId !== sheetId || shiftRect(range, dimension, at, delta),
      );
      if (sheet.getSheetId() !== sheetId) continue;
      const key = dimension === "ROWS" ? "anchorRow" : "anchorColumn";
      const anchor = chart.position[key];
      if (delta > 0 && anchor >= at) chart.position[key] = anchor + delta;
      else if (delta < 0 && anchor >= at) chart.position[key] = Math.max(at, anchor + delta);
    }
}

export class EmuContainerInfo {
  readonly __class = "ContainerInfo";
  constructor(private readonly position: ChartRecord["position"]) {}
  getAnchorRow(): number {
    return this.position.anchorRow;
  }
  getAnchorColumn(): number {
    return this.position.anchorColumn;
  }
  getOffsetX(): number {
    return this.position.offsetX;
  }
  getOffsetY(): number {
    return this.position.offsetY;
  }
}

export class EmuChartOptions {
  readonly __class = "ChartOptions";
  constructor(private readonly options: Record<string, unknown>) {}
  get(option: string): unknown {
    return this.options[option] ?? null;
  }
  getOrDefault(option: string): unknown {
    return this.options[option] ?? null;
  }
}

export class EmuEmbeddedChart {
  readonly __class = "EmbeddedChart";
  constructor(
    /** A snapshot: the chart as built, or as it was when read from the sheet. */
    readonly record: ChartRecord,
    private readonly spreadsheet: EmuSpreadsheet,
  ) {}
  getChartId(): number | null {
    return this.record.chartId;
  }
  getRanges(): EmuRange[] {
    return rangesOf(this.record, this.spreadsheet);
  }
  getOptions(): EmuChartOptions {
    return new EmuChartOptions(this.record.options);
  }
  getContainerInfo(): EmuContainerInfo {
    return new EmuContainerInfo(this.record.position);
  }
  getNumHeaders(): number {
    return this.record.numHeaders;
  }
  getTransposeRowsAndColumns(): boolean {
    return this.record.transposeRowsAndColumns;
  }
  modify(): EmuEmbeddedChartBuilder {
    return new EmuEmbeddedChartBuilder(this.spreadsheet, structuredClone(this.record));
  }
}

function rangesOf(record: ChartRecord, spreadsheet: EmuSpreadsheet): EmuRange[] {
  return record.ranges.flatMap((range) => {
    const sheet = spreadsheet.sheetById(range.sheetId);
    return sheet ? [sheet.getRange(range.row, range.column, range.numRows, range.numColumns)] : [];
  });
}

/**
 * EmbeddedChartBuilder and its typed builders (EmbeddedBarChartBuilder…) in one class: asBarChart() and
 * the others set the type and return the builder itself, whose setters are then those of that type.
 */
export class EmuEmbeddedChartBuilder {
  readonly __class = "EmbeddedChartBuilder";
  constructor(
    private readonly spreadsheet: EmuSpreadsheet,
    private readonly record: ChartRecord = emptyRecord(),
  ) {}
  addRange(range: EmuRange): this {
    this.record.ranges.push({ sheetId: range.getSheet().getSheetId(), ...range.rect() });
    return this;
  }
  removeRange(range: EmuRange): this {
    const id = range.getSheet().getSheetId();
    const rect = range.rect();
    this.record.ranges = this.record.ranges.filter(
      (r) =>
        !(
          r.sheetId === id &&
          r.row === rect.row &&
          r.column === rect.column &&
          r.numRows === rect.numRows &&
          r.numColumns === rect.numColumns
        ),
    );
    return this;
  }
  clearRanges(): this {
    this.record.ranges = [];
    return this;
  }
  getRanges(): EmuRange[] {
    return rangesOf(this.record, this.spreadsheet);
  }
  setChartType(type: unknown): this {
    const name = enumName(type);
    if (!(name in ChartType)) throw new Error(`Invalid argument: type ${name}`);
    this.record.type = name as ChartTypeName;
    return this;
  }
  getChartType() {
    return ChartType[this.record.type];
  }
  asAreaChart(): this {
    return this.setChartType("AREA");
  }
  asBarChart(): this {
    return this.setChartType("BAR");
  }
  asColumnChart(): this {
    return this.setChartType("COLUMN");
  }
  asComboChart(): this {
    return this.setChartType("COMBO");
  }
  asHistogramChart(): this {
    return this.setChartType("HISTOGRAM");
  }
  asLineChart(): this {
    return this.setChartType("LINE");
  }
  asPieChart(): this {
    return this.setChartType("PIE");
  }
  asScatterChart(): this {
    return this.setChartType("SCATTER");
  }
  asTableChart(): this {
    return this.setChartType("TABLE");
  }
  setOption(option: string, value: unknown): this {
    this.record.options[String(option)] = structuredClone(value);
    return this;
  }
  /** Anchors the chart's top left corner at (row, column), moved by the offsets in pixels. */
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    for (const n of [anchorRowPos, anchorColPos])
      if (!Number.isInteger(n) || n < 1) throw new Error(`Invalid argument: ${n}`);
    this.record.position = { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY };
    return this;
  }
  getContainer(): EmuContainerInfo {
    return new EmuContainerInfo(this.record.position);
  }
  setNumHeaders(headers: number): this {
    this.record.numHeaders = headers;
    return this;
  }
  setTransposeRowsAndColumns(transpose: boolean): this {
    this.record.transposeRowsAndColumns = Boolean(transpose);
    return this;
  }
  setHiddenDimensionStrategy(strategy: unknown): this {
    return this.setOption("hiddenDimensionStrategy", enumName(strategy));
  }
  setMergeStrategy(strategy: unknown): this {
    return this.setOption("mergeStrategy", enumName(strategy));
  }
  // The typed builders' setters: each is a Gviz option.
  setTitle(title: string): this {
    return this.setOption("title", String(title));
  }
  setLegendPosition(position: unknown): this {
    return this.setOption("legend.position", enumName(position).toLowerCase());
  }
  setColors(cssValues: string[]): this {
    return this.setOption("colors", [...cssValues].map(String));
  }
  setXAxisTitle(title: string): this {
    return this.setOption("hAxis.title", String(title));
  }
  setYAxisTitle(title: string): this {
    return this.setOption("vAxis.title", String(title));
  }
  setStacked(): this {
    return this.setOption("isStacked", true);
  }
  setRange(start: number, end: number): this {
    const axis = this.record.type === "BAR" ? "hAxis" : "vAxis";
    this.setOption(`${axis}.viewWindow.min`, start);
    return this.setOption(`${axis}.viewWindow.max`, end);
  }
  reverseCategories(): this {
    return this.setOption("reverseCategories", true);
  }
  set3D(): this {
    return this.setOption("is3D", true);
  }
  build(): EmuEmbeddedChart {
    return new EmuEmbeddedChart(structuredClone(this.record), this.spreadsheet);
  }
}

/** The chart methods of a sheet (sheet.ts delegates to these). */
export const sheetCharts = {
  newChart(sheet: EmuSheet): EmuEmbeddedChartBuilder {
    return new EmuEmbeddedChartBuilder(sheet.spreadsheet);
  },
  insertChart(sheet: EmuSheet, chart: EmuEmbeddedChart): void {
    const record = structuredClone(chart.record);
    record.chartId = sheet.spreadsheet.newChartId();
    sheet.charts.push(record);
  },
  getCharts(sheet: EmuSheet): EmuEmbeddedChart[] {
    return sheet.charts.map((record) => new EmuEmbeddedChart(structuredClone(record), sheet.spreadsheet));
  },
  updateChart(sheet: EmuSheet, chart: EmuEmbeddedChart): void {
    const i = sheet.charts.findIndex(
      (record) => record.chartId !== null && record.chartId === chart.record.chartId,
    );
    if (i < 0) throw new Error("The chart is not on this sheet.");
    sheet.charts[i] = structuredClone(chart.record);
  },
  removeChart(sheet: EmuSheet, chart: EmuEmbeddedChart): void {
    const i = sheet.charts.findIndex(
      (record) => record.chartId !== null && record.chartId === chart.record.chartId,
    );
    if (i >= 0) sheet.charts.splice(i, 1);
  },
};
