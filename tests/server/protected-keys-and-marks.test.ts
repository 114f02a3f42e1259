/**
 * Protections honoured for the add-on's other writes, through dist/Code.js with three people: the owner,
 * Julie (who protects) and Benoît (kept out of the protected cells). When the hidden key column is
 * protected against Benoît, the new rows' keys are not written: his sync, bilan and next year's plan
 * still give their result and name the cells; his sync gives those rows no event (an event keyed in
 * memory only would be doubled once the key is written), and the next sync by someone who may write the
 * keys gives each row exactly one event. When Statut is protected, next year's plan is made and the
 * originals it could not mark Reporté are left as they were and named; the others are marked.
 */
import { describe, expect, it } from "vitest";
import type { NextYearChoices, NextYearResult } from "../../src/shared/next-year-wire";
import type { SyncProgress } from "../../src/shared/sync-wire";
import { type Harness, installTemplate, planSheet, startAddon, workbookSnapshot } from "../support/addon";

const OWNER = "proprietaire@gmail.com";
const JULIE = "julie@example.org";
const BENOIT = "benoit@example.org";

/** A plan with three dated actions, synced once by Benoît (the calendar is his; the keys are written). */
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
  expect(sync(harness, BENOIT).report.status).toBe("done");
  return harness;
}

function sync(harness: Harness, who: string): SyncProgress {
  return harness.emulator.runAs(who, () => {
    let progress = harness.addon.call<SyncProgress>("syncStep", {});
    for (let i = 0; i < 10 && !progress.finished; i++)
      progress = harness.addon.call<SyncProgress>("syncStep", {});
    return progress;
  });
}

/** Julie protects `a1` and keeps only herself (and the owner, who always can) as its editors. */
function julieProtects(harness: Harness, a1: string): void {
  harness.emulator.runAs(JULIE, () => {
    const protection = planSheet(harness).getRange(a1).protect().setDescription(`${a1} : Julie`);
    protection.removeEditors(protection.getEditors());
  });
}

function events(harness: Harness) {
  return harness.calendar
    .listCalendars()
    .filter((calendar) => !calendar.deleted)
    .flatMap((calendar) => harness.calendar.allEvents(calendar.id));
}

const KEYS_NAMED = /clés de ligne de L11:L12 .*n'ont pas été écrites/;

describe("a protected key column", () => {
  /** Julie protects the key column; two actions are added below the table (the owner types them). */
  function withNewRows(): Harness {
    const harness = committee();
    julieProtects(harness, "L8:L200");
    planSheet(harness)
      .getRange("A11:I12")
      .setValues([
        ["", "", "Action quatre", "", "Benoît Roy", "octobre", "", "", "À faire"],
        ["", "", "Action cinq", "", "Benoît Roy", "novembre", "", "", "À faire"],
      ]);
    return harness;
  }

  it("Benoît's sync is done, names the keys not written, and gives those rows no event until they have one", () => {
    const harness = withNewRows();
    const first = sync(harness, BENOIT);
    expect(first.report.status).toBe("done");
    expect(first.report.message).toMatch(KEYS_NAMED);
    expect(planSheet(harness).getRange("L11:L12").getValues()).toEqual([[""], [""]]);
    expect(events(harness).map((e) => e.summary)).toHaveLength(3);
    // Again: still nothing doubled, still named.
    const again = sync(harness, BENOIT);
    expect(again.report.message).toMatch(KEYS_NAMED);
    expect(events(harness)).toHaveLength(3);
    // Julie may write the keys: her sync writes them (the calendar is Benoît's: she is told so, and
    // nothing is created in it), then Benoît's gives each new row its one event.
    const julie = sync(harness, JULIE);
    expect(julie.report.message).toContain("appartient à benoit@example.org");
    expect(julie.report.message).not.toMatch(/n'ont pas été écrites/);
    const keys = planSheet(harness).getRange("L8:L12").getValues().flat().map(String);
    expect(new Set(keys).size).toBe(5);
    expect(events(harness)).toHaveLength(3);
    const benoit = sync(harness, BENOIT);
    expect(benoit.report.status).toBe("done");
    expect(benoit.report.created).toHaveLength(2);
    expect(benoit.report.message).not.toMatch(/n'ont pas été écrites/);
    const all = events(harness);
    expect(all).toHaveLength(5);
    expect(new Set(all.map((e) => e.extendedProperties?.private?.rowKey))).toEqual(new Set(keys));
    // Benoît's next sync has nothing to do.
    expect(sync(harness, BENOIT).report.message).toMatch(/^Rien à changer/);
    expect(events(harness)).toHaveLength(5);
  });

  it("Benoît's bilan and next year's plan give their result, naming the keys not written", () => {
    const harness = withNewRows();
    harness.emulator.as(BENOIT);
    const bilan = harness.addon.call<{ ok: boolean; message: string }>("prepareBilan", 0);
    expect(bilan.ok).toBe(true);
    expect(bilan.message).toMatch(KEYS_NAMED);

    planSheet(harness).activate();
    const choices = harness.addon.call<NextYearChoices>("getNextYearChoices");
    if (!choices.ok) throw new Error(choices.message);
    expect(choices.candidates.map((c) => c.action)).toEqual([
      "Action un",
      "Action deux",
      "Action trois",
      "Action quatre",
      "Action cinq",
    ]);
    // The keys the dialog showed still name the same rows when the plan is made (none written).
    const keys = choices.candidates.filter((c) => /quatre|cinq/.test(c.action)).map((c) => c.key);
    const made = harness.addon.call<NextYearResult>("createNextYearPlan", {
      keys,
      start: "2027-01-01",
      end: "2027-12-31",
      markOriginals: false,
    });
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(made.carried).toBe(2);
    expect(made.message).toMatch(KEYS_NAMED);
    const next = harness.emulator.spreadsheet.getSheetByName(made.sheetName)!;
    expect(next.getRange("C8:C9").getValues()).toEqual([["Action quatre"], ["Action cinq"]]);
  });
});

describe("a protected Statut column and next year's plan", () => {
  function carry(harness: Harness, who: string) {
    return harness.emulator.runAs(who, () => {
      planSheet(harness).activate();
      const choices = harness.addon.call<NextYearChoices>("getNextYearChoices");
      if (!choices.ok) throw new Error(choices.message);
      return harness.addon.call<NextYearResult>("createNextYearPlan", {
        keys: choices.candidates.map((c) => c.key),
        start: "2027-01-01",
        end: "2027-12-31",
        markOriginals: true,
      });
    });
  }

  it("makes the plan, marks the originals it may, and names those it left as they were", () => {
    const harness = committee();
    julieProtects(harness, "I9");
    const sheet = planSheet(harness);
    const protectedBefore = {
      value: sheet.getRange("I9").getValue(),
      note: sheet.getRange("I9").getNote(),
    };
    const made = carry(harness, BENOIT);
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(made.carried).toBe(3);
    expect(made.message).toContain("2 actions passées à Reporté");
    expect(made.message).toMatch(
      /I9 .*n'(a|ont) pas été passée?s? à Reporté : .*protégée?s? contre vos modifications/,
    );
    expect(sheet.getRange("I8:I10").getValues()).toEqual([["Reporté"], ["En cours"], ["Reporté"]]);
    expect({ value: sheet.getRange("I9").getValue(), note: sheet.getRange("I9").getNote() }).toEqual(
      protectedBefore,
    );
    expect(sheet.getRange("I8").getNote()).toMatch(/^Reportée au plan/);
    expect(harness.emulator.spreadsheet.getSheetByName(made.sheetName)).not.toBeNull();
  });

  it("the whole Statut column protected: the plan is made, no original changed, all three named", () => {
    const harness = committee();
    julieProtects(harness, "I8:I200");
    const sheet = planSheet(harness);
    const before = JSON.stringify(workbookSnapshot(harness));
    const made = carry(harness, BENOIT);
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(made.message).not.toMatch(/passées? à Reporté, avec/);
    expect(made.message).toMatch(/I8:I10 .*n'ont pas été passées à Reporté/);
    // The original plan's sheet is as it was (only the new sheet was added).
    const after = (workbookSnapshot(harness) as Array<{ name: string }>).filter(
      (s) => s.name !== made.sheetName,
    );
    expect(JSON.stringify(after)).toBe(before);
    expect(sheet.getRange("I8:I10").getNotes()).toEqual([[""], [""], [""]]);
    // The owner (who may edit anything) asks again: the plan made opens; nothing more is added.
    const again = carry(harness, OWNER);
    expect(again).toMatchObject({ ok: true, carried: 0, sheetName: made.sheetName });
  });
});
