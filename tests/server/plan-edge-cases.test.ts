/**
 * Review findings on awkward plans, through dist/Code.js: text kept as text when the add-on writes its
 * date cells back, dates and a Période typed as text reported instead of guessed, a missing column
 * reported once, statuses read exactly as the colour rules read them, and a plan found (and never
 * installed twice) whatever its sheet is called or whichever language installed it.
 */
import { describe, expect, it } from "vitest";
import { type Harness, installTemplate, planSheet, startAddon } from "../support/addon";

type Report = { findings: { cell: string; ruleId: string; message: string }[] };

function plan(now = "2026-03-15T15:00:00Z"): Harness {
  const harness = startAddon({ now });
  installTemplate(harness);
  const sheet = planSheet(harness);
  sheet.getRange("B3:C3").setValues([["2026-01-01", "2026-12-31"]]);
  sheet.getRange("A8:I9").setValues([
    ["Objectif", "", "Première action", "", "Julie", "mars", "", "", "À faire"],
    ["", "", "Deuxième action", "", "Julie", "avril", "", "", "En cours"],
  ]);
  return harness;
}

const rules = (report: Report) => report.findings.map((f) => `${f.cell} ${f.ruleId}`);

describe("the add-on's own date cells", () => {
  it("writes back the cells it does not own exactly as they were, text included", () => {
    const harness = plan();
    const sheet = planSheet(harness);
    sheet.getRange("G8").setValue("'=voir remarque");
    sheet.getRange("H8").setValue("'2026-06-30");
    harness.addon.call("getValidationReport");
    expect(sheet.getRange("G8:H8").getFormulas()[0]).toEqual(["", ""]);
    expect(sheet.getRange("G8:H8").getValues()[0]).toEqual(["=voir remarque", "2026-06-30"]);
    expect(sheet.getRange("H9").getDisplayValue()).toBe("30/04/2026"); // the row below is still filled
  });

  it("does not rewrite the dates when a user of the other language reads the plan", () => {
    const harness = plan();
    harness.addon.call("getValidationReport"); // fills G8:H9 with French notes
    harness.emulator.setLocale("en");
    harness.emulator.calls.reset();
    harness.addon.call("getValidationReport");
    expect(harness.emulator.calls.count("SpreadsheetApp.Range.setValues")).toBe(0);
    expect(harness.emulator.calls.count("SpreadsheetApp.Range.setNotes")).toBe(0);
    expect(planSheet(harness).getRange("H8").getNote()).toMatch(/^\d\d\/\d\d\/\d{4}\u00a0: date calculée/);
  });

  it("reports a date typed as text instead of ignoring it", () => {
    const harness = plan();
    const sheet = planSheet(harness);
    sheet.getRange("H8").setValue("'15/02/2026");
    sheet.getRange("H9").setValue("fin mars");
    const found = rules(harness.addon.call<Report>("getValidationReport"));
    expect(found).toContain("H8 date-illisible");
    expect(found).toContain("H9 date-illisible");
    expect(found.some((f) => f.startsWith("F8 ") || f.startsWith("F9 "))).toBe(false);
    const report = harness.addon.call<Report>("getValidationReport");
    expect(report.findings.find((f) => f.cell === "H9")?.message).toBe(
      "« fin mars » n'est pas une date que le module peut lire : tapez une date valide (ex. 31/03/2026), ou écrivez l'échéance en mots dans l'Échéancier.",
    );
  });
});

describe("the Période", () => {
  it("typed as text is reported, and no year is guessed for month-only deadlines", () => {
    const harness = plan();
    const sheet = planSheet(harness);
    sheet.getRange("B3:C3").setValues([["'2025-2026", ""]]);
    sheet.getRange("F10:I10").setValues([["15/06/2026", "", "", "À faire"]]);
    sheet.getRange("C10").setValue("Troisième action");
    const report = harness.addon.call<Report>("getValidationReport");
    expect(report.findings[0].message).toBe(
      "La Période est écrite comme du texte (« 2025-2026 ») : inscrivez la date de début et la date de fin dans leurs deux cellules (ex. 01/09/2025 et 31/08/2026).",
    );
    expect(rules(report)[0]).toBe("B3 periode-texte");
    expect(sheet.getRange("G8:H9").getValues()).toEqual([
      ["", ""],
      ["", ""],
    ]);
    expect(sheet.getRange("H10").getDisplayValue()).toBe("15/06/2026"); // an exact date needs no Période
  });
});

describe("missing columns and statuses", () => {
  it("reports a missing Moyens column once, not once per row", () => {
    const harness = plan();
    planSheet(harness).getRange("C7").setValue("Action");
    const found = rules(harness.addon.call<Report>("getValidationReport"));
    expect(found.filter((f) => f.endsWith("colonne-manquante"))).toEqual(["A7 colonne-manquante"]);
    expect(found.filter((f) => f.endsWith("moyens-manquant"))).toEqual([]);
  });

  it("reads a status exactly as the colour rules do: any case, but one of the list", () => {
    const harness = plan();
    const sheet = planSheet(harness);
    sheet.getRange("I8").setValue("  terminé ");
    sheet.getRange("I9").setValue("Fait");
    const found = rules(harness.addon.call<Report>("getValidationReport"));
    expect(found).not.toContain("I8 statut-inconnu");
    expect(found).toContain("I9 statut-inconnu");
  });
});

describe("Avancement", () => {
  it("is a percentage between 0 and 100 %, and 100 % when the action is Terminé", () => {
    const harness = plan();
    const sheet = planSheet(harness);
    sheet.getRange("I8:J8").setValues([["Terminé", "50%"]]);
    sheet.getRange("J9").setValue("'150 %"); // typed as text: more than 100 %
    const report = harness.addon.call<Report>("getValidationReport");
    const found = rules(report);
    expect(found).toContain("J8 avancement-incoherent");
    expect(found).toContain("J9 avancement-invalide");
    expect(report.findings.find((f) => f.cell === "J8")?.message).toBe(
      "Statut Terminé, mais Avancement à 50\u00a0% : mettez 100 % ou changez le Statut.",
    );
  });
});

describe("finding the plan", () => {
  it("finds a renamed plan from another sheet, and does not install a second one", () => {
    const harness = plan();
    const sheet = planSheet(harness);
    sheet.setName("Plan 2026");
    harness.emulator.spreadsheet.getSheetByName("Membres")!.activate();
    const report = harness.addon.call<Report & { ok: boolean; problem?: string }>("getValidationReport");
    expect(report.problem).toBeUndefined();
    const sheets = harness.emulator.spreadsheet.getSheets().length;
    installTemplate(harness);
    expect(harness.emulator.spreadsheet.getSheets().length).toBe(sheets);
    expect(harness.emulator.ui.alerts.at(-1)?.message).toBe(
      "Le modèle est déjà installé dans la feuille «\u00a0Plan 2026\u00a0». Rien n'a été modifié.",
    );
  });

  it("does not install a second plan and members sheet for a user of the other language", () => {
    const harness = plan();
    harness.emulator.setLocale("en");
    const names = harness.emulator.spreadsheet.getSheets().map((s) => s.getName());
    installTemplate(harness);
    expect(harness.emulator.spreadsheet.getSheets().map((s) => s.getName())).toEqual(names);
    expect(harness.emulator.ui.alerts.at(-1)?.message).toBe(
      'The template is already installed in the sheet "Plan d\'action". Nothing was changed.',
    );
  });

  it("gives a duplicated plan sheet a plan id of its own before syncing it", () => {
    const harness = plan();
    const original = planSheet(harness);
    const marker = original.getDeveloperMetadata().find((m) => m.getKey() === "planDaction.plan")!;
    const copy = harness.emulator.spreadsheet.insertSheet("Copie de Plan d'action");
    copy.getRange(1, 1, 9, 12).setValues(original.getRange(1, 1, 9, 12).getValues());
    copy.addDeveloperMetadata("planDaction.plan", marker.getValue()!); // what a sheet copy carries
    copy.activate();
    harness.addon.call("previewSyncData", {}); // the plan id matters to the calendar sync

    const copyMarkers = copy.getDeveloperMetadata().filter((m) => m.getKey() === "planDaction.plan");
    expect(copyMarkers).toHaveLength(1);
    const copyId = JSON.parse(copyMarkers[0].getValue()!).planId;
    expect(copyId).not.toBe(JSON.parse(marker.getValue()!).planId);
    expect(JSON.parse(copyMarkers[0].getValue()!).sheetId).toBe(copy.getSheetId());
  });

  it("suggests names from the Membres sheet in Responsables", () => {
    const harness = plan();
    const rule = planSheet(harness).getRange("E8").getDataValidation()!;
    const source = rule.getCriteriaValues()[0] as GoogleAppsScript.Spreadsheet.Range;
    expect(source.getSheet().getName()).toBe("Membres");
    expect(source.getA1Notation()).toMatch(/^A2:A\d*$/);
  });

  it("reads the header block of a plan installed in English", () => {
    const harness = startAddon({ locale: "en" });
    installTemplate(harness, "Mutual-aid committee");
    const data = harness.addon.call<{ state: string; comite: string }>("getSidebarData");
    expect(data).toMatchObject({ state: "ready", comite: "Mutual-aid committee" });
  });
});

describe("a real date typed in the Échéancier", () => {
  it("is the day the sheet shows, even when the script runs in another time zone", () => {
    const harness = startAddon({ timeZone: "Europe/Paris", scriptTimeZone: "America/Toronto" });
    installTemplate(harness);
    const sheet = planSheet(harness);
    sheet.getRange("B3:C3").setValues([["2026-01-01", "2026-12-31"]]);
    sheet.getRange("C8").setValue("Une action");
    sheet.getRange("F8").setNumberFormat("yyyy-mm-dd").setValue("2026-03-15"); // the user made it a date cell
    harness.addon.call("getValidationReport");
    expect(sheet.getRange("F8").getDisplayValue()).toBe("2026-03-15");
    expect(sheet.getRange("G8:H8").getDisplayValues()[0]).toEqual(["15/03/2026", "15/03/2026"]);
  });
});
