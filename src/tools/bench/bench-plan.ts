/**
 * What the bilan and chronologie benches share: an installed plan of N action rows made through the built
 * dist/Code.js in the emulator (objectives every ten rows, the given people, Échéanciers and statuses),
 * settled by the reads that write its dates and row keys (as a plan in use has them), and the measure of
 * one operation's spreadsheet calls and CPU time. Each bench says which operation and which plan.
 */
import { createEmulator, type Emulator } from "../../local/emulator/index";
import { type Addon, loadAddon } from "../../local/loader";

export interface SheetCallsRow {
  rows: number;
  operation: string;
  sheetCalls: number;
  cpuMs: number;
}

export interface BenchPlanOptions {
  now: string;
  locale?: string;
  /** The Période written in B3:C3 before the rows, when the bench needs one. */
  period?: [string, string];
  people: string[];
  deadlines: string[];
  statuses: string[];
  /** The entry point read until it writes nothing (dates, row keys), and at most how many times. */
  settleWith: string;
  settleReads: number;
}

/** An installed plan of `rows` action rows, its dates and keys written. */
export function benchPlan(rows: number, options: BenchPlanOptions): { emulator: Emulator; addon: Addon } {
  const emulator = createEmulator(
    options.locale ? { now: options.now, locale: options.locale } : { now: options.now },
  );
  const addon = loadAddon(emulator);
  emulator.ui.scriptPrompt("Comité Entraide");
  addon.call("installTemplate");
  const sheet = emulator.spreadsheet.getSheetByName("Plan d'action")!;
  if (options.period) sheet.getRange("B3:C3").setValues([options.period]);
  if (sheet.getMaxRows() < rows + 7) sheet.insertRowsAfter(sheet.getMaxRows(), rows + 7 - sheet.getMaxRows());
  const pick = (list: string[], i: number) => list[i % list.length];
  sheet
    .getRange(8, 1, rows, 9)
    .setValues(
      Array.from({ length: rows }, (_, i) => [
        i % 10 === 0 ? `Objectif ${i / 10 + 1}` : "",
        "",
        `Action ${i + 1}`,
        "",
        pick(options.people, i),
        pick(options.deadlines, i),
        "",
        "",
        pick(options.statuses, i),
      ]),
    );
  for (let read = 0; read < options.settleReads; read++) {
    emulator.calls.reset();
    addon.call(options.settleWith);
    if (emulator.calls.count("SpreadsheetApp.Range.setValues") === 0) break;
  }
  return { emulator, addon };
}

/** Runs `operation` once and records its spreadsheet calls and CPU time; a refused result throws. */
export function measureSheetCalls(
  emulator: Emulator,
  rows: number,
  operation: string,
  run: () => { ok: boolean; message?: string },
): SheetCallsRow {
  emulator.calls.reset();
  const start = process.cpuUsage();
  const result = run();
  const cpu = process.cpuUsage(start);
  if (!result.ok) throw new Error(result.message);
  return {
    rows,
    operation,
    sheetCalls: emulator.calls.count("SpreadsheetApp"),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
  };
}
