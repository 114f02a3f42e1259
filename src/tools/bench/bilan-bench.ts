/**
 * Spreadsheet calls of « Préparer le bilan », which must cost the same whatever the plan's size: the
 * bilan made, then prepared again (a refresh in place: its record read back, its charts redrawn), run
 * through the built dist/Code.js in the emulator on plans of 50 and 2,000 rows, with the CPU time each
 * took. The plan's own work (its dates, its row keys) is done before, by the reads that do it, as the
 * sidebar does when it opens. tests/tools/bilan-bench.test.ts asserts the counts.
 */
import { createEmulator } from "../../local/emulator/index";
import { loadAddon } from "../../local/loader";

export interface BilanBenchRow {
  rows: number;
  operation: string;
  sheetCalls: number;
  cpuMs: number;
}

const SCHEDULES = ["Janvier-Février", "mars", "printemps", "15/06/2026", "mandat complet", "à déterminer"];
const STATUSES = ["Terminé", "En cours", "À faire", "Reporté", "Annulé"];
const PEOPLE = ["Julie Tremblay", "Marc Gagnon", "Nadia Roy"];

export function runBilanBench(sizes = [50, 2000]): BilanBenchRow[] {
  const results: BilanBenchRow[] = [];
  for (const rows of sizes) {
    const emulator = createEmulator({ now: "2026-06-15T15:00:00Z" });
    const addon = loadAddon(emulator);
    emulator.ui.scriptPrompt("Comité Entraide");
    addon.call("installTemplate");
    const sheet = emulator.spreadsheet.getSheetByName("Plan d'action")!;
    if (sheet.getMaxRows() < rows + 7)
      sheet.insertRowsAfter(sheet.getMaxRows(), rows + 7 - sheet.getMaxRows());
    sheet
      .getRange(8, 1, rows, 9)
      .setValues(
        Array.from({ length: rows }, (_, i) => [
          i % 10 === 0 ? `Objectif ${i / 10 + 1}` : "",
          "",
          `Action ${i + 1}`,
          "",
          PEOPLE[i % PEOPLE.length],
          SCHEDULES[i % SCHEDULES.length],
          "",
          "",
          STATUSES[i % STATUSES.length],
        ]),
      );
    // The plan's dates and row keys, written by the reads that write them (past 200 blocks, by the next).
    for (let read = 0; read < 12; read++) {
      emulator.calls.reset();
      addon.call("getSidebarData");
      if (emulator.calls.count("SpreadsheetApp.Range.setValues") === 0) break;
    }
    const measure = (operation: string) => {
      emulator.calls.reset();
      const start = process.cpuUsage();
      const result = addon.call("prepareBilan", 0) as { ok: boolean; message?: string };
      const cpu = process.cpuUsage(start);
      if (!result.ok) throw new Error(result.message);
      results.push({
        rows,
        operation,
        sheetCalls: emulator.calls.count("SpreadsheetApp"),
        cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      });
    };
    measure("bilan, made");
    measure("bilan, prepared again");
  }
  return results;
}
