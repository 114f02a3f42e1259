/**
 * Cell formulas the evaluator understands are computed when read (getValues, getDisplayValues and the
 * conditional-format evaluator): a reference to another sheet's cell follows that cell, a chain of
 * formulas is followed, a cycle is #REF!, and a formula outside the subset reads "" as before. A
 * conditional-format formula naming another sheet does not hold (Google allows it only through INDIRECT).
 */
import { describe, expect, it } from "vitest";
import { effectiveFormat } from "../../../src/local/emulator/formula-format";
import { createEmulator } from "../../../src/local/emulator/index";

function workbook() {
  const emulator = createEmulator({ now: "2026-03-15T15:00:00Z", locale: "fr_CA" });
  const plan = emulator.spreadsheet.getActiveSheet();
  plan.setName("Plan d'action");
  const other = emulator.spreadsheet.insertSheet("Chronologie");
  return { emulator, plan, other };
}

describe("cell formulas", () => {
  it("read another sheet's cell, live, and follow it when rows are inserted there", () => {
    const { plan, other } = workbook();
    plan.getRange("M12").setValue("En cours");
    plan.getRange("K12").setValue(new Date("2026-04-30T12:00:00Z"));
    other
      .getRange("A1:C1")
      .setValues([
        ["='Plan d''action'!M12", "=IF(ISNUMBER('Plan d''action'!K12),'Plan d''action'!K12,\"\")", "=A1"],
      ]);
    other.getRange("B1").setNumberFormat("dd/mm/yyyy");
    expect(other.getRange("A1:C1").getDisplayValues()).toEqual([["En cours", "30/04/2026", "En cours"]]);
    expect(other.getRange("B1").getValue()).toBeInstanceOf(Date);

    plan.getRange("M12").setValue("Terminé");
    expect(other.getRange("C1").getValue()).toBe("Terminé");

    plan.insertRowsBefore(5, 3);
    expect(other.getRange("A1").getFormula()).toBe("='Plan d''action'!M15");
    expect(other.getRange("A1").getValue()).toBe("Terminé");
  });

  it("gives #REF! for a cycle and keeps reading '' for what it cannot compute", () => {
    const { other } = workbook();
    other.getRange("A1:B1").setValues([["=B1", "=A1"]]);
    expect(other.getRange("A1:B1").getValues()).toEqual([["#REF!", "#REF!"]]);
    other.getRange("C1:E1").setValues([["=SUM(F1:F3)", "=TODAY()", "=12"]]);
    expect(other.getRange("C1:E1").getValues()).toEqual([["", "", 12]]);
    other.getRange("F1").setValue("='Nulle part'!A1");
    expect(other.getRange("F1").getValue()).toBe("#REF!");
  });

  it("feed conditional formats, whose own formulas may not name another sheet", () => {
    const { emulator, plan, other } = workbook();
    const app = emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    plan.getRange("M2").setValue("Terminé");
    other.getRange("A1").setValue("='Plan d''action'!M2");
    const sameSheet = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$A1="Terminé"')
      .setBackground("#ceead6")
      .setRanges([app.getActiveSpreadsheet().getSheetByName("Chronologie")!.getRange("B1:C1")])
      .build();
    other.setConditionalFormatRules([sameSheet as never]);
    expect(effectiveFormat(emulator, "Chronologie", 1, 2).background).toBe("#ceead6");
    plan.getRange("M2").setValue("En cours");
    expect(effectiveFormat(emulator, "Chronologie", 1, 2).background).toBeNull();

    const crossSheet = sameSheet.copy().whenFormulaSatisfied("='Plan d''action'!$M2=\"En cours\"").build();
    other.setConditionalFormatRules([crossSheet as never]);
    expect(() => effectiveFormat(emulator, "Chronologie", 1, 2)).toThrow(/cannot reference another sheet/);
  });
});
