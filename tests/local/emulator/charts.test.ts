/**
 * Embedded charts in the emulator (chart.ts), driven as add-on code drives them: built with
 * Sheet.newChart(), inserted, read back with their data ranges, title and anchor, modified and updated
 * under the same id, moved with the rows of their sheet, removed; a duplicated sheet's charts read the
 * copy. The records stay plain data the playground can draw (chartSummary).
 */
import { describe, expect, it } from "vitest";
import { chartSummary } from "../../../src/local/emulator/chart.ts";
import { setup } from "./helpers.ts";

describe("embedded charts", () => {
  it("are built, inserted, read back, updated under their id and removed", () => {
    const { g, emulator } = setup();
    const ss = g.SpreadsheetApp.getActive();
    const sheet = ss.getActiveSheet();
    sheet.getRange("A1:B3").setValues([
      ["Objectif", "Avancement"],
      ["Recrutement", 0.5],
      ["Formation", 1],
    ]);
    const built = sheet
      .newChart()
      .asBarChart()
      .setTitle("Avancement par objectif")
      .addRange(sheet.getRange("A1:B3"))
      .setOption("width", 480)
      .setOption("height", 300)
      .setPosition(5, 2, 10, 0)
      .build();
    expect(built.getChartId()).toBeNull();
    sheet.insertChart(built);
    const [chart] = sheet.getCharts();
    expect(chart!.getChartId()).toEqual(expect.any(Number));
    expect(chart!.getRanges().map((r) => r.getA1Notation())).toEqual(["A1:B3"]);
    expect(chart!.getOptions().get("title")).toBe("Avancement par objectif");
    const info = chart!.getContainerInfo();
    expect([info.getAnchorRow(), info.getAnchorColumn(), info.getOffsetX(), info.getOffsetY()]).toEqual([
      5, 2, 10, 0,
    ]);
    expect(String(chart!.modify().getChartType())).toBe("BAR");

    // Updated through modify(): the same chart, not a second one.
    const id = chart!.getChartId();
    sheet.updateChart(chart!.modify().clearRanges().addRange(sheet.getRange("A2:B3")).asPieChart().build());
    expect(sheet.getCharts()).toHaveLength(1);
    expect(sheet.getCharts()[0]!.getChartId()).toBe(id);
    expect(sheet.getCharts()[0]!.getRanges()[0]!.getA1Notation()).toBe("A2:B3");

    // Rows inserted above move the chart and its data, as they move the cells.
    sheet.insertRowsBefore(1, 2);
    const moved = sheet.getCharts()[0]!;
    expect(moved.getRanges()[0]!.getA1Notation()).toBe("A4:B5");
    expect(moved.getContainerInfo().getAnchorRow()).toBe(7);
    // What the playground draws.
    const raw = emulator.spreadsheet.getSheetByName(sheet.getName())!;
    expect(chartSummary(raw.charts[0]!)).toMatchObject({
      type: "PIE",
      title: "Avancement par objectif",
      width: 480,
      height: 300,
      anchor: { anchorRow: 7, anchorColumn: 2 },
      ranges: [{ sheetId: sheet.getSheetId(), row: 4, column: 1, numRows: 2, numColumns: 2 }],
    });
    expect(emulator.calls.count("SpreadsheetApp.Sheet.insertChart")).toBe(1);

    // A duplicated sheet's chart reads the copy, under an id of its own.
    const copy = sheet.copyTo(ss);
    const copied = copy.getCharts()[0]!;
    expect(copied.getChartId()).not.toBe(id);
    expect(copied.getRanges()[0]!.getSheet().getSheetId()).toBe(copy.getSheetId());

    sheet.removeChart(moved);
    expect(sheet.getCharts()).toEqual([]);
    expect(copy.getCharts()).toHaveLength(1);
  });
});
