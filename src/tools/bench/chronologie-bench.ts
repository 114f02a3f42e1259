/**
 * Spreadsheet calls of « Chronologie » (made, then made again over the old one), run through the built
 * dist/Code.js in the emulator on plans of 50 and 2,000 dated rows with the same Période (twelve months):
 * the sheet is written one block per kind of content or format, so the calls must not grow with the
 * plan. tests/tools/chronologie-bench.test.ts asserts the counts; `npm run bench` prints them with the
 * CPU time each took. One edge is known: a chronologie of exactly 1,000 rows (a new sheet's size) needs
 * no row resize, one call fewer.
 */
import { createEmulator } from "../../local/emulator/index";
import { loadAddon } from "../../local/loader";

export interface ChronologieBenchRow {
  rows: number;
  operation: string;
  sheetCalls: number;
  cpuMs: number;
}

const DEADLINES = ["Janvier-Février", "mars", "printemps", "15/06/2026", "mandat complet", "Décembre"];
const STATUSES = ["Terminé", "En cours", "", "Reporté", "Annulé", "À faire"];

export function runChronologieBench(sizes = [50, 2000]): ChronologieBenchRow[] {
  const results: ChronologieBenchRow[] = [];
  for (const rows of sizes) {
    const emulator = createEmulator({ now: "2026-03-15T15:00:00Z", locale: "fr_CA" });
    const addon = loadAddon(emulator);
    emulator.ui.scriptPrompt("Comité Entraide");
    addon.call("installTemplate");
    const sheet = emulator.spreadsheet.getSheetByName("Plan d'action")!;
    sheet.getRange("B3:C3").setValues([["2026-01-01", "2026-12-31"]]);
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
          "Julie Tremblay",
          DEADLINES[i % DEADLINES.length],
          "",
          "",
          STATUSES[i % STATUSES.length],
        ]),
      );
    // The dates filled from the Échéancier first (a plan in use has them): reads until nothing is written.
    for (let read = 0; read < 20; read++) {
      emulator.calls.reset();
      addon.call("getValidationReport");
      if (emulator.calls.count("SpreadsheetApp.Range.setValues") === 0) break;
    }
    const measure = (operation: string) => {
      emulator.calls.reset();
      const start = process.cpuUsage();
      const result = addon.call("makeChronologieForSidebar") as { ok: boolean; message: string };
      const cpu = process.cpuUsage(start);
      if (!result.ok) throw new Error(result.message);
      results.push({
        rows,
        operation,
        sheetCalls: emulator.calls.count("SpreadsheetApp"),
        cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      });
    };
    measure("chronologie (made)");
    measure("chronologie (made again)");
  }
  return results;
}
