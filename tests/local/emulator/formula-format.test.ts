/**
 * effectiveFormat: the cell's own format, overlaid by the first matching conditional-format rule whose
 * ranges contain the cell (Sheets' precedence: list order, first match only), with TODAY() from the
 * emulator's virtual clock in the spreadsheet's time zone; a formula that reads its columns absolutely
 * asked once per row when the caller keeps the answers.
 */
import { describe, expect, it } from "vitest";
import { sameAcrossColumns } from "../../../src/local/emulator/formula";
import { effectiveFormat } from "../../../src/local/emulator/formula-format";
import { createEmulator } from "../../../src/local/emulator/index";

function setup(now = "2026-03-10T03:00:00Z") {
  const emulator = createEmulator({ now, timeZone: "America/Toronto" });
  const sheet = emulator.spreadsheet.getActiveSheet();
  const name = sheet.getName();
  const app = emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const rule = (formula: string, background: string, a1: string) =>
    app
      .newConditionalFormatRule()
      .whenFormulaSatisfied(formula)
      .setBackground(background)
      .setRanges([sheet.getRange(a1) as unknown as GoogleAppsScript.Spreadsheet.Range])
      .build();
  return { emulator, sheet, name, rule };
}

describe("effectiveFormat", () => {
  it("shows the cell's own format when no rule matches", () => {
    const { emulator, sheet, name } = setup();
    sheet.getRange("B2").setBackground("#123456").setFontLine("line-through").setFontWeight("bold");
    expect(effectiveFormat(emulator, name, 2, 2)).toEqual({
      background: "#123456",
      fontColor: null,
      strikethrough: true,
      bold: true,
    });
    expect(effectiveFormat(emulator, name, 3, 3)).toEqual({
      background: null,
      fontColor: null,
      strikethrough: false,
      bold: false,
    });
  });

  it("applies only the first matching rule, and keeps the cell's own properties the rule leaves unset", () => {
    const { emulator, sheet, name, rule } = setup();
    sheet.getRange("A1:A3").setValues([["x"], ["y"], [""]]);
    sheet.getRange("B1").setFontWeight("bold");
    sheet.setConditionalFormatRules([
      rule('=$A1="X"', "#ff0000", "A1:B3") as never,
      rule('=$A1<>""', "#00ff00", "A1:B3") as never,
    ]);
    expect(effectiveFormat(emulator, name, 1, 2)).toMatchObject({ background: "#ff0000", bold: true });
    expect(effectiveFormat(emulator, name, 2, 2).background).toBe("#00ff00");
    expect(effectiveFormat(emulator, name, 3, 2).background).toBeNull();
    expect(effectiveFormat(emulator, name, 1, 3).background).toBeNull(); // outside the ranges
  });

  it("with rowAnswers, asks a whole-row formula once per row and a relative one per cell, with the same colours", () => {
    const { emulator, sheet, name, rule } = setup();
    sheet.getRange("A1:C3").setValues([
      ["x", "", "x"],
      ["", "x", ""],
      ["x", "x", ""],
    ]);
    sheet.setConditionalFormatRules([
      rule('=$B1="x"', "#ff0000", "A1:C3") as never,
      rule('=A1="x"', "#00ff00", "A1:C3") as never,
    ]);
    expect(sameAcrossColumns('=$B1="x"')).toBe(true);
    expect(sameAcrossColumns('=A1="x"')).toBe(false);
    expect(sameAcrossColumns('=AND($B1="x", C$1="x")')).toBe(false);
    expect(sameAcrossColumns("=(")).toBe(false);
    const rowAnswers = new Map<string, boolean>();
    for (let row = 1; row <= 3; row++)
      for (let column = 1; column <= 3; column++)
        expect(effectiveFormat(emulator, name, row, column, { rowAnswers }), `${row}:${column}`).toEqual(
          effectiveFormat(emulator, name, row, column),
        );
    // The first rule's answers, one per row; the second rule's are never kept (they differ by column).
    expect([...rowAnswers.entries()].sort()).toEqual([
      ["0:1", false],
      ["0:2", true],
      ["0:3", true],
    ]);
  });

  it("takes TODAY() from the virtual clock in the spreadsheet's zone", () => {
    // 03:00 UTC on 10 March is still 9 March in Toronto.
    const { emulator, sheet, name, rule } = setup("2026-03-10T03:00:00Z");
    sheet.getRange("A1").setValue("2026-03-09");
    sheet.setConditionalFormatRules([rule("=$A1=TODAY()", "#0000ff", "A1:A1") as never]);
    expect(effectiveFormat(emulator, name, 1, 1).background).toBe("#0000ff");
    emulator.clock.set("2026-03-10T12:00:00Z");
    expect(effectiveFormat(emulator, name, 1, 1).background).toBeNull();
    expect(
      effectiveFormat(emulator.spreadsheet, name, 1, 1, { now: Date.parse("2026-03-09T12:00:00Z") })
        .background,
    ).toBe("#0000ff");
  });

  it("evaluates simple criteria and refuses what it does not know", () => {
    const { emulator, sheet, name, rule } = setup();
    const app = emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    sheet.getRange("A1:A2").setValues([["Urgent !"], [5]]);
    const range = sheet.getRange("A1:A2") as unknown as GoogleAppsScript.Spreadsheet.Range;
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenTextContains("urgent")
        .setBackground("#ff0000")
        .setRanges([range])
        .build() as never,
      app
        .newConditionalFormatRule()
        .whenNumberGreaterThan(3)
        .setBackground("#00ff00")
        .setRanges([range])
        .build() as never,
    ]);
    expect(effectiveFormat(emulator, name, 1, 1).background).toBe("#ff0000");
    expect(effectiveFormat(emulator, name, 2, 1).background).toBe("#00ff00");
    sheet.setConditionalFormatRules([rule("=VLOOKUP(A1, B1, 2)", "#ff0000", "A1:A2") as never]);
    expect(() => effectiveFormat(emulator, name, 1, 1)).toThrow(/cannot evaluate VLOOKUP/);
  });
});
