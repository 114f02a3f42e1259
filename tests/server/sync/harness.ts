/**
 * Test support for the calendar sync: an emulator with the Calendar advanced service attached, the built
 * add-on loaded, the template installed for "Comité Entraide", and helpers that type plan rows as a
 * committee would, run the sync like the menu or the sidebar, and read the calendar's events.
 */
import {
  attachCalendar,
  type CalendarAccessOptions,
  type CalendarEventResource,
  type CalendarHooks,
} from "../../../src/local/emulator/calendar";
import { createEmulator, type Emulator, type EmulatorOptions } from "../../../src/local/emulator/index";
import { type Addon, loadAddon } from "../../../src/local/loader";
import type { SyncProgress, SyncStepOptions } from "../../../src/shared/sync-wire";

export const FIRST_ROW = 8;
export const WIDTH = 12;
/** 1-based columns of the installed table. */
export const COL = {
  objectif: 1,
  resultat: 2,
  moyens: 3,
  ressources: 4,
  responsables: 5,
  echeancier: 6,
  debut: 7,
  echeance: 8,
  statut: 9,
  avancement: 10,
  remarques: 11,
  cle: 12,
} as const;

export interface SyncHarness {
  emulator: Emulator;
  addon: Addon;
  calendar: CalendarHooks;
}

export interface RowInput {
  objectif?: string;
  resultat?: string;
  moyens: string;
  ressources?: string;
  responsables?: string;
  echeancier?: string;
  debut?: string;
  echeance?: string;
  statut?: string;
}

/**
 * The emulator, the built add-on and the installed template. Executions run as the spreadsheet's owner
 * (proprietaire@gmail.com) until a test adds another person and switches with emulator.as / runAs.
 */
export function startSync(
  options: EmulatorOptions = {},
  comite = "Comité Entraide",
  access: CalendarAccessOptions = {},
): SyncHarness {
  const emulator = createEmulator({ now: "2026-03-10T15:00:00Z", ...options });
  const calendar = attachCalendar(emulator, access);
  const addon = loadAddon(emulator);
  emulator.ui.scriptPrompt(comite);
  addon.call("installTemplate");
  return { emulator, addon, calendar };
}

export function planSheet({ emulator }: SyncHarness) {
  const sheet = emulator.spreadsheet.getSheetByName("Plan d'action");
  if (!sheet) throw new Error("no plan sheet");
  return sheet;
}

/** The sheet edits both model-based sync tests draw: an action, a deadline or a status typed, a row added or deleted. */
export type SheetEditOp =
  | { kind: "edit"; index: number; action: string }
  | { kind: "date"; index: number; day: string }
  | { kind: "status"; index: number; status: string }
  | { kind: "add"; index: number; action: string; day: string }
  | { kind: "delete"; index: number };

/** Applies `op` to a plan of `n` table rows (its index wraps around the table; nothing on an empty one). */
export function applySheetEdit(sheet: ReturnType<typeof planSheet>, n: number, op: SheetEditOp): void {
  switch (op.kind) {
    case "edit":
      if (n) sheet.getRange(FIRST_ROW + (op.index % n), COL.moyens).setValue(op.action);
      return;
    case "date":
      if (n) sheet.getRange(FIRST_ROW + (op.index % n), COL.echeance).setValue(op.day);
      return;
    case "status":
      if (n) sheet.getRange(FIRST_ROW + (op.index % n), COL.statut).setValue(op.status);
      return;
    case "add": {
      const at = FIRST_ROW + (op.index % (n + 1));
      sheet.insertRowBefore(at);
      sheet.getRange(at, 1, 1, WIDTH - 1).setValues([rowValues({ moyens: op.action, echeance: op.day })]);
      return;
    }
    case "delete":
      if (n) sheet.deleteRow(FIRST_ROW + (op.index % n));
      return;
  }
}

export function rowValues(row: RowInput): string[] {
  return [
    row.objectif ?? "",
    row.resultat ?? "",
    row.moyens,
    row.ressources ?? "",
    row.responsables ?? "",
    row.echeancier ?? "",
    row.debut ?? "",
    row.echeance ?? "",
    row.statut ?? "",
    "",
    "",
  ];
}

/** Types rows A..K from FIRST_ROW (the hidden key column L is left to the add-on). */
export function typeRows(harness: SyncHarness, rows: RowInput[], first = FIRST_ROW): void {
  if (!rows.length) return;
  const sheet = planSheet(harness);
  const missing = first + rows.length - 1 - sheet.getMaxRows();
  if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
  sheet.getRange(first, 1, rows.length, WIDTH - 1).setValues(rows.map(rowValues));
}

export function syncStep(harness: SyncHarness, options: SyncStepOptions = {}): SyncProgress {
  return harness.addon.call<SyncProgress>("syncStep", options);
}

/** Calls syncStep until finished (at most `limit` times). */
export function syncUntilDone(harness: SyncHarness, options: SyncStepOptions = {}, limit = 50): SyncProgress {
  for (let i = 0; i < limit; i++) {
    const progress = syncStep(harness, options);
    if (progress.finished) return progress;
  }
  throw new Error("sync never finished");
}

/** The add-on's calendar id, from the one calendar the emulator holds that is not deleted. */
export function calendarId(harness: SyncHarness): string {
  const live = harness.calendar.listCalendars().filter((c) => !c.deleted);
  if (live.length !== 1) throw new Error(`expected one calendar, found ${live.length}`);
  return live[0].id;
}

export function liveEvents(harness: SyncHarness): CalendarEventResource[] {
  return harness.calendar.allEvents(calendarId(harness));
}

export function calendarWrites(harness: SyncHarness): number {
  const c = harness.emulator.calls;
  return (
    c.count("Calendar.Events.insert") +
    c.count("Calendar.Events.patch") +
    c.count("Calendar.Events.update") +
    c.count("Calendar.Events.remove") +
    c.count("Calendar.Calendars.insert")
  );
}

export function calendarReads(harness: SyncHarness): number {
  const c = harness.emulator.calls;
  return c.count("Calendar.Events.list") + c.count("Calendar.Events.get") + c.count("Calendar.Calendars.get");
}

export function spreadsheetCalls(harness: SyncHarness): number {
  return harness.emulator.calls
    .entries()
    .filter((e) => e.key.startsWith("SpreadsheetApp."))
    .reduce((n, e) => n + e.count, 0);
}
