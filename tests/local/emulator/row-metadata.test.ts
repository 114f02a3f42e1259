/**
 * Developer metadata on rows, as Google's reference describes it (spreadsheets.developerMetadata,
 * "DeveloperMetadata"): it stays with its row when rows are inserted above (row 5 becomes row 6), a row
 * inserted next to it carries none, and it is deleted with its row. Whether a location spanning several
 * rows grows with a row inserted inside it is not said: the emulator's option, tested both ways.
 */
import { describe, expect, it } from "vitest";
import { setup } from "./helpers.ts";

function rowsOf(sheet: GoogleAppsScript.Spreadsheet.Sheet, key: string): Array<[number, number]> {
  return sheet
    .createDeveloperMetadataFinder()
    .withKey(key)
    .find()
    .map((meta) => {
      const row = meta.getLocation().getRow();
      return [row?.getRow() ?? 0, row?.getNumRows() ?? 0];
    });
}

describe("developer metadata on rows", () => {
  it("moves with its row, is not given to inserted rows, and goes with a deleted row", () => {
    const { g } = setup();
    const sheet = g.SpreadsheetApp.getActive().getActiveSheet();
    const whole = (row: number) => sheet.getRange(row, 1, 1, sheet.getMaxColumns());
    whole(5).addDeveloperMetadata("line", "a");
    whole(6).addDeveloperMetadata("line", "b");
    sheet.insertRowsBefore(5, 1);
    sheet.insertRowAfter(6); // between a (now 6) and b (now 8)
    expect(rowsOf(sheet, "line")).toEqual([
      [6, 1],
      [8, 1],
    ]);
    expect(whole(7).getDeveloperMetadata()).toEqual([]);
    expect(
      whole(6)
        .getDeveloperMetadata()
        .map((meta) => meta.getValue()),
    ).toEqual(["a"]);
    sheet.deleteRow(6);
    expect(rowsOf(sheet, "line")).toEqual([[7, 1]]);
  });

  for (const grows of [true, false]) {
    it(`a location over several rows ${grows ? "grows with" : "keeps its length after"} a row inserted inside it`, () => {
      const { g } = setup({ metadataGrowsInside: grows });
      const sheet = g.SpreadsheetApp.getActive().getActiveSheet();
      sheet.getRange(3, 1, 4, sheet.getMaxColumns()).addDeveloperMetadata("block");
      sheet.insertRowsBefore(1, 2); // above: moves
      expect(rowsOf(sheet, "block")).toEqual([[5, 4]]);
      sheet.insertRowAfter(6); // inside
      expect(rowsOf(sheet, "block")).toEqual([[5, grows ? 5 : 4]]);
      sheet.deleteRows(5, 2); // its first rows: it starts where they were
      expect(rowsOf(sheet, "block")).toEqual([[5, grows ? 3 : 2]]);
    });
  }
});
