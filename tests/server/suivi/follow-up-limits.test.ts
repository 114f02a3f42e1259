/**
 * The suivi's limits through dist/Code.js: Google's daily quota (send what it allows, name who is left,
 * the next send picks them up), a declined script.send_mail (the preview still works, nothing is sent, each
 * person's text is offered to copy), cell text with markup stays text in the HTML, a line break in an
 * address, a name or the committee cannot add a header, a failing sendEmail keeps what was sent recorded,
 * and the spreadsheet calls do not grow with the plan's rows (one sendEmail per person).
 */
import { describe, expect, it } from "vitest";
import { SCOPES } from "../../../src/local/emulator/index";
import { committee, done, MEMBERS, OWNER, preview, ROWS, ready, send } from "./suivi-helpers";

describe("Google's daily quota", () => {
  it("sends what the quota allows, names who is left, and the next send picks them up", () => {
    const harness = committee();
    harness.emulator.mail.setDailyQuota(OWNER, 1);
    expect(ready(preview(harness)).quota).toBe(1);
    const first = done(send(harness));
    expect(first.sent).toEqual(["Julie Tremblay"]);
    expect(first.left).toEqual(["Nadia Ali"]);
    expect(first.message).toContain("Google ne permet plus d'envoyer de courriels aujourd'hui");
    expect(first.message).toContain("Nadia Ali n'a pas reçu le suivi. Le prochain envoi le reprendra.");
    expect(harness.emulator.calls.count("MailApp.getRemainingDailyQuota")).toBeGreaterThan(0);

    // The quota is spent: a send now sends nothing, and says Nadia is still waiting.
    const spent = done(send(harness));
    expect(spent.sent).toEqual([]);
    expect(spent.alreadySent).toEqual(["Julie Tremblay"]);
    expect(spent.left).toEqual(["Nadia Ali"]);

    // The next day (a new quota): Nadia gets hers; Julie's list is the same but it is a new day, so hers too.
    harness.emulator.clock.set("2026-01-16T15:00:00Z");
    harness.emulator.mail.setDailyQuota(OWNER, 100);
    const next = done(send(harness));
    expect(next.sent).toEqual(["Julie Tremblay", "Nadia Ali"]);
    expect(next.left).toEqual([]);
    expect(harness.emulator.mail.sent.map((mail) => mail.to[0])).toEqual([
      "julie@example.org",
      "julie@example.org",
      "nadia@example.org",
    ]);
  });

  it("resumes the same day once the quota allows, sending only who was left", () => {
    const harness = committee();
    harness.emulator.mail.setDailyQuota(OWNER, 1);
    done(send(harness));
    harness.emulator.mail.setDailyQuota(OWNER, 5);
    const resumed = done(send(harness));
    expect(resumed.sent).toEqual(["Nadia Ali"]);
    expect(resumed.alreadySent).toEqual(["Julie Tremblay"]);
    expect(harness.emulator.mail.sent).toHaveLength(2);
  });

  it("records what was sent when a sendEmail fails half-way, and names who is left", () => {
    const harness = committee();
    harness.emulator.calls.injectFault({
      key: "MailApp.sendEmail",
      at: 2,
      error: new Error("Service unavailable: Mail"),
    });
    const result = done(send(harness));
    expect(result.sent).toEqual(["Julie Tremblay"]);
    expect(result.left).toEqual(["Nadia Ali"]);
    expect(result.message).toContain("L'envoi s'est arrêté (Service unavailable: Mail)");
    expect(done(send(harness)).sent).toEqual(["Nadia Ali"]);
    expect(harness.emulator.mail.sent.map((mail) => mail.to[0])).toEqual([
      "julie@example.org",
      "nadia@example.org",
    ]);
  });
});

describe("a declined script.send_mail", () => {
  it("still previews, sends nothing, and offers each person's text to copy", () => {
    const harness = committee();
    harness.emulator.declineScope(SCOPES.sendMail);
    const result = ready(preview(harness));
    expect(result.canSend).toBe(false);
    expect(result.grantUrl).toMatch(/^https:\/\//);
    expect(result.quota).toBeNull();
    expect(result.people.map((person) => person.name)).toEqual(["Julie Tremblay", "Nadia Ali"]);
    harness.emulator.calls.reset();
    const sent = send(harness);
    expect(sent.status).toBe("declined");
    if (sent.status !== "declined") return;
    expect(sent.message).toMatch(/^Vous n'avez pas permis au module d'envoyer des courriels/);
    expect(sent.people[0].subject).toBe(
      "Plan d'action — Comité Entraide\u00a0: vos actions (1 en retard, 1 à venir)",
    );
    expect(sent.people[0].text).toMatch(/^Bonjour Julie Tremblay,\n\nVoici vos actions/);
    expect(harness.emulator.calls.count("MailApp")).toBe(0);
    expect(harness.emulator.mail.sent).toEqual([]);
  });
});

describe("what a cell cannot do to an e-mail", () => {
  it("keeps markup typed in a cell as text in the HTML", () => {
    const harness = committee();
    done(send(harness));
    const html = harness.emulator.mail.sent[0].htmlBody ?? "";
    expect(html).toContain(
      "Tenir un kiosque &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;café&lt;/b&gt;",
    );
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<b>");
    // The plain text keeps what was typed, as typed.
    expect(harness.emulator.mail.sent[0].body).toContain(
      "Tenir un kiosque <script>alert(1)</script> & <b>café</b>",
    );
  });

  it("lets no line break in an address, a name or the committee add a header", () => {
    const members = [
      ["Eve Martin\nBcc: espion@evil.example", "eve@example.org\nBcc: espion@evil.example", "", "", ""],
      ...MEMBERS,
    ];
    const rows = [
      [
        "Objectif",
        "",
        "Action d'Eve",
        "",
        "Eve Martin Bcc: espion@evil.example",
        "",
        "",
        "2026-01-20",
        "À faire",
      ],
      ...ROWS,
    ];
    const harness = committee({ members, rows });
    const plan = harness.emulator.spreadsheet.getSheetByName("Plan d'action")!;
    plan.getRange("B2").setValue("Comité\r\nBcc: espion@evil.example");
    const result = done(send(harness));
    expect(result.sent).toEqual(["Eve Martin\nBcc: espion@evil.example", "Julie Tremblay", "Nadia Ali"]);
    for (const mail of harness.emulator.mail.sent) {
      expect(mail.headers.split("\r\n").map((line) => line.split(":")[0])).toEqual(["From", "To", "Subject"]);
      expect(mail.bcc).toEqual([]);
      expect(mail.subject).not.toMatch(/[\r\n]/);
      expect(mail.name ?? "").not.toMatch(/[\r\n]/);
    }
    expect(harness.emulator.mail.sent[0].to).toEqual(["eve@example.org"]);
    expect(harness.emulator.mail.sent[0].subject).toBe(
      "Plan d'action — Comité Bcc: espion@evil.example\u00a0: vos actions (1 à venir)",
    );
  });
});

describe("calls", () => {
  function bigCommittee(rowCount: number) {
    const people = Array.from({ length: 8 }, (_, i) => [
      `Membre ${i + 1}`,
      `membre${i + 1}@example.org`,
      "",
      "",
      "",
    ]);
    const rows = Array.from({ length: rowCount }, (_, i) => [
      i === 0 ? "Objectif" : "",
      "",
      `Action ${i + 1}`,
      "",
      `Membre ${(i % 8) + 1}`,
      "",
      "",
      i % 3 === 0 ? "2026-01-10" : i % 3 === 1 ? "2026-02-01" : "2026-07-01",
      "À faire",
    ]);
    const harness = committee({ members: people, rows });
    harness.addon.call("previewFollowUp"); // the first read fills what it owns; then measure
    harness.emulator.calls.reset();
    const result = done(send(harness));
    return { harness, result };
  }

  it("makes as many spreadsheet calls for 400 rows as for 40, and one sendEmail per person", () => {
    const small = bigCommittee(40);
    const large = bigCommittee(400);
    expect(small.result.sent).toHaveLength(8);
    expect(large.result.sent).toHaveLength(8);
    expect(large.harness.emulator.calls.count("SpreadsheetApp")).toBe(
      small.harness.emulator.calls.count("SpreadsheetApp"),
    );
    expect(large.harness.emulator.calls.count("MailApp.sendEmail")).toBe(8);
    expect(small.harness.emulator.calls.count("MailApp.sendEmail")).toBe(8);
    expect(large.harness.emulator.calls.count("PropertiesService")).toBe(
      small.harness.emulator.calls.count("PropertiesService"),
    );
  });
});
