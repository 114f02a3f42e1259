/**
 * Old plans, through dist/Code.js: seed 000 (a regional council's 2019–2022 plan, imported through the
 * add-on's own importer, its Période typed in) would put 41 events in the past into a new calendar. The
 * preview says so ("41 événements dans le passé, dont 41 en retard"); the first sync stops and asks before
 * writing any event — in the sidebar (syncStep answers needsConfirmation with the counts) and from the menu
 * (Oui: everything; Non: without the past Terminé actions; Annuler: nothing) —, and the answer becomes the
 * plan's setting, so the next syncs do not ask again.
 */
import { describe, expect, it } from "vitest";
import { attachCalendar } from "../../../src/local/emulator/calendar";
import { createEmulator } from "../../../src/local/emulator/index";
import { loadAddon } from "../../../src/local/loader";
import type { SidebarData } from "../../../src/shared/sidebar-wire";
import type { SyncProgress, SyncReport } from "../../../src/shared/sync-wire";
import { seedText } from "../../support/addon";
import { COL, FIRST_ROW } from "./harness";

const TODAY = "2026-03-10T15:00:00Z";

function importedOldPlan() {
  const emulator = createEmulator({ now: TODAY });
  const calendar = attachCalendar(emulator);
  const addon = loadAddon(emulator);
  const imported = addon.call<{ ok: boolean; sheetName: string }>(
    "importPlanText",
    seedText("000_2205ef17d895db06.txt"),
    "CCSNE",
  );
  expect(imported.ok).toBe(true);
  const sheet = emulator.spreadsheet.getSheetByName(imported.sheetName)!;
  // The mandate the plan was written for: June 2019 to May 2022.
  sheet.getRange(3, 2, 1, 2).setValues([[new Date(2019, 5, 1, 12), new Date(2022, 4, 31, 12)]]);
  const writes = () =>
    ["insert", "patch", "remove"].reduce((n, m) => n + emulator.calls.count(`Calendar.Events.${m}`), 0);
  return { emulator, calendar, addon, sheet, writes };
}

/** Marks the first `count` action rows Terminé. */
function markDone(sheet: ReturnType<typeof importedOldPlan>["sheet"], count: number): void {
  sheet.getRange(FIRST_ROW, COL.statut, count, 1).setValues(Array.from({ length: count }, () => ["Terminé"]));
}

describe("an old plan's first sync", () => {
  it("the preview says how many events lie in the past and how many of them are late", () => {
    const { addon, writes } = importedOldPlan();
    const report = addon.call<SyncReport>("previewSyncData", {});
    expect(report.status).toBe("preview");
    expect(report.created).toHaveLength(41);
    expect(report.past).toEqual({ count: 41, late: 41, done: 0 });
    expect(report.message).toContain("41 événements dans le passé, dont 41 en retard");
    expect(writes()).toBe(0);
  });

  it("stops before writing any event, then the answer « sans les terminées » becomes the plan's setting", () => {
    const { addon, calendar, sheet, writes, emulator } = importedOldPlan();
    markDone(sheet, 5);
    const first = addon.call<SyncProgress>("syncStep", {});
    expect(first.report).toMatchObject({
      status: "needsConfirmation",
      past: { count: 41, late: 36, done: 5 },
    });
    expect(first.report.message).toMatch(
      /^Première synchronisation de ce plan : 41 événements dans le passé, dont 36 en retard\. Les 5 actions terminées dont l'échéance est passée peuvent rester hors de l'agenda\. Rien n'a encore été changé dans l'agenda\./,
    );
    expect(writes()).toBe(0);

    const second = addon.call<SyncProgress>("syncStep", { skipPastDone: true });
    expect(second.report.status).toBe("done");
    expect(second.report.created).toHaveLength(36);
    const live = calendar.allEvents(second.report.calendarId!);
    expect(live).toHaveLength(36);
    expect(live.some((event) => String(event.summary).startsWith("✓"))).toBe(false);
    expect(second.report.skipped.filter((item) => /Terminée et passée/.test(item.detail))).toHaveLength(5);
    expect(addon.call<SidebarData>("getSidebarData")).toMatchObject({
      eventSettings: { skipPastDone: true },
    });

    // Asked once: the next syncs follow the setting, writing nothing new.
    emulator.calls.reset();
    expect(addon.call<SyncProgress>("syncStep", {}).report.status).toBe("done");
    expect(writes()).toBe(0);
    // Unticked in the sidebar: the past Terminé actions go in at the next sync.
    addon.call("saveEventSettings", "Plan d'action", { skipPastDone: false });
    expect(addon.call<SyncProgress>("syncStep", {}).report.created).toHaveLength(5);
  });

  it("from the menu: Non leaves the past Terminé actions out, Annuler does nothing, Oui puts everything in", () => {
    const cancelled = importedOldPlan();
    markDone(cancelled.sheet, 5);
    cancelled.emulator.ui.scriptAnswer("CANCEL");
    cancelled.addon.call("syncCalendar");
    const question = cancelled.emulator.ui.alerts.at(-1)!;
    expect(question.buttons).toBe("YES_NO_CANCEL");
    expect(question.message).toContain("41 événements dans le passé, dont 36 en retard");
    // The question and the toast are typeset like every server surface (no-break spaces in French).
    expect(question.message).toContain("Non\u00a0: les laisser hors de l'agenda");
    expect(cancelled.writes()).toBe(0);
    expect(cancelled.emulator.ui.toasts.at(-1)?.message).toBe(
      "Synchronisation annulée\u00a0: rien n'a été changé dans l'agenda.",
    );

    const without = importedOldPlan();
    markDone(without.sheet, 5);
    without.emulator.ui.scriptAnswer("NO");
    without.addon.call("syncCalendar");
    expect(without.emulator.calls.count("Calendar.Events.insert")).toBe(36);

    const everything = importedOldPlan();
    everything.emulator.ui.scriptAnswer("YES");
    everything.addon.call("syncCalendar");
    expect(everything.emulator.ui.alerts[0].buttons).toBe("YES_NO");
    expect(everything.emulator.calls.count("Calendar.Events.insert")).toBe(41);
    // The result is shown once, in the dialog that lists the events (issue #16: never toast and dialog).
    expect(everything.emulator.ui.alerts.at(-1)?.message.split("\n")[0]).toMatch(/41 événements créés/);
  });
});
