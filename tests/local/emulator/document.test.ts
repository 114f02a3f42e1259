import { describe, expect, it } from "vitest";
import { setup } from "./helpers.ts";

describe("Spreadsheet and Sheet", () => {
  it("has the document's identity, zone and locale", () => {
    const { g, emulator } = setup({ timeZone: "America/Montreal" });
    const ss = g.SpreadsheetApp.getActive();
    expect(ss.getName()).toBe("Plan d'action du comité");
    expect(ss.getSpreadsheetTimeZone()).toBe("America/Montreal");
    expect(ss.getSpreadsheetLocale()).toBe("fr_CA");
    expect(ss.getUrl()).toContain(ss.getId());
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Feuille 1"]);
    ss.toast("Terminé", "Plan d'action", 3);
    expect(emulator.ui.toasts).toEqual([{ message: "Terminé", title: "Plan d'action", timeoutSeconds: 3 }]);
  });

  it("inserts, finds, orders, renames and deletes sheets; names are unique", () => {
    const { g } = setup();
    const ss = g.SpreadsheetApp.getActive();
    const plan = ss.insertSheet("Plan d'action");
    ss.insertSheet("Membres", 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Membres", "Feuille 1", "Plan d'action"]);
    expect(plan.getIndex()).toBe(3);
    expect(() => ss.insertSheet("Plan d'action")).toThrow(
      'A sheet with the name "Plan d\'action" already exists. Please enter another name.',
    );
    expect(() => plan.setName("Membres")).toThrow('A sheet with the name "Membres" already exists.');
    expect(ss.getSheetByName("Plan d'action")!.getSheetId()).toBe(plan.getSheetId());
    expect(ss.getRange("'Plan d''action'!B2:C3").getSheet().getName()).toBe("Plan d'action");
    ss.deleteSheet(ss.getSheetByName("Feuille 1")!);
    expect(ss.getSheetByName("Feuille 1")).toBeNull();
    expect(() => ss.getRange("Nope!A1")).toThrow("Range not found");
  });

  it("tracks the active sheet and range", () => {
    const { g } = setup();
    const ss = g.SpreadsheetApp.getActive();
    const other = ss.insertSheet("Autre");
    expect(ss.getActiveSheet().getName()).toBe("Autre");
    ss.setActiveSheet(ss.getSheets()[0]!);
    other.getRange("C5").activate();
    expect(ss.getActiveSheet().getName()).toBe("Autre");
    expect(ss.getActiveRange()!.getA1Notation()).toBe("C5");
    expect(g.SpreadsheetApp.getActiveRange()!.getA1Notation()).toBe("C5");
  });

  it("keeps sheet layout: hidden, frozen, widths, data range", () => {
    const { g } = setup();
    const ss = g.SpreadsheetApp.getActive();
    const sheet = ss.getActiveSheet();
    expect(() => sheet.hideSheet()).toThrow("You can't hide all the sheets in a document.");
    const hidden = ss.insertSheet("Caché").hideSheet();
    expect(hidden.isSheetHidden()).toBe(true);
    sheet.hideColumns(12);
    sheet.hideRows(3, 2);
    sheet.setFrozenRows(8);
    sheet.setColumnWidth(3, 250).setColumnWidths(4, 2, 80);
    expect(sheet.isColumnHiddenByUser(12)).toBe(true);
    expect(sheet.isRowHiddenByUser(4)).toBe(true);
    expect(sheet.getFrozenRows()).toBe(8);
    expect([2, 3, 4, 5, 6].map((c) => sheet.getColumnWidth(c))).toEqual([100, 250, 80, 80, 100]);
    sheet.insertColumnsBefore(1, 2);
    expect(sheet.isColumnHiddenByUser(14)).toBe(true);
    expect(sheet.getColumnWidth(5)).toBe(250);
    sheet.getRange("C4").setValue("x");
    expect(sheet.getDataRange().getA1Notation()).toBe("A1:C4");
    expect(sheet.getLastColumn()).toBe(3);
  });

  it("records protections", () => {
    const { g } = setup();
    const sheet = g.SpreadsheetApp.getActive().getActiveSheet();
    const p = sheet.getRange("L:L").protect().setDescription("Clé de ligne").setWarningOnly(true);
    expect(p.getDescription()).toBe("Clé de ligne");
    const found = sheet.getProtections(g.SpreadsheetApp.ProtectionType.RANGE);
    expect(found.map((x) => [x.getDescription(), x.isWarningOnly(), x.getRange().getA1Notation()])).toEqual([
      ["Clé de ligne", true, "L1:L1000"],
    ]);
    found[0]!.remove();
    expect(sheet.getProtections(g.SpreadsheetApp.ProtectionType.RANGE)).toEqual([]);
  });
});

describe("conditional format rules", () => {
  it("round-trip in order with their conditions and formats", () => {
    const { g, emulator } = setup();
    const app = g.SpreadsheetApp;
    const sheet = app.getActive().getActiveSheet();
    const done = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$I2="Terminé"')
      .setBackground("#D9EAD3")
      .setStrikethrough(true)
      .setRanges([sheet.getRange("A2:K200")])
      .build();
    const late = app
      .newConditionalFormatRule()
      .whenDateBefore(app.RelativeDate.TODAY)
      .setFontColor("#cc0000")
      .setBold(true)
      .setRanges([sheet.getRange("H2:H200")])
      .build();
    const text = done.copy().whenTextContains("urgent").setBackground(null).build();
    sheet.setConditionalFormatRules([done, late, text]);
    const back = sheet.getConditionalFormatRules();
    expect(back).toHaveLength(3);
    const c0 = back[0]!.getBooleanCondition()!;
    expect(c0.getCriteriaType()).toBe(app.BooleanCriteria.CUSTOM_FORMULA);
    expect(String(c0.getCriteriaType())).toBe("CUSTOM_FORMULA");
    expect(c0.getCriteriaValues()).toEqual(['=$I2="Terminé"']);
    expect([c0.getBackground(), c0.getStrikethrough(), c0.getBold(), c0.getFontColor()]).toEqual([
      "#d9ead3",
      true,
      null,
      null,
    ]);
    const c1 = back[1]!.getBooleanCondition()!;
    expect(c1.getCriteriaType()).toBe(app.BooleanCriteria.DATE_BEFORE_RELATIVE);
    expect(c1.getCriteriaValues()).toEqual([app.RelativeDate.TODAY]);
    expect([c1.getFontColor(), c1.getBold()]).toEqual(["#cc0000", true]);
    expect(back[2]!.getBooleanCondition()!.getCriteriaType()).toBe(app.BooleanCriteria.TEXT_CONTAINS);
    expect(back[2]!.getBooleanCondition()!.getBackground()).toBeNull();
    expect(back[0]!.getRanges().map((r) => r.getA1Notation())).toEqual(["A2:K200"]);

    sheet.setConditionalFormatRules([back[2]!, back[0]!]);
    const raw = emulator.spreadsheet.getActiveSheet().conditionalFormatData();
    expect(raw.map((r) => r.criteria)).toEqual(["TEXT_CONTAINS", "CUSTOM_FORMULA"]);
    expect(raw[1]!.ranges[0]).toMatchObject({ row: 2, column: 1, numRows: 199, numColumns: 11 });
  });
});

describe("developer metadata and named ranges", () => {
  it("stores metadata on the spreadsheet, a sheet and whole rows or columns", () => {
    const { g } = setup();
    const app = g.SpreadsheetApp;
    const ss = app.getActive();
    const sheet = ss.getActiveSheet();
    ss.addDeveloperMetadata("planId", "p-1", app.DeveloperMetadataVisibility.PROJECT);
    sheet.addDeveloperMetadata("template", "default");
    sheet.getRange("A7:Z7").addDeveloperMetadata("header");
    sheet.getRange("L1:L1000").addDeveloperMetadata("column", "cle");
    expect(() => sheet.getRange("B2").addDeveloperMetadata("x")).toThrow(
      "Adding developer metadata to arbitrary ranges is not currently supported.",
    );
    const top = ss.getDeveloperMetadata();
    expect(top.map((m) => [m.getKey(), m.getValue(), String(m.getVisibility())])).toEqual([
      ["planId", "p-1", "PROJECT"],
    ]);
    expect(top[0]!.getLocation().getLocationType()).toBe(app.DeveloperMetadataLocationType.SPREADSHEET);
    expect(sheet.getDeveloperMetadata().map((m) => m.getKey())).toEqual(["template"]);
    sheet.insertRowsBefore(1, 3);
    const header = ss.createDeveloperMetadataFinder().withKey("header").find();
    expect(header).toHaveLength(1);
    expect(header[0]!.getLocation().getLocationType()).toBe(app.DeveloperMetadataLocationType.ROW);
    expect(header[0]!.getLocation().getRow()!.getRow()).toBe(10);
    expect(
      sheet
        .getRange("A10:Z10")
        .getDeveloperMetadata()
        .map((m) => m.getKey()),
    ).toEqual(["header"]);
    const column = sheet
      .createDeveloperMetadataFinder()
      .withLocationType(app.DeveloperMetadataLocationType.COLUMN)
      .find();
    expect(column[0]!.getLocation().getColumn()!.getColumn()).toBe(12);
    column[0]!.setValue("cle2");
    expect(ss.createDeveloperMetadataFinder().withValue("cle2").find()).toHaveLength(1);
    header[0]!.remove();
    expect(ss.createDeveloperMetadataFinder().withKey("header").find()).toHaveLength(0);
  });

  it("enforces 30,000 characters of metadata per sheet", () => {
    const { g } = setup();
    const sheet = g.SpreadsheetApp.getActive().getActiveSheet();
    sheet.addDeveloperMetadata("a", "x".repeat(29_990));
    expect(() => sheet.addDeveloperMetadata("b", "x".repeat(20))).toThrow(
      /limit is 30000 characters per sheet/,
    );
    const other = g.SpreadsheetApp.getActive().insertSheet("Autre");
    other.addDeveloperMetadata("b", "x".repeat(20));
    expect(other.getDeveloperMetadata()).toHaveLength(1);
  });

  it("names ranges", () => {
    const { g } = setup();
    const ss = g.SpreadsheetApp.getActive();
    ss.setNamedRange("Periode", ss.getActiveSheet().getRange("B3:C3"));
    expect(ss.getNamedRanges().map((n) => [n.getName(), n.getRange().getA1Notation()])).toEqual([
      ["Periode", "B3:C3"],
    ]);
    ss.getNamedRanges()[0]!.remove();
    expect(ss.getRangeByName("Periode")).toBeNull();
  });
});
