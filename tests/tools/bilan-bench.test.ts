/**
 * The bilan bench's spreadsheet calls (src/tools/bench/bilan-bench.ts, through dist/Code.js): preparing
 * the bilan — made, then prepared again in place with its charts redrawn — costs exactly the same calls
 * for a plan of 50 rows and one of 2,000.
 */
import { describe, expect, it } from "vitest";
import { runBilanBench } from "../../src/tools/bench/bilan-bench";

/** Counted once from the emulator and kept here: a change in these numbers must be deliberate. */
const MADE_CALLS = 110;
const AGAIN_CALLS = 136;

describe("bilan bench", () => {
  it("costs the same spreadsheet calls to prepare the bilan of 50 and of 2,000 rows", () => {
    const rows = runBilanBench([50, 2000]);
    expect(rows.map((row) => [row.rows, row.operation, row.sheetCalls])).toEqual([
      [50, "bilan, made", MADE_CALLS],
      [50, "bilan, prepared again", AGAIN_CALLS],
      [2000, "bilan, made", MADE_CALLS],
      [2000, "bilan, prepared again", AGAIN_CALLS],
    ]);
  }, 240_000);
});
