/**
 * The bilan's charts, through the built add-on: progress per objective (bars) and actions by state (a
 * pie), whose data are the bilan's own figure cells, placed side by side over the band left for them;
 * preparing the bilan again redraws the same two charts (same ids), also after the committee inserted
 * rows above them; a chart the committee added is left alone.
 */
import { describe, expect, it } from "vitest";
import { objectiveKey } from "../../../src/core/bilan/bilan-layout";
import { PALETTE } from "../../../src/core/colours/palette";
import { chartSummary } from "../../../src/local/emulator/chart";
import type { BilanResult } from "../../../src/shared/bilan-wire";
import type { SidebarReady } from "../../../src/shared/sidebar-wire";
import type { Harness } from "../../support/addon";
import { bilanRows, byKey, samplePlanHarness } from "./bilan-helpers";

function prepare(harness: Harness): Extract<BilanResult, { ok: true }> {
  const result = harness.addon.call("prepareBilan", 0) as BilanResult;
  if (!result.ok) throw new Error(result.message);
  return result;
}

function chartsOf(harness: Harness, sheetName: string) {
  return harness.emulator.spreadsheet.getSheetByName(sheetName)!.charts.map(chartSummary);
}

describe("the bilan's charts", () => {
  it("draws progress per objective and actions by state from the bilan's own figure cells", () => {
    const harness = samplePlanHarness();
    const sidebar = harness.addon.call("getSidebarData") as SidebarReady;
    const { sheetName } = prepare(harness);
    const sheet = harness.emulator.spreadsheet.getSheetByName(sheetName)!;
    const rows = bilanRows(harness, sheetName);
    const charts = chartsOf(harness, sheetName);
    expect(charts.map((chart) => [chart.type, chart.title])).toEqual([
      ["BAR", "Avancement par objectif"],
      ["PIE", "Actions par état"],
    ]);
    for (const chart of charts)
      for (const range of chart.ranges) expect(range.sheetId).toBe(sheet.getSheetId());

    // Bars: the objectives' figure lines, label and percentage, as the figures show them.
    const objectives = sidebar.summary.byObjective.map((o) => byKey(rows, objectiveKey("fo", o.objectif)));
    const [progress, states] = charts;
    expect(progress!.ranges).toEqual([
      {
        sheetId: sheet.getSheetId(),
        row: objectives[0]!.row,
        column: 2,
        numRows: objectives.length,
        numColumns: 2,
      },
    ]);
    const bars = sheet.getRange(objectives[0]!.row, 2, objectives.length, 2).getValues();
    expect(bars.map((bar) => bar[1])).toEqual(
      sidebar.summary.byObjective.map((o) => Math.round((o.ratio ?? 0) * 100) / 100),
    );
    // Pie: one slice per state of the palette, the counts the sidebar shows.
    const first = byKey(rows, `f:${PALETTE[0]!.meaning}`);
    expect(states!.ranges).toEqual([
      { sheetId: sheet.getSheetId(), row: first.row, column: 2, numRows: PALETTE.length, numColumns: 2 },
    ]);
    const slices = sheet.getRange(first.row, 2, PALETTE.length, 2).getValues();
    expect(slices.map((slice) => slice[1])).toEqual(
      PALETTE.map((entry) => sidebar.summary.counts[entry.meaning]),
    );

    // Side by side on the band of empty lines after the figures, within the table's width.
    const band = byKey(rows, "c:1");
    expect(progress!.anchor).toMatchObject({ anchorRow: band.row, anchorColumn: 1 });
    expect(states!.anchor).toMatchObject({ anchorRow: band.row, anchorColumn: 4 });
    expect(progress!.width + states!.width).toBeLessThanOrEqual(1270);
    expect(progress!.height).toBeLessThanOrEqual(16 * 21);
    expect(
      sheet
        .getRange(band.row, 1, 16, 7)
        .getValues()
        .flat()
        .every((cell) => cell === ""),
    ).toBe(true);
  });

  it("redraws the same charts when the bilan is prepared again, leaving the committee's own chart", () => {
    const harness = samplePlanHarness();
    const { sheetName } = prepare(harness);
    const sheet = harness.emulator.spreadsheet.getSheetByName(sheetName)!;
    const ids = chartsOf(harness, sheetName).map((chart) => chart.chartId);
    // The committee adds rows above the figures and a chart of its own.
    sheet.insertRowsAfter(2, 3);
    sheet.getRange(3, 1).setValue("Mot de la présidente");
    sheet.insertChart(sheet.newChart().asColumnChart().addRange(sheet.getRange("A1:B2")).build());

    prepare(harness);
    prepare(harness);
    const charts = chartsOf(harness, sheetName);
    expect(charts).toHaveLength(3);
    expect(charts.slice(0, 2).map((chart) => chart.chartId)).toEqual(ids);
    expect(charts[2]!.type).toBe("COLUMN");
    const rows = bilanRows(harness, sheetName);
    expect(charts[1]!.ranges[0]!.row).toBe(byKey(rows, `f:${PALETTE[0]!.meaning}`).row);
    expect(charts[0]!.anchor.anchorRow).toBe(byKey(rows, "c:1").row);
  });
});
