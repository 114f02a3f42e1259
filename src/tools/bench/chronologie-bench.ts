/**
 * Spreadsheet calls of « Chronologie » (made, then made again over the old one), run through the built
 * dist/Code.js in the emulator on plans of 50 and 2,000 dated rows with the same Période (twelve months):
 * the sheet is written one block per kind of content or format, so the calls must not grow with the
 * plan. tests/tools/chronologie-bench.test.ts asserts the counts; `npm run bench` prints them with the
 * CPU time each took. One edge is known: a chronologie of exactly 1,000 rows (a new sheet's size) needs
 * no row resize, one call fewer.
 */
import { benchPlan, measureSheetCalls, type SheetCallsRow } from "./bench-plan";

export type ChronologieBenchRow = SheetCallsRow;

const DEADLINES = ["Janvier-Février", "mars", "printemps", "15/06/2026", "mandat complet", "Décembre"];
const STATUSES = ["Terminé", "En cours", "", "Reporté", "Annulé", "À faire"];

export function runChronologieBench(sizes = [50, 2000]): ChronologieBenchRow[] {
  const results: ChronologieBenchRow[] = [];
  for (const rows of sizes) {
    const { emulator, addon } = benchPlan(rows, {
      now: "2026-03-15T15:00:00Z",
      locale: "fr_CA",
      period: ["2026-01-01", "2026-12-31"],
      people: ["Julie Tremblay"],
      deadlines: DEADLINES,
      statuses: STATUSES,
      // The dates filled from the Échéancier first (a plan in use has them): reads until nothing is written.
      settleWith: "getValidationReport",
      settleReads: 20,
    });
    const make = () => addon.call("makeChronologieForSidebar") as { ok: boolean; message: string };
    results.push(measureSheetCalls(emulator, rows, "chronologie (made)", make));
    results.push(measureSheetCalls(emulator, rows, "chronologie (made again)", make));
  }
  return results;
}
