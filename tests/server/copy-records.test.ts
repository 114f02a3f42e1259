/**
 * What else a copied workbook holds follows the copy's identity, through dist/Code.js, under both
 * readings of what File ▸ Make a copy does to document properties (copied, or left behind), with the
 * original's owner and a committee member: the event settings are the copy's own (they start as a new
 * plan's, and are never read from or written to the original's); the bilan copied with the workbook is
 * the copy's bilan (refreshed in place, its comments kept, no second bilan made); next year's plan copied
 * with it is the copy's (asked again for the same Période, it opens instead of making « (2) »).
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_EVENT_SETTINGS } from "../../src/core/sync/event-settings";
import type { NextYearChoices, NextYearResult } from "../../src/shared/next-year-wire";
import type { SidebarReady } from "../../src/shared/sidebar-wire";
import type { SyncProgress } from "../../src/shared/sync-wire";
import { copyAddon, type Harness, installTemplate, planSheet, startAddon } from "../support/addon";

const OWNER = "proprietaire@gmail.com";
const MEMBER = "membre@gmail.com";
const READINGS = ["copied", "empty"] as const;

function plan(): Harness {
  const harness = startAddon({ now: "2026-11-20T16:00:00Z" });
  harness.emulator.addUser(MEMBER);
  installTemplate(harness);
  const sheet = planSheet(harness);
  sheet.getRange("B3:C3").setValues([["2026-01-01", "2026-12-31"]]);
  sheet.getRange("A8:I10").setValues([
    ["Mise sur pied", "Un réseau", "Recruter six entraidants", "", "Marc", "Décembre", "", "", "En cours"],
    ["", "", "Offrir la formation", "", "Julie", "Décembre", "", "", "À faire"],
    ["", "", "Tenir un kiosque", "", "Julie", "Septembre", "", "", "Terminé"],
  ]);
  return harness;
}

function sync(harness: Harness, options: Record<string, boolean> = {}): SyncProgress {
  let progress = harness.addon.call<SyncProgress>("syncStep", options);
  for (let i = 0; i < 10 && !progress.finished; i++)
    progress = harness.addon.call<SyncProgress>("syncStep", options);
  return progress;
}

function sidebar(harness: Harness): SidebarReady {
  planSheet(harness).activate();
  const data = harness.addon.call<SidebarReady>("getSidebarData");
  expect(data.state).toBe("ready");
  return data;
}

function eventsOf(harness: Harness, calendarId: string) {
  return JSON.stringify(harness.calendar.allEvents(calendarId, { includeCancelled: true }));
}

describe.each(READINGS)("a copied workbook (document properties %s)", (documentProperties) => {
  it("has event settings of its own: a new plan's, never read from or written to the original's", () => {
    const original = plan();
    const saved = original.addon.call<{ ok: boolean }>("saveEventSettings", "Plan d'action", {
      title: "both",
      span: "period",
    });
    expect(saved.ok).toBe(true);
    expect(sync(original).report.status).toBe("done");
    const [calendar] = original.calendar.listCalendars();
    const before = eventsOf(original, calendar.id);
    const originalProperties = new Map(original.emulator.properties.document);

    const copy = copyAddon(original, { documentProperties, by: MEMBER });
    copy.emulator.runAs(MEMBER, () => {
      expect(sidebar(copy).eventSettings).toEqual(DEFAULT_EVENT_SETTINGS);
      const changed = copy.addon.call<{ ok: boolean; settings: unknown }>(
        "saveEventSettings",
        "Plan d'action",
        { title: "result" },
      );
      expect(changed).toMatchObject({ ok: true, settings: { title: "result", span: "echeance" } });
      expect(sidebar(copy).eventSettings).toMatchObject({ title: "result", span: "echeance" });
    });
    // The copy's record names the copy's spreadsheet; the original's keys were left as they were.
    const copyProperties = copy.emulator.properties.document;
    const written = [...copyProperties.keys()].filter(
      (key) => key.startsWith("planDaction.events.") && !originalProperties.has(key),
    );
    expect(written).toHaveLength(1);
    expect(JSON.parse(copyProperties.get(written[0])!)).toMatchObject({
      title: "result",
      s: copy.emulator.spreadsheet.getId(),
    });
    for (const [key, value] of originalProperties)
      if (key.startsWith("planDaction.events.") && copyProperties.has(key))
        expect(copyProperties.get(key)).toBe(value);

    // The copy's sync uses the copy's settings (titles are the expected result), in its own calendar.
    const done = copy.emulator.runAs(MEMBER, () => sync(copy, { confirmNewCalendar: true }));
    expect(done.report.status).toBe("done");
    const own = copy.calendar.listCalendars().find((c) => c.id !== calendar.id)!;
    expect(own.owner).toBe(MEMBER);
    const titles = copy.calendar.allEvents(own.id).map((e) => e.summary);
    expect(titles).toContain("Un réseau");
    expect(eventsOf(original, calendar.id)).toBe(before);
    // The original keeps its settings, and its owner's next sync writes nothing.
    original.emulator.as(OWNER);
    expect(sidebar(original).eventSettings).toMatchObject({ title: "both", span: "period" });
    expect(sync(original).report.message).toMatch(/^Rien à changer/);
    expect(eventsOf(original, calendar.id)).toBe(before);
  });

  it("refreshes the bilan it holds in place: the committee's comment kept, no second bilan", () => {
    const original = plan();
    const made = original.addon.call<{ ok: boolean; sheetName: string }>("prepareBilan", 0);
    expect(made.ok).toBe(true);
    const bilanName = made.sheetName;
    const commentAt = (harness: Harness) => {
      const bilan = harness.emulator.spreadsheet.getSheetByName(bilanName)!;
      const values = bilan.getDataRange().getValues();
      const header = values.findIndex((row) => row.includes("Commentaire pour l'assemblée"));
      const column = values[header].indexOf("Commentaire pour l'assemblée") + 1;
      const row = values.findIndex((r) => r.includes("Offrir la formation")) + 1;
      return bilan.getRange(row, column);
    };
    commentAt(original).setValue("Reportée faute de local");

    const copy = copyAddon(original, { documentProperties, by: MEMBER });
    const sheetsBefore = copy.emulator.spreadsheet.getSheets().map((s) => s.getName());
    // The bilan sheet active (the plan is found through the bilan), by the member, then from the plan.
    copy.emulator.spreadsheet.getSheetByName(bilanName)!.activate();
    const refreshed = copy.emulator.runAs(MEMBER, () =>
      copy.addon.call<{ ok: boolean; sheetName: string; refreshed: boolean; message: string }>(
        "prepareBilan",
        0,
      ),
    );
    expect(refreshed).toMatchObject({ ok: true, sheetName: bilanName, refreshed: true });
    planSheet(copy).activate();
    const again = copy.addon.call<{ ok: boolean; sheetName: string; refreshed: boolean }>("prepareBilan", 0);
    expect(again).toMatchObject({ ok: true, sheetName: bilanName, refreshed: true });
    expect(copy.emulator.spreadsheet.getSheets().map((s) => s.getName())).toEqual(sheetsBefore);
    expect(commentAt(copy).getValue()).toBe("Reportée faute de local");
    // The copy's bilan names the copy's plan now; the original's bilan still names the original's.
    const bilanPlanId = (harness: Harness) =>
      JSON.parse(
        harness.emulator.spreadsheet
          .getSheetByName(bilanName)!
          .getDeveloperMetadata()
          .find((m) => m.getKey() === "planDaction.bilan")!
          .getValue()!,
      ).planId;
    const planIdIn = (harness: Harness) =>
      JSON.parse(
        planSheet(harness)
          .getDeveloperMetadata()
          .find((m) => m.getKey() === "planDaction.plan")!
          .getValue()!,
      ).planId;
    expect(bilanPlanId(copy)).toBe(planIdIn(copy));
    expect(bilanPlanId(copy)).not.toBe(planIdIn(original));
    expect(bilanPlanId(original)).toBe(planIdIn(original));
  });

  it("opens next year's plan it holds when asked again for the same Période, making no « (2) »", () => {
    const original = plan();
    const ask = (harness: Harness) => {
      planSheet(harness).activate();
      const choices = harness.addon.call<NextYearChoices>("getNextYearChoices");
      if (!choices.ok) throw new Error(choices.message);
      return {
        choices,
        made: harness.addon.call<NextYearResult>("createNextYearPlan", {
          keys: choices.candidates.map((c) => c.key),
          start: "2027-01-01",
          end: "2027-12-31",
          markOriginals: true,
        }),
      };
    };
    const first = ask(original).made;
    expect(first).toMatchObject({ ok: true, sheetName: "Plan d'action — 2027", carried: 2 });

    const copy = copyAddon(original, { documentProperties, by: MEMBER });
    const { choices, made } = copy.emulator.runAs(MEMBER, () => ask(copy));
    // The dialog shows the actions as carried already, and the request opens the copied plan.
    expect(choices.candidates.filter((c) => c.carriedTo).map((c) => c.carriedTo)).toEqual([
      "Plan d'action — 2027",
      "Plan d'action — 2027",
    ]);
    expect(made).toMatchObject({ ok: true, sheetName: "Plan d'action — 2027", carried: 0 });
    const names = copy.emulator.spreadsheet.getSheets().map((s) => s.getName());
    expect(names.filter((name) => name.startsWith("Plan d'action — 2027"))).toEqual(["Plan d'action — 2027"]);
  });
});
