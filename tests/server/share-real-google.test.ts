/**
 * Sharing the calendar where Google is stricter than a lenient emulator, through dist/Code.js: Acl.list
 * answers 100 rules a page (150 rules: every page read, a member on the second page is not added twice);
 * a quotaExceeded or rate-limit 403 stops the run as Google's limits, not as the organisation's policy;
 * an address without a Google account is reported as such, not as added — whether Google answers 200 and
 * keeps no rule (a public report) or refuses it with a 400 (a guess), both tested; a null document lock
 * is said busy, as the other entry points say it.
 */
import { describe, expect, it } from "vitest";
import { calendarApiError } from "../../src/local/emulator/calendar";
import { loadAddon } from "../../src/local/loader";
import { type Harness, installTemplate, planSheet, startAddon } from "../support/addon";

const MEMBER = "membre@gmail.com";

interface Report {
  kind: string;
  summary: string;
  sections: { title: string; items: { text: string; cell?: string }[] }[];
}

type AclApi = {
  insert(resource: object, calendarId: string, options: object): unknown;
  list(calendarId: string, options?: object): { items: unknown[]; nextPageToken?: string };
};

function synced(members: string[][]): { harness: Harness; calendarId: string; acl: AclApi } {
  const harness = startAddon({ now: "2026-03-15T15:00:00Z" });
  installTemplate(harness);
  const sheet = planSheet(harness);
  sheet.getRange("B3:C3").setValues([["2026-01-01", "2026-12-31"]]);
  sheet.getRange("C8:F8").setValues([["Action un", "", "", "mars"]]);
  harness.addon.call("syncCalendar");
  const membres = harness.emulator.spreadsheet.getSheetByName("Membres")!;
  membres.getRange(2, 1, members.length, 3).setValues(members);
  const acl = (harness.emulator.globals.Calendar as { Acl: AclApi }).Acl;
  return { harness, calendarId: harness.calendar.listCalendars()[0]!.id, acl };
}

const share = (harness: Harness) => harness.addon.call<Report>("shareCalendarForSidebar");
const refusedItems = (report: Report) => report.sections.find((s) => s.title === "Refusés par Google")?.items;

describe("sharing, stricter where Google is", () => {
  it("reads every page of a 150-rule ACL: a member on the second page already has access", () => {
    const { harness, calendarId, acl } = synced([["Julie Tremblay", MEMBER, ""]]);
    for (let i = 1; i <= 148; i++)
      acl.insert({ role: "reader", scope: { type: "user", value: `main${i}@example.org` } }, calendarId, {
        sendNotifications: false,
      });
    acl.insert({ role: "reader", scope: { type: "user", value: MEMBER } }, calendarId, {
      sendNotifications: false,
    });
    expect(harness.calendar.aclRules(calendarId)).toHaveLength(150); // the owner's rule too
    const first = acl.list(calendarId);
    expect(first.items).toHaveLength(100);
    expect(acl.list(calendarId, { pageToken: first.nextPageToken }).items).toHaveLength(50);

    harness.emulator.calls.reset();
    const report = share(harness);
    expect(harness.emulator.calls.count("Calendar.Acl.list")).toBe(2);
    expect(harness.emulator.calls.count("Calendar.Acl.insert")).toBe(0);
    expect(report.summary).toMatch(/tous les membres de la feuille « Membres » y ont déjà accès/);
  });

  it("stops on a quotaExceeded 403 as Google's limits, not as the organisation's policy", () => {
    const { harness } = synced([
      ["Julie Tremblay", MEMBER, ""],
      ["Sophie Roy", "sophie@example.org", ""],
    ]);
    harness.emulator.calls.injectFault({
      key: "Calendar.Acl.insert",
      at: 1,
      error: () =>
        calendarApiError("calendar.acl.insert", 403, "Quota Exceeded", "quotaExceeded", "usageLimits"),
    });
    const report = share(harness);
    expect(report.kind).toBe("failed");
    expect(report.summary).toContain("Google Agenda limite le nombre de modifications par minute.");
    expect(report.summary).not.toMatch(/politique/);
    expect(refusedItems(report)).toBeUndefined();
  });

  for (const answer of ["unlisted", "refused"] as const) {
    it(`reports an address without a Google account as such, not as added (Google ${answer === "unlisted" ? "answers 200 and keeps no rule" : "refuses it with a 400"})`, () => {
      const { harness, calendarId } = synced([
        ["Julie Tremblay", MEMBER, ""],
        ["Paul Sans-Compte", "paul@videotron.ca", ""],
      ]);
      harness.calendar.noGoogleAccount("paul@videotron.ca", answer);
      const report = share(harness);
      expect(report.summary).toMatch(/1 membre ajouté comme lecteur/);
      expect(report.summary).toContain("Google a refusé certains partages");
      const added = report.sections.find((s) => s.title.startsWith("Ajoutés"))?.items ?? [];
      expect(added.map((item) => item.text)).toEqual([MEMBER]);
      expect(refusedItems(report)).toEqual([
        {
          text:
            answer === "unlisted"
              ? "paul@videotron.ca : cette adresse n'a pas de compte Google, elle ne peut donc pas voir l'agenda. Demandez à la personne l'adresse de son compte Google (Gmail ou autre), ou de créer un compte Google avec cette adresse, puis partagez de nouveau."
              : "paul@videotron.ca : Google n'accepte pas cette adresse (elle n'est peut-être pas celle d'un compte Google) ; cette personne ne peut pas voir l'agenda.",
          cell: "B3",
        },
      ]);
      expect(harness.calendar.aclRules(calendarId).map((rule) => rule.scope.value)).not.toContain(
        "paul@videotron.ca",
      );
      // Not recorded as added: a second click tries again (and says the same), it never "removes" it.
      const again = share(harness);
      expect(refusedItems(again)).toEqual(refusedItems(report));
    });
  }

  it("says busy when the document lock is null (outside a document), as the other entry points do", () => {
    const { harness } = synced([["Julie Tremblay", MEMBER, ""]]);
    const lockService = harness.emulator.globals.LockService as object;
    harness.emulator.globals.LockService = { ...lockService, getDocumentLock: () => null };
    const addon = loadAddon(harness.emulator);
    const report = addon.call<Report>("shareCalendarForSidebar");
    harness.emulator.globals.LockService = lockService;
    expect(report.kind).toBe("busy");
    expect(report.summary).not.toMatch(/inattendue/);
    expect(harness.emulator.calls.count("Calendar.Acl.insert")).toBe(0);
  });
});
