/**
 * File ▸ Make a copy of a synced plan, through dist/Code.js, under both readings of what a copy does to
 * document properties (copied, or left behind): the copy is a new plan — its first sync asks, then makes a
 * calendar of its own, named apart from the original's; it never reads, writes or deletes the original's
 * events, whatever is edited or deleted in it; and the original's next sync writes nothing. A committee
 * member's copy of a synced template syncs into a calendar the member owns; a copy of a never-synced
 * template starts clean. A plan written by the previous version (records without a spreadsheet id) stays
 * the same plan in its own workbook.
 */
import { describe, expect, it } from "vitest";
import type { CalendarEventResource } from "../../../src/local/emulator/calendar";
import type { SyncProgress } from "../../../src/shared/sync-wire";
import { copyAddon, type Harness, installTemplate, planSheet, startAddon } from "../../support/addon";
import { COL, calendarWrites, FIRST_ROW, rowValues, WIDTH } from "./harness";

const OWNER = "proprietaire@gmail.com";
const MEMBER = "membre@gmail.com";
const READINGS = ["copied", "empty"] as const;

function syncedPlan(): Harness {
  const harness = startAddon({ now: "2026-03-10T15:00:00Z" });
  harness.emulator.addUser(MEMBER);
  installTemplate(harness);
  planSheet(harness)
    .getRange(FIRST_ROW, 1, 3, WIDTH - 1)
    .setValues([
      rowValues({ moyens: "Assemblée générale", echeance: "2026-04-30" }),
      rowValues({ moyens: "Sondage", echeance: "2026-05-15" }),
      rowValues({ moyens: "Formation", echeance: "2026-06-01" }),
    ]);
  expect(step(harness).report.status).toBe("done");
  return harness;
}

function step(harness: Harness, options: Record<string, boolean> = {}): SyncProgress {
  let progress = harness.addon.call<SyncProgress>("syncStep", options);
  for (let i = 0; i < 10 && !progress.finished; i++)
    progress = harness.addon.call<SyncProgress>("syncStep", options);
  return progress;
}

function liveCalendars(harness: Harness) {
  return harness.calendar.listCalendars().filter((c) => !c.deleted);
}

/** Every event of every calendar, as stored (ids, times, etags, extended properties). */
function snapshot(harness: Harness, calendarId: string): CalendarEventResource[] {
  return JSON.parse(JSON.stringify(harness.calendar.allEvents(calendarId, { includeCancelled: true })));
}

function markerOf(harness: Harness) {
  const meta = planSheet(harness)
    .getDeveloperMetadata()
    .filter((m) => m.getKey() === "planDaction.plan");
  expect(meta).toHaveLength(1);
  return JSON.parse(meta[0].getValue()!);
}

describe.each(READINGS)("a copied workbook (document properties %s)", (documentProperties) => {
  it("is a new plan: asks, makes its own calendar, never touches the original's events", () => {
    const original = syncedPlan();
    const [calendar] = liveCalendars(original);
    const before = snapshot(original, calendar.id);
    expect(before).toHaveLength(3);

    const copy = copyAddon(original, { documentProperties });
    // In the copy: a deadline moved, a row deleted, a row added.
    const sheet = planSheet(copy);
    sheet.getRange(FIRST_ROW, COL.echeance).setValue("2026-09-30");
    sheet.deleteRow(FIRST_ROW + 1);
    sheet
      .getRange(FIRST_ROW + 2, 1, 1, WIDTH - 1)
      .setValues([rowValues({ moyens: "Kiosque", echeance: "2026-10-01" })]);

    // Its first sync asks, and nothing is created or touched until someone says yes.
    const asked = step(copy);
    expect(asked.report.status).toBe("needsNewCalendar");
    expect(asked.report.copyOfSyncedPlan).toBe(true);
    expect(asked.report.message).toContain(
      "copie d'un plan qui a déjà son agenda (celui de proprietaire@gmail.com)",
    );
    expect(asked.report.message).toContain(
      "« Plan d'action — Comité Entraide (Copie de Plan d'action du comité) »",
    );
    expect(liveCalendars(original)).toHaveLength(1);
    expect(calendarWrites(copy)).toBe(0);

    const done = step(copy, { confirmNewCalendar: true });
    expect(done.report.status).toBe("done");
    const calendars = liveCalendars(original);
    expect(calendars).toHaveLength(2);
    const own = calendars.find((c) => c.id !== calendar.id)!;
    expect(own.summary).toBe("Plan d'action — Comité Entraide (Copie de Plan d'action du comité)");
    expect(own.owner).toBe(OWNER);
    expect(done.report.calendarId).toBe(own.id);
    expect(done.report.message).toContain("3 événements créés");
    expect(original.calendar.allEvents(own.id).map((e) => e.summary)).toEqual(
      expect.arrayContaining([
        expect.stringContaining("Assemblée générale"),
        expect.stringContaining("Kiosque"),
      ]),
    );
    expect(snapshot(original, calendar.id)).toEqual(before);
    // Not one call of the copy reached the original's calendar.
    const calls = copy.emulator.calls.entries().filter((e) => e.key.startsWith("Calendar."));
    expect(calls.length).toBeGreaterThan(0);

    // More edits and syncs in the copy: still nothing in the original's calendar.
    sheet.deleteRow(FIRST_ROW);
    expect(step(copy).report.status).toBe("done");
    expect(snapshot(original, calendar.id)).toEqual(before);

    // The original's next sync writes nothing: every event is where it was.
    const writes = calendarWrites(original);
    const next = step(original);
    expect(next.report.status).toBe("done");
    expect(calendarWrites(original)).toBe(writes);
    expect(next.report.message).toMatch(/^Rien à changer/);
    expect(snapshot(original, calendar.id)).toEqual(before);

    // The copy's marker names the copy and what it came from; the original's is as it was.
    const copied = markerOf(copy);
    expect(copied.spreadsheetId).toBe(copy.emulator.spreadsheet.getId());
    expect(copied.planId).not.toBe(markerOf(original).planId);
    expect(copied.origin).toMatchObject({ k: "workbook", p: markerOf(original).planId, c: calendar.id });
    expect(markerOf(original).spreadsheetId).toBe(original.emulator.spreadsheet.getId());
  });

  it("in the menu: the question says it is a copy; No creates nothing and says the original is untouched", () => {
    const original = syncedPlan();
    const copy = copyAddon(original, { documentProperties });
    copy.emulator.ui.scriptAnswer("NO");
    copy.addon.call("syncCalendar");
    expect(copy.emulator.ui.alerts.at(-1)!.message).toContain("copie d'un plan qui a déjà son agenda");
    expect(copy.emulator.ui.toasts.at(-1)!.message).toContain("l'agenda d'origine n'a pas été touché");
    expect(liveCalendars(original)).toHaveLength(1);

    copy.emulator.ui.scriptAnswer("YES");
    copy.addon.call("syncCalendar");
    expect(liveCalendars(original)).toHaveLength(2);
  });

  it("a committee member's copy of a synced template syncs into a calendar the member owns", () => {
    const template = syncedPlan(); // the template's author synced it once
    const [calendar] = liveCalendars(template);
    const before = snapshot(template, calendar.id);
    const copy = copyAddon(template, { documentProperties, by: MEMBER });
    const asked = copy.emulator.runAs(MEMBER, () => step(copy));
    expect(asked.report.status).toBe("needsNewCalendar");
    expect(asked.report.message).not.toMatch(/appartient à|belongs to/);
    const done = copy.emulator.runAs(MEMBER, () => step(copy, { confirmNewCalendar: true }));
    expect(done.report.status).toBe("done");
    const own = liveCalendars(template).find((c) => c.id !== calendar.id)!;
    expect(own.owner).toBe(MEMBER);
    expect(done.report.calendarOwner).toBe(MEMBER);
    expect(template.calendar.allEvents(own.id)).toHaveLength(3);
    expect(snapshot(template, calendar.id)).toEqual(before);
    // The member's next sync of the copy finds their calendar again (nothing more to do).
    expect(copy.emulator.runAs(MEMBER, () => step(copy)).report.message).toMatch(/^Rien à changer/);
  });
});

describe("a copy of a template never synced", () => {
  it("starts clean: its first sync makes a calendar with the usual name, without a question", () => {
    const template = startAddon({ now: "2026-03-10T15:00:00Z" });
    template.emulator.addUser(MEMBER);
    installTemplate(template);
    const copy = copyAddon(template, { documentProperties: "copied", by: MEMBER });
    planSheet(copy)
      .getRange(FIRST_ROW, 1, 1, WIDTH - 1)
      .setValues([rowValues({ moyens: "Assemblée", echeance: "2026-04-30" })]);
    const done = copy.emulator.runAs(MEMBER, () => step(copy));
    expect(done.report.status).toBe("done");
    const [own] = liveCalendars(template);
    expect(own.summary).toBe("Plan d'action — Comité Entraide");
    expect(own.owner).toBe(MEMBER);
  });
});

describe("a plan written by the previous version (no spreadsheet id in its records)", () => {
  it("stays the same plan in its own workbook: nothing written to the calendar, the records completed", () => {
    const harness = syncedPlan();
    const sheet = planSheet(harness);
    const marker = sheet.getDeveloperMetadata().find((m) => m.getKey() === "planDaction.plan")!;
    const { planId, sheetId } = JSON.parse(marker.getValue()!);
    // What the previous version wrote: no spreadsheet id anywhere, the creator's memory a plain id.
    marker.setValue(JSON.stringify({ planId, sheetId, template: "plan-daction", version: 1 }));
    const strip = (value: string) => {
      const { s: _s, ...rest } = JSON.parse(value);
      return JSON.stringify(rest);
    };
    const record = sheet.getDeveloperMetadata().find((m) => m.getKey() === "planDaction.calendar")!;
    record.setValue(strip(record.getValue()!));
    const documentKey = `planDaction.calendar.${planId}`;
    const properties = harness.emulator.properties;
    properties.document.set(documentKey, strip(properties.document.get(documentKey)!));
    const calendarId = liveCalendars(harness)[0].id;
    properties.user.set("planDaction.createdCalendars", JSON.stringify({ [planId]: calendarId }));

    const writes = calendarWrites(harness);
    const next = step(harness);
    expect(next.report.status).toBe("done");
    expect(next.report.message).toMatch(/^Rien à changer/);
    expect(calendarWrites(harness)).toBe(writes);
    expect(markerOf(harness)).toMatchObject({ planId, spreadsheetId: harness.emulator.spreadsheet.getId() });
    expect(JSON.parse(properties.document.get(documentKey)!).s).toBe(harness.emulator.spreadsheet.getId());
    // A member's sync finds the same plan and calendar (out of the member's reach: told whose it is).
    const member = harness.emulator.runAs(MEMBER, () => step(harness));
    expect(member.report.message).toContain("appartient à proprietaire@gmail.com");
    expect(liveCalendars(harness)).toHaveLength(1);
  });
});

describe.each([true, false])("a duplicated plan sheet (metadata kept by Duplicate: %s)", (keeps) => {
  it("is a new plan: its calendar is named after its sheet, the message counts what exists", () => {
    const harness = startAddon({ now: "2026-03-10T15:00:00Z", sheetCopyKeepsMetadata: keeps });
    installTemplate(harness);
    planSheet(harness)
      .getRange(FIRST_ROW, 1, 3, WIDTH - 1)
      .setValues([
        rowValues({ moyens: "Assemblée générale", echeance: "2026-04-30" }),
        rowValues({ moyens: "Sondage", echeance: "2026-05-15" }),
        rowValues({ moyens: "Formation", echeance: "2026-06-01" }),
      ]);
    expect(step(harness).report.status).toBe("done");
    const [calendar] = liveCalendars(harness);
    const before = snapshot(harness, calendar.id);

    planSheet(harness).activate();
    const duplicate = harness.emulator.spreadsheet.duplicateActiveSheet();
    expect(duplicate.getName()).toBe("Copie de Plan d'action");
    duplicate.getRange(FIRST_ROW, COL.echeance).setValue("2026-09-30");
    const asked = step(harness);
    expect(asked.report.status).toBe("needsNewCalendar");
    expect(asked.report.message).toContain("« Plan d'action — Comité Entraide (Copie de Plan d'action) »");
    const done = step(harness, { confirmNewCalendar: true });
    expect(done.report.status).toBe("done");
    expect(done.report.message).toContain("3 événements créés");
    const own = liveCalendars(harness).find((c) => c.id !== calendar.id)!;
    expect(own.summary).toBe("Plan d'action — Comité Entraide (Copie de Plan d'action)");
    expect(harness.calendar.allEvents(own.id)).toHaveLength(3);
    expect(snapshot(harness, calendar.id)).toEqual(before);
    // The original plan's next sync writes nothing.
    planSheet(harness).activate();
    const writes = calendarWrites(harness);
    expect(step(harness).report.message).toMatch(/^Rien à changer/);
    expect(calendarWrites(harness)).toBe(writes);
  });
});
