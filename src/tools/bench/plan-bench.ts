/**
 * Spreadsheet calls of the plan operations that must cost the same whatever the plan's size: install,
 * validation (with Début/Échéance already filled) and applying the status colours (« Rétablir les
 * couleurs »), run through the built dist/Code.js in the emulator on plans of 50, 600 and 2,000 rows (600
 * and 2,000 are past the ~585 dated rows an earlier version's date ledger could hold), with the CPU time
 * each took. tests/tools/plan-bench.test.ts asserts the counts. The chronologie's rows (made, made
 * again) come from chronologie-bench.ts, on plans of the same sizes (tests/tools/chronologie-bench.test.ts).
 * The first validation is the exception: it writes only the date cells that change, three calls per
 * block of consecutive changed cells (every sixth row here is undated, which ends a block), at most
 * 200 blocks per read (src/server/date-cells.ts), so it grows with the plan up to that bound; the
 * reads that write the blocks left over are run, unmeasured, before the steady-state validation.
 */
import { createEmulator } from "../../local/emulator/index";
import { loadAddon } from "../../local/loader";
import { runChronologieBench } from "./chronologie-bench";

export interface PlanBenchRow {
  rows: number;
  operation: string;
  sheetCalls: number;
  cpuMs: number;
}

const ACTIONS = ["Janvier-Février", "mars", "printemps", "15/06/2026", "mandat complet", "à déterminer"];

export function runPlanBench(sizes = [50, 600, 2000]): PlanBenchRow[] {
  const results: PlanBenchRow[] = [];
  for (const rows of sizes) {
    const emulator = createEmulator({ now: "2026-03-15T15:00:00Z" });
    const addon = loadAddon(emulator);
    const measure = (operation: string, run: () => void) => {
      emulator.calls.reset();
      const start = process.cpuUsage();
      run();
      const cpu = process.cpuUsage(start);
      results.push({
        rows,
        operation,
        sheetCalls: emulator.calls.count("SpreadsheetApp"),
        cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      });
    };
    measure("install", () => {
      emulator.ui.scriptPrompt("Comité Entraide");
      addon.call("installTemplate");
    });
    const sheet = emulator.spreadsheet.getSheetByName("Plan d'action")!;
    if (sheet.getMaxRows() < rows + 7)
      sheet.insertRowsAfter(sheet.getMaxRows(), rows + 7 - sheet.getMaxRows());
    sheet
      .getRange(8, 1, rows, 9)
      .setValues(
        Array.from({ length: rows }, (_, i) => [
          `Objectif ${Math.floor(i / 10) + 1}`,
          "",
          `Action ${i + 1}`,
          "",
          "Julie Tremblay",
          ACTIONS[i % ACTIONS.length],
          "",
          "",
          i % 3 === 0 ? "Terminé" : "En cours",
        ]),
      );
    measure("first validation (fills dates)", () => addon.call("getValidationReport"));
    // The blocks left over by the first read (past MAX_DATE_BLOCKS_PER_READ) are written by the next ones.
    for (let read = 0; read < 10; read++) {
      emulator.calls.reset();
      addon.call("getValidationReport");
      if (emulator.calls.count("SpreadsheetApp.Range.setValues") === 0) break;
    }
    measure("validation", () => addon.call("getValidationReport"));
    if (addon.names.includes("applyStatusColours"))
      measure("status colours", () => addon.call("applyStatusColours"));
  }
  if (sizes.length > 0) results.push(...runChronologieBench(sizes));
  return results;
}
