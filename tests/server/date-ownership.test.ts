/**
 * The add-on's ownership of the Début/Échéance dates it wrote, at any size and under concurrency, through
 * dist/Code.js. Each date cell's note names the day the add-on wrote (no record with a cap): a 1,000-row
 * plan follows a change of every Échéancier (an earlier version's ledger held ~585 rows, and the rest kept
 * their old dates); a ledger of that version is migrated into the notes and removed; two people's first
 * fills at the same moment both keep their rows' ownership (the ledger's last writer used to win); and an
 * onEdit cut at any call leaves no date counted as typed by hand.
 */
import { describe, expect, it } from "vitest";
import { DATE_LEDGER_KEY } from "../../src/core/plan/date-ledger";
import { type Harness, installTemplate, planSheet, serviceRange, startAddon } from "../support/addon";

const MONTHS = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
];

/** The days a month of 2026 gives, as the sheet shows them: the first and the last. */
function monthDays(month: number): [string, string] {
  const last = new Date(Date.UTC(2026, month + 1, 0)).getUTCDate();
  const mm = String(month + 1).padStart(2, "0");
  return [`01/${mm}/2026`, `${last}/${mm}/2026`];
}

/** A plan over 2026 with `rows` actions whose Échéancier is a month (row i: month `shift + i` mod 12). */
function plan(rows: number, shift = 0): Harness {
  const harness = startAddon({ now: "2026-01-10T15:00:00Z" });
  installTemplate(harness);
  const sheet = planSheet(harness);
  sheet.getRange("B3:C3").setValues([["2026-01-01", "2026-12-31"]]);
  if (sheet.getMaxRows() < rows + 10)
    sheet.insertRowsAfter(sheet.getMaxRows(), rows + 10 - sheet.getMaxRows());
  sheet
    .getRange(8, 1, rows, 9)
    .setValues(
      Array.from({ length: rows }, (_, i) => [
        `Objectif ${Math.floor(i / 10) + 1}`,
        "",
        `Action ${i + 1}`,
        "",
        "Julie Tremblay",
        MONTHS[(shift + i) % 12],
        "",
        "",
        "En cours",
      ]),
    );
  return harness;
}

function setEcheanciers(harness: Harness, rows: number, shift: number): void {
  planSheet(harness)
    .getRange(8, 6, rows, 1)
    .setValues(Array.from({ length: rows }, (_, i) => [MONTHS[(shift + i) % 12]]));
}

/** The rows whose Début/Échéance are not the days their month gives (sheet rows). */
function wrongRows(harness: Harness, rows: number, shift: number): number[] {
  const shown = planSheet(harness).getRange(8, 7, rows, 2).getDisplayValues();
  return shown.flatMap((pair, i) => {
    const [start, end] = monthDays((shift + i) % 12);
    return pair[0] === start && pair[1] === end ? [] : [i + 8];
  });
}

/** Reads until no date block is left to write (a first read writes at most 200 blocks). */
function readUntilSettled(harness: Harness): void {
  for (let read = 0; read < 10; read++) {
    harness.emulator.calls.reset();
    harness.addon.call("getValidationReport");
    if (harness.emulator.calls.count("SpreadsheetApp.Range.setValues") === 0) return;
  }
  throw new Error("the dates never settled");
}

/** What Sheets does when a person types `text` in `a1`: the value changes, then onEdit runs as them. */
function type(harness: Harness, a1: string, text: string): void {
  planSheet(harness).getRange(a1).setValue(text);
  harness.addon.call("onEdit", { range: serviceRange(harness, "Plan d'action", a1), authMode: "LIMITED" });
}

const hasLedger = (harness: Harness) =>
  planSheet(harness)
    .getDeveloperMetadata()
    .some((meta) => meta.getKey() === DATE_LEDGER_KEY);

describe("a plan of any size", () => {
  it("follows a change of every Échéancier in a 1,000-row plan, and keeps a typed date", () => {
    const harness = plan(1000);
    readUntilSettled(harness);
    expect(wrongRows(harness, 1000, 0)).toEqual([]);
    const sheet = planSheet(harness);
    sheet.getRange("H700").setValue("2026-12-24"); // typed by hand on row 700
    setEcheanciers(harness, 1000, 5);
    readUntilSettled(harness);
    expect(wrongRows(harness, 1000, 5)).toEqual([700]);
    expect(sheet.getRange("G700:H700").getDisplayValues()[0]).toEqual([
      monthDays((5 + 692) % 12)[0],
      "24/12/2026",
    ]);
    // Once more, to be sure the second change was recorded as the add-on's too.
    setEcheanciers(harness, 1000, 9);
    readUntilSettled(harness);
    expect(wrongRows(harness, 1000, 9)).toEqual([700]);
    expect(hasLedger(harness)).toBe(false);
    // Validation reads the dates the cells now hold: nothing is said about any date.
    const report = harness.addon.call<{ findings: Array<{ cell: string }> }>("getValidationReport");
    expect(
      report.findings.filter((finding) => /^[GH]\d/.test(finding.cell) && finding.cell !== "H700"),
    ).toEqual([]);
  }, 60_000);

  it("migrates an earlier version's ledger into the notes, then removes it", () => {
    const rows = 1000;
    const harness = plan(rows);
    const sheet = planSheet(harness);
    // What that version left: every row dated, notes naming no day, a ledger holding the first 585 rows.
    sheet.getRange(8, 7, rows, 2).setValues(
      Array.from({ length: rows }, (_, i) => {
        const month = i % 12;
        const mm = String(month + 1).padStart(2, "0");
        const last = new Date(Date.UTC(2026, month + 1, 0)).getUTCDate();
        return [`2026-${mm}-01`, `2026-${mm}-${last}`];
      }),
    );
    const era = (i: number) =>
      `Date calculée à partir de l'Échéancier « ${MONTHS[i % 12]} ». Tapez une autre date pour la fixer vous-même.`;
    sheet.getRange(8, 7, rows, 2).setNotes(Array.from({ length: rows }, (_, i) => [era(i), era(i)]));
    const entries: Record<string, [string, string]> = {};
    const shown = sheet.getRange(8, 7, 585, 2).getDisplayValues();
    shown.forEach((pair, i) => {
      const iso = (d: string) => d.split("/").reverse().join("-");
      entries[`#${i + 8}`] = [iso(pair[0]), iso(pair[1])];
    });
    sheet.addDeveloperMetadata(DATE_LEDGER_KEY, JSON.stringify({ v: 1, rows: entries }));
    // Before the upgrade reads it, rows 8–107 (in the ledger) get a new Échéancier.
    sheet.getRange(8, 6, 100, 1).setValues(Array.from({ length: 100 }, (_, i) => [MONTHS[(i + 3) % 12]]));
    readUntilSettled(harness);
    const expected = wrongRows(harness, 100, 3);
    expect(expected).toEqual([]);
    expect(hasLedger(harness)).toBe(false);
    expect(sheet.getRange("H200").getNote()).toMatch(/^\d\d\/\d\d\/2026\u00a0: date calculée/);
    // Every row, past the old cap too, now follows a change.
    setEcheanciers(harness, rows, 7);
    readUntilSettled(harness);
    expect(wrongRows(harness, rows, 7)).toEqual([]);
  }, 60_000);
});

describe("two people, and runs cut short", () => {
  it("keeps both rows' dates the add-on's when two people's first fills run at the same moment", () => {
    const harness = plan(3);
    planSheet(harness)
      .getRange("F8:F10")
      .setValues([[""], [""], [""]]);
    harness.emulator.addUser("benoit@example.org");
    const { emulator } = harness;
    // Julie's onEdit (row 8) reads; before it writes, Benoît's onEdit (row 9) runs from start to end.
    let interleaved = false;
    emulator.calls.onCall((key) => {
      if (interleaved || !/Range\.set(Values|Notes)$/.test(key)) return;
      interleaved = true;
      emulator.runAs("benoit@example.org", () => type(harness, "F9", "juin"));
    });
    type(harness, "F8", "mars");
    emulator.calls.onCall(null);
    expect(interleaved).toBe(true);
    const sheet = planSheet(harness);
    expect(sheet.getRange("G8:H9").getDisplayValues()).toEqual([
      ["01/03/2026", "31/03/2026"],
      ["01/06/2026", "30/06/2026"],
    ]);
    // Each cell's note names the one day the add-on wrote there.
    expect(
      sheet
        .getRange("G8:H9")
        .getNotes()
        .map((row) => row.map((note) => note.slice(0, 10))),
    ).toEqual([
      ["01/03/2026", "31/03/2026"],
      ["01/06/2026", "30/06/2026"],
    ]);
    // Neither date is counted as typed: both follow the next change, whoever makes it.
    emulator.as("benoit@example.org");
    type(harness, "F8", "avril");
    emulator.as("proprietaire@gmail.com");
    type(harness, "F9", "juillet");
    expect(sheet.getRange("G8:H9").getDisplayValues()).toEqual([
      ["01/04/2026", "30/04/2026"],
      ["01/07/2026", "31/07/2026"],
    ]);
  });

  it("leaves nothing counted as typed by hand when an onEdit is cut at any call", () => {
    // A first fill (empty cells), and a change of a filled row's Échéancier, each cut at every call.
    for (const scenario of ["first fill", "change"] as const) {
      let calls = 0;
      for (let at = 1; ; at++) {
        const harness = plan(2);
        const sheet = planSheet(harness);
        if (scenario === "change") {
          type(harness, "F8", "mars");
          sheet.getRange("F8").setValue("mai");
        } else sheet.getRange("F8").setValue("mai");
        const range = serviceRange(harness, "Plan d'action", "F8");
        harness.emulator.calls.injectFault({ key: "SpreadsheetApp", at, error: new Error("Service error") });
        harness.addon.call("onEdit", { range, authMode: "LIMITED" });
        const thrown = harness.emulator.logs.some((entry) =>
          String(entry.message ?? entry).includes("Service error"),
        );
        harness.emulator.calls.clearFaults();
        if (!thrown) {
          calls = at - 1;
          break;
        }
        // Whatever the cut left, the next read dates row 8 from its Échéancier, and a later change follows.
        harness.addon.call("getValidationReport");
        expect(sheet.getRange("G8:H8").getDisplayValues()[0], `${scenario}, cut at call ${at}`).toEqual([
          "01/05/2026",
          "31/05/2026",
        ]);
        type(harness, "F8", "octobre");
        expect(sheet.getRange("G8:H8").getDisplayValues()[0], `${scenario}, cut at call ${at}`).toEqual([
          "01/10/2026",
          "31/10/2026",
        ]);
      }
      // The writes are among the calls cut: at least a read, then the two writes of each column.
      expect(calls, scenario).toBeGreaterThanOrEqual(6);
    }
  });
});
