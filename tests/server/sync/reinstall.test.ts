/**
 * Deleting the plan sheet and installing the template again, through dist/Code.js: the install offers the
 * committee's calendar (Oui: the same calendar, the old plan's events removed and the new plan's put in,
 * nothing orphaned; Non: the old calendar left alone and a new one at the first sync), and asks nothing
 * when no calendar was ever made.
 */
import { describe, expect, it } from "vitest";
import { typeset } from "../../../src/core/typography";
import { liveEvents, type SyncHarness, startSync, syncStep, typeRows } from "./harness";

function syncedThenDeleted(): { harness: SyncHarness; oldCalendar: string } {
  const harness = startSync();
  typeRows(harness, [
    { moyens: "Ancienne action", echeancier: "avril 2026" },
    { moyens: "Autre ancienne", echeancier: "mai 2026" },
  ]);
  expect(syncStep(harness).report.status).toBe("done");
  const oldCalendar = harness.calendar.listCalendars()[0].id;
  const spreadsheet = harness.emulator.spreadsheet;
  spreadsheet.insertSheet("Autre");
  spreadsheet.deleteSheet(spreadsheet.getSheetByName("Plan d'action")!);
  return { harness, oldCalendar };
}

function reinstall(harness: SyncHarness, answer: "YES" | "NO"): void {
  harness.emulator.ui.scriptPrompt("Comité Entraide");
  harness.emulator.ui.scriptAnswer(answer);
  harness.addon.call("installTemplate");
}

describe("reinstalling after the plan sheet was deleted", () => {
  it("Oui: the new plan reuses the committee's calendar, emptied of the old plan's events", () => {
    const { harness, oldCalendar } = syncedThenDeleted();
    reinstall(harness, "YES");
    const question = harness.emulator.ui.alerts.at(-1)!;
    expect(question.message).toMatch(
      new RegExp(`^${typeset("fr", "Ce classeur avait déjà un agenda pour un plan précédent")}`),
    );
    expect(question.message).toContain("proprietaire@gmail.com");
    typeRows(harness, [{ moyens: "Nouvelle action", echeancier: "juin 2026" }]);
    const progress = syncStep(harness);
    expect(progress.report.status).toBe("done");
    expect(progress.report.deleted.map((d) => d.title)).toEqual(["Ancienne action", "Autre ancienne"]);
    const calendars = harness.calendar.listCalendars();
    expect(calendars.map((c) => c.id)).toEqual([oldCalendar]);
    expect(liveEvents(harness).map((e) => e.summary)).toEqual(["Nouvelle action"]);
    // Next sync: nothing left to remove, nothing to do.
    expect(syncStep(harness).report).toMatchObject({ status: "done", deleted: [], created: [] });
  });

  it("Non: the old calendar is left alone, a new one comes with the first sync, and the question is not asked again", () => {
    const { harness, oldCalendar } = syncedThenDeleted();
    reinstall(harness, "NO");
    typeRows(harness, [{ moyens: "Nouvelle action", echeancier: "juin 2026" }]);
    expect(syncStep(harness).report.status).toBe("done");
    const calendars = harness.calendar.listCalendars();
    expect(calendars).toHaveLength(2);
    expect(harness.calendar.allEvents(oldCalendar)).toHaveLength(2);
    const alerts = harness.emulator.ui.alerts.length;
    const spreadsheet = harness.emulator.spreadsheet;
    spreadsheet.deleteSheet(spreadsheet.getSheetByName("Plan d'action")!);
    reinstall(harness, "NO");
    // The second plan's calendar is offered now, never the first one again.
    expect(harness.emulator.ui.alerts.length).toBe(alerts + 1);
  });

  it("asks nothing when no calendar was ever made", () => {
    const harness = startSync();
    const spreadsheet = harness.emulator.spreadsheet;
    spreadsheet.insertSheet("Autre");
    spreadsheet.deleteSheet(spreadsheet.getSheetByName("Plan d'action")!);
    const alerts = harness.emulator.ui.alerts.length;
    harness.emulator.ui.scriptPrompt("Comité Entraide");
    harness.addon.call("installTemplate");
    expect(harness.emulator.ui.alerts.length).toBe(alerts);
  });
});
