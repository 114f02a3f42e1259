/**
 * « Chronologie » through the built add-on (dist/Code.js in the emulator): a column per month of the
 * Période (per week under three months), a row per dated action under its objective with its bar from
 * Début to Échéance in the plan's colours — conditional formats evaluated by the emulator — that follow
 * the plan's Statut live; the current month marked; made again after deadlines change, with nothing of
 * the old layout left; no technical key in any cell; the chronologie of a copied workbook and of a plan
 * with rows inserted; the active chronologie refreshes its own plan; the menu item says what it did.
 */
import { describe, expect, it } from "vitest";
import { effectiveFormat } from "../../../src/local/emulator/formula-format";
import { copyAddon, planSheet } from "../../support/addon";
import {
  CHRONO,
  chronologieSheet,
  chronologieSheetsOf,
  FIRST_TIME_COLUMN,
  HEADER_ROW,
  makeChronologie,
  months2026,
  plan2026,
  timeHeaders,
  timelineRows,
} from "./chronologie-helpers";

const bar = (headers: string[], meaning: string) => headers.map((header) => [header, meaning]);

describe("Chronologie", () => {
  it("has a column per month of the Période and a row per dated action under its objective, bars from Début to Échéance", () => {
    const harness = plan2026();
    const result = makeChronologie(harness);
    expect(result).toMatchObject({ ok: true, sheetName: CHRONO, refreshed: false });
    expect(result.message).toContain("4 actions datées, une colonne par mois");
    expect(result.message).toContain("Paysage");

    expect(timeHeaders(harness)).toEqual(months2026(1, 12));
    const rows = timelineRows(harness);
    expect(rows.map((row) => [row.text, row.debut, row.echeance, row.statut])).toEqual([
      ["Mise sur pied", "", "", ""],
      ["Recruter six entraidants", "20/03/2026", "22/09/2026", "En cours"],
      ["Offrir la formation", "01/12/2026", "31/12/2026", "À faire"],
      ["Sondage des membres", "15/03/2026", "15/03/2026", "À faire"],
      ["Visibilité", "", "", ""],
      // « à déterminer » has no date: no row.
      ["Kiosque au congrès", "01/06/2026", "30/06/2026", "Terminé"],
    ]);
    // On 20 November: En cours but past its Échéance is late, as the plan colours it; Terminé wins.
    expect(rows.map((row) => row.bars)).toEqual([
      [],
      bar(months2026(3, 9), "enRetard"),
      bar(months2026(12, 12), "aFaire"),
      bar(months2026(3, 3), "enRetard"),
      [],
      bar(months2026(6, 6), "termine"),
    ]);
    expect(rows[1].responsables).toBe("Marc Gagnon");
    // Objectives stand out; the current month (November) is marked in the header and down the column.
    const sheet = chronologieSheet(harness);
    expect(sheet.getRange("A7").getFontWeight()).toBe("bold");
    const november = FIRST_TIME_COLUMN + 10;
    expect(effectiveFormat(harness.emulator, CHRONO, HEADER_ROW, november)).toMatchObject({
      background: "#007b83",
      bold: true,
    });
    expect(effectiveFormat(harness.emulator, CHRONO, 9, november).background).toBe("#e4f7fb");
    expect(effectiveFormat(harness.emulator, CHRONO, 9, november - 1).background).toBeNull();
    // Frozen header and first column; the legend names each colour in words.
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([HEADER_ROW, 1]);
    expect(sheet.getRowHeight(1)).toBe(30);
    expect(sheet.getRange("B3:E4").getDisplayValues()).toEqual([
      ["À faire", "En cours", "Terminé", "Reporté"],
      ["Annulé", "En retard", "Bientôt (14 j)", "Mois en cours"],
    ]);
  });

  it("follows the plan's Statut and dates live, with no script run", () => {
    const harness = plan2026();
    makeChronologie(harness);
    const plan = planSheet(harness);
    plan.getRange("I8").setValue("Terminé");
    plan.getRange("I10").setValue("Annulé");
    plan.getRange("I9").setValue("Reporté");
    let rows = timelineRows(harness);
    expect(rows[1].bars).toEqual(bar(months2026(3, 9), "termine"));
    expect(rows[2].bars).toEqual(bar(months2026(12, 12), "reporte"));
    expect(rows[3].bars).toEqual(bar(months2026(3, 3), "annule"));
    plan.getRange("G9:H9").setValues([["2026-10-05", "2026-12-31"]]);
    plan.getRange("I9").setValue("En cours");
    rows = timelineRows(harness);
    expect(rows[2].bars).toEqual(bar(months2026(10, 12), "enCours"));
    // Due within 14 days: Bientôt, as in the plan.
    plan.getRange("H9").setValue("2026-11-30");
    expect(timelineRows(harness)[2].bars).toEqual(bar(months2026(10, 11), "bientot"));
  });

  it("made again after the deadlines and the Période change: the new layout only, nothing stale", () => {
    const harness = plan2026();
    makeChronologie(harness);
    const before = chronologieSheet(harness);
    const rulesBefore = before.getConditionalFormatRules().length;
    const plan = planSheet(harness);
    // A deadline changes, an action gets a date, another loses it, and the Période shrinks to six months.
    plan.getRange("F9").setValue("Mars");
    plan.getRange("F11").setValue("Avril");
    plan.getRange("F12").setValue("à déterminer");
    plan.getRange("G12:H12").clearContent();
    plan.getRange("B3:C3").setValues([["2026-01-01", "2026-06-30"]]);
    const again = makeChronologie(harness);
    expect(again).toMatchObject({ ok: true, sheetName: CHRONO, refreshed: true });
    expect(again.message).toContain("remplacée en entier");

    expect(chronologieSheetsOf(harness).map((sheet) => sheet.getName())).toEqual([CHRONO]);
    // In the old one's place, right after the plan.
    const names = harness.emulator.spreadsheet.getSheets().map((sheet) => sheet.getName());
    expect(names.indexOf(CHRONO)).toBe(names.indexOf("Plan d'action") + 1);
    expect(names).toHaveLength(4);
    expect(timeHeaders(harness)).toEqual(months2026(1, 6));
    const sheet = chronologieSheet(harness);
    expect([sheet.getMaxColumns(), sheet.getLastColumn()]).toEqual([5 + 6, 5 + 6]);
    const rows = timelineRows(harness);
    expect(rows.map((row) => [row.text, row.bars])).toEqual([
      ["Mise sur pied", []],
      ["Recruter six entraidants", bar(months2026(3, 6), "enRetard")],
      ["Offrir la formation", bar(months2026(3, 3), "enRetard")],
      ["Sondage des membres", bar(months2026(3, 3), "enRetard")],
      ["Visibilité", []],
      ["Page Facebook", bar(months2026(4, 4), "enRetard")],
    ]);
    expect(sheet.getMaxRows()).toBe(HEADER_ROW + rows.length);
    expect(sheet.getConditionalFormatRules()).toHaveLength(rulesBefore);
    for (const rule of sheet.getConditionalFormatRules())
      for (const range of rule.getRanges()) expect(range.getLastColumn()).toBeLessThanOrEqual(11);
  });

  it("is drawn per week when the Période is under three months", () => {
    const harness = plan2026({ now: "2026-03-11T16:00:00Z", period: ["2026-03-02", "2026-04-30"] });
    const plan = planSheet(harness);
    plan.getRange("F8:F12").setValues([["15 mars 2026"], ["avril"], [""], [""], [""]]);
    harness.addon.call("getValidationReport");
    const result = makeChronologie(harness);
    expect(result.message).toContain("une colonne par semaine");
    const headers = timeHeaders(harness);
    expect(headers[0]).toBe("02/03");
    expect(headers.at(-1)).toBe("27/04");
    expect(headers).toHaveLength(9);
    const rows = timelineRows(harness);
    // Due on the 15th, four days away: Bientôt.
    expect(rows[1].bars).toEqual([["09/03", "bientot"]]);
    expect(rows[2].bars).toEqual(bar(["30/03", "06/04", "13/04", "20/04", "27/04"], "aFaire"));
    // The current week (9 March) is marked.
    expect(effectiveFormat(harness.emulator, CHRONO, HEADER_ROW, FIRST_TIME_COLUMN + 1).background).toBe(
      "#007b83",
    );
  });

  it("holds no technical key in any cell, and is recognised by developer metadata", () => {
    const harness = plan2026();
    harness.addon.call("getNextYearChoices"); // gives the plan's rows their keys
    makeChronologie(harness);
    const sheet = chronologieSheet(harness);
    const text = JSON.stringify([
      sheet.getDataRange().getDisplayValues(),
      sheet.getDataRange().getFormulas(),
    ]);
    const keys = planSheet(harness)
      .getRange("L8:L12")
      .getValues()
      .flat()
      .filter((key) => key !== "");
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(text).not.toContain(String(key));
    expect(text).not.toMatch(/plan-?daction[.:]/i);
    expect(chronologieSheetsOf(harness)).toHaveLength(1);
  });

  it("of a plan with rows inserted: the bars still follow their action, and making it again places them", () => {
    const harness = plan2026();
    makeChronologie(harness);
    const plan = planSheet(harness);
    plan.insertRowsBefore(9, 2);
    plan.getRange("I12").setValue("Terminé"); // « Sondage des membres », moved from row 10
    expect(timelineRows(harness)[3].bars).toEqual(bar(months2026(3, 3), "termine"));
    plan.getRange(9, 1, 1, 9).setValues([["", "", "Nouvelle action", "", "", "Août", "", "", ""]]);
    makeChronologie(harness);
    const rows = timelineRows(harness);
    expect(rows.map((row) => row.text)).toContain("Nouvelle action");
    expect(rows.find((row) => row.text === "Sondage des membres")?.bars).toEqual(
      bar(months2026(3, 3), "termine"),
    );
  });

  it("in a copied workbook: the copy's chronologie is refreshed, never a second one", () => {
    const original = plan2026();
    makeChronologie(original);
    const copy = copyAddon(original, { documentProperties: "copied" });
    planSheet(copy).getRange("I9").setValue("Terminé");
    const again = makeChronologie(copy);
    expect(again).toMatchObject({ ok: true, sheetName: CHRONO, refreshed: true });
    expect(chronologieSheetsOf(copy).map((sheet) => sheet.getName())).toEqual([CHRONO]);
    expect(timelineRows(copy)[2].bars).toEqual(bar(months2026(12, 12), "termine"));
    // The original is untouched.
    expect(timelineRows(original)[2].bars).toEqual(bar(months2026(12, 12), "aFaire"));
  });

  it("made from the chronologie itself refreshes its plan; from the menu it says so in a toast", () => {
    const harness = plan2026();
    harness.addon.call("onOpen");
    expect(harness.emulator.ui.menus[0].items).toContainEqual({
      caption: "Chronologie",
      functionName: "showChronologie",
    });
    makeChronologie(harness);
    chronologieSheet(harness).activate();
    harness.addon.call("showChronologie");
    const toast = harness.emulator.ui.toasts.at(-1);
    expect(toast?.message).toContain("refaite");
    expect(chronologieSheetsOf(harness)).toHaveLength(1);
    expect(harness.emulator.spreadsheet.getActiveSheet().getName()).toBe(CHRONO);
  });

  it("says there is nothing to draw when no action has a date, and adds no sheet", () => {
    const harness = plan2026();
    planSheet(harness).getRange("F8:H12").clearContent();
    const names = harness.emulator.spreadsheet.getSheets().map((sheet) => sheet.getName());
    const result = makeChronologie(harness);
    expect(result.ok).toBe(false);
    expect(result.message).toContain("Aucune action du plan n'a de date");
    expect(harness.emulator.spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual(names);
  });
});
