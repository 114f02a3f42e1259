/**
 * The emulator's MailApp, as add-on code sees it (through the instrumented global): both sendEmail forms,
 * recipients counted against a daily quota per account (100 for a consumer account, 1,500 for Workspace,
 * a new count each day), the script.send_mail scope, and the header block a naive mailer would write.
 */
import { describe, expect, it } from "vitest";
import { createEmulator, SCOPES } from "../../../src/local/emulator/index";

type MailAppLike = {
  sendEmail(...args: unknown[]): void;
  getRemainingDailyQuota(): number;
};

function mailApp() {
  const emulator = createEmulator({ now: "2026-01-15T14:00:00Z" });
  return { emulator, mail: emulator.globals.MailApp as MailAppLike };
}

describe("MailApp (emulated)", () => {
  it("sends with (recipient, subject, body, options) and with a message object", () => {
    const { emulator, mail } = mailApp();
    mail.sendEmail("a@example.org", "Sujet", "Texte", {
      htmlBody: "<p>Texte</p>",
      name: "Plan",
      cc: "b@example.org",
    });
    mail.sendEmail({
      to: "c@example.org, d@example.org",
      subject: "Deux",
      body: "Corps",
      replyTo: "e@example.org",
    });
    mail.sendEmail("f@example.org", "Trois", "Court");
    const [first, second, third] = emulator.mail.sent;
    expect(first).toMatchObject({
      from: "proprietaire@gmail.com",
      to: ["a@example.org"],
      cc: ["b@example.org"],
      subject: "Sujet",
      body: "Texte",
      htmlBody: "<p>Texte</p>",
      name: "Plan",
      sentAt: "2026-01-15T14:00:00.000Z",
    });
    expect(first.headers).toBe(
      "From: Plan <proprietaire@gmail.com>\r\nTo: a@example.org\r\nCc: b@example.org\r\nSubject: Sujet",
    );
    expect(second.to).toEqual(["c@example.org", "d@example.org"]);
    expect(second.replyTo).toBe("e@example.org");
    expect(third.htmlBody).toBeNull();
    expect(emulator.calls.count("MailApp.sendEmail")).toBe(3);
  });

  it("counts recipients against the account's daily quota, per account, renewed the next day", () => {
    const { emulator, mail } = mailApp();
    expect(mail.getRemainingDailyQuota()).toBe(100);
    mail.sendEmail({ to: "a@example.org,b@example.org", bcc: "c@example.org", subject: "s", body: "b" });
    expect(mail.getRemainingDailyQuota()).toBe(97);
    emulator.addUser("secretaire@syndicat.example");
    expect(emulator.runAs("secretaire@syndicat.example", () => mail.getRemainingDailyQuota())).toBe(1500);
    emulator.mail.setDailyQuota("proprietaire@gmail.com", 3);
    expect(mail.getRemainingDailyQuota()).toBe(0);
    expect(() => mail.sendEmail("z@example.org", "s", "b")).toThrow(
      "Service invoked too many times for one day: email.",
    );
    emulator.clock.set("2026-01-16T00:00:01Z");
    expect(mail.getRemainingDailyQuota()).toBe(3);
    mail.sendEmail("z@example.org", "s", "b");
    expect(emulator.mail.sent).toHaveLength(2);
  });

  it("refuses an invalid address and a message without recipient", () => {
    const { emulator, mail } = mailApp();
    expect(() => mail.sendEmail("pas une adresse", "s", "b")).toThrow("Invalid email: pas une adresse");
    expect(() => mail.sendEmail("a@example.org\r\nBcc: x@example.org", "s", "b")).toThrow(/^Invalid email/);
    expect(() => mail.sendEmail({ subject: "s", body: "b" })).toThrow(/no recipient/);
    expect(emulator.mail.sent).toEqual([]);
  });

  it("writes a line break left in the subject into the header block, as a naive mailer would", () => {
    const { emulator, mail } = mailApp();
    mail.sendEmail("a@example.org", "Sujet\r\nBcc: x@example.org", "b");
    expect(emulator.mail.sent[0].headers.split("\r\n")).toContain("Bcc: x@example.org");
  });

  it("needs script.send_mail for both methods", () => {
    const { emulator, mail } = mailApp();
    emulator.declineScope(SCOPES.sendMail);
    expect(() => mail.getRemainingDailyQuota()).toThrow(/script\.send_mail/);
    expect(() => mail.sendEmail("a@example.org", "s", "b")).toThrow(
      "You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail",
    );
    expect(emulator.mail.sent).toEqual([]);
  });
});
