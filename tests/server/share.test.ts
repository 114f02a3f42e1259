/**
 * "Partager l'agenda avec le comité" through dist/Code.js, with several people: one reader rule per valid
 * address of Membres and none twice, no notification e-mail, invalid addresses named with their cell,
 * a refusal (a Workspace domain that forbids sharing outside) named per person, removal of only the rules
 * the add-on added, the manual way when calendar.acls was declined (checked before any Acl call), a
 * member who is not the calendar's owner told who is, and the menu's dialog.
 */
import { describe, expect, it } from "vitest";
import { SCOPES } from "../../src/local/emulator/index";
import { type Harness, installTemplate, planSheet, startAddon } from "../support/addon";

const OWNER = "proprietaire@gmail.com";
const MEMBER = "membre@gmail.com";

interface Report {
  kind: string;
  summary: string;
  sections: { title: string; items: { text: string; cell?: string }[] }[];
  membersSheet?: string;
  subscribeUrl?: string;
  settingsUrl?: string;
  emailsToCopy?: string;
  grantUrl?: string | null;
}

function membersSheet(harness: Harness) {
  const sheet = harness.emulator.spreadsheet.getSheetByName("Membres");
  if (!sheet) throw new Error("no Membres sheet");
  return sheet;
}

function setMembers(harness: Harness, rows: string[][]): void {
  const sheet = membersSheet(harness);
  sheet.getRange(2, 1, Math.max(sheet.getLastRow(), 2), 3).clearContent();
  if (rows.length) sheet.getRange(2, 1, rows.length, 3).setValues(rows);
}

/** A plan with two dated actions, synced once by its owner, and a Membres sheet. */
function synced(): { harness: Harness; calendarId: string } {
  const harness = startAddon({ now: "2026-03-15T15:00:00Z" });
  installTemplate(harness);
  const sheet = planSheet(harness);
  sheet.getRange("B3:C3").setValues([["2026-01-01", "2026-12-31"]]);
  sheet.getRange("C8:F9").setValues([
    ["Action un", "", "", "mars"],
    ["Action deux", "", "", "juin"],
  ]);
  harness.addon.call("syncCalendar");
  const calendars = harness.calendar.listCalendars();
  expect(calendars).toHaveLength(1);
  setMembers(harness, [
    ["Julie Tremblay", MEMBER, "Présidente"],
    ["Marc Gagnon", "pas-un-courriel", "Trésorier"],
    ["Sophie Roy", "Sophie.Roy@Example.org", ""],
    ["Propriétaire", OWNER, "Secrétaire"],
  ]);
  harness.emulator.calls.reset();
  return { harness, calendarId: calendars[0].id };
}

const share = (harness: Harness) => harness.addon.call<Report>("shareCalendarForSidebar");

function readers(harness: Harness, calendarId: string): string[] {
  return harness.calendar
    .aclRules(calendarId)
    .filter((rule) => rule.role === "reader")
    .map((rule) => rule.scope.value ?? "")
    .sort();
}

function base64(text: string): string {
  return Buffer.from(text, "utf8").toString("base64").replace(/=+$/, "");
}

describe("sharing the calendar with the committee", () => {
  it("says the calendar cannot be found when its owner deleted it, and shares nothing", () => {
    const { harness, calendarId } = synced();
    harness.calendar.deleteCalendar(calendarId);
    const calendarsBefore = harness.calendar.listCalendars().length;
    const report = share(harness);
    expect(report.kind).toBe("noCalendar");
    expect(report.summary).toContain("introuvable");
    expect(report.summary).toContain("Synchroniser l'agenda");
    expect(report.summary).not.toMatch(/inattendue/);
    expect(harness.calendar.listCalendars()).toHaveLength(calendarsBefore);
    expect(harness.emulator.calls.count("Calendar.Acl.insert")).toBe(0);
  });

  it("adds one reader rule per valid address, names the invalid cell, sends no e-mail", () => {
    const { harness, calendarId } = synced();
    const report = share(harness);
    expect(report.kind).toBe("shared");
    expect(readers(harness, calendarId)).toEqual([MEMBER, "sophie.roy@example.org"]);
    expect(harness.calendar.sharingNotifications()).toEqual([]);
    expect(report.summary).toMatch(
      /^Agenda « Plan d'action — Comité Entraide » : 2 membres ajoutés comme lecteurs, 1 avait déjà accès\./,
    );
    expect(report.sections.find((s) => s.title.startsWith("Adresses non valides"))?.items).toEqual([
      { text: "B3 : « pas-un-courriel »", cell: "B3" },
    ]);
    expect(report.membersSheet).toBe("Membres");
    expect(report.subscribeUrl).toBe(
      `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(base64(calendarId))}`,
    );
    expect(harness.emulator.calls.count("Calendar.Acl.insert")).toBe(2);
    // One listing to decide, one to check that each address added got its rule.
    expect(harness.emulator.calls.count("Calendar.Acl.list")).toBe(2);
  });

  it("adds nothing on a second click", () => {
    const { harness, calendarId } = synced();
    share(harness);
    harness.emulator.calls.reset();
    const again = share(harness);
    expect(again.summary).toBe(
      "Agenda « Plan d'action — Comité Entraide » : tous les membres de la feuille « Membres » y ont déjà accès. Rien n'a été ajouté. Corrigez les adresses non valides, puis recommencez.",
    );
    expect(harness.emulator.calls.count("Calendar.Acl.insert")).toBe(0);
    expect(harness.emulator.calls.count("Calendar.Acl.remove")).toBe(0);
    expect(readers(harness, calendarId)).toEqual([MEMBER, "sophie.roy@example.org"]);
  });

  it("removes only the rules it added when an address leaves Membres", () => {
    const { harness, calendarId } = synced();
    share(harness);
    // The owner shares by hand, in Google Calendar, with someone who is not in Membres.
    const Calendar = harness.emulator.globals.Calendar as {
      Acl: { insert(resource: object, calendarId: string, options: object): unknown };
    };
    Calendar.Acl.insert({ role: "reader", scope: { type: "user", value: "main@example.org" } }, calendarId, {
      sendNotifications: false,
    });
    setMembers(harness, [["Julie Tremblay", MEMBER, "Présidente"]]);
    const report = share(harness);
    expect(readers(harness, calendarId)).toEqual(["main@example.org", MEMBER]);
    expect(report.sections.find((s) => s.title.startsWith("Accès retirés"))?.items).toEqual([
      { text: "sophie.roy@example.org" },
    ]);
    // Membres emptied: the add-on asks first, then removes its last rule, never the one added by hand.
    setMembers(harness, []);
    expect(share(harness).kind).toBe("needsConfirmation");
    expect(readers(harness, calendarId)).toEqual(["main@example.org", MEMBER]);
    harness.addon.call<Report>("shareCalendarForSidebar", { confirmRemovals: true });
    expect(readers(harness, calendarId)).toEqual(["main@example.org"]);
  });

  it("asks before removing more than half of the accesses it gave (the Courriel column emptied)", () => {
    const { harness, calendarId } = synced();
    share(harness);
    expect(readers(harness, calendarId)).toEqual([MEMBER, "sophie.roy@example.org"]);
    // The addresses moved under another header: the Courriel column is empty.
    const sheet = membersSheet(harness);
    sheet.getRange("B2:B5").clearContent();
    harness.emulator.calls.reset();
    const asked = share(harness);
    expect(asked.kind).toBe("needsConfirmation");
    expect(asked.summary).toBe(
      "Partager retirerait l'accès à l'agenda « Plan d'action — Comité Entraide » de 2 des 2 personnes à qui le module l'avait donné : la colonne « Courriel » de la feuille « Membres » ne contient aucune adresse (vidée, ou les adresses déplacées sous un autre titre ?). Retirer ces accès ? Rien n'a encore été changé.",
    );
    expect(asked.sections[0].items.map((i) => i.text)).toEqual([MEMBER, "sophie.roy@example.org"]);
    expect(harness.emulator.calls.count("Calendar.Acl.remove")).toBe(0);
    expect(readers(harness, calendarId)).toEqual([MEMBER, "sophie.roy@example.org"]);

    // The menu: No changes nothing and says so; Yes removes them.
    harness.emulator.ui.scriptAnswer("NO");
    harness.addon.call("shareCalendarWithCommittee");
    expect(harness.emulator.ui.alerts.at(-2)!.message).toMatch(/Retirer ces accès\s?\?/);
    expect(harness.emulator.ui.alerts.at(-1)!.message).toMatch(
      /^D'accord\s?: aucun accès n'a été retiré\. Rien n'a été changé\.$/,
    );
    expect(readers(harness, calendarId)).toEqual([MEMBER, "sophie.roy@example.org"]);
    harness.emulator.ui.scriptAnswer("YES");
    harness.addon.call("shareCalendarWithCommittee");
    expect(harness.emulator.ui.alerts.at(-1)!.message).toContain("2 accès retirés");
    expect(readers(harness, calendarId)).toEqual([]);
  });

  it("removes half or less without asking, and asks in English too", () => {
    const { harness, calendarId } = synced();
    share(harness);
    setMembers(harness, [["Julie Tremblay", MEMBER, "Présidente"]]); // 1 of the 2 it gave leaves
    expect(share(harness).kind).toBe("shared");
    expect(readers(harness, calendarId)).toEqual([MEMBER]);
    setMembers(harness, [["Sophie Roy", "Sophie.Roy@Example.org", ""]]); // the last one it gave would go
    harness.emulator.setLocale("en_US");
    const asked = share(harness);
    expect(asked.kind).toBe("needsConfirmation");
    expect(asked.summary).toMatch(
      /^Sharing would remove access to the calendar "Plan d'action — Comité Entraide" from 1 of the 1 people/,
    );
    expect(readers(harness, calendarId)).toEqual([MEMBER]);
  });

  it("reports a refusal for each person whose domain forbids sharing, and shares with the others", () => {
    const { harness, calendarId } = synced();
    harness.calendar.refuseSharingWith("@example.org");
    const report = share(harness);
    expect(readers(harness, calendarId)).toEqual([MEMBER]);
    expect(report.sections.find((s) => s.title === "Refusés par Google")?.items).toEqual([
      {
        text: "sophie.roy@example.org : le partage avec cette personne est interdit par la politique de votre organisation (partage hors du domaine).",
        cell: "B4",
      },
    ]);
    expect(report.summary).toContain("Google a refusé certains partages");
  });

  it("gives the manual way when calendar.acls was declined, without any Acl call", () => {
    const { harness, calendarId } = synced();
    harness.emulator.declineScope(SCOPES.calendarAcls);
    const report = share(harness);
    expect(report.kind).toBe("manual");
    expect(report.settingsUrl).toBe(
      `https://calendar.google.com/calendar/r/settings/calendar/${encodeURIComponent(base64(calendarId))}`,
    );
    expect(report.emailsToCopy).toBe(`${MEMBER}, sophie.roy@example.org, ${OWNER}`);
    expect(report.grantUrl).toMatch(/^https:\/\/script\.google\.com\//);
    expect(report.summary).toContain("Partager avec des personnes précises");
    expect(harness.emulator.calls.count("Calendar.Acl")).toBe(0);
    expect(readers(harness, calendarId)).toEqual([]);
  });

  it("tells a member who is not the calendar's owner who is, and changes nothing", () => {
    const { harness, calendarId } = synced();
    harness.emulator.addUser(MEMBER);
    const report = harness.emulator.runAs(MEMBER, () => share(harness));
    expect(report).toEqual({
      kind: "notOwner",
      summary: `Seule la personne propriétaire de l'agenda « Plan d'action — Comité Entraide », ${OWNER}, peut le partager. Demandez-lui d'ouvrir ce fichier et de cliquer sur « Partager l'agenda avec le comité ». Rien n'a été changé.`,
      sections: [],
    });
    expect(harness.emulator.calls.count("Calendar")).toBe(0);
    expect(readers(harness, calendarId)).toEqual([]);
  });

  it("names the owner it saw in the ACL when the calendar's record has no owner (a record from before)", () => {
    const { harness, calendarId } = synced();
    // An older plan: the calendar is known from the sync state only, without its owner's e-mail.
    for (const key of [...harness.emulator.properties.document.keys()])
      if (key.startsWith("planDaction.calendar.")) harness.emulator.properties.document.delete(key);
    for (const meta of planSheet(harness).getDeveloperMetadata())
      if (meta.getKey() === "planDaction.calendar") meta.remove();
    harness.emulator.addUser(MEMBER);
    const before = harness.emulator.runAs(MEMBER, () => share(harness));
    expect(before.summary).toBe(
      "Seule la personne propriétaire de l'agenda « Plan d'action — Comité Entraide » (celle qui l'a synchronisé la première) peut le partager. Demandez-lui de cliquer sur « Partager l'agenda avec le comité ». Rien n'a été changé.",
    );
    share(harness); // the owner shares: the ACL listing shows who owns the calendar
    harness.emulator.calls.reset();
    const later = harness.emulator.runAs(MEMBER, () => share(harness));
    expect(later.kind).toBe("notOwner");
    expect(later.summary).toContain(`, ${OWNER}, peut le partager`);
    expect(harness.emulator.calls.count("Calendar")).toBe(0);
    expect(readers(harness, calendarId)).toEqual([MEMBER, "sophie.roy@example.org"]);
  });

  it("asks to sync first when the plan has no calendar yet", () => {
    const harness = startAddon({ now: "2026-03-15T15:00:00Z" });
    installTemplate(harness);
    const report = share(harness);
    expect(report.kind).toBe("noCalendar");
    expect(report.summary).toContain("Synchroniser l'agenda");
    expect(harness.emulator.calls.count("Calendar")).toBe(0);
  });

  it("shows the report in a dialog from the menu, links written out", () => {
    const { harness, calendarId } = synced();
    harness.addon.call("shareCalendarWithCommittee");
    const alert = harness.emulator.ui.alerts.at(-1);
    expect(alert?.title).toBe("Partager l'agenda avec le comité");
    expect(alert?.message).toContain(
      "Ajoutés comme lecteurs\u00a0:\n• membre@gmail.com\n• sophie.roy@example.org",
    );
    expect(alert?.message).toContain(`?cid=${encodeURIComponent(base64(calendarId))}`);
  });
});
