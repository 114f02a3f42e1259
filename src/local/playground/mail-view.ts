/**
 * The playground's « Courriels » panel data: every e-mail the emulated MailApp sent (the suivi), newest
 * first, as it would arrive — sender, recipients, subject, date, the HTML body and the plain text. Plain
 * JSON for GET /api/mails; the page renders the HTML in a sandboxed frame (mail-panel.ts).
 */
import type { Emulator } from "../emulator/index.ts";

export interface MailView {
  from: string;
  fromName: string | null;
  to: string[];
  subject: string;
  sentAt: string;
  html: string | null;
  text: string;
}

export function mailViews(emulator: Emulator): MailView[] {
  return emulator.mail.sent
    .map((mail) => ({
      from: mail.from,
      fromName: mail.name,
      to: [...mail.to, ...mail.cc],
      subject: mail.subject,
      sentAt: mail.sentAt,
      html: mail.htmlBody,
      text: mail.body,
    }))
    .reverse();
}
