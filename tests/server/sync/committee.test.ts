/**
 * The committee's calendar through dist/Code.js, for each failure that once made a second calendar or lost
 * one: a one-off 404 on the listing, cleared document properties, a state chunk cut short, a state save
 * that fails right after the calendar is created; a second member who syncs (cannot reach the calendar,
 * or — under the emulator's `sharedMembers: "byRole"` option — a writer or a reader of it); the owner
 * deleting the calendar (asked first, only the creator); a declined calendar scope; the menu's budget
 * after a Yes/No; the committee's name clipped in the calendar's title.
 */
import { describe, expect, it } from "vitest";
import { typeset } from "../../../src/core/typography";
import { CALENDAR_FAULTS } from "../../../src/local/emulator/calendar";
import { SCOPES } from "../../../src/local/emulator/index";
import {
  calendarWrites,
  liveEvents,
  type RowInput,
  type SyncHarness,
  startSync,
  syncStep,
  typeRows,
} from "./harness";

const OWNER = "proprietaire@gmail.com";
const MEMBER = "membre@gmail.com";
const ROWS: RowInput[] = [
  { objectif: "Mobiliser", moyens: "Assemblée générale", echeancier: "mars 2026", responsables: "Marie" },
  { moyens: "Tournée des départements", echeancier: "avril 2026", responsables: "Luc" },
  { moyens: "Bilan", echeancier: "juin 2026" },
];

function synced(access: Parameters<typeof startSync>[2] = {}): SyncHarness {
  const harness = startSync({}, "Comité Entraide", access);
  typeRows(harness, ROWS);
  expect(syncStep(harness).report.status).toBe("done");
  harness.emulator.addUser(MEMBER);
  return harness;
}

function liveCalendars(harness: SyncHarness) {
  return harness.calendar.listCalendars().filter((c) => !c.deleted);
}

/** One calendar, three events, one per row, and the owner's. */
function expectOneCalendar(harness: SyncHarness): void {
  const live = liveCalendars(harness);
  expect(live).toHaveLength(1);
  expect(live[0].owner).toBe(OWNER);
  const keys = liveEvents(harness).map((e) => e.extendedProperties?.private?.rowKey);
  expect(keys).toHaveLength(ROWS.length);
  expect(new Set(keys).size).toBe(ROWS.length);
}

function stateKeys(harness: SyncHarness): string[] {
  return [...harness.emulator.properties.document.keys()].filter((k) => k.startsWith("planDaction.sync."));
}

describe("faults that used to make a second calendar", () => {
  it("a one-off 404 on the listing is confirmed with Calendars.get: no new calendar, no false message", () => {
    const harness = synced();
    harness.emulator.calls.injectFault({
      key: "Calendar.Events.list",
      at: 1,
      error: () => CALENDAR_FAULTS.notFound(),
    });
    harness.emulator.calls.reset();
    const progress = syncStep(harness);
    expect(progress.report.status).toBe("done");
    expect(progress.report.calendarRecreated).toBe(false);
    expect(progress.report.message).not.toMatch(/supprimé|introuvable/);
    expect(harness.emulator.calls.count("Calendar.Calendars.get")).toBe(1);
    expect(harness.emulator.calls.count("Calendar.Calendars.insert")).toBe(0);
    expectOneCalendar(harness);
  });

  it("cleared document properties: the sheet's record finds the calendar, the listing rebuilds the state", () => {
    const harness = synced();
    harness.emulator.properties.document.clear();
    harness.emulator.calls.reset();
    const progress = syncStep(harness);
    expect(progress.report).toMatchObject({ status: "done", created: [], calendarRecreated: false });
    expect(calendarWrites(harness)).toBe(0);
    expectOneCalendar(harness);
    // The document's record is written again, so the next loss is covered as well.
    expect(
      [...harness.emulator.properties.document.keys()].some((k) => k.startsWith("planDaction.calendar.")),
    ).toBe(true);
  });

  it("a state chunk cut short: rebuilt from the records and the listing, nothing duplicated", () => {
    const harness = synced();
    const [chunk] = stateKeys(harness).filter((k) => /\.0$/.test(k));
    const value = harness.emulator.properties.document.get(chunk)!;
    harness.emulator.properties.document.set(chunk, value.slice(0, Math.floor(value.length / 2)));
    harness.emulator.calls.reset();
    const progress = syncStep(harness);
    expect(progress.report).toMatchObject({ status: "done", created: [] });
    expect(calendarWrites(harness)).toBe(0);
    expectOneCalendar(harness);
  });

  it("the document properties and the sheet's record both lost: the creator's own memory finds it", () => {
    const harness = synced();
    harness.emulator.properties.document.clear();
    for (const meta of harness.emulator.spreadsheet.getSheetByName("Plan d'action")!.getDeveloperMetadata())
      if (meta.getKey() === "planDaction.calendar") meta.remove();
    expect(syncStep(harness).report).toMatchObject({ status: "done", created: [] });
    expectOneCalendar(harness);
  });

  it("a state save that fails right after creating the calendar: the next run finds it, one calendar only", () => {
    const harness = startSync();
    typeRows(harness, ROWS);
    harness.emulator.calls.injectFault({
      key: "PropertiesService.Properties.setProperties",
      at: 1,
      times: 2, // every state save of the first run
      error: () => new Error("Service error: Properties"),
    });
    const failed = syncStep(harness);
    expect(failed.report.status).toBe("failed");
    expect(failed.report.message).toMatch(/rien ne sera fait en double/);
    expect(harness.calendar.listCalendars()).toHaveLength(1);
    expect(harness.emulator.calls.count("PropertiesService.Properties.setProperties")).toBe(2);
    const next = syncStep(harness);
    expect(next.report.status).toBe("done");
    expect(next.report.created).toEqual([]); // the events made by the first run are found, not redone
    expect(harness.calendar.listCalendars()).toHaveLength(1);
    expectOneCalendar(harness);
  });
});

describe("who syncs", () => {
  it("a member who cannot reach the calendar is told who owns it; nothing is created", () => {
    const harness = synced();
    harness.emulator.calls.reset();
    const progress = harness.emulator.runAs(MEMBER, () => syncStep(harness));
    expect(progress.report.status).toBe("error");
    expect(progress.report.message).toBe(
      `L'agenda de ce plan appartient à ${OWNER} et votre compte Google ne peut pas le modifier. Demandez à ${OWNER} de lancer « Synchroniser l'agenda » (et, pour le consulter, de le partager avec le comité). Rien n'a été créé ni modifié.`,
    );
    expect(progress.report.calendarOwner).toBe(OWNER);
    expect(harness.emulator.calls.count("Calendar.Calendars.insert")).toBe(0);
    expectOneCalendar(harness);
    // Menu: the same words, in English for an English-speaking member.
    harness.emulator.users.get(MEMBER).locale = "en";
    harness.emulator.runAs(MEMBER, () => harness.addon.call("syncCalendar"));
    expect(harness.emulator.ui.alerts.at(-1)?.message).toMatch(
      new RegExp(
        `^This plan's calendar belongs to ${OWNER.replace(".", "\\.")} and your Google account cannot change it`,
      ),
    );
    expectOneCalendar(harness);
  });

  it("the owner is named in the sidebar's report", () => {
    const harness = synced();
    expect(syncStep(harness).report.calendarOwner).toBe(OWNER);
  });

  it("sharedMembers byRole: a writer syncs the same calendar; a reader is told they can only read", () => {
    const harness = synced({ sharedMembers: "byRole" });
    const Calendar = harness.emulator.globals.Calendar as {
      Acl: { insert(rule: object, calendarId: string): unknown };
    };
    const id = liveCalendars(harness)[0].id;
    Calendar.Acl.insert({ role: "writer", scope: { type: "user", value: MEMBER } }, id);
    typeRows(harness, [{ moyens: "Nouvelle action", echeancier: "mai 2026" }], 11);
    const byWriter = harness.emulator.runAs(MEMBER, () => syncStep(harness));
    expect(byWriter.report).toMatchObject({ status: "done", calendarOwner: OWNER });
    expect(byWriter.report.created).toHaveLength(1);
    expect(liveCalendars(harness)).toHaveLength(1);
    expect(liveEvents(harness)).toHaveLength(4);

    harness.emulator.addUser("lecteur@gmail.com");
    Calendar.Acl.insert({ role: "reader", scope: { type: "user", value: "lecteur@gmail.com" } }, id);
    typeRows(harness, [{ moyens: "Encore une", echeancier: "mai 2026" }], 12);
    const byReader = harness.emulator.runAs("lecteur@gmail.com", () => syncStep(harness));
    expect(byReader.report.status).toBe("failed");
    expect(byReader.report.failure?.detail).toMatch(
      /^Votre compte Google peut consulter l'agenda du plan mais pas le modifier/,
    );
    expect(liveCalendars(harness)).toHaveLength(1);
    expect(syncStep(harness).report.created).toHaveLength(1); // the owner then syncs it
  });

  it("sharedMembers creatorOnly: even a writer rule does not let a member reach it", () => {
    const harness = synced({ sharedMembers: "creatorOnly" });
    const Calendar = harness.emulator.globals.Calendar as {
      Acl: { insert(rule: object, calendarId: string): unknown };
    };
    Calendar.Acl.insert(
      { role: "writer", scope: { type: "user", value: MEMBER } },
      liveCalendars(harness)[0].id,
    );
    const progress = harness.emulator.runAs(MEMBER, () => syncStep(harness));
    expect(progress.report.status).toBe("error");
    expect(liveCalendars(harness)).toHaveLength(1);
  });
});

describe("the owner deletes the calendar", () => {
  it("a member is told who owns it; the owner is asked, and a no creates nothing", () => {
    const harness = synced();
    const old = liveCalendars(harness)[0].id;
    harness.calendar.deleteCalendar(old);
    expect(harness.emulator.runAs(MEMBER, () => syncStep(harness)).report.status).toBe("error");
    harness.emulator.ui.scriptAnswer("NO");
    harness.addon.call("syncCalendar");
    // What the menu shows is typeset for French (src/server/say.ts).
    expect(harness.emulator.ui.alerts.at(-1)?.message).toBe(
      typeset("fr", "L'agenda « Plan d'action — Comité Entraide » est introuvable. En créer un nouveau ?"),
    );
    expect(harness.emulator.ui.toasts.at(-1)?.message).toMatch(
      new RegExp(`^${typeset("fr", "D'accord : aucun agenda n'a été créé")}`),
    );
    expect(liveCalendars(harness)).toHaveLength(0);
    harness.emulator.ui.scriptAnswer("YES");
    harness.addon.call("syncCalendar");
    expect(liveCalendars(harness)).toHaveLength(1);
    expect(liveCalendars(harness)[0].id).not.toBe(old);
    expectOneCalendar(harness);
  });

  it("with userinfo.email declined the creator is still recognised, by their own memory", () => {
    const harness = startSync({ declinedScopes: [SCOPES.userinfoEmail] });
    typeRows(harness, ROWS);
    syncStep(harness);
    harness.calendar.deleteCalendar(liveCalendars(harness)[0].id);
    expect(syncStep(harness).report.status).toBe("needsNewCalendar");
    expect(syncStep(harness, { confirmNewCalendar: true }).report.status).toBe("done");
    expect(liveEvents(harness)).toHaveLength(ROWS.length);
  });
});

describe("granular consent", () => {
  it("a declined calendar scope: sync and preview say so and how to grant it; nothing else is affected", () => {
    const harness = startSync({ declinedScopes: [SCOPES.calendarAppCreated] });
    typeRows(harness, ROWS);
    harness.emulator.calls.reset();
    const progress = syncStep(harness);
    expect(progress.report.status).toBe("error");
    expect(progress.report.message).toMatch(/^Vous n'avez pas autorisé le module à gérer son agenda Google/);
    expect(progress.report.authorizationUrl).toMatch(/^https:\/\//);
    expect(harness.emulator.calls.count("Calendar")).toBe(0);
    const preview = harness.addon.call<{ status: string; message: string }>("previewSyncData");
    expect(preview.status).toBe("error");
    // The menu explains, then lets Google ask for the scope (which ends the execution).
    expect(() => harness.addon.call("syncCalendar")).toThrow("Authorization is required");
    expect(harness.emulator.ui.alerts.at(-1)?.message).toMatch(/cochez l'accès aux agendas/);
    expect(harness.emulator.users.authorizationPrompts.at(-1)?.scopes).toEqual([SCOPES.calendarAppCreated]);
    expect(harness.calendar.listCalendars()).toHaveLength(0);
    // Validation works without it.
    harness.addon.call("validatePlan");
    // Granted later: the sync works.
    harness.emulator.grantScope(SCOPES.calendarAppCreated);
    expect(syncStep(harness).report.status).toBe("done");
    expect(liveEvents(harness)).toHaveLength(ROWS.length);
  });

  it("in English too", () => {
    const harness = startSync({ declinedScopes: [SCOPES.calendarAppCreated], locale: "en" });
    expect(syncStep(harness).report.message).toMatch(
      /^You have not allowed the add-on to manage its Google calendar/,
    );
  });
});

describe("smaller defects", () => {
  it("the menu's run after a Yes counts its budget from the start of the execution (a dialog left open counts)", () => {
    const harness = synced();
    const sheet = harness.emulator.spreadsheet.getSheetByName("Plan d'action")!;
    sheet.getRange(8, 1, 3, 11).clearContent(); // every row gone: the mass-delete guard asks
    harness.emulator.calls.setLatency((key) => (key === "SpreadsheetApp.Ui.alert" ? 280_000 : 0));
    harness.emulator.ui.scriptAnswer("YES");
    harness.addon.call("syncCalendar");
    harness.emulator.calls.setLatency(null);
    // The answer came after 4 min 40 s: the second run had no time left, so it deleted nothing yet.
    expect(liveEvents(harness)).toHaveLength(ROWS.length);
    expect(harness.emulator.ui.toasts.at(-1)?.message).toMatch(/^Synchronisation pas encore terminée/);
  });

  it("clips a long committee name in the calendar's title", () => {
    const harness = startSync({}, "Comité ".repeat(40));
    typeRows(harness, ROWS);
    syncStep(harness);
    const [calendar] = liveCalendars(harness);
    expect(calendar.summary.length).toBeLessThanOrEqual("Plan d'action — ".length + 80);
    expect(calendar.summary.endsWith("…")).toBe(true);
    expect(calendar.description).toMatch(/^\[plan-daction:[0-9a-v]+\]$/);
  });
});
