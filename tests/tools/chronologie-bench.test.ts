/**
 * The chronologie bench's spreadsheet calls (src/tools/bench/chronologie-bench.ts, through dist/Code.js):
 * making the chronologie, and making it again over the old one, cost exactly the same calls for a plan
 * of 50 dated rows and one of 2,000.
 */
import { describe, expect, it } from "vitest";
import { runChronologieBench } from "../../src/tools/bench/chronologie-bench";

/** Counted once from the emulator and kept here: a change in these numbers must be deliberate. */
const MADE_CALLS = 124;
const MADE_AGAIN_CALLS = 140;

describe("chronologie bench", () => {
  it("costs the same spreadsheet calls at 50 and 2,000 rows", () => {
    const rows = runChronologieBench([50, 2000]);
    const calls = (operation: string) =>
      rows.filter((row) => row.operation === operation).map((row) => [row.rows, row.sheetCalls]);
    expect(calls("chronologie (made)")).toEqual([
      [50, MADE_CALLS],
      [2000, MADE_CALLS],
    ]);
    expect(calls("chronologie (made again)")).toEqual([
      [50, MADE_AGAIN_CALLS],
      [2000, MADE_AGAIN_CALLS],
    ]);
  }, 240_000);
});
