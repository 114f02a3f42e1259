/**
 * The emulator's copies: File ▸ Make a copy (copyWorkbook) keeps every sheet with its id, cells, formats,
 * notes, validation, conditional formats, developer metadata, protections and named ranges under a new
 * spreadsheet id; document properties copied or not (the option, both ways); each person's user
 * properties and calendars the same; the two documents independent afterwards. A duplicated sheet
 * (duplicateActiveSheet, Sheet.copyTo) gets a new id, its content, and its metadata or not (the option).
 */
import { describe, expect, it } from "vitest";
import { attachCalendar } from "../../../src/local/emulator/calendar";
import { createEmulator } from "../../../src/local/emulator/index";
import { copyWorkbook } from "../../../src/local/emulator/workbook-copy";

// biome-ignore lint/suspicious/noExplicitAny: the services are untyped here, as seen from add-on code.
type Api = any;
const g = (emulator: ReturnType<typeof createEmulator>) => emulator.globals as Record<string, Api>;

function filled() {
  const emulator = createEmulator({ spreadsheetName: "Plan 2026" });
  const app = g(emulator).SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  const plan = ss.getActiveSheet().setName("Plan");
  plan.getRange("A1:B2").setValues([
    ["Action", '=A1&"!"'],
    [new Date(Date.UTC(2026, 3, 30)), 3],
  ]);
  plan.getRange("A1").setNote("une note").setBackground("#ff0000").setFontWeight("bold");
  plan.getRange("B2").setNumberFormat("0.00");
  plan
    .getRange("C1:C3")
    .setDataValidation(app.newDataValidation().requireValueInList(["Oui", "Non"]).build());
  plan.setConditionalFormatRules([
    app
      .newConditionalFormatRule()
      .whenTextEqualTo("x")
      .setBackground("#00ff00")
      .setRanges([plan.getRange("A1:A9")])
      .build(),
  ]);
  plan.setFrozenRows(1);
  plan.addDeveloperMetadata("planDaction.plan", '{"planId":"abcde"}');
  plan.getRange("3:3").addDeveloperMetadata("row.key", "r3");
  ss.addDeveloperMetadata("doc.key", "doc");
  plan.getRange("A1:B1").protect().setDescription("en-tête");
  ss.setNamedRange("Actions", plan.getRange("A1:A9"));
  const members = ss.insertSheet("Membres");
  members.getRange("A1").setValue("Courriel");
  plan.activate();
  g(emulator).PropertiesService.getDocumentProperties().setProperty("doc.prop", "original");
  g(emulator).PropertiesService.getUserProperties().setProperty("user.prop", "mine");
  return emulator;
}

describe("copyWorkbook (File ▸ Make a copy)", () => {
  it("copies sheets with their ids, cells, formats, notes, validation, rules, metadata, protections, names", () => {
    const original = filled();
    const copy = copyWorkbook(original, { documentProperties: "copied" });
    const from = original.spreadsheet;
    const to = copy.spreadsheet;
    expect(to.getId()).not.toBe(from.getId());
    expect(to.getId()).toHaveLength(from.getId().length);
    expect(to.getName()).toBe("Copie de Plan 2026");
    expect(to.getSheets().map((s) => [s.getName(), s.getSheetId()])).toEqual(
      from.getSheets().map((s) => [s.getName(), s.getSheetId()]),
    );
    const a = from.getSheetByName("Plan")!;
    const b = to.getSheetByName("Plan")!;
    expect(b.getRange("A1:C3").getValues()).toEqual(a.getRange("A1:C3").getValues());
    expect(b.getRange("A1:B2").getFormulas()).toEqual(a.getRange("A1:B2").getFormulas());
    expect(b.getRange("A1:B2").getDisplayValues()).toEqual(a.getRange("A1:B2").getDisplayValues());
    expect(b.getRange("A1").getNote()).toBe("une note");
    expect(b.getRange("A1").getBackground()).toBe("#ff0000");
    expect(b.getRange("B2").getNumberFormat()).toBe("0.00");
    expect(b.getRange("C2").getDataValidation()?.getCriteriaValues()[0]).toEqual(["Oui", "Non"]);
    expect(b.getConditionalFormatRules()).toHaveLength(1);
    expect(b.getConditionalFormatRules()[0].getRanges()[0].getSheet()).toBe(b);
    expect(b.getFrozenRows()).toBe(1);
    const meta = (s: typeof a) => s.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()]);
    expect(meta(b)).toEqual(meta(a));
    expect(
      to.createDeveloperMetadataFinder().withKey("row.key").find()[0].getLocation().getRow()?.getRow(),
    ).toBe(3);
    expect(to.getDeveloperMetadata().map((m) => m.getValue())).toEqual(["doc"]);
    expect(b.getProtections("RANGE").map((p) => p.getDescription())).toEqual(["en-tête"]);
    expect(to.getRangeByName("Actions")?.getSheet()).toBe(b);
    expect(to.getActiveSheet().getName()).toBe("Plan");
  });

  it("leaves the two documents independent afterwards", () => {
    const original = filled();
    const callsBefore = original.calls.count("SpreadsheetApp.getActiveSpreadsheet");
    const copy = copyWorkbook(original, { documentProperties: "copied" });
    g(copy).SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Plan").getRange("A1").setValue("changé");
    g(copy)
      .SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName("Plan")
      .getDeveloperMetadata()[0]
      .setValue("x");
    g(copy).PropertiesService.getDocumentProperties().setProperty("doc.prop", "copy");
    const plan = original.spreadsheet.getSheetByName("Plan")!;
    expect(plan.getRange("A1").getValue()).toBe("Action");
    expect(plan.getDeveloperMetadata()[0].getValue()).toBe('{"planId":"abcde"}');
    expect(original.properties.document.get("doc.prop")).toBe("original");
    // Each document counts its own calls.
    expect(original.calls.count("SpreadsheetApp.getActiveSpreadsheet")).toBe(callsBefore);
    expect(copy.calls.count("SpreadsheetApp.getActiveSpreadsheet")).toBe(2);
  });

  it("copies document properties or not, as the option says (Google does not say)", () => {
    const copied = copyWorkbook(filled(), { documentProperties: "copied" });
    expect(g(copied).PropertiesService.getDocumentProperties().getProperty("doc.prop")).toBe("original");
    const empty = copyWorkbook(filled(), { documentProperties: "empty" });
    expect(g(empty).PropertiesService.getDocumentProperties().getProperties()).toEqual({});
  });

  it("keeps each person's user properties, and their calendars, the same", () => {
    const original = filled();
    const hooks = attachCalendar(original);
    original.addUser("membre@gmail.com");
    original.runAs("membre@gmail.com", () =>
      g(original).PropertiesService.getUserProperties().setProperty("user.prop", "hers"),
    );
    const created = g(original).Calendar.Calendars.insert({ summary: "Agenda" });
    const copy = copyWorkbook(original, { documentProperties: "empty", by: "membre@gmail.com" });
    expect(g(copy).Session.getEffectiveUser().getEmail()).toBe("membre@gmail.com");
    expect(g(copy).PropertiesService.getUserProperties().getProperty("user.prop")).toBe("hers");
    copy.runAs("proprietaire@gmail.com", () => {
      expect(g(copy).PropertiesService.getUserProperties().getProperty("user.prop")).toBe("mine");
      expect(g(copy).Calendar.Calendars.get(created.id).summary).toBe("Agenda");
    });
    // The copy's calls are counted in the copy.
    expect(copy.calls.count("Calendar.Calendars.get")).toBe(1);
    expect(hooks.listCalendars()).toHaveLength(1);
  });

  it("gives each copy its own id and its own Utilities.getUuid sequence", () => {
    const original = filled();
    const one = copyWorkbook(original, { documentProperties: "empty" });
    const two = copyWorkbook(original, { documentProperties: "empty", name: "Plan 2027" });
    expect(new Set([original, one, two].map((e) => e.spreadsheet.getId())).size).toBe(3);
    expect(two.spreadsheet.getName()).toBe("Plan 2027");
    const uuid = (e: typeof original) => g(e).Utilities.getUuid();
    expect(new Set([uuid(original), uuid(one), uuid(two)]).size).toBe(3);
  });
});

describe("a duplicated sheet", () => {
  for (const keeps of [true, false])
    it(`has a new id, the content and rules, and ${keeps ? "the" : "no"} developer metadata (option ${keeps})`, () => {
      const emulator = createEmulator({ sheetCopyKeepsMetadata: keeps });
      const ss = g(emulator).SpreadsheetApp.getActiveSpreadsheet();
      const plan = ss.getActiveSheet().setName("Plan");
      plan.getRange("A1").setValue("Action").setNote("n");
      plan.addDeveloperMetadata("planDaction.plan", "m");
      plan.setConditionalFormatRules([
        g(emulator)
          .SpreadsheetApp.newConditionalFormatRule()
          .whenTextEqualTo("x")
          .setBackground("#00ff00")
          .setRanges([plan.getRange("A1:A9")])
          .build(),
      ]);
      ss.insertSheet("Membres");
      plan.activate();
      const copy = ss.duplicateActiveSheet();
      expect(copy.getName()).toBe("Copie de Plan");
      expect(copy.getSheetId()).not.toBe(plan.getSheetId());
      expect(ss.getSheets().map((s: Api) => s.getName())).toEqual(["Plan", "Copie de Plan", "Membres"]);
      expect(ss.getActiveSheet().getName()).toBe("Copie de Plan");
      expect(copy.getRange("A1").getValue()).toBe("Action");
      expect(copy.getRange("A1").getNote()).toBe("n");
      expect(copy.getConditionalFormatRules()[0].getRanges()[0].getSheet().getName()).toBe("Copie de Plan");
      expect(copy.getDeveloperMetadata().map((m: Api) => m.getValue())).toEqual(keeps ? ["m"] : []);
      expect(plan.getDeveloperMetadata()).toHaveLength(1);
      copy.getRange("A1").setValue("autre");
      expect(plan.getRange("A1").getValue()).toBe("Action");

      const again = plan.copyTo(ss);
      expect(again.getName()).toBe("Copie de Plan 2");
      expect(ss.getSheets().at(-1).getName()).toBe("Copie de Plan 2");
    });
});
