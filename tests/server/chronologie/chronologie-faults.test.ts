/**
 * « Chronologie » is all or nothing, through the built add-on: a fault is injected at each Spreadsheet
 * and Properties write of a complete run in turn (the chronologie made, then made again over an old
 * one), one run per write. Each failed run says in plain words that nothing changed and leaves the
 * workbook exactly as it was — no added sheet, the old chronologie under its own name with its cells,
 * formulas and notes — and the retry makes it under its normal name, never « (2) ».
 */
import { describe, expect, it } from "vitest";
import { type Harness, workbookSnapshot } from "../../support/addon";
import { CHRONO, type ChronologieResultView, makeChronologie, plan2026 } from "./chronologie-helpers";

const FAULT = "Service Spreadsheets failed while accessing document";
const NOTHING_CHANGED =
  /Rien n'a changé : ce qui avait été commencé a été retiré, le classeur est comme avant/;

/** A call that changes something (the reads are covered too: they fail before any write). */
function isWrite(key: string): boolean {
  const [service, kind, method = kind] = key.split(".");
  if (service === "PropertiesService") return /^(set|delete)/.test(method);
  if (kind === "DeveloperMetadataFinder") return false;
  return !/^(get|is|has|find|create|new|with|can)/.test(method);
}

function writesOf(setUp: () => Harness): Array<[string, number]> {
  const harness = setUp();
  harness.emulator.calls.reset();
  const done = makeChronologie(harness);
  if (!done.ok) throw new Error(done.message);
  return harness.emulator.calls
    .entries()
    .filter(
      ({ key }) =>
        (key.startsWith("SpreadsheetApp.") || key.startsWith("PropertiesService.")) && isWrite(key),
    )
    .flatMap(({ key, count }) => Array.from({ length: count }, (_, i): [string, number] => [key, i + 1]));
}

const names = ({ emulator }: Harness) => emulator.spreadsheet.getSheets().map((sheet) => sheet.getName());

const CASES: Array<{ name: string; setUp: () => Harness }> = [
  { name: "made", setUp: () => plan2026() },
  {
    name: "made again over the old one",
    setUp: () => {
      const harness = plan2026();
      const made = makeChronologie(harness);
      if (!made.ok) throw new Error(made.message);
      return harness;
    },
  },
];

describe("Chronologie is all or nothing", () => {
  for (const testCase of CASES) {
    it(`${testCase.name}: a fault at any write leaves no added sheet and says nothing changed`, () => {
      const reference = testCase.setUp();
      makeChronologie(reference);
      const expectedNames = names(reference);
      const writes = writesOf(testCase.setUp);
      expect(writes.length).toBeGreaterThan(20);
      let failures = 0;
      for (const [key, at] of writes) {
        const harness = testCase.setUp();
        const before = workbookSnapshot(harness);
        const namesBefore = names(harness);
        const properties = new Map(harness.emulator.properties.document);
        harness.emulator.calls.injectFault({ key, at, error: new Error(FAULT) });
        const done: ChronologieResultView = makeChronologie(harness);
        harness.emulator.calls.clearFaults();
        const where = `fault at ${key} #${at}`;
        if (done.ok) {
          expect(names(harness), where).toEqual(expectedNames);
          continue;
        }
        failures++;
        expect(done.message, where).toMatch(NOTHING_CHANGED);
        expect(done.message, where).toContain(FAULT);
        expect(names(harness), where).toEqual(namesBefore);
        expect(workbookSnapshot(harness), where).toEqual(before);
        expect(new Map(harness.emulator.properties.document), where).toEqual(properties);
        const again = makeChronologie(harness);
        expect(again.ok, where).toBe(true);
        expect(again.sheetName, where).toBe(CHRONO);
        expect(names(harness), where).toEqual(expectedNames);
      }
      expect(failures).toBe(writes.length);
    }, 300_000);
  }
});
