import { describe, expect, it } from "vitest";
import { setup } from "./helpers.ts";

function script(g: ReturnType<typeof setup>["g"]) {
  const ss = g.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheetByName("Feuille 1")!;
  const values = sheet.getRange("A1:B2").getValues();
  sheet.getRange("A1:B2").setValues(values.map((r) => r.map(() => 1)));
  g.PropertiesService.getDocumentProperties().getProperty("x");
}

describe("call counting", () => {
  it("counts exactly the calls of a small script, by method, class and service", () => {
    const { g, emulator } = setup();
    script(g);
    const c = emulator.calls;
    expect(c.count("SpreadsheetApp.getActiveSpreadsheet")).toBe(1);
    expect(c.count("SpreadsheetApp.Spreadsheet.getSheetByName")).toBe(1);
    expect(c.count("SpreadsheetApp.Sheet.getRange")).toBe(2);
    expect(c.count("SpreadsheetApp.Range.getValues")).toBe(1);
    expect(c.count("SpreadsheetApp.Range.setValues")).toBe(1);
    expect(c.count("SpreadsheetApp.Range")).toBe(2);
    expect(c.count("SpreadsheetApp")).toBe(6);
    expect(c.count("PropertiesService")).toBe(2);
    expect(c.count("PropertiesService.Properties.getProperty")).toBe(1);
    expect(c.total()).toBe(8);
    expect(c.entries()).toContainEqual({ key: "SpreadsheetApp.Sheet.getRange", count: 2 });
    c.reset();
    expect(c.total()).toBe(0);
  });

  it("lets something happen just before a call applies, with the object it is made on", () => {
    const { g, emulator } = setup();
    const seen: string[] = [];
    emulator.calls.onCall((key, target) => {
      if (key !== "SpreadsheetApp.Range.setValues") return;
      seen.push((target as GoogleAppsScript.Spreadsheet.Range).getA1Notation());
      emulator.spreadsheet.getSheetByName("Feuille 1")?.getRange("C1").setValue("colleague");
    });
    script(g);
    emulator.calls.onCall(null);
    expect(seen).toEqual(["A1:B2"]);
    expect(emulator.spreadsheet.getSheetByName("Feuille 1")?.getRange("C1").getValue()).toBe("colleague");
    expect(emulator.calls.count("SpreadsheetApp.Range.setValues")).toBe(1);
  });

  it("does not count what tests do through the raw handle", () => {
    const { emulator } = setup();
    emulator.spreadsheet.getActiveSheet().getRange("A1").setValue(3);
    expect(emulator.spreadsheet.getActiveSheet().getRange("A1").getValue()).toBe(3);
    expect(emulator.calls.total()).toBe(0);
  });

  it("adds the latency model's delay to the virtual clock", () => {
    const { g, emulator } = setup();
    emulator.calls.setLatency((key) => (key.startsWith("SpreadsheetApp.Range") ? 100 : 10));
    const t0 = emulator.clock.now();
    script(g);
    expect(emulator.clock.now() - t0).toBe(2 * 100 + 6 * 10);
    emulator.calls.setLatency(null);
    script(g);
    expect(emulator.clock.now() - t0).toBe(260);
  });

  it("throws an injected fault at the k-th call, `times` times", () => {
    const { g, emulator } = setup();
    const sheet = g.SpreadsheetApp.getActive().getActiveSheet();
    sheet.getRange("A1").setValue(1); // before the injection: not counted toward `at`
    emulator.calls.injectFault({
      key: "SpreadsheetApp.Range.setValue",
      at: 2,
      times: 2,
      error: () => new Error("Service unavailable"),
    });
    const outcomes: string[] = [];
    for (let i = 0; i < 5; i++) {
      try {
        sheet.getRange("A1").setValue(i);
        outcomes.push("ok");
      } catch (e) {
        outcomes.push((e as Error).message);
      }
    }
    expect(outcomes).toEqual(["ok", "Service unavailable", "Service unavailable", "ok", "ok"]);
    expect(sheet.getRange("A1").getValue()).toBe(4);
    expect(emulator.calls.count("SpreadsheetApp.Range.setValue")).toBe(6);
  });

  it("can fault a whole class or service by prefix", () => {
    const { g, emulator } = setup();
    const err = new Error("Exception: Service Spreadsheets timed out");
    emulator.calls.injectFault({ key: "SpreadsheetApp", at: 3, error: err });
    const ss = g.SpreadsheetApp.getActive();
    const sheet = ss.getActiveSheet();
    expect(() => sheet.getRange("A1")).toThrow(err);
    expect(sheet.getRange("A1").getA1Notation()).toBe("A1");
  });

  it("wraps returned objects so identities stay stable and chained calls are counted", () => {
    const { g, emulator } = setup();
    const ss = g.SpreadsheetApp.getActive();
    expect(g.SpreadsheetApp.getActive()).toBe(ss);
    ss.getActiveSheet().getRange("A1").setValue(1).setBackground("red").setNote("n");
    expect(emulator.calls.count("SpreadsheetApp.Range")).toBe(3);
    const rule = g.SpreadsheetApp.newDataValidation().requireDate().build();
    const range = ss.getActiveSheet().getRange("B1:B2");
    range.setDataValidation(rule);
    emulator.calls.reset();
    const rules = range.getDataValidations();
    expect(rules.map((r) => String(r[0]!.getCriteriaType()))).toEqual([
      "DATE_IS_VALID_DATE",
      "DATE_IS_VALID_DATE",
    ]);
    expect(emulator.calls.count("SpreadsheetApp.DataValidation.getCriteriaType")).toBe(2);
    expect(ss.getSheets()[0]!.getName()).toBe("Feuille 1");
    expect(emulator.calls.count("SpreadsheetApp.Sheet.getName")).toBe(1);
  });

  it("prints emulated objects like Apps Script, without counting a call", () => {
    const { g, emulator } = setup();
    const range = g.SpreadsheetApp.getActive().getActiveSheet().getRange("A1");
    emulator.calls.reset();
    expect(String(range)).toBe("Range");
    expect(JSON.stringify({ range })).toBe('{"range":{}}');
    expect(emulator.calls.total()).toBe(0);
    g.Logger.log("range: %s", range);
    expect(emulator.logs.at(-1)!.message).toBe("range: Range");
  });

  it("instruments registered services: counts, latency and faults by their own keys", () => {
    const { emulator } = setup();
    expect(Object.keys(emulator.globals).sort()).toEqual([
      "HtmlService",
      "LockService",
      "Logger",
      "MailApp",
      "PropertiesService",
      "ScriptApp",
      "Session",
      "SpreadsheetApp",
      "Utilities",
      "XmlService",
      "console",
    ]);
    const events: string[] = [];
    emulator.registerService("Calendar", {
      Events: { __class: "Events", insert: (r: { id: string }) => events.push(r.id) },
      Calendars: { get: (id: string) => ({ id }) },
    });
    const Calendar = emulator.globals["Calendar"] as {
      Events: { insert(r: { id: string }): number };
      Calendars: { get(id: string): { id: string } };
    };
    emulator.calls.setLatency((key) => (key.startsWith("Calendar.") ? 250 : 0));
    emulator.calls.injectFault({
      key: "Calendar.Events.insert",
      at: 2,
      error: new Error("Rate Limit Exceeded"),
    });
    const t0 = emulator.clock.now();
    Calendar.Events.insert({ id: "a" });
    expect(() => Calendar.Events.insert({ id: "b" })).toThrow("Rate Limit Exceeded");
    Calendar.Events.insert({ id: "c" });
    expect(Calendar.Calendars.get("x")).toEqual({ id: "x" });
    expect(events).toEqual(["a", "c"]);
    expect(emulator.calls.count("Calendar.Events.insert")).toBe(3);
    expect(emulator.calls.count("Calendar.Calendars.get")).toBe(1);
    expect(emulator.calls.count("Calendar")).toBe(4);
    expect(emulator.clock.now() - t0).toBe(1000);
    expect(() => emulator.registerService("Calendar", {})).toThrow("A global named Calendar already exists.");
  });
});
