/**
 * The onEdit simple trigger through dist/Code.js: typing an Échéancier fills that row's Début/Échéance
 * at once (so the colours follow without anyone running anything), only the edited rows are written,
 * a Période change refreshes every row, edits elsewhere write nothing, and a failure never reaches the
 * person typing.
 */
import { describe, expect, it } from "vitest";
import { type Harness, installTemplate, planSheet, serviceRange, startAddon } from "../support/addon";

function plan(): Harness {
  const harness = startAddon({ now: "2026-03-15T15:00:00Z" });
  installTemplate(harness);
  const sheet = planSheet(harness);
  sheet.getRange("B3:C3").setValues([["2026-01-01", "2026-12-31"]]);
  sheet.getRange("C8:C10").setValues([["Action un"], ["Action deux"], ["Action trois"]]);
  return harness;
}

/** What Sheets does when a person types `text` in `a1`: the value changes, then onEdit runs. */
function type(harness: Harness, a1: string, text: string): void {
  planSheet(harness).getRange(a1).setValue(text);
  const range = serviceRange(harness, "Plan d'action", a1);
  harness.addon.call("onEdit", { range, value: text, authMode: "LIMITED" });
}

describe("onEdit", () => {
  it("fills the edited row's dates at once, and only that row", () => {
    const harness = plan();
    const sheet = planSheet(harness);
    sheet.getRange("F9").setValue("avril"); // typed before the add-on was there: no trigger ran
    type(harness, "F8", "mars");
    expect(sheet.getRange("G8:H8").getDisplayValues()[0]).toEqual(["01/03/2026", "31/03/2026"]);
    expect(sheet.getRange("G9:H9").getValues()[0]).toEqual(["", ""]);
    type(harness, "F8", "mai");
    expect(sheet.getRange("H8").getDisplayValue()).toBe("31/05/2026");
  });

  it("reads only the top of the sheet and the edited rows, not the whole plan", () => {
    const harness = plan();
    const sheet = planSheet(harness);
    sheet.getRange(11, 3, 900, 1).setValues(Array.from({ length: 900 }, (_, i) => [`Action ${i}`]));
    harness.emulator.calls.reset();
    type(harness, "F500", "juin");
    expect(harness.emulator.calls.count("SpreadsheetApp.Sheet.getDataRange")).toBe(0);
    expect(harness.emulator.calls.count("SpreadsheetApp.Range.getValues")).toBe(2);
    expect(sheet.getRange("H500").getDisplayValue()).toBe("30/06/2026");
  });

  it("never writes over a date typed by hand", () => {
    const harness = plan();
    const sheet = planSheet(harness);
    type(harness, "H8", "2026-04-10");
    type(harness, "F8", "mars");
    expect(sheet.getRange("G8:H8").getDisplayValues()[0]).toEqual(["01/03/2026", "10/04/2026"]);
  });

  it("refreshes every row when the Période changes", () => {
    const harness = plan();
    const sheet = planSheet(harness);
    type(harness, "F8", "janvier");
    type(harness, "F9", "février");
    expect(sheet.getRange("H8").getDisplayValue()).toBe("31/01/2026");
    sheet.getRange("B3:C3").setValues([["2026-09-01", "2027-08-31"]]);
    harness.addon.call("onEdit", {
      range: serviceRange(harness, "Plan d'action", "B3:C3"),
      authMode: "LIMITED",
    });
    expect(
      sheet
        .getRange("H8:H9")
        .getDisplayValues()
        .map((row) => row[0]),
    ).toEqual(["31/01/2027", "28/02/2027"]);
  });

  it("writes nothing for an edit elsewhere, or in another sheet", () => {
    const harness = plan();
    planSheet(harness).getRange("K8").setValue("une remarque");
    harness.emulator.spreadsheet.getSheetByName("Membres")!.getRange("A2").setValue("Julie");
    harness.emulator.calls.reset();
    harness.addon.call("onEdit", {
      range: serviceRange(harness, "Plan d'action", "K8"),
      authMode: "LIMITED",
    });
    harness.addon.call("onEdit", { range: serviceRange(harness, "Membres", "A2"), authMode: "LIMITED" });
    expect(harness.emulator.calls.count("SpreadsheetApp.Range.getValues")).toBe(2); // it did look
    expect(harness.emulator.calls.count("SpreadsheetApp.Range.setValues")).toBe(0);
    expect(harness.emulator.calls.count("SpreadsheetApp.Range.setNotes")).toBe(0);
  });

  it("does nothing, and logs nothing, when the last action row is emptied", () => {
    const harness = plan();
    type(harness, "F10", "mars");
    planSheet(harness).getRange("A10:L10").clearContent();
    harness.addon.call("onEdit", {
      range: serviceRange(harness, "Plan d'action", "A10:L10"),
      authMode: "LIMITED",
    });
    expect(harness.emulator.logs.filter((entry) => entry.level === "error")).toEqual([]);
  });

  it("ignores edits of the title or the comité (only the Période moves deadlines)", () => {
    const harness = plan();
    type(harness, "F8", "mars");
    harness.emulator.calls.reset();
    planSheet(harness).getRange("B2").setValue("Nouveau nom");
    harness.addon.call("onEdit", {
      range: serviceRange(harness, "Plan d'action", "B2"),
      authMode: "LIMITED",
    });
    expect(harness.emulator.calls.count("SpreadsheetApp.Sheet.getDataRange")).toBe(0);
    expect(harness.emulator.calls.count("SpreadsheetApp.Range.setValues")).toBe(0);
  });

  it("never throws at the person typing", () => {
    const harness = plan();
    planSheet(harness).getRange("F8").setValue("mars");
    const range = serviceRange(harness, "Plan d'action", "F8");
    harness.emulator.calls.injectFault({
      key: "SpreadsheetApp.Range.getValues",
      at: 1,
      error: new Error("Service error"),
    });
    expect(() => harness.addon.call("onEdit", { range, authMode: "LIMITED" })).not.toThrow();
    expect(
      harness.emulator.logs.some((entry) => String(entry.message ?? entry).includes("Service error")),
    ).toBe(true);
  });
});
