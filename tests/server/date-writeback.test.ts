/**
 * Reading the plan writes back only the Début/Échéance cells whose value or note changes, never whole
 * columns, through dist/Code.js: a colleague (user B) who types a date in the Début column between
 * user A's read of the plan and A's write is not overwritten, and the ranges A writes are exactly the
 * changed cells (one write per block of consecutive changed cells). A long plan whose dated rows
 * alternate with undated ones is written over several reads, 200 blocks at a time, top rows first.
 */
import { describe, expect, it } from "vitest";
import { type Harness, installTemplate, planSheet, startAddon } from "../support/addon";

/** A plan with a Période and five actions (rows 8–12), Échéancier typed before the add-on ran. */
function plan(): Harness {
  const harness = startAddon({ now: "2026-03-15T15:00:00Z" });
  installTemplate(harness);
  const sheet = planSheet(harness);
  sheet.getRange("B3:C3").setValues([["2026-01-01", "2026-12-31"]]);
  sheet
    .getRange("C8:C12")
    .setValues([["Action un"], ["Action deux"], ["Action trois"], ["Action quatre"], ["Action cinq"]]);
  return harness;
}

/** The A1 ranges of every setValues the add-on makes, recorded as the calls happen. */
function recordWrites(harness: Harness): string[] {
  const written: string[] = [];
  harness.emulator.calls.onCall((key, target) => {
    if (key === "SpreadsheetApp.Range.setValues")
      written.push((target as GoogleAppsScript.Spreadsheet.Range).getA1Notation());
  });
  return written;
}

/** User B types `text` in `a1` of the plan just before user A's first write reaches the sheet. */
function colleagueTypesBeforeFirstWrite(harness: Harness, a1: string, text: string): string[] {
  const written: string[] = [];
  let typed = false;
  harness.emulator.calls.onCall((key, target) => {
    if (key !== "SpreadsheetApp.Range.setValues") return;
    if (!typed) {
      typed = true;
      planSheet(harness).getRange(a1).setValue(text); // B's keystrokes: not the add-on's call
    }
    written.push((target as GoogleAppsScript.Spreadsheet.Range).getA1Notation());
  });
  return written;
}

describe("writing back computed dates", () => {
  it("does not overwrite a Début a colleague types between the read and the write", () => {
    const harness = plan();
    const sheet = planSheet(harness);
    sheet.getRange("F8").setValue("mars");
    sheet.getRange("F10").setValue("mai");
    sheet.getRange("F12").setValue("juin");
    const written = colleagueTypesBeforeFirstWrite(harness, "G9", "2026-04-20");
    harness.addon.call("getValidationReport");
    expect(written).toEqual(["G8", "H8", "G10", "H10", "G12", "H12"]);
    expect(sheet.getRange("G9").getDisplayValue()).toBe("20/04/2026");
    expect(sheet.getRange("G8:H12").getDisplayValues()).toEqual([
      ["01/03/2026", "31/03/2026"],
      ["20/04/2026", ""],
      ["01/05/2026", "31/05/2026"],
      ["", ""],
      ["01/06/2026", "30/06/2026"],
    ]);
  });

  it("writes one block for consecutive changed cells, and nothing over the other rows", () => {
    const harness = plan();
    const sheet = planSheet(harness);
    sheet.getRange("F8:F9").setValues([["mars"], ["avril"]]);
    sheet.getRange("F11").setValue("juin");
    const written = colleagueTypesBeforeFirstWrite(harness, "H10", "2026-09-01");
    harness.addon.call("getValidationReport");
    expect(written).toEqual(["G8:G9", "H8:H9", "G11", "H11"]);
    expect(sheet.getRange("H10").getDisplayValue()).toBe("01/09/2026");
  });

  it("rewrites only the row whose Échéancier changed on the next read", () => {
    const harness = plan();
    const sheet = planSheet(harness);
    sheet.getRange("F8:F12").setValues([["janvier"], ["février"], ["mars"], ["avril"], ["mai"]]);
    harness.addon.call("getValidationReport");
    sheet.getRange("F10").setValue("octobre");
    harness.emulator.calls.reset();
    const written = recordWrites(harness);
    harness.addon.call("getValidationReport");
    expect(written).toEqual(["G10", "H10"]);
    expect(harness.emulator.calls.count("SpreadsheetApp.Range.setNotes")).toBe(2);
    expect(sheet.getRange("G10:H10").getDisplayValues()[0]).toEqual(["01/10/2026", "31/10/2026"]);
    expect(sheet.getRange("H9").getNote()).toContain("février");
  });

  it("writes nothing when no date changes, even while a colleague is typing", () => {
    const harness = plan();
    const sheet = planSheet(harness);
    sheet.getRange("F8:F9").setValues([["mars"], ["avril"]]);
    harness.addon.call("getValidationReport");
    const written = colleagueTypesBeforeFirstWrite(harness, "G10", "2026-07-07");
    sheet.getRange("G10").setValue("2026-07-07");
    harness.addon.call("getValidationReport");
    expect(written).toEqual([]);
    expect(sheet.getRange("G10").getDisplayValue()).toBe("07/07/2026");
  });

  it("writes at most 200 blocks per read and the rest on the next reads, top rows first", () => {
    const harness = plan();
    const sheet = planSheet(harness);
    const rows = 300; // dated and undated rows alternate: 150 blocks per column, 300 in all
    sheet.insertRowsAfter(sheet.getMaxRows(), rows);
    sheet
      .getRange(8, 3, rows, 4)
      .setValues(Array.from({ length: rows }, (_, i) => [`Action ${i}`, "", "", i % 2 === 0 ? "mars" : ""]));
    const filledRows = () =>
      sheet
        .getRange(8, 8, rows, 1)
        .getDisplayValues()
        .filter(([v]) => v === "31/03/2026").length;
    const written = recordWrites(harness);
    harness.addon.call("getValidationReport");
    expect(written).toHaveLength(200);
    expect(written.slice(0, 2)).toEqual(["G8", "H8"]);
    expect(filledRows()).toBe(100);
    written.length = 0;
    harness.addon.call("getValidationReport");
    expect(written).toHaveLength(100);
    expect(filledRows()).toBe(150);
    written.length = 0;
    harness.addon.call("getValidationReport");
    expect(written).toEqual([]);
  });
});
