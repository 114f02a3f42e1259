/**
 * A long sync takes several steps (each within its time budget); its final message counts the whole sync,
 * not the last step, through dist/Code.js: driven by syncStep as the sidebar does, and by the menu item
 * clicked again after "pas encore terminée". The next sync starts counting from zero.
 */
import { describe, expect, it } from "vitest";
import { frenchSpacing } from "../../../src/core/typography";
import { type RowInput, type SyncHarness, startSync, syncStep, typeRows } from "./harness";

const ROWS = 40;

function slowPlan(calendarLatencyMs = 1500): SyncHarness {
  const harness = startSync();
  const rows: RowInput[] = Array.from({ length: ROWS }, (_, i) => ({
    moyens: `Action ${i + 1}`,
    echeance: new Date(Date.UTC(2026, 3, 1) + i * 86_400_000).toISOString().slice(0, 10),
  }));
  typeRows(harness, rows);
  // Slow Calendar calls on the virtual clock: a 10 s budget fits a handful of writes per step at 1.5 s.
  harness.emulator.calls.setLatency((key) => (key.startsWith("Calendar.") ? calendarLatencyMs : 10));
  return harness;
}

describe("the whole sync in the last message", () => {
  it("counts every step's events in the final message and totals", () => {
    const harness = slowPlan();
    const steps = [];
    for (let i = 0; i < 30; i++) {
      const step = syncStep(harness, { budgetMs: 10_000 });
      steps.push(step);
      if (step.finished) break;
    }
    expect(steps.length).toBeGreaterThan(3);
    const last = steps.at(-1)!;
    expect(last.report.status).toBe("done");
    expect(last.report.created.length).toBeLessThan(ROWS);
    expect(last.report.totals).toEqual({ created: ROWS, updated: 0, deleted: 0 });
    expect(last.report.message).toBe(
      `L'agenda « Plan d'action — Comité Entraide » est à jour : ${ROWS} événements créés.`,
    );
    expect(steps[1].report.message).toMatch(
      new RegExp(`pas encore terminée : ${steps[1].done} événements créés ; il reste`),
    );

    // The next sync counts from zero.
    harness.emulator.calls.setLatency(() => 0);
    const again = syncStep(harness);
    expect(again.report.totals).toBeNull();
    expect(again.report.message).toMatch(/déjà à jour/);
  });

  it("the menu item clicked again finishes the sync and its toast counts all of it", () => {
    // 20 s per call: the menu's 4.5-minute budget holds about a dozen writes.
    const harness = slowPlan(20_000);
    harness.emulator.ui.reset();
    const toasts = () => harness.emulator.ui.toasts.map((toast) => toast.message);
    // Each unfinished step says so in a toast; the last one shows its result in a dialog.
    for (let i = 0; i < 30; i++) {
      const dialogs = harness.emulator.ui.alerts.length;
      harness.addon.call("syncCalendar");
      if (harness.emulator.ui.alerts.length > dialogs) break;
    }
    expect(toasts().length).toBeGreaterThan(2);
    // The last dialog's lists are this step's, and it says so.
    const details = harness.emulator.ui.alerts.at(-1)!.message;
    expect(details).toMatch(/40 événements créés/);
    expect(details).toMatch(/dernière étape/);
    expect(toasts()[0]).toMatch(/pas encore terminée/);
    // The last step's result is shown once, in its dialog, whose first line counts all of it; every
    // surface is typeset (no-break spaces in French).
    expect(details.split("\n")[0]).toBe(
      frenchSpacing(`L'agenda « Plan d'action — Comité Entraide » est à jour : ${ROWS} événements créés.`),
    );
    expect(toasts().every((message) => /pas encore terminée/.test(message))).toBe(true);
  });
});
