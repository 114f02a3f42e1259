/**
 * Reading never depends on writing, through dist/Code.js: with the Début column protected by another
 * member (the person running is not among its editors), and with a chart sheet active (a sheet of type
 * OBJECT, whose cell calls throw), every entry point that reads the plan — validation, colours, sync,
 * sharing, the sidebar, the bilan and next year's plan — gives its result instead of failing. The dates
 * a protection refused are left as they were, named in the result, and used in memory (the sync puts the
 * events at the computed dates).
 */
import { describe, expect, it } from "vitest";
import { type Harness, installTemplate, planSheet, startAddon } from "../support/addon";

const OWNER = "proprietaire@gmail.com";
const JULIE = "julie@example.org";
const BENOIT = "benoit@example.org";

/** A plan with three dated actions and a Membres sheet, its dates filled by the owner's first read. */
function committee(): Harness {
  const harness = startAddon({ now: "2026-03-15T15:00:00Z" });
  installTemplate(harness);
  harness.emulator.addUser(JULIE);
  harness.emulator.addUser(BENOIT);
  const sheet = planSheet(harness);
  sheet.getRange("B3:C3").setValues([["2026-01-01", "2026-12-31"]]);
  sheet.getRange("A8:I10").setValues([
    ["Objectif", "", "Action un", "", "Julie Tremblay", "avril", "", "", "À faire"],
    ["", "", "Action deux", "", "Julie Tremblay", "juin", "", "", "En cours"],
    ["", "", "Action trois", "", "Benoît Roy", "septembre", "", "", "À faire"],
  ]);
  harness.emulator.spreadsheet
    .getSheetByName("Membres")!
    .getRange("A2:B3")
    .setValues([
      ["Julie Tremblay", JULIE],
      ["Benoît Roy", BENOIT],
    ]);
  harness.addon.call("getValidationReport");
  return harness;
}

/** Julie protects the Début column and keeps only herself (and the owner, who always can) as editors. */
function julieProtectsDebut(harness: Harness): void {
  harness.emulator.runAs(JULIE, () => {
    const protection = planSheet(harness).getRange("G8:G200").protect().setDescription("Début : Julie");
    protection.removeEditors(protection.getEditors());
  });
}

describe("the emulator's protections", () => {
  it("refuse a write to anyone not among the editors, and mirror the spreadsheet until they are changed", () => {
    const harness = committee();
    const cell = () => planSheet(harness).getRange("G9");
    const protection = harness.emulator.runAs(JULIE, () => cell().protect());
    harness.emulator.runAs(BENOIT, () => cell().setValue("2026-06-02")); // mirrors the spreadsheet: open
    harness.emulator.runAs(JULIE, () => protection.removeEditors(protection.getEditors()));
    expect(protection.getEditors().map((user) => user.getEmail())).toEqual([OWNER, JULIE]);
    expect(() => harness.emulator.runAs(BENOIT, () => cell().setValue("2026-06-03"))).toThrow(
      /^You are trying to edit a protected cell or object/,
    );
    expect(harness.emulator.runAs(BENOIT, () => cell().canEdit())).toBe(false);
    harness.emulator.runAs(JULIE, () => cell().setNote("ok"));
    cell().setValue("2026-06-04"); // the owner always can
    expect(cell().getNote()).toBe("ok");
    protection.setWarningOnly(true);
    harness.emulator.runAs(BENOIT, () => cell().setValue("2026-06-05"));
    expect(cell().getDisplayValue()).toBe("05/06/2026");
  });

  it("make a chart sheet an OBJECT sheet whose cell calls throw", () => {
    const harness = committee();
    const chart = harness.emulator.spreadsheet.insertObjectSheet("Graphique");
    expect(String(chart.getType())).toBe("OBJECT");
    expect(String(planSheet(harness).getType())).toBe("GRID");
    expect(() => chart.getDataRange()).toThrow("The action is not supported for the OBJECT sheet.");
    expect(() => chart.getLastRow()).toThrow("The action is not supported for the OBJECT sheet.");
    expect(chart.getName()).toBe("Graphique");
    expect(harness.emulator.spreadsheet.getActiveSheet().getName()).toBe("Graphique");
  });
});

const NAMED = /G8:G10.*n'ont pas été écrites/;

describe("a protected Début column", () => {
  /** The Échéanciers change, so reading computes new Début dates the protection refuses to Benoît. */
  function changed(): Harness {
    const harness = committee();
    julieProtectsDebut(harness);
    planSheet(harness)
      .getRange("F8:F10")
      .setValues([["mai"], ["juillet"], ["octobre"]]);
    harness.emulator.as(BENOIT);
    return harness;
  }

  it("gives validation's findings, naming the cells left as they were", () => {
    const harness = changed();
    const report = harness.addon.call<{ ok: boolean; findings: Array<{ cell: string; message: string }> }>(
      "getValidationReport",
    );
    expect(report.findings.filter((f) => NAMED.test(f.message)).map((f) => f.cell)).toEqual(["G8"]);
    const sheet = planSheet(harness);
    expect(sheet.getRange("G8:H10").getDisplayValues()).toEqual([
      ["01/04/2026", "31/05/2026"], // Début kept (protected), Échéance written
      ["01/06/2026", "31/07/2026"],
      ["01/09/2026", "31/10/2026"],
    ]);
  });

  it("restores the colours, and says which dates were not written", () => {
    const harness = changed();
    const result = harness.addon.call<{ ok: boolean; message: string }>("applyColoursForSidebar");
    expect(result.ok).toBe(true);
    expect(result.message).toMatch(NAMED);
  });

  it("shows the sidebar, naming the dates not written", () => {
    const harness = changed();
    const data = harness.addon.call<{ state: string; notice?: string }>("getSidebarData");
    expect(data.state).toBe("ready");
    expect(data.notice).toMatch(NAMED);
  });

  it("syncs the events at the computed dates, shares the calendar, and offers the bilan and next year", () => {
    const harness = changed();
    const progress = harness.addon.call<{ finished: boolean; report: { kind: string; message: string } }>(
      "syncStep",
      {},
    );
    expect(progress.finished).toBe(true);
    expect(progress.report.message).toMatch(NAMED);
    const events = harness.calendar
      .listCalendars()
      .flatMap((calendar) => harness.calendar.allEvents(calendar.id));
    expect(events.map((event) => event.start?.date).sort()).toEqual([
      "2026-05-31",
      "2026-07-31",
      "2026-10-31",
    ]);

    const share = harness.addon.call<{ kind: string; summary: string }>("shareCalendarForSidebar");
    expect(share.kind).not.toBe("error");
    expect(share.summary).toMatch(NAMED);

    const bilan = harness.addon.call<{ ok: boolean }>("getBilanChoices");
    expect(bilan.ok).toBe(true);
    const made = harness.addon.call<{ ok: boolean; message: string }>("prepareBilan", 0);
    expect(made.ok).toBe(true);
    expect(made.message).toMatch(NAMED);

    planSheet(harness).activate();
    const choices = harness.addon.call<{ ok: boolean; candidates: Array<{ key: string }> }>(
      "getNextYearChoices",
    );
    expect(choices.ok).toBe(true);
    planSheet(harness).activate();
    const next = harness.addon.call<{ ok: boolean; message: string }>("createNextYearPlan", {
      keys: choices.candidates.map((candidate) => candidate.key),
      start: "2027-01-01",
      end: "2027-12-31",
      markOriginals: false,
    });
    expect(next.ok).toBe(true);
    expect(next.message).toMatch(NAMED);
  });
});

describe("a protected legend row", () => {
  it("restores the colours and says the legend waits for the cells to be free of the protection", () => {
    const harness = committee();
    const sheet = planSheet(harness);
    sheet.getRange("A6:Z6").clear(); // the legend is gone: Rétablir les couleurs would write it
    harness.emulator.runAs(JULIE, () => {
      const protection = planSheet(harness).getRange("A6:Z6").protect();
      protection.removeEditors(protection.getEditors());
    });
    harness.emulator.as(BENOIT);
    const result = harness.addon.call<{ ok: boolean; message: string }>("applyColoursForSidebar");
    expect(result.ok).toBe(true);
    expect(result.message).toMatch(
      /^Couleurs rétablies .* La légende des couleurs n'a pas été écrite : les cellules [A-Z]+6:[A-Z]+6 sont protégées/,
    );
    expect(sheet.getConditionalFormatRules().length).toBeGreaterThan(0);
    expect(
      sheet
        .getRange("A6:Z6")
        .getValues()[0]
        .every((value) => value === ""),
    ).toBe(true);
  });
});

describe("a chart sheet active", () => {
  function chartActive(): Harness {
    const harness = committee();
    harness.emulator.spreadsheet.insertObjectSheet("Graphique");
    return harness;
  }

  it("finds the plan by its marker for every entry point that reads it", () => {
    const harness = chartActive();
    const { addon } = harness;
    expect(addon.call<{ problem?: string }>("getValidationReport").problem).toBeUndefined();
    expect(addon.call<{ ok: boolean }>("applyColoursForSidebar").ok).toBe(true);
    expect(addon.call<{ state: string }>("getSidebarData").state).toBe("ready");
    const progress = addon.call<{ finished: boolean; report: { kind: string } }>("syncStep", {});
    expect(progress.report.kind).not.toBe("error");
    harness.emulator.spreadsheet.getSheetByName("Graphique")!.activate();
    expect(addon.call<{ kind: string }>("shareCalendarForSidebar").kind).not.toBe("error");
    expect(addon.call<{ ok: boolean }>("getBilanChoices").ok).toBe(true);
    expect(addon.call<{ ok: boolean }>("prepareBilan", 0).ok).toBe(true);
    harness.emulator.spreadsheet.getSheetByName("Graphique")!.activate();
    expect(addon.call<{ ok: boolean }>("getNextYearChoices").ok).toBe(true);
    // The Membres sheet or a bilan active: the same plan, found by its marker.
    for (const name of [
      "Membres",
      String(
        harness.emulator.spreadsheet
          .getSheets()
          .find((sheet) => sheet.getName().startsWith("Bilan"))
          ?.getName(),
      ),
    ]) {
      harness.emulator.spreadsheet.getSheetByName(name)!.activate();
      const report = addon.call<{ problem?: string; findings: unknown[] }>("getValidationReport");
      expect(report.problem, name).toBeUndefined();
    }
    // The menu's colours: a toast, not an alert about a missing plan.
    harness.emulator.spreadsheet.getSheetByName("Graphique")!.activate();
    addon.call("applyStatusColours");
    expect(harness.emulator.ui.alerts).toEqual([]);
  });
});
