/**
 * Spreadsheet calls of « Préparer le bilan », which must cost the same whatever the plan's size: the
 * bilan made, then prepared again (a refresh in place: its record read back, its charts redrawn), run
 * through the built dist/Code.js in the emulator on plans of 50 and 2,000 rows, with the CPU time each
 * took. The plan's own work (its dates, its row keys) is done before, by the reads that do it, as the
 * sidebar does when it opens. tests/tools/bilan-bench.test.ts asserts the counts.
 */
import { benchPlan, measureSheetCalls, type SheetCallsRow } from "./bench-plan";

export type BilanBenchRow = SheetCallsRow;

const SCHEDULES = ["Janvier-Février", "mars", "printemps", "15/06/2026", "mandat complet", "à déterminer"];
const STATUSES = ["Terminé", "En cours", "À faire", "Reporté", "Annulé"];
const PEOPLE = ["Julie Tremblay", "Marc Gagnon", "Nadia Roy"];

export function runBilanBench(sizes = [50, 2000]): BilanBenchRow[] {
  const results: BilanBenchRow[] = [];
  for (const rows of sizes) {
    const { emulator, addon } = benchPlan(rows, {
      now: "2026-06-15T15:00:00Z",
      people: PEOPLE,
      deadlines: SCHEDULES,
      statuses: STATUSES,
      // The plan's dates and row keys, written by the reads that write them (past 200 blocks, by the next).
      settleWith: "getSidebarData",
      settleReads: 12,
    });
    const prepare = () => addon.call("prepareBilan", 0) as { ok: boolean; message?: string };
    results.push(measureSheetCalls(emulator, rows, "bilan, made", prepare));
    results.push(measureSheetCalls(emulator, rows, "bilan, prepared again", prepare));
  }
  return results;
}
