/**
 * Range.sort in the emulator (src/local/emulator/sort.ts): rows move whole (values, notes, formats), by an
 * absolute column number, `{ column, ascending }` or several specs, stably, with empty cells last in both
 * directions, and a column outside the range refused.
 */
import { describe, expect, it } from "vitest";
import { setup } from "./helpers.ts";

function sheetWith(values: unknown[][]) {
  const { g } = setup();
  const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
  sheet.getRange(2, 2, values.length, values[0].length).setValues(values);
  return sheet;
}

describe("Range.sort", () => {
  it("moves whole rows of the range by an absolute column, ascending, empty cells last", () => {
    const sheet = sheetWith([
      ["Bilan", 3, "k3"],
      ["", 9, "k9"],
      ["assemblée", 1, "k1"],
      ["Sondage", 2, "k2"],
    ]);
    sheet.getRange(3, 4).setNote("note of k9");
    sheet.getRange(2, 2, 4, 3).sort(2);
    expect(sheet.getRange(2, 2, 4, 3).getValues()).toEqual([
      ["assemblée", 1, "k1"],
      ["Bilan", 3, "k3"],
      ["Sondage", 2, "k2"],
      ["", 9, "k9"],
    ]);
    expect(sheet.getRange(5, 4).getNote()).toBe("note of k9");
    expect(sheet.getRange(3, 4).getNote()).toBe("");
  });

  it("sorts descending and by several columns, keeping equal rows in order", () => {
    const sheet = sheetWith([
      ["b", 1, "first b1"],
      ["a", 2, "a2"],
      ["b", 2, "b2"],
      ["b", 1, "second b1"],
      ["", 5, "empty"],
    ]);
    sheet.getRange(2, 2, 5, 3).sort([
      { column: 2, ascending: false },
      { column: 3, ascending: true },
    ]);
    expect(sheet.getRange(2, 4, 5, 1).getValues().flat()).toEqual([
      "first b1",
      "second b1",
      "b2",
      "a2",
      "empty",
    ]);
  });

  it("puts numbers and dates before text, and refuses a column outside the range", () => {
    const sheet = sheetWith([["texte"], [new Date(Date.UTC(2026, 2, 1, 12))], [7]]);
    sheet.getRange(2, 2, 3, 1).sort({ column: 2, ascending: true });
    const values = sheet.getRange(2, 2, 3, 1).getValues().flat();
    expect(values[0]).toBe(7);
    expect(values[1]).toBeInstanceOf(Date);
    expect(values[2]).toBe("texte");
    expect(() => sheet.getRange(2, 2, 3, 1).sort(1)).toThrow(/coordinates or dimensions/);
  });
});
