import { describe, expect, it } from "vitest";
import { setup } from "./helpers.ts";

function sheetOf() {
  const { emulator, g } = setup();
  const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
  return { emulator, g, sheet };
}

describe("Range errors use Apps Script's messages", () => {
  it("rejects data with the wrong number of rows or columns", () => {
    const { sheet } = sheetOf();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.",
    );
    expect(() =>
      sheet.getRange(1, 1, 2, 2).setValues([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.",
    );
  });

  it("rejects a start before row 1 or column 1 and empty sizes", () => {
    const { sheet } = sheetOf();
    expect(() => sheet.getRange(0, 1)).toThrow("The starting row of the range is too small.");
    expect(() => sheet.getRange(1, 0)).toThrow("The starting column of the range is too small.");
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow("The number of rows in the range must be at least 1.");
    expect(() => sheet.getRange(1, 1, 1, -2)).toThrow(
      "The number of columns in the range must be at least 1.",
    );
  });

  it("refuses ranges beyond the sheet's size until rows are added", () => {
    const { sheet } = sheetOf();
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
    expect(() => sheet.getRange("AA1")).toThrow(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
    sheet.insertRowsAfter(1000, 5);
    expect(sheet.getMaxRows()).toBe(1005);
    sheet.getRange(1000, 1, 2, 1).setValues([["a"], ["b"]]);
    expect(sheet.getLastRow()).toBe(1001);
  });
});

describe("A1 notation", () => {
  it("parses cells, open rows and whole rows or columns", () => {
    const { sheet } = sheetOf();
    expect(sheet.getRange("b2:$C$10").getA1Notation()).toBe("B2:C10");
    expect(sheet.getRange("A:C").getA1Notation()).toBe("A:C");
    expect(sheet.getRange("A:C").getNumRows()).toBe(1000);
    expect(sheet.getRange("3:5").getA1Notation()).toBe("3:5");
    expect(sheet.getRange("3:5").getNumColumns()).toBe(26);
    expect(sheet.getRange("A8:L").getNumRows()).toBe(993);
    expect(sheet.getRange(2, 3, 4, 2).getA1Notation()).toBe("C2:D5");
    expect(sheet.getRange("C2").offset(1, 1, 2, 2).getA1Notation()).toBe("D3:E4");
    expect(sheet.getRange("C2:E4").getCell(2, 3).getA1Notation()).toBe("E3");
    expect(() => sheet.getRange("not a range")).toThrow("Range not found");
  });
});

describe("typed writes", () => {
  it("stores = as a formula and ' as text", () => {
    const { sheet } = sheetOf();
    const range = sheet.getRange("A1:D1");
    range.setValues([["=SUM(1)", "'=SUM(1)", "-2", "'-2"]]);
    expect(range.getFormulas()).toEqual([["=SUM(1)", "", "", ""]]);
    expect(range.getValues()).toEqual([["", "=SUM(1)", -2, "-2"]]);
    expect(range.getDisplayValues()).toEqual([["", "=SUM(1)", "-2", "-2"]]);
    sheet.getRange("E1").setFormula('="x"');
    expect(sheet.getRange("E1").getValue()).toBe("x");
    expect(sheet.getRange("E1").getFormula()).toBe('="x"');
  });

  it("types numbers, percentages, booleans and ISO dates; leaves other text alone", () => {
    const { sheet } = sheetOf();
    const range = sheet.getRange("A1:H1");
    range.setValues([["12", "3.5", "1e3", "50%", "TRUE", "false", "2021-03-14", "mars 2020"]]);
    const [values] = range.getValues();
    expect(values!.slice(0, 6)).toEqual([12, 3.5, 1000, 0.5, true, false]);
    expect(Object.prototype.toString.call(values![6])).toBe("[object Date]");
    expect(values![7]).toBe("mars 2020");
    expect(sheet.getRange("D1").getNumberFormat()).toBe("0%");
    expect(range.getDisplayValues()[0]).toEqual([
      "12",
      "3,5",
      "1000",
      "50\u00a0%",
      "TRUE",
      "FALSE",
      "2021-03-14",
      "mars 2020",
    ]);
  });

  it("empties a cell for null, undefined and ''", () => {
    const { sheet } = sheetOf();
    sheet.getRange("A1:C1").setValues([[1, 2, 3]]);
    sheet.getRange("A1:C1").setValues([[null, undefined, ""]]);
    expect(sheet.getRange("A1:C1").getValues()).toEqual([["", "", ""]]);
    expect(sheet.getLastRow()).toBe(0);
  });

  it("keeps text as typed in a plain-text (@) cell", () => {
    const { sheet } = sheetOf();
    sheet.getRange("A1").setNumberFormat("@").setValue("0012");
    expect(sheet.getRange("A1").getValue()).toBe("0012");
  });
});

describe("getDisplayValues", () => {
  it("formats numbers and dates with the cell's number format in the spreadsheet's locale", () => {
    const { sheet } = sheetOf();
    const range = sheet.getRange("A1:G1");
    range.setValues([["2021-03-04", "2021-03-04", "2021-03-04", 0.256, 3.7, 3.14149, 1234.5]]);
    range.setNumberFormats([["yyyy-mm-dd", "dd/mm/yyyy", "d mmmm yyyy", "0%", "0", "0.00", "#,##0.00"]]);
    expect(range.getDisplayValues()).toEqual([
      ["2021-03-04", "04/03/2021", "4 mars 2021", "26\u00a0%", "4", "3,14", "1\u00a0234,50"],
    ]);
  });

  it("uses English names and a decimal point in an English spreadsheet", () => {
    const { g } = setup({ locale: "en_US" });
    const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    expect(sheet.getName()).toBe("Sheet1");
    sheet.getRange("A1:B1").setValues([["2021-12-31", 2.5]]);
    sheet.getRange("A1").setNumberFormat("d mmmm yyyy");
    expect(sheet.getRange("A1:B1").getDisplayValues()).toEqual([["31 December 2021", "2.5"]]);
  });

  it("shows times with hh:mm and booleans as TRUE/FALSE", () => {
    const { sheet } = sheetOf();
    sheet.getRange("A1:B1").setValues([["2021-03-04 09:05", true]]);
    sheet.getRange("A1").setNumberFormat("yyyy-mm-dd hh:mm");
    expect(sheet.getRange("A1:B1").getDisplayValues()).toEqual([["2021-03-04 09:05", "TRUE"]]);
  });
});

describe("formats, notes, merges", () => {
  it("round-trips backgrounds, fonts, wraps, alignments and notes", () => {
    const { sheet, g } = sheetOf();
    const r = sheet.getRange("A1:B1");
    r.setBackgrounds([["#FF0000", null]])
      .setFontWeight("bold")
      .setFontColor("#00F")
      .setFontStyle("italic");
    r.setWrapStrategy(g.SpreadsheetApp.WrapStrategy.WRAP).setHorizontalAlignment("center").setNote("Voir PV");
    expect(r.getBackgrounds()).toEqual([["#ff0000", "#ffffff"]]);
    expect(r.getFontWeights()).toEqual([["bold", "bold"]]);
    expect(sheet.getRange("B1").getFontColor()).toBe("#0000ff");
    expect(r.getWraps()).toEqual([[true, true]]);
    expect(r.getWrapStrategy()).toBe(g.SpreadsheetApp.WrapStrategy.WRAP);
    expect(r.getNotes()).toEqual([["Voir PV", "Voir PV"]]);
    expect(r.getHorizontalAlignment()).toBe("center");
    r.clearFormat();
    expect(r.getBackground()).toBe("#ffffff");
    expect(r.getNote()).toBe("Voir PV");
  });

  it("keeps only the top-left value of a merge", () => {
    const { sheet } = sheetOf();
    sheet.getRange("A1:C2").setValues([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    sheet.getRange("A1:B2").merge();
    expect(sheet.getRange("A1:C2").getValues()).toEqual([
      [1, "", 3],
      ["", "", 6],
    ]);
    expect(sheet.getRange("B2").isPartOfMerge()).toBe(true);
    expect(sheet.getRange("C1").isPartOfMerge()).toBe(false);
    expect(
      sheet
        .getRange("A1:C3")
        .getMergedRanges()
        .map((m) => m.getA1Notation()),
    ).toEqual(["A1:B2"]);
    expect(() => sheet.getRange("B1:C1").merge()).toThrow(
      "You must select all cells in a merged range to merge or unmerge them.",
    );
    sheet.getRange("A1:B2").breakApart();
    expect(sheet.getRange("A1").isPartOfMerge()).toBe(false);
    sheet.getRange("A4:C5").mergeAcross();
    expect(
      sheet
        .getRange("A4:C5")
        .getMergedRanges()
        .map((m) => m.getA1Notation()),
    ).toEqual(["A4:C4", "A5:C5"]);
  });
});

describe("inserting and deleting rows and columns", () => {
  it("shifts content, notes, formats, merges, rule ranges and named ranges", () => {
    const { sheet, g } = sheetOf();
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    sheet.getRange("A1:A3").setValues([["h"], ["x"], ["y"]]);
    sheet.getRange("A2").setNote("n").setBackground("#ff0000");
    sheet.getRange("B2:C2").merge();
    ss.setNamedRange("Plan", sheet.getRange("A2:A3"));
    const rule = g.SpreadsheetApp.newConditionalFormatRule()
      .whenCellNotEmpty()
      .setBackground("#00ff00")
      .setRanges([sheet.getRange("A2:A3")])
      .build();
    sheet.setConditionalFormatRules([rule]);

    sheet.insertRows(2, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange("A1:A5").getValues()).toEqual([["h"], [""], [""], ["x"], ["y"]]);
    expect(sheet.getRange("A4").getNote()).toBe("n");
    expect(sheet.getRange("A4").getBackground()).toBe("#ff0000");
    expect(sheet.getRange("A1:C9").getMergedRanges()[0]!.getA1Notation()).toBe("B4:C4");
    expect(ss.getRangeByName("Plan")!.getA1Notation()).toBe("A4:A5");
    expect(sheet.getConditionalFormatRules()[0]!.getRanges()[0]!.getA1Notation()).toBe("A4:A5");

    sheet.insertRowAfter(4);
    expect(ss.getRangeByName("Plan")!.getA1Notation()).toBe("A4:A6");
    sheet.deleteRows(1, 3);
    expect(sheet.getRange("A1:A3").getValues()).toEqual([["x"], [""], ["y"]]);
    expect(sheet.getConditionalFormatRules()[0]!.getRanges()[0]!.getA1Notation()).toBe("A1:A3");
    sheet.insertColumnsBefore(1, 1);
    expect(sheet.getRange("B1").getValue()).toBe("x");
    expect(sheet.getMaxColumns()).toBe(27);
    expect(() => sheet.deleteRows(1, sheet.getMaxRows())).toThrow(
      "You can't delete all the rows on the sheet.",
    );
  });
});

describe("inserted rows and columns", () => {
  it("take formats and validation, not content or notes, from their neighbour", () => {
    const { sheet, g } = sheetOf();
    const rule = g.SpreadsheetApp.newDataValidation().requireValueInList(["À faire", "Terminé"]).build();
    sheet
      .getRange("A2:B2")
      .setValues([["x", "2021-03-14"]])
      .setBackground("#eeeeee")
      .setNote("n");
    sheet.getRange("A2").setDataValidation(rule);
    sheet.getRange("B2").setNumberFormat("dd/mm/yyyy");
    sheet.insertRowsAfter(2, 2);
    const added = sheet.getRange("A3:B4");
    expect(added.getValues()).toEqual([
      ["", ""],
      ["", ""],
    ]);
    expect(added.getNotes()).toEqual([
      ["", ""],
      ["", ""],
    ]);
    expect(added.getBackgrounds()).toEqual([
      ["#eeeeee", "#eeeeee"],
      ["#eeeeee", "#eeeeee"],
    ]);
    expect(sheet.getRange("A4").getDataValidation()!.getCriteriaValues()[0]).toEqual(["À faire", "Terminé"]);
    expect(sheet.getRange("B3").getNumberFormat()).toBe("dd/mm/yyyy");
    sheet.insertRowBefore(2);
    expect(sheet.getRange("A2").getBackground()).toBe("#eeeeee");
    expect(sheet.getRange("A3").getValue()).toBe("x");
    sheet.insertColumnAfter(1);
    expect(sheet.getRange("B3").getDataValidation()).not.toBeNull();
    expect(sheet.getRange("B3").getValue()).toBe("");
  });
});

describe("data validation", () => {
  it("round-trips list, range and date rules", () => {
    const { sheet, g } = sheetOf();
    const list = g.SpreadsheetApp.newDataValidation()
      .requireValueInList(["À faire", "En cours", "Terminé"], true)
      .setAllowInvalid(false)
      .setHelpText("Choisir un statut")
      .build();
    sheet.getRange("I2:I10").setDataValidation(list);
    const back = sheet.getRange("I5").getDataValidation()!;
    expect(back.getCriteriaType()).toBe(g.SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST);
    expect(back.getCriteriaValues()).toEqual([["À faire", "En cours", "Terminé"], true]);
    expect(back.getAllowInvalid()).toBe(false);
    expect(back.getHelpText()).toBe("Choisir un statut");
    expect(sheet.getRange("I1").getDataValidation()).toBeNull();

    const members = g.SpreadsheetApp.getActiveSpreadsheet().insertSheet("Membres");
    const inRange = g.SpreadsheetApp.newDataValidation()
      .requireValueInRange(members.getRange("A2:A50"), false)
      .build();
    sheet.getRange("E2").setDataValidation(inRange);
    const values = sheet.getRange("E2").getDataValidation()!.getCriteriaValues();
    expect((values[0] as GoogleAppsScript.Spreadsheet.Range).getA1Notation()).toBe("A2:A50");
    expect((values[0] as GoogleAppsScript.Spreadsheet.Range).getSheet().getName()).toBe("Membres");
    expect(values[1]).toBe(false);
    members.insertRowsBefore(1, 2);
    const shifted = sheet
      .getRange("E2")
      .getDataValidation()!
      .getCriteriaValues()[0] as GoogleAppsScript.Spreadsheet.Range;
    expect(shifted.getA1Notation()).toBe("A4:A52");

    const date = back.copy().requireDate().build();
    sheet.getRange("H2:H3").setDataValidations([[date], [null]]);
    expect(sheet.getRange("H2").getDataValidation()!.getCriteriaType()).toBe(
      g.SpreadsheetApp.DataValidationCriteria.DATE_IS_VALID_DATE,
    );
    expect(sheet.getRange("H2").getDataValidation()!.getHelpText()).toBe("Choisir un statut");
    sheet.getRange("H2:I10").clearDataValidations();
    expect(sheet.getRange("I5").getDataValidation()).toBeNull();
  });
});
