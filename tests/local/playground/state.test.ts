/**
 * The playground's saved state: a restart shows the same workbook, properties and calendar (and the
 * sync then has nothing to do); a corrupt or foreign state file is kept aside with a message and a fresh
 * workbook starts; writes are atomic; a menu item that asks a question is replayed from the state before
 * it, so the question costs no half-done change.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Playground } from "../../../src/local/playground/runtime.ts";
import { dayFirstToIso } from "../../../src/local/playground/runtime.ts";
import { workbookView } from "../../../src/local/playground/view.ts";
import { hasMenuItem, quietPlayground, tempDir } from "./helpers.ts";

let cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

function setup() {
  const temp = tempDir();
  cleanups.push(temp.cleanup);
  return temp;
}

function sheetViews(p: Playground) {
  return p.emulator.spreadsheet
    .getSheets()
    .map((s) => workbookView(p.emulator, p.calendar, p.menus, null, s.getSheetId()).sheet);
}

function withoutStamps(p: Playground) {
  const state = p.state();
  return {
    ...state,
    savedAt: "",
    calendars: state.calendars.map((c) => ({
      ...c,
      resource: { ...c.resource, etag: "" },
      events: c.events.map(({ created: _c, updated: _u, etag: _e, ...event }) => event),
    })),
  };
}

describe("playground state", () => {
  it("restores the same workbook, properties and calendar after a restart", () => {
    const { statePath } = setup();
    const first = quietPlayground(statePath);
    first.loadExample();
    expect(
      first.edit(first.emulator.spreadsheet.getSheetByName("Plan d'action")!.getSheetId(), 12, 9, "Terminé"),
    ).toBe(null);
    if (hasMenuItem(first, "syncCalendar")) expect(first.runMenu("syncCalendar").status).toBe("done");

    const second = quietPlayground(statePath);
    expect(second.problem).toBeNull();
    expect(sheetViews(second)).toEqual(sheetViews(first));
    expect(withoutStamps(second).spreadsheet).toEqual(withoutStamps(first).spreadsheet);
    expect(withoutStamps(second).properties).toEqual(withoutStamps(first).properties);
    expect(withoutStamps(second).calendars).toEqual(withoutStamps(first).calendars);
    expect(second.emulator.spreadsheet.getActiveSheet().getName()).toBe("Plan d'action");
  });

  it("after a restart, the sync finds its events and writes nothing", () => {
    const { statePath } = setup();
    const first = quietPlayground(statePath);
    if (!hasMenuItem(first, "syncCalendar")) return;
    first.loadExample();
    first.runMenu("syncCalendar");
    const events = first.calendar.allEvents(first.calendar.listCalendars()[0]!.id);
    expect(events.length).toBe(6);

    const second = quietPlayground(statePath);
    const calendarId = second.calendar.listCalendars()[0]!.id;
    // Every field the sync may compare (updated, etag, created…) is as it was before the restart.
    expect(second.calendar.allEvents(calendarId, { includeCancelled: true })).toEqual(
      first.calendar.allEvents(calendarId, { includeCancelled: true }),
    );
    second.emulator.calls.reset();
    expect(second.runMenu("syncCalendar").status).toBe("done");
    for (const write of ["insert", "patch", "update", "remove"])
      expect(second.emulator.calls.count(`Calendar.Events.${write}`), write).toBe(0);
    expect(second.emulator.calls.count("Calendar.Calendars.insert")).toBe(0);
    expect(second.calendar.allEvents(calendarId)).toEqual(events);

    // A third start, after that sync: still nothing to write.
    const third = quietPlayground(statePath);
    third.emulator.calls.reset();
    third.runMenu("syncCalendar");
    for (const write of ["insert", "patch", "update", "remove"])
      expect(third.emulator.calls.count(`Calendar.Events.${write}`), write).toBe(0);
  });

  it("keeps a corrupt state file aside, says so, and starts a fresh workbook", () => {
    const { dir, statePath } = setup();
    writeFileSync(statePath, '{"format": "plan-daction-playground", "version": 1, "spreadsheet": {');
    const messages: string[] = [];
    const p = quietPlayground(statePath, messages);
    const aside = readdirSync(dir).filter((f) => /^state\.corrupt-.*\.json$/.test(f));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dir, aside[0]!), "utf8")).toContain('"spreadsheet": {');
    expect(p.problem).toContain("mis de côté");
    expect(p.problem).toContain(aside[0]);
    expect(messages.join("\n")).toContain(aside[0]);
    expect(p.emulator.spreadsheet.getSheets().map((s) => s.getName())).toEqual(["Feuille 1"]);
    // The fresh state is saved at once and reads back.
    expect(quietPlayground(statePath).problem).toBeNull();
  });

  it("keeps aside a JSON file that is not a playground state", () => {
    const { dir, statePath } = setup();
    writeFileSync(statePath, JSON.stringify({ hello: "world" }));
    const p = quietPlayground(statePath);
    expect(p.problem).toContain("not a playground state file");
    expect(readdirSync(dir).some((f) => f.startsWith("state.corrupt-"))).toBe(true);
  });

  it("writes the state atomically, leaving no temporary file", () => {
    const { dir, statePath } = setup();
    const p = quietPlayground(statePath);
    p.loadExample();
    expect(existsSync(statePath)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(JSON.parse(readFileSync(statePath, "utf8")).format).toBe("plan-daction-playground");
  });

  it("asks the installation's prompt first, then installs once with the answer", () => {
    const { statePath } = setup();
    const p = quietPlayground(statePath);
    const asked = p.runMenu("installTemplate");
    expect(asked.status).toBe("question");
    if (asked.status !== "question") return;
    expect(asked.question.kind).toBe("prompt");
    expect(p.emulator.spreadsheet.getSheets()).toHaveLength(1);

    const name = { kind: "prompt", button: "OK", text: "Comité Vert" } as const;
    const period = p.runMenu("installTemplate", [name], asked.token);
    if (period.status !== "question") throw new Error("expected the Période to be asked next");
    expect(period.question.title).toBe("Période du plan");
    const periodAnswer = { kind: "prompt", button: "OK", text: "septembre 2026 à août 2027" } as const;
    const union = p.runMenu("installTemplate", [name, periodAnswer], period.token);
    if (union.status !== "question") throw new Error("expected the union columns to be asked next");
    expect(union.question.title).toBe("Colonnes syndicales (facultatif)");
    const done = p.runMenu(
      "installTemplate",
      [name, periodAnswer, { kind: "prompt", button: "OK", text: "" }],
      union.token,
    );
    expect(done.status).toBe("done");
    const plan = p.emulator.spreadsheet.getSheetByName("Plan d'action");
    expect(plan?.getRange("A1").getDisplayValue()).toBe("Plan d'action : Comité Vert");
    expect(
      p.emulator.spreadsheet.getSheets().filter((s) => s.getName().startsWith("Plan d'action")),
    ).toHaveLength(1);
  });

  it("cancelling the prompt installs nothing", () => {
    const { statePath } = setup();
    const p = quietPlayground(statePath);
    const asked = p.runMenu("installTemplate");
    if (asked.status !== "question") throw new Error("expected a question");
    const done = p.runMenu("installTemplate", [{ kind: "prompt", button: "CANCEL", text: "" }], asked.token);
    expect(done.status).toBe("done");
    expect(p.emulator.spreadsheet.getSheetByName("Plan d'action")).toBeNull();
  });

  it("rejects a status outside the dropdown, as Sheets does", () => {
    const { statePath } = setup();
    const p = quietPlayground(statePath);
    p.loadExample();
    const sheet = p.emulator.spreadsheet.getSheetByName("Plan d'action")!;
    expect(p.edit(sheet.getSheetId(), 8, 9, "Fini")).toContain("I8");
    expect(sheet.getRange("I8").getValue()).toBe("Terminé");
  });

  it("reads a day typed day first as a date", () => {
    expect(dayFirstToIso("15/03/2027")).toBe("2027-03-15");
    expect(dayFirstToIso("3.4.2026")).toBe("2026-04-03");
    expect(dayFirstToIso("Mars")).toBe("Mars");
    expect(dayFirstToIso("40/03/2027")).toBe("40/03/2027");
    expect(dayFirstToIso("31/02/2027")).toBe("31/02/2027"); // no such day: kept as typed
  });
});
