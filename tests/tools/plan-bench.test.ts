/**
 * The plan bench's spreadsheet calls (src/tools/bench/plan-bench.ts, through dist/Code.js): validation
 * and « Rétablir les couleurs » cost exactly the same calls at 50, 600 and 2,000 rows — past the ~585
 * dated rows an earlier version's date ledger could hold, where every run used to rewrite dates (618 and
 * 698 calls at 2,000 rows).
 */
import { describe, expect, it } from "vitest";
import { runPlanBench } from "../../src/tools/bench/plan-bench";

/** Counted once from the emulator and kept here: a change in these numbers must be deliberate. */
const VALIDATION_CALLS = 14;
const COLOURS_CALLS = 94;

describe("plan bench", () => {
  it("costs the same spreadsheet calls for validation and colours at 50, 600 and 2,000 rows", () => {
    const rows = runPlanBench([50, 600, 2000]);
    const calls = (operation: string) =>
      rows.filter((row) => row.operation === operation).map((row) => [row.rows, row.sheetCalls]);
    expect(calls("validation")).toEqual([
      [50, VALIDATION_CALLS],
      [600, VALIDATION_CALLS],
      [2000, VALIDATION_CALLS],
    ]);
    expect(calls("status colours")).toEqual([
      [50, COLOURS_CALLS],
      [600, COLOURS_CALLS],
      [2000, COLOURS_CALLS],
    ]);
  }, 120_000);
});
