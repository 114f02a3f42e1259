/**
 * shiftFormulaReferences: the A1 references inside a custom formula follow inserted and deleted rows and
 * columns as in Google Sheets, and the emulator applies it to conditional-format rules and validations.
 */
import { describe, expect, it } from "vitest";
import { effectiveFormat } from "../../../src/local/emulator/formula-format";
import { type ReferenceShift, shiftFormulaReferences } from "../../../src/local/emulator/formula-refs";
import { createEmulator } from "../../../src/local/emulator/index";

const rows = (at: number, delta: number, extra: Partial<ReferenceShift> = {}): ReferenceShift => ({
  dimension: "ROWS",
  at,
  delta,
  sheetName: "Plan",
  onShiftedSheet: true,
  ...extra,
});
const columns = (at: number, delta: number, extra: Partial<ReferenceShift> = {}): ReferenceShift => ({
  ...rows(at, delta, extra),
  dimension: "COLUMNS",
});

describe("shiftFormulaReferences", () => {
  it("moves absolute and relative references at or after inserted rows", () => {
    const formula = '=AND($I8<>"", $J$8<TODAY(), I8="x", J$8>0)';
    expect(shiftFormulaReferences(formula, rows(1, 3))).toBe(
      '=AND($I11<>"", $J$11<TODAY(), I11="x", J$11>0)',
    );
    expect(shiftFormulaReferences(formula, rows(8, 3))).toBe(
      '=AND($I11<>"", $J$11<TODAY(), I11="x", J$11>0)',
    );
    expect(shiftFormulaReferences(formula, rows(9, 3))).toBe(formula);
  });

  it("moves references at or after inserted columns, keeping their $", () => {
    expect(shiftFormulaReferences('=$I8="Terminé"', columns(9, 2))).toBe('=$K8="Terminé"');
    expect(shiftFormulaReferences("=$I$8+H8", columns(1, 2))).toBe("=$K$8+J8");
    expect(shiftFormulaReferences("=$I8+H8", columns(10, 2))).toBe("=$I8+H8");
    expect(shiftFormulaReferences("=Z1", columns(1, 1))).toBe("=AA1");
  });

  it("moves references after deleted rows or columns back, and makes #REF! of deleted ones", () => {
    expect(shiftFormulaReferences("=AND($I8<>0, $K8>1)", columns(2, -1))).toBe("=AND($H8<>0, $J8>1)");
    expect(shiftFormulaReferences("=AND($I8<>0, $K8>1)", columns(9, -1))).toBe("=AND(#REF!<>0, $J8>1)");
    expect(shiftFormulaReferences("=$I10>0", rows(3, -2))).toBe("=$I8>0");
    expect(shiftFormulaReferences("=$I10>0", rows(11, -2))).toBe("=$I10>0");
  });

  it("leaves text literals, function names and other words alone", () => {
    const formula = '=AND(LOG10(A1)>0, "B2 and $C$3"="x""D4", A1B<>"")';
    expect(shiftFormulaReferences(formula, rows(1, 5))).toBe(
      '=AND(LOG10(A6)>0, "B2 and $C$3"="x""D4", A1B<>"")',
    );
  });

  it("grows, shrinks and moves ranges; a wholly deleted range is #REF!", () => {
    expect(shiftFormulaReferences("=COUNTIF($A$2:$A$10,A2)", rows(5, 2))).toBe("=COUNTIF($A$2:$A$12,A2)");
    expect(shiftFormulaReferences("=SUM(B2:B10)", rows(1, 1))).toBe("=SUM(B3:B11)");
    expect(shiftFormulaReferences("=SUM(B2:B10)", rows(3, -4))).toBe("=SUM(B2:B6)");
    expect(shiftFormulaReferences("=SUM(B2:B10)", rows(1, -10))).toBe("=SUM(#REF!)");
    expect(shiftFormulaReferences("=COUNTIF($C:$C,C1)", columns(2, 1))).toBe("=COUNTIF($D:$D,D1)");
    expect(shiftFormulaReferences("=COUNTIF($C:$C,C1)", rows(1, 1))).toBe("=COUNTIF($C:$C,C2)");
    expect(shiftFormulaReferences("=SUM(3:5)", rows(1, 2))).toBe("=SUM(5:7)");
  });

  it("moves references qualified with the shifted sheet's name only", () => {
    const formula = "='Plan'!A5+Membres!A5+A5+'Plan d''action'!A5";
    expect(shiftFormulaReferences(formula, rows(1, 1))).toBe("='Plan'!A6+Membres!A5+A6+'Plan d''action'!A5");
    expect(
      shiftFormulaReferences(formula, rows(1, 1, { sheetName: "Plan d'action", onShiftedSheet: false })),
    ).toBe("='Plan'!A5+Membres!A5+A5+'Plan d''action'!A6");
  });
});

describe("inserting and deleting rows and columns under custom formulas", () => {
  function setup() {
    const emulator = createEmulator({ now: "2026-03-10T15:00:00Z", timeZone: "America/Toronto" });
    const sheet = emulator.spreadsheet.getActiveSheet();
    const app = emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const rule = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=AND($C2<>"", $C2="x")')
      .setBackground("#ff0000")
      .setRanges([sheet.getRange("A2:D20") as unknown as GoogleAppsScript.Spreadsheet.Range])
      .build();
    sheet.setConditionalFormatRules([rule as never]);
    sheet.getRange("C3").setValue("x");
    const formulaOf = () =>
      String(sheet.getConditionalFormatRules()[0]!.getBooleanCondition()!.getCriteriaValues()[0]);
    const background = (row: number, column: number) =>
      effectiveFormat(emulator, sheet.getName(), row, column).background;
    return { emulator, sheet, app, formulaOf, background };
  }

  it("keeps a rule on the same cells after rows are inserted above it", () => {
    const { sheet, formulaOf, background } = setup();
    sheet.insertRowsBefore(1, 3);
    expect(formulaOf()).toBe('=AND($C5<>"", $C5="x")');
    expect(sheet.getConditionalFormatRules()[0]!.getRanges()[0]!.getA1Notation()).toBe("A5:D23");
    expect(background(6, 1)).toBe("#ff0000");
    expect(background(5, 1)).toBeNull();
  });

  it("keeps a rule on the same cells after columns are inserted or deleted before its column", () => {
    const { sheet, formulaOf, background } = setup();
    sheet.insertColumnsBefore(3, 2);
    expect(formulaOf()).toBe('=AND($E2<>"", $E2="x")');
    expect(background(3, 6)).toBe("#ff0000");
    sheet.deleteColumn(1);
    expect(formulaOf()).toBe('=AND($D2<>"", $D2="x")');
    expect(background(3, 1)).toBe("#ff0000");
  });

  it("turns a reference to a deleted column into #REF!, which never holds", () => {
    const { sheet, formulaOf, background } = setup();
    sheet.deleteColumn(3);
    expect(formulaOf()).toBe('=AND(#REF!<>"", #REF!="x")');
    expect(background(3, 1)).toBeNull();
  });

  it("rewrites custom-formula validations too", () => {
    const { sheet, app } = setup();
    const validation = app.newDataValidation().requireFormulaSatisfied("=$C5>0").build();
    sheet.getRange("A5").setDataValidation(validation as never);
    sheet.insertRowsBefore(1, 2);
    const moved = sheet.getRange("A7").getDataValidation()!;
    expect(moved.getCriteriaValues()).toEqual(["=$C7>0"]);
  });
});
