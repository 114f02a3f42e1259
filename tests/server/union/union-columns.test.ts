/**
 * « Ajouter des colonnes syndicales… » through dist/Code.js: the six optional columns go after the plan's
 * columns without changing any existing cell (values, formulas, notes, formats, widths), headed in the
 * plan's language with a note each, the money and days columns formatted for the locale; asking again
 * offers only what is missing; a cancelled or empty answer changes nothing; a fault at any call leaves
 * nothing half-done; two people never get a column twice.
 */
import { describe, expect, it } from "vitest";
import { planSheet, workbookSnapshot } from "../../support/addon";
import { addColumns, cellsOf, committeePlan, EN_UNION_HEADERS, FR_UNION_HEADERS } from "./union-helpers";

const TEMPLATE_WIDTH = 12;

describe("adding the union columns to an existing plan", () => {
  it("changes no existing cell and adds the six columns after the template's, with notes", () => {
    const harness = committeePlan();
    harness.addon.call("getValidationReport"); // the plan as the committee has used it (dates filled)
    const before = cellsOf(harness, TEMPLATE_WIDTH);
    addColumns(harness, "toutes");
    expect(cellsOf(harness, TEMPLATE_WIDTH)).toEqual(before);

    const sheet = planSheet(harness);
    expect(sheet.getRange(7, 13, 1, 6).getValues()[0]).toEqual(FR_UNION_HEADERS);
    expect(sheet.getLastColumn()).toBe(18);
    const notes = sheet.getRange(7, 13, 1, 6).getNotes()[0];
    for (const note of notes) expect(note).toMatch(/^Facultatif\u00a0:/);
    expect(sheet.getRange(7, 13).getFontWeight()).toBe("bold");
    expect(sheet.getRange(7, 16).getBackground()).toBe("#1f4e79");
    // Nothing typed in the new columns: the data rows stay empty.
    expect(
      sheet
        .getRange(8, 13, 3, 6)
        .getValues()
        .flat()
        .every((value) => value === ""),
    ).toBe(true);
    const toast = harness.emulator.ui.toasts.at(-1);
    expect(toast?.message).toMatch(
      /^Colonnes ajoutées au plan «\u00a0Plan d'action\u00a0» \(colonnes 13 à 18\)/,
    );
  });

  it("formats money and days for the locale: « 1 234,50 $ » and « 0,5 » in French, $1,234.50 in English", () => {
    const fr = committeePlan();
    addColumns(fr, "4 5 6");
    const sheet = planSheet(fr);
    expect(sheet.getRange(7, 13, 1, 3).getValues()[0]).toEqual(FR_UNION_HEADERS.slice(3));
    sheet.getRange("M8:O8").setValues([[1234.5, 980, 0.5]]);
    expect(sheet.getRange("M8:O8").getDisplayValues()[0]).toEqual(["1\u00a0234,50 $", "980,00 $", "0,5"]);
    expect(sheet.getRange(500, 13).getNumberFormat()).toBe('#,##0.00" $"');

    const en = committeePlan({ locale: "en_US" });
    addColumns(en, "all");
    const enSheet = planSheet(en, "Action plan");
    expect(enSheet.getRange(7, 13, 1, 6).getValues()[0]).toEqual(EN_UNION_HEADERS);
    enSheet.getRange("P8:R8").setValues([[1234.5, 980, 2]]);
    expect(enSheet.getRange("P8:R8").getDisplayValues()[0]).toEqual(["$1,234.50", "$980.00", "2.0"]);
  });

  it("heads the columns in the plan's language, whatever the language of the person adding them", () => {
    const harness = committeePlan({ locale: "en_US" });
    harness.emulator.addUser("julie@example.org", { locale: "fr_CA" });
    harness.emulator.as("julie@example.org");
    addColumns(harness, "1");
    expect(planSheet(harness, "Action plan").getRange(7, 13).getValue()).toBe("Mandate / resolution");
    expect(harness.emulator.ui.toasts.at(-1)?.message).toMatch(/^Colonne ajoutée/);
  });

  it("offers only the missing columns the second time, and says so when all are there", () => {
    const harness = committeePlan();
    addColumns(harness, "4");
    addColumns(harness, "4, 5");
    const sheet = planSheet(harness);
    expect(sheet.getRange(7, 13, 1, 3).getValues()[0]).toEqual(["Budget prévu", "Budget réel", ""]);
    const question = harness.emulator.ui.prompts.at(-1)?.message ?? "";
    expect(question).toMatch(/5\. Budget réel/);
    expect(question).not.toMatch(/4\. Budget prévu/);
    addColumns(harness, "toutes");
    expect(sheet.getLastColumn()).toBe(18);
    const before = workbookSnapshot(harness);
    harness.addon.call("addUnionColumns");
    expect(workbookSnapshot(harness)).toEqual(before);
    expect(harness.emulator.ui.alerts.at(-1)?.message).toMatch(/a déjà toutes les colonnes syndicales/);
  });

  it("changes nothing when cancelled, answered empty or answered with nothing understood", () => {
    const harness = committeePlan();
    const before = workbookSnapshot(harness);
    addColumns(harness, "4", "CANCEL");
    expect(harness.emulator.ui.toasts.at(-1)?.message).toMatch(/annulé/);
    addColumns(harness, "");
    expect(harness.emulator.ui.alerts.at(-1)?.message).toMatch(/^Aucune colonne ajoutée/);
    addColumns(harness, "9, budget de rêve");
    expect(harness.emulator.ui.alerts.at(-1)?.message).toMatch(
      /^Pas compris\u00a0: «\u00a09, budget de rêve\u00a0» \(tapez les numéros de la liste, de 1 à 6\)\. Aucune colonne ajoutée/,
    );
    expect(workbookSnapshot(harness)).toEqual(before);
  });

  it("adds what it understood and names the rest", () => {
    const harness = committeePlan();
    addColumns(harness, "budget prévu et 7");
    expect(planSheet(harness).getRange(7, 13, 1, 2).getValues()[0]).toEqual(["Budget prévu", ""]);
    expect(harness.emulator.ui.toasts.at(-1)?.message).toMatch(/Pas compris\u00a0: «\u00a07\u00a0»/);
  });

  it("goes after a column the committee added itself, never over it", () => {
    const harness = committeePlan();
    const sheet = planSheet(harness);
    sheet.getRange("M7:M8").setValues([["Notre colonne"], ["à nous"]]);
    addColumns(harness, "6");
    expect(sheet.getRange("M7:N8").getValues()).toEqual([
      ["Notre colonne", "Libérations (jours)"],
      ["à nous", ""],
    ]);
  });

  it("never adds a column twice when someone else added it while the question was open", () => {
    const harness = committeePlan();
    harness.emulator.addUser("benoit@example.org");
    harness.emulator.as("benoit@example.org");
    const sheet = planSheet(harness);
    // While Benoît's question is open, Julie adds « Budget prévu » (the header she would get).
    harness.emulator.calls.onCall((key) => {
      if (key !== "SpreadsheetApp.Ui.prompt") return;
      harness.emulator.calls.onCall(null);
      sheet.getRange("M7").setValue("Budget prévu");
    });
    addColumns(harness, "4, 5");
    expect(sheet.getRange(7, 13, 1, 3).getValues()[0]).toEqual(["Budget prévu", "Budget réel", ""]);
    expect(harness.emulator.ui.toasts.at(-1)?.message).toMatch(/\(colonne 14\)\u00a0: Budget réel/);
  });

  it("a fault at any write leaves the plan as it was, and the retry adds the columns", () => {
    const reference = committeePlan();
    reference.emulator.calls.reset();
    addColumns(reference, "toutes");
    const writes = reference.emulator.calls
      .entries()
      .filter(({ key }) => /^SpreadsheetApp\.(Sheet|Range)\.(set|insert)/.test(key))
      .flatMap(({ key, count }) => Array.from({ length: count }, (_, i): [string, number] => [key, i + 1]));
    expect(writes.length).toBeGreaterThan(8);
    for (const [key, at] of writes) {
      const harness = committeePlan();
      const sheet = planSheet(harness);
      const before = workbookSnapshot(harness);
      const width = sheet.getMaxColumns();
      harness.emulator.calls.injectFault({ key, at, error: new Error("Service Spreadsheets failed") });
      addColumns(harness, "toutes");
      harness.emulator.calls.clearFaults();
      const where = `fault at ${key} #${at}`;
      expect(workbookSnapshot(harness), where).toEqual(before);
      expect(sheet.getMaxColumns(), where).toBe(width);
      expect(harness.emulator.ui.alerts.at(-1)?.message, where).toMatch(/Rien n'a changé/);
      addColumns(harness, "toutes");
      expect(sheet.getRange(7, 13, 1, 6).getValues()[0], where).toEqual(FR_UNION_HEADERS);
    }
  });

  it("costs the same spreadsheet calls for a plan of 3 rows and of 2,000", () => {
    const small = committeePlan();
    small.emulator.calls.reset();
    addColumns(small, "toutes");
    const big = committeePlan();
    const rows = Array.from({ length: 2000 }, (_, i) => [
      "",
      "",
      `Action ${i}`,
      "",
      "Julie",
      "mai",
      "",
      "",
      "",
    ]);
    const sheet = planSheet(big);
    sheet.insertRowsAfter(sheet.getMaxRows(), 1100);
    sheet.getRange(11, 1, 2000, 9).setValues(rows);
    big.emulator.calls.reset();
    addColumns(big, "toutes");
    expect(big.emulator.calls.count("SpreadsheetApp")).toBe(small.emulator.calls.count("SpreadsheetApp"));
    expect(planSheet(big).getRange(2010, 16).getNumberFormat()).toBe('#,##0.00" $"');
  });
});
