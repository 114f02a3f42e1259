/**
 * All or nothing, through the built add-on (dist/Code.js in the emulator): for next year's plan, the bilan
 * (made, then refreshed) and the import (into a new sheet, and into the empty template), a fault is injected at each Spreadsheet and Properties write of
 * a run in turn, one run per write. Whatever the call, either the operation completes (a failed write it
 * can do without, such as a calendar record, is only logged), or it says in plain words that nothing
 * changed and leaves the workbook as it was: no added sheet, every cell, formula and note as before, the
 * developer metadata (the bilan's record on its rows) and the document properties as before. The retry then makes the sheet under its normal name, never « (2) ».
 */
import { describe, expect, it } from "vitest";
import type { BilanResult } from "../../src/shared/bilan-wire";
import type { ImportDoneResult } from "../../src/shared/import-wire";
import type { NextYearChoices, NextYearResult } from "../../src/shared/next-year-wire";
import type { SyncProgress } from "../../src/shared/sync-wire";
import {
  type Harness,
  installTemplate,
  planSheet,
  seedText,
  startAddon,
  workbookSnapshot,
} from "../support/addon";
import { samplePlanHarness } from "./bilan/bilan-helpers";

const FAULT = "Service Spreadsheets failed while accessing document";

function plan2026(): Harness {
  const harness = startAddon({ now: "2026-11-20T16:00:00Z" });
  installTemplate(harness);
  const sheet = planSheet(harness);
  sheet.getRange("B3:C3").setValues([["2026-01-01", "2026-12-31"]]);
  const rows = [
    ["Mise sur pied", "", "Recruter six entraidants", "", "Marc Gagnon", "Printemps-été", "", "", "En cours"],
    ["", "", "Offrir la formation", "", "Julie Tremblay", "Décembre", "", "", "À faire"],
    ["", "", "Sondage des membres", "", "Samuel Côté", "15 mars 2026", "", "", "À faire"],
  ];
  sheet.getRange(8, 1, rows.length, 9).setValues(rows);
  // Synced once: next year's plan then writes a calendar record and a sync state for itself.
  for (let i = 0; i < 20; i++) if ((harness.addon.call("syncStep", {}) as SyncProgress).finished) break;
  return harness;
}

/** The keys the dialog offers (read before any fault: the dialog opened fine). */
const offered = new WeakMap<Harness, string[]>();

function withOfferedKeys(harness: Harness): Harness {
  const choices = harness.addon.call("getNextYearChoices") as NextYearChoices;
  if (!choices.ok) throw new Error(choices.message);
  offered.set(
    harness,
    choices.candidates.map((candidate) => candidate.key),
  );
  return harness;
}

function nextYear(harness: Harness): NextYearResult {
  return harness.addon.call("createNextYearPlan", {
    keys: offered.get(harness) ?? [],
    start: "2027-01-01",
    end: "2027-12-31",
    markOriginals: true,
  }) as NextYearResult;
}

/** The example plan, its rows keyed (as any sync or dialog that reads the plan leaves them). */
function keyedSamplePlan(): Harness {
  return withOfferedKeys(samplePlanHarness());
}

interface Case {
  name: string;
  /** The workbook just before the operation. */
  setUp(): Harness;
  run(harness: Harness): { ok: boolean; message: string; sheetName?: string };
  /** The sheet a complete run makes (or refreshes). */
  expectedSheet: string;
  /** What a failed run says. */
  failed: RegExp;
}

const NOTHING_CHANGED =
  /Rien n'a changé : ce qui avait été commencé a été retiré, le classeur est comme avant/;

const CASES: Case[] = [
  {
    name: "next year's plan (originals marked Reporté)",
    setUp: () => withOfferedKeys(plan2026()),
    run: nextYear,
    expectedSheet: "Plan d'action — 2027",
    failed: NOTHING_CHANGED,
  },
  {
    name: "the bilan, made",
    setUp: keyedSamplePlan,
    run: (harness) => harness.addon.call("prepareBilan", 0) as BilanResult,
    expectedSheet: "",
    failed: NOTHING_CHANGED,
  },
  {
    name: "the bilan, refreshed",
    setUp: () => {
      const harness = keyedSamplePlan();
      const made = harness.addon.call("prepareBilan", 0) as BilanResult;
      if (!made.ok) throw new Error(made.message);
      return harness;
    },
    run: (harness) => harness.addon.call("prepareBilan", 0) as BilanResult,
    expectedSheet: "",
    failed: NOTHING_CHANGED,
  },
  {
    name: "the bilan, refreshed after the committee inserted rows in it",
    setUp: () => {
      const harness = keyedSamplePlan();
      const made = harness.addon.call("prepareBilan", 0) as BilanResult;
      if (!made.ok) throw new Error(made.message);
      const bilan = harness.emulator.spreadsheet.getSheetByName(String(made.sheetName))!;
      bilan.insertRowAfter(12);
      bilan.getRange(13, 2).setValue("Ligne du comité");
      bilan.insertRowAfter(30);
      bilan.getRange(31, 1, 1, 7).setValues([["Note", "Autre ligne", "", "", "", "", "=1+1"]]);
      // The plan changes, so the refresh moves lines around the committee's rows.
      planSheet(harness).getRange(8, 9).setValue("Terminé");
      planSheet(harness).getRange(9, 9).setValue("Annulé");
      return harness;
    },
    run: (harness) => harness.addon.call("prepareBilan", 0) as BilanResult,
    expectedSheet: "",
    failed: NOTHING_CHANGED,
  },
  {
    name: "the import",
    setUp: () => startAddon({ now: "2026-01-15T15:00:00Z" }),
    run: (harness) =>
      harness.addon.call("importPlanText", seedText("002_ffaaf15c85753dfa.txt")) as ImportDoneResult,
    expectedSheet: "Plan d'action",
    failed: /le classeur est comme avant/,
  },
  {
    name: "the import into the empty template",
    setUp: () => {
      const harness = startAddon({ now: "2026-01-15T15:00:00Z" });
      installTemplate(harness);
      return harness;
    },
    run: (harness) =>
      harness.addon.call("importPlanText", seedText("002_ffaaf15c85753dfa.txt"), "", {
        into: "Plan d'action",
        period: { start: "2026-09-01", end: "2027-06-30" },
      }) as ImportDoneResult,
    expectedSheet: "Plan d'action",
    failed: /le classeur est comme avant/,
  },
];

/** A call that changes something (a read failing is covered too: it fails before any write). */
function isWrite(key: string): boolean {
  const [service, kind, method = kind] = key.split(".");
  if (service === "PropertiesService") return /^(set|delete)/.test(method);
  if (kind === "DataValidationBuilder" || kind === "DeveloperMetadataFinder") return false;
  return !/^(get|is|has|find|create|new|with|can)/.test(method);
}

/** Every Spreadsheet and Properties write a complete run makes, as [key, k-th call of that key]. */
function callsOf(testCase: Case): Array<[string, number]> {
  const harness = testCase.setUp();
  harness.emulator.calls.reset();
  const done = testCase.run(harness);
  if (!done.ok) throw new Error(done.message);
  return harness.emulator.calls
    .entries()
    .filter(
      ({ key }) =>
        (key.startsWith("SpreadsheetApp.") || key.startsWith("PropertiesService.")) && isWrite(key),
    )
    .flatMap(({ key, count }) => Array.from({ length: count }, (_, i): [string, number] => [key, i + 1]));
}

/**
 * The developer metadata of the workbook (the bilan's record on its rows included), where it is, and
 * each sheet's charts and merges.
 */
function metadataOf({ emulator }: Harness): unknown {
  return {
    metadata: emulator.spreadsheet.metadata.records
      .map(({ key, value, location }) => ({ key, value, location: { ...location } }))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    sheets: emulator.spreadsheet.getSheets().map((sheet) => ({
      charts: structuredClone(sheet.charts),
      merges: structuredClone(sheet.merges).sort((a, b) => a.row - b.row || a.column - b.column),
    })),
  };
}

function sheetNames({ emulator }: Harness): string[] {
  return emulator.spreadsheet.getSheets().map((sheet) => sheet.getName());
}

describe("operations that add sheets are all or nothing", () => {
  for (const testCase of CASES) {
    it(`${testCase.name}: a fault at any write leaves nothing half-done, and the retry starts clean`, () => {
      const reference = testCase.setUp();
      const complete = testCase.run(reference);
      if (!complete.ok) throw new Error(complete.message);
      const expectedName = testCase.expectedSheet || String(complete.sheetName);
      const expectedSheets = sheetNames(reference);

      const calls = callsOf(testCase);
      expect(calls.length).toBeGreaterThan(5);
      let failures = 0;
      for (const [key, at] of calls) {
        const harness = testCase.setUp();
        const before = workbookSnapshot(harness);
        const metadataBefore = metadataOf(harness);
        const namesBefore = sheetNames(harness);
        const propertiesBefore = new Map(harness.emulator.properties.document);
        harness.emulator.calls.injectFault({ key, at, error: new Error(FAULT) });
        const done = testCase.run(harness);
        harness.emulator.calls.clearFaults();
        const where = `fault at ${key} #${at}`;
        if (done.ok) {
          // The fault fell on a write the operation can do without: the operation is whole.
          expect(sheetNames(harness), where).toEqual(expectedSheets);
          continue;
        }
        failures++;
        expect(done.message, where).toMatch(testCase.failed);
        expect(done.message, where).toContain(FAULT);
        expect(sheetNames(harness), where).toEqual(namesBefore);
        expect(workbookSnapshot(harness), where).toEqual(before);
        expect(metadataOf(harness), where).toEqual(metadataBefore);
        expect(new Map(harness.emulator.properties.document), where).toEqual(propertiesBefore);
        // Tried again without the fault: the sheet under its normal name.
        const again = testCase.run(harness);
        expect(again.ok, where).toBe(true);
        expect(sheetNames(harness), where).toEqual(expectedSheets);
        if ("sheetName" in again) expect(again.sheetName, where).toBe(expectedName);
      }
      expect(failures).toBeGreaterThan(calls.length / 2);
    }, 300_000);
  }
});
