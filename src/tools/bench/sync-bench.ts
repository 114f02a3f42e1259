/**
 * The calendar sync's cost, measured through the built dist/Code.js in the emulator for plans of 50, 500
 * and 2,000 dated rows: per operation (first sync, re-sync with no change, re-sync after one edited row,
 * re-sync after sorting all rows by Échéance, re-sync after deleting 10 % of the rows), the spreadsheet
 * calls, calendar reads and writes (the physical limit: one per changed event, so 0 after a sort and
 * exactly the deleted rows' deletions), the projected
 * Apps Script time under the latency model below, and the CPU time of the run in Node. An operation runs
 * syncStep until finished (a long first sync takes several 4.5-minute steps, as the sidebar would drive).
 *
 * Latency model (ms per call; the virtual clock advances by it, so the 4.5-minute budget applies as in
 * Apps Script):
 * - SpreadsheetApp: 60 for calls that read or write cell data (getValues, getDisplayValues, getFormulas,
 *   getNotes, setValues, setNotes, getDataRange…), 10 for the rest. Google's best-practices page times
 *   100×100 single setBackground calls at about 70 s (≈ 7 ms each, FACTS.md), but those writes are queued
 *   and batched by Apps Script; a read forces a flush and a real round trip, so reads are taken as ~60 ms,
 *   the order of magnitude Apps Script developers commonly report for one getValues. This is an assumption.
 * - Calendar advanced service: 250 per call (one authenticated HTTPS request to Calendar API v3; an
 *   assumed typical round trip, not a Google figure). Per-minute quotas are not modelled.
 * - PropertiesService, LockService: 30 per call (a storage round trip, assumed).
 * - Session, Utilities (except sleep, which advances the clock by itself): 1.
 */
import { attachCalendar } from "../../local/emulator/calendar";
import { createEmulator, type Emulator } from "../../local/emulator/index";
import { type Addon, loadAddon } from "../../local/loader";

export interface SyncBenchRow {
  rows: number;
  operation: string;
  sheetCalls: number;
  calendarReads: number;
  calendarWrites: number;
  projectedMs: number;
  cpuMs: number;
}

const FIRST_ROW = 8;
const DATA_CALLS =
  /\.(getValues|getDisplayValues|getFormulas|getNotes|setValues|setNotes|getDataRange|getValue|setValue)$/;

/** The stated per-call latency model (ms). */
export function syncLatency(key: string): number {
  if (key.startsWith("Calendar.")) return 250;
  if (key.startsWith("SpreadsheetApp.")) return DATA_CALLS.test(key) ? 60 : 10;
  if (key.startsWith("PropertiesService.") || key.startsWith("LockService.")) return 30;
  return 1;
}

const CALENDAR_WRITES = [
  "Calendar.Events.insert",
  "Calendar.Events.patch",
  "Calendar.Events.update",
  "Calendar.Events.remove",
  "Calendar.Calendars.insert",
];
const CALENDAR_READS = ["Calendar.Events.list", "Calendar.Events.get", "Calendar.Calendars.get"];

function sum(emulator: Emulator, keys: string[]): number {
  return keys.reduce((n, key) => n + emulator.calls.count(key), 0);
}

function syncUntilDone(addon: Addon): void {
  for (let step = 0; step < 100; step++) {
    const progress = addon.call<{ finished: boolean }>("syncStep", { confirmDeletes: true });
    if (progress.finished) return;
  }
  throw new Error("sync did not finish in 100 steps");
}

export function runSyncBench(sizes = [50, 500, 2000]): SyncBenchRow[] {
  const results: SyncBenchRow[] = [];
  for (const rows of sizes) {
    const emulator = createEmulator({ now: "2026-03-15T15:00:00Z" });
    attachCalendar(emulator);
    const addon = loadAddon(emulator);
    emulator.ui.scriptPrompt("Comité Entraide");
    addon.call("installTemplate");
    const sheet = emulator.spreadsheet.getSheetByName("Plan d'action")!;
    if (sheet.getMaxRows() < rows + FIRST_ROW)
      sheet.insertRowsAfter(sheet.getMaxRows(), rows + FIRST_ROW - sheet.getMaxRows());
    sheet.getRange(FIRST_ROW, 1, rows, 9).setValues(
      Array.from({ length: rows }, (_, i) => [
        // Every row names its objective, as in a plan people sort (a blank cell would mean "same as
        // above", which a sort changes).
        `Objectif ${Math.floor(i / 10) + 1}`,
        "",
        `Action ${i + 1}`,
        "",
        "Julie Tremblay",
        "",
        "",
        new Date(Date.UTC(2026, 3, 1) + (i % 365) * 86_400_000).toISOString().slice(0, 10),
        i % 3 === 0 ? "Terminé" : "En cours",
      ]),
    );
    emulator.calls.setLatency(syncLatency);
    const measure = (operation: string, change: () => void) => {
      change();
      emulator.calls.reset();
      const clockStart = emulator.clock.now();
      const cpuStart = process.cpuUsage();
      syncUntilDone(addon);
      const cpu = process.cpuUsage(cpuStart);
      results.push({
        rows,
        operation,
        sheetCalls: emulator.calls.count("SpreadsheetApp"),
        calendarReads: sum(emulator, CALENDAR_READS),
        calendarWrites: sum(emulator, CALENDAR_WRITES),
        projectedMs: emulator.clock.now() - clockStart,
        cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      });
    };
    measure("first sync", () => {});
    measure("re-sync, no change", () => {});
    measure("re-sync, 1 row edited", () => {
      sheet.getRange(FIRST_ROW + Math.floor(rows / 2), 3).setValue("Action modifiée");
    });
    measure("re-sync after sorting all rows", () => {
      // Sorted by Échéance, latest first (Range.sort: every row moves, its hidden key with it).
      sheet.getRange(FIRST_ROW, 1, rows, sheet.getLastColumn()).sort({ column: 8, ascending: false });
    });
    measure("re-sync, 10% rows deleted", () => {
      // Every tenth row, bottom-up, as people delete rows here and there; the rows below move up, which
      // changes no event (none names its row).
      for (let i = rows - 1; i >= 0; i -= 10) sheet.deleteRow(FIRST_ROW + i);
    });
  }
  return results;
}
