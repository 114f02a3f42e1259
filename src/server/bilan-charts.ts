/**
 * The bilan's two charts (EmbeddedChartBuilder, which works under spreadsheets.currentonly): progress
 * per objective as bars, and the actions by state as a pie in the plan's colours. Their data are the
 * bilan's own figure lines (columns B:C: the label and the number the figures show), and they sit side by
 * side over the band of empty lines the layout leaves for them, sized so that both fit the width of the
 * table on paper. Their ids are kept in the bilan sheet's developer metadata, so a preparation redraws
 * the same charts (modify ▸ updateChart) instead of adding new ones; charts the committee made are left
 * alone. On a refresh every change registers its undo (all-or-nothing.ts).
 */

import type { BilanLayout, LineSpan } from "../core/bilan/bilan-layout";
import { BILAN_COLUMNS, BILAN_TEXT } from "../core/bilan/bilan-text";
import { PALETTE } from "../core/colours/palette";
import { type Lang, localize } from "../core/i18n";
import type { Undoable } from "./all-or-nothing";
import { shownTitle } from "./say";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type EmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

export const BILAN_CHARTS_METADATA_KEY = "planDaction.bilanCharts";
/** Sheets' default row height, in pixels: the band's lines are empty, so they keep it. */
const ROW_PX = 21;
const MARGIN_PX = 8;
const LABEL = 2; // column B: the figure's label; C: its number

type ChartName = "progress" | "states";
type ChartIds = Partial<Record<ChartName, number>>;

function widthOf(from: number, to: number): number {
  return BILAN_COLUMNS.slice(from - 1, to).reduce((sum, column) => sum + column.width, 0);
}

function readIds(sheet: Sheet): {
  ids: ChartIds;
  meta: GoogleAppsScript.Spreadsheet.DeveloperMetadata | null;
} {
  for (const meta of sheet.getDeveloperMetadata())
    if (meta.getKey() === BILAN_CHARTS_METADATA_KEY) {
      try {
        return { ids: JSON.parse(meta.getValue() ?? "{}") as ChartIds, meta };
      } catch (_error) {
        return { ids: {}, meta };
      }
    }
  return { ids: {}, meta: null };
}

/** Draws (or redraws) the charts of `layout`, written at `lineRows`, on `sheet`. */
export function drawBilanCharts(
  sheet: Sheet,
  layout: BilanLayout,
  lineRows: number[],
  lang: Lang,
  undoable: Undoable | null,
): void {
  const { ids, meta } = readIds(sheet);
  const existing = new Map<number, EmbeddedChart>();
  if (ids.progress !== undefined || ids.states !== undefined)
    for (const chart of sheet.getCharts()) {
      const id = chart.getChartId();
      if (id !== null && (id === ids.progress || id === ids.states)) existing.set(id, chart);
    }
  const bandRow = lineRows[layout.charts.band];
  const height = layout.lines.filter((line) => line.kind === "chartSpace").length * ROW_PX - MARGIN_PX;
  const dataOf = (span: LineSpan) =>
    sheet.getRange(lineRows[span.first], LABEL, lineRows[span.last] - lineRows[span.first] + 1, 2);

  const wanted: Array<{ name: ChartName; build: (chart: EmbeddedChart | undefined) => EmbeddedChart }> = [];
  const progress = layout.charts.progress;
  if (progress)
    wanted.push({
      name: "progress",
      build: (old) =>
        (old ? old.modify().clearRanges() : sheet.newChart())
          .asBarChart()
          .setTitle(shownTitle(lang, localize(lang, BILAN_TEXT.progressChart)))
          .setRange(0, 1)
          .setColors(["#1f4e79"])
          .addRange(dataOf(progress))
          .setNumHeaders(0)
          .setOption("legend", { position: "none" })
          .setOption("hAxis.format", "percent")
          .setOption("width", widthOf(1, 3) - MARGIN_PX)
          .setOption("height", height)
          .setPosition(bandRow, 1, 0, MARGIN_PX / 2)
          .build(),
    });
  wanted.push({
    name: "states",
    build: (old) =>
      (old ? old.modify().clearRanges() : sheet.newChart())
        .asPieChart()
        .setTitle(shownTitle(lang, localize(lang, BILAN_TEXT.statesChart)))
        .setColors(PALETTE.map((entry) => entry.background))
        .addRange(dataOf(layout.charts.states))
        .setNumHeaders(0)
        .setOption("legend", { position: "right" })
        .setOption("pieSliceText", "value")
        .setOption("width", widthOf(4, 7) - 2 * MARGIN_PX)
        .setOption("height", height)
        .setPosition(bandRow, 4, MARGIN_PX, MARGIN_PX / 2)
        .build(),
  });

  const next: ChartIds = {};
  const inserted: ChartName[] = [];
  for (const { name, build } of wanted) {
    const old = ids[name] !== undefined ? existing.get(ids[name] as number) : undefined;
    if (old) {
      sheet.updateChart(build(old));
      undoable?.onUndo(() => sheet.updateChart(old));
      next[name] = ids[name];
    } else {
      sheet.insertChart(build(undefined));
      inserted.push(name);
    }
  }
  // A chart the bilan no longer has (no objective left): removed.
  if (!progress && ids.progress !== undefined) {
    const old = existing.get(ids.progress);
    if (old) {
      sheet.removeChart(old);
      undoable?.onUndo(() => sheet.insertChart(old));
    }
  }
  if (inserted.length > 0) {
    const known = new Set(Object.values(next));
    const fresh = sheet
      .getCharts()
      .map((chart) => chart.getChartId())
      .filter((id): id is number => id !== null && !known.has(id) && id !== ids.progress && id !== ids.states)
      .slice(-inserted.length);
    inserted.forEach((name, i) => {
      next[name] = fresh[i];
    });
    undoable?.onUndo(() => {
      for (const chart of sheet.getCharts())
        if (fresh.includes(chart.getChartId() as number)) sheet.removeChart(chart);
    });
  }
  const value = JSON.stringify(next);
  if (meta) {
    const before = meta.getValue() ?? "";
    if (before !== value) {
      meta.setValue(value);
      undoable?.onUndo(() => meta.setValue(before));
    }
  } else {
    sheet.addDeveloperMetadata(BILAN_CHARTS_METADATA_KEY, value);
    undoable?.onUndo(() => {
      for (const added of sheet.getDeveloperMetadata())
        if (added.getKey() === BILAN_CHARTS_METADATA_KEY) added.remove();
    });
  }
}
