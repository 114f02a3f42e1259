/**
 * The sync bench's calendar rows as call counts (src/tools/bench/sync-bench.ts, through dist/Code.js):
 * one write per changed event and nothing else — the calendar and one insert per row on a first sync, 0 on
 * a re-sync, 1 for one edited row, 0 after sorting every row, and exactly one deletion per deleted row.
 */
import { describe, expect, it } from "vitest";
import { runSyncBench } from "../../src/tools/bench/sync-bench";

describe("sync bench", () => {
  it("writes only what changed: 0 after sorting all rows, k deletions for k deleted rows", () => {
    const rows = 200;
    const writes = Object.fromEntries(runSyncBench([rows]).map((row) => [row.operation, row.calendarWrites]));
    expect(writes).toEqual({
      "first sync": rows + 1,
      "re-sync, no change": 0,
      "re-sync, 1 row edited": 1,
      "re-sync after sorting all rows": 0,
      "re-sync, 10% rows deleted": rows / 10,
    });
  }, 120_000);
});
