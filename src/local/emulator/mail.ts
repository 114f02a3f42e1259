/**
 * MailApp: sends e-mail from the account of the person running the script, and records every message so
 * tests and the playground can read it "as it would arrive". Documented
 * (developers.google.com/apps-script/reference/mail/mail-app): sendEmail(recipient, subject, body),
 * sendEmail(recipient, subject, body, options) with options { htmlBody, name, replyTo, noReply, cc, bcc,
 * attachments, inlineImages }, sendEmail(to, replyTo, subject, body), and sendEmail(message) with
 * { to, cc, bcc, subject, body, htmlBody, name, replyTo, noReply }; `to`, `cc` and `bcc` are
 * comma-separated lists. getRemainingDailyQuota() "returns the number of recipients you can send emails
 * to for the rest of the day"; quotas count recipients: 100 a day for a consumer account, 1,500 for a
 * Workspace account (apps-script/guides/services/quotas, "Email recipients per day"). Both methods list
 * the scope script.send_mail under "Authorization" (checked by scopes.ts/auth.ts before the call).
 *
 * Guesses, flagged: the error for a spent quota is Apps Script's long-known "Service invoked too many
 * times for one day: email."; an invalid address throws "Invalid email: <address>"; the quota's day is
 * the UTC day (Google says the window is 24 hours and does not say when it starts). Each recorded message
 * also carries its header block as a naive mailer would write it (one "Name: value" line per field,
 * values as given): a line break left in a field shows there as an extra header line, which is how a
 * test sees that no value the add-on passed could add a header.
 */
import type { VirtualClock } from "./clock.ts";
import { isConsumerEmail, type UserDirectory } from "./users.ts";

/** Recipients a day (apps-script/guides/services/quotas). */
export const CONSUMER_DAILY_RECIPIENTS = 100;
export const WORKSPACE_DAILY_RECIPIENTS = 1500;

export interface SentMail {
  /** The account that sent it (the person running the script). */
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody: string | null;
  name: string | null;
  replyTo: string | null;
  noReply: boolean;
  /** The header block as a naive mailer writes it (see the file comment). */
  headers: string;
  /** ISO instant of the virtual clock. */
  sentAt: string;
}

/** What the emulated accounts sent, and their daily quotas (shared by every account of the emulator). */
export class MailStore {
  readonly sent: SentMail[] = [];
  /** Recipients counted per account (lower-case email) on its last sending day (UTC). */
  readonly usage = new Map<string, { day: string; used: number }>();
  private readonly quotas = new Map<string, number>();

  /** Overrides the daily recipients of `email` (default: by account kind). */
  setDailyQuota(email: string, recipients: number): void {
    this.quotas.set(email.toLowerCase(), recipients);
  }

  dailyLimit(email: string): number {
    const set = this.quotas.get(email.toLowerCase());
    if (set !== undefined) return set;
    return isConsumerEmail(email) ? CONSUMER_DAILY_RECIPIENTS : WORKSPACE_DAILY_RECIPIENTS;
  }

  /** Recipients `email` has sent to on `day` (UTC). */
  usedOn(email: string, day: string): number {
    const entry = this.usage.get(email.toLowerCase());
    return entry && entry.day === day ? entry.used : 0;
  }
}

const ADDRESS = /^[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+$/;

function addressList(value: unknown): string[] {
  if (value === undefined || value === null || value === "") return [];
  return String(value)
    .split(",")
    .map((address) => address.trim())
    .filter((address) => address !== "");
}

function checkAddresses(addresses: string[]): void {
  for (const address of addresses) {
    const bare = /<([^<>]*)>\s*$/.exec(address)?.[1] ?? address;
    if (!ADDRESS.test(bare)) throw new Error(`Invalid email: ${address}`);
  }
}

function text(value: unknown): string {
  return value === undefined || value === null ? "" : String(value);
}

interface Message {
  to?: unknown;
  cc?: unknown;
  bcc?: unknown;
  subject?: unknown;
  body?: unknown;
  htmlBody?: unknown;
  name?: unknown;
  replyTo?: unknown;
  noReply?: unknown;
}

function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function createMailApp(store: MailStore, users: UserDirectory, clock: VirtualClock) {
  const usedToday = (email: string) => store.usedOn(email, utcDay(clock.now()));
  const remaining = () => {
    const email = users.current().email;
    return Math.max(0, store.dailyLimit(email) - usedToday(email));
  };
  const send = (message: Message) => {
    const to = addressList(message.to);
    const cc = addressList(message.cc);
    const bcc = addressList(message.bcc);
    if (to.length + cc.length + bcc.length === 0) throw new Error("Failed to send email: no recipient");
    checkAddresses([...to, ...cc, ...bcc]);
    const replyTo = message.replyTo === undefined || message.replyTo === null ? null : text(message.replyTo);
    if (replyTo) checkAddresses([replyTo]);
    const count = to.length + cc.length + bcc.length;
    if (count > remaining()) throw new Error("Service invoked too many times for one day: email.");
    const from = users.current().email;
    const name = message.name === undefined || message.name === null ? null : text(message.name);
    const subject = text(message.subject);
    const headerLines = [
      `From: ${name ? `${name} <${from}>` : from}`,
      `To: ${to.join(", ")}`,
      cc.length ? `Cc: ${cc.join(", ")}` : "",
      replyTo ? `Reply-To: ${replyTo}` : "",
      `Subject: ${subject}`,
    ].filter(Boolean);
    store.sent.push({
      from,
      to,
      cc,
      bcc,
      subject,
      body: text(message.body),
      htmlBody: message.htmlBody === undefined || message.htmlBody === null ? null : text(message.htmlBody),
      name,
      replyTo,
      noReply: Boolean(message.noReply),
      headers: headerLines.join("\r\n"),
      sentAt: new Date(clock.now()).toISOString(),
    });
    const key = from.toLowerCase();
    store.usage.set(key, { day: utcDay(clock.now()), used: usedToday(from) + count });
  };
  return {
    getRemainingDailyQuota: () => remaining(),
    sendEmail(...args: unknown[]): void {
      if (args.length === 1) {
        const message = args[0];
        if (!message || typeof message !== "object") throw new Error("Invalid argument: message");
        send(message as Message);
        return;
      }
      if (args.length === 3) {
        send({ to: args[0], subject: args[1], body: args[2] });
        return;
      }
      if (args.length === 4 && (typeof args[3] === "string" || args[3] === undefined)) {
        // sendEmail(to, replyTo, subject, body)
        send({ to: args[0], replyTo: args[1], subject: args[2], body: args[3] });
        return;
      }
      if (args.length === 4) {
        const options = (args[3] ?? {}) as Message;
        send({ ...options, to: args[0], subject: args[1], body: args[2] });
        return;
      }
      throw new Error("The parameters don't match the method signature for MailApp.sendEmail.");
    },
  };
}
