/**
 * The « Courriels » panel: each e-mail the add-on sent in the playground (« Envoyer le suivi »), newest
 * first, as it would arrive — subject, recipient, sender and date as text, and the message's HTML in an
 * iframe with `sandbox` (no scripts, no same-origin, no forms, no navigation of the page) and `srcdoc`, so
 * whatever a cell held can never run or reach the page. It is toggled from the top bar and, like the
 * Agenda, shares the right-hand side with the sidebar.
 */
import type { MailView } from "../mail-view.ts";
import { $, api, el } from "./dom.ts";
import { pageLang } from "./strings.ts";

const TEXT = {
  fr: {
    none: "Aucun courriel envoyé. Essayez Extensions ▸ Plan d'action ▸ Envoyer le suivi… (les adresses viennent de la feuille Membres).",
    to: "À",
    from: "De",
    frame: (subject: string) => `Courriel : ${subject}`,
  },
  en: {
    none: "No email sent. Try Extensions ▸ Plan d'action ▸ Send the follow-up… (the addresses come from the Members sheet).",
    to: "To",
    from: "From",
    frame: (subject: string) => `Email: ${subject}`,
  },
};

function when(iso: string): string {
  return new Intl.DateTimeFormat(pageLang() === "en" ? "en-CA" : "fr-CA", {
    dateStyle: "medium",
    timeStyle: "short",
  }).format(new Date(iso));
}

function mailCard(mail: MailView): HTMLElement {
  const text = TEXT[pageLang()];
  const frame = document.createElement("iframe");
  // An empty sandbox: no script, no same origin, no form, no popup, no top navigation.
  frame.setAttribute("sandbox", "");
  frame.setAttribute("referrerpolicy", "no-referrer");
  frame.title = text.frame(mail.subject);
  frame.className = "mail-body";
  frame.srcdoc = mail.html ?? "";
  if (mail.html === null) frame.hidden = true;
  const from = mail.fromName ? `${mail.fromName} <${mail.from}>` : mail.from;
  return el("article", { className: "mail", "data-to": mail.to.join(",") }, [
    el("h3", { className: "mail-subject", text: mail.subject }),
    el("p", { className: "mail-meta", text: `${text.to} : ${mail.to.join(", ")}` }),
    el("p", { className: "mail-meta", text: `${text.from} : ${from} · ${when(mail.sentAt)}` }),
    frame,
    mail.html === null ? el("pre", { className: "mail-text", text: mail.text }) : null,
  ]);
}

export async function refreshMails(): Promise<void> {
  if ($("mail-panel").hidden) return;
  const mails = await api<MailView[]>("/api/mails");
  const list = $("mail-list");
  list.replaceChildren();
  if (mails.length === 0) list.append(el("p", { className: "empty", text: TEXT[pageLang()].none }));
  for (const mail of mails) list.append(mailCard(mail));
}

export function setMailPanel(open: boolean): void {
  $("mail-panel").hidden = !open;
  const toggle = $("btn-mails");
  toggle.setAttribute("aria-pressed", String(open));
  toggle.setAttribute("aria-expanded", String(open));
  if (open) void refreshMails();
}

export function mailPanelOpen(): boolean {
  return !$("mail-panel").hidden;
}
