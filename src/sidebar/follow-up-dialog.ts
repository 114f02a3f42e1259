/**
 * The suivi dialog (dist/FollowUpDialog.html, menu « Envoyer le suivi… » and the sidebar's Suivi button):
 * shows who gets what — each member who follows by e-mail with their late and coming actions, ticked
 * unless already sent today — and who is named without an address, who said Non, who follows nothing this
 * time; the sender unticks whoever to leave out and sends. Without the permission to send, each person's
 * e-mail is offered as text to copy. Through the dialog kit (loadChoices, BusyGate); plan text is shown
 * with textContent only.
 */
import type { Lang } from "../core/i18n";
import type {
  FollowUpPersonWire,
  FollowUpPreview,
  FollowUpResult,
  NamedPersonWire,
} from "../shared/follow-up-wire";
import { BusyGate } from "./busy";
import { loadChoices } from "./dialog-choices";
import { append, byId, el, replaceChildren, setText } from "./dom";
import { browserLang } from "./labels";
import { callServer } from "./rpc";
import { safeLink } from "./share-panel";

type Ready = Extract<FollowUpPreview, { ok: true }>;

const TEXT = {
  fr: {
    title: "Envoyer le suivi",
    intro:
      "Chaque membre qui suit par courriel reçoit un courriel avec ses seules actions en retard ou à faire dans les 30 jours, envoyé depuis votre compte. Décochez qui laisser de côté.",
    loading: "Lecture du plan…",
    plan: (sheet: string, comite: string) => `Plan : feuille « ${sheet} »${comite ? ` (${comite})` : ""}.`,
    addedColumn: (sheet: string) =>
      `La colonne « Suivi par courriel » a été ajoutée à la feuille ${sheet} : vide ou Oui, la personne reçoit le suivi ; Non, elle ne le reçoit pas.`,
    people: "Qui reçoit quoi",
    counts: (late: number, coming: number) =>
      [late ? `${late} en retard` : "", coming ? `${coming} à venir` : ""].filter(Boolean).join(", "),
    alreadySent: "déjà envoyé aujourd'hui",
    nobody: "Personne n'a d'action en retard ou à faire dans les 30 jours : il n'y a rien à envoyer.",
    others: "Ne reçoivent pas de courriel",
    actions: (n: number) => (n > 1 ? `${n} actions` : "1 action"),
    noAddress: (names: string) => `Nommés dans Responsables, sans adresse dans Membres : ${names}.`,
    optedOut: (names: string) => `« Suivi par courriel » à Non : ${names}.`,
    nothing: (names: string) => `Rien cette fois : ${names}.`,
    quota: (quota: number, count: number) =>
      `Google permet encore ${quota} courriel${quota > 1 ? "s" : ""} aujourd'hui depuis votre compte, pour ${count} personnes : les autres recevront le suivi au prochain envoi.`,
    copyTitle: "Textes à copier",
    copyIntro:
      "Le module n'a pas la permission d'envoyer des courriels en votre nom. Copiez le texte de chaque personne dans votre propre courriel.",
    grant: "Donner la permission",
    copyFor: (name: string, email: string) => `Courriel pour ${name} (${email})`,
    copy: "Copier",
    copied: "Copié",
    send: "Envoyer",
    sending: "Envoi du suivi…",
    close: "Fermer",
    failed: "Le serveur n'a pas répondu. Vérifiez votre connexion et réessayez.",
  },
  en: {
    title: "Send the follow-up",
    intro:
      "Each member who follows by email gets one email with only their actions that are overdue or due in the next 30 days, sent from your account. Untick whoever to leave out.",
    loading: "Reading the plan…",
    plan: (sheet: string, comite: string) => `Plan: sheet "${sheet}"${comite ? ` (${comite})` : ""}.`,
    addedColumn: (sheet: string) =>
      `The column "Email follow-up" was added to the sheet ${sheet}: blank or Yes, the person gets the follow-up; No, they do not.`,
    people: "Who gets what",
    counts: (late: number, coming: number) =>
      [late ? `${late} overdue` : "", coming ? `${coming} coming up` : ""].filter(Boolean).join(", "),
    alreadySent: "already sent today",
    nobody: "Nobody has an action overdue or due in the next 30 days: there is nothing to send.",
    others: "Get no email",
    actions: (n: number) => (n > 1 ? `${n} actions` : "1 action"),
    noAddress: (names: string) => `Named in Responsible, with no address in Members: ${names}.`,
    optedOut: (names: string) => `"Email follow-up" set to No: ${names}.`,
    nothing: (names: string) => `Nothing this time: ${names}.`,
    quota: (quota: number, count: number) =>
      `Google allows ${quota} more email${quota > 1 ? "s" : ""} from your account today, for ${count} people: the others will get the follow-up with the next send.`,
    copyTitle: "Texts to copy",
    copyIntro:
      "The add-on is not allowed to send email on your behalf. Copy each person's text into your own email.",
    grant: "Grant the permission",
    copyFor: (name: string, email: string) => `Email for ${name} (${email})`,
    copy: "Copy",
    copied: "Copied",
    send: "Send",
    sending: "Sending the follow-up…",
    close: "Close",
    failed: "The server did not answer. Check your connection and try again.",
  },
} as const;

let lang: Lang = browserLang();
let text: (typeof TEXT)[Lang] = TEXT[lang];
let preview: Ready | null = null;
const sendButton = byId<HTMLButtonElement>("send");
const closeButton = byId<HTMLButtonElement>("close");
const gate = new BusyGate(
  () => [sendButton],
  () => preview?.canSend === true && ticked().length > 0,
);

function showTexts(next: Lang): void {
  lang = next;
  text = TEXT[lang];
  document.documentElement.lang = lang;
  document.title = text.title;
  setText(byId("title"), text.title);
  setText(byId("intro"), text.intro);
  setText(byId("people-legend"), text.people);
  setText(byId("others-title"), text.others);
  setText(byId("copy-title"), text.copyTitle);
  setText(sendButton, text.send);
  setText(closeButton, text.close);
}

function boxes(): HTMLInputElement[] {
  return Array.from(document.querySelectorAll<HTMLInputElement>('input[name="person"]:not(:disabled)'));
}

function ticked(): string[] {
  return boxes()
    .filter((box) => box.checked)
    .map((box) => box.value);
}

function leftOut(): string[] {
  return boxes()
    .filter((box) => !box.checked)
    .map((box) => box.value);
}

function personView(person: FollowUpPersonWire, index: number): HTMLElement {
  const input = document.createElement("input");
  input.type = "checkbox";
  input.name = "person";
  input.value = person.email;
  input.id = `person-${index}`;
  input.checked = !person.alreadySent;
  input.disabled = person.alreadySent;
  input.addEventListener("change", () => gate.refreshAvailability());
  const caption = document.createElement("label");
  caption.htmlFor = input.id;
  append(
    caption,
    el("strong", {}, person.name),
    ` <${person.email}> — ${text.counts(person.late, person.coming)}`,
    person.alreadySent ? el("span", { className: "sent-badge" }, ` · ${text.alreadySent}`) : null,
  );
  const items = el(
    "ul",
    { className: "items" },
    ...person.items.map((item) =>
      el("li", { className: item.late ? "late" : "" }, `${item.action} — ${item.when}`),
    ),
  );
  return el(
    "div",
    { className: "person", data: { email: person.email } },
    el("div", { className: "choice" }, input, caption),
    items,
  );
}

function namedList(people: NamedPersonWire[]): string {
  return people.map((person) => `${person.name} (${text.actions(person.actions)})`).join(", ");
}

function copyBlock(person: FollowUpPersonWire, index: number): HTMLElement {
  const area = document.createElement("textarea");
  area.id = `copy-${index}`;
  area.readOnly = true;
  area.value = `${person.subject}\n\n${person.text}`;
  const label = document.createElement("label");
  label.htmlFor = area.id;
  setText(label, text.copyFor(person.name, person.email));
  const button = el("button", { type: "button" }, text.copy);
  button.addEventListener("click", () => {
    area.select();
    const done = () => setText(button, text.copied);
    if (navigator.clipboard) void navigator.clipboard.writeText(area.value).then(done, () => undefined);
    else done();
  });
  return el("div", { className: "copy-block" }, label, area, button);
}

function showCopies(people: FollowUpPersonWire[], grantUrl: string | null): void {
  setText(byId("copy-intro"), text.copyIntro);
  replaceChildren(
    byId("copy-list"),
    grantUrl ? el("p", {}, safeLink(grantUrl, text.grant)) : null,
    ...people.map(copyBlock),
  );
  byId("copy").hidden = people.length === 0;
}

function showPreview(choices: Ready): void {
  preview = choices;
  setText(byId("plan"), text.plan(choices.sheetName, choices.comite));
  const notice = byId("notice");
  notice.hidden = !choices.addedColumn;
  setText(notice, choices.addedColumn ? text.addedColumn(choices.membersSheetName) : "");
  replaceChildren(byId("people-list"), ...choices.people.map(personView));
  byId("people").hidden = choices.people.length === 0;
  const nobody = byId("nobody");
  nobody.hidden = choices.people.length > 0;
  setText(nobody, text.nobody);
  const others = [
    choices.noAddress.length ? text.noAddress(namedList(choices.noAddress)) : "",
    choices.optedOut.length ? text.optedOut(namedList(choices.optedOut)) : "",
    choices.nothing.length ? text.nothing(choices.nothing.join(", ")) : "",
  ].filter(Boolean);
  replaceChildren(byId("others-list"), ...others.map((line) => el("li", {}, line)));
  byId("others").hidden = others.length === 0;
  const toSend = choices.people.filter((person) => !person.alreadySent).length;
  const quota = byId("quota");
  const short = choices.quota !== null && choices.quota < toSend;
  quota.hidden = !short;
  setText(quota, short ? text.quota(choices.quota ?? 0, toSend) : "");
  if (choices.canSend) byId("copy").hidden = true;
  else showCopies(choices.people, choices.grantUrl);
  sendButton.hidden = !choices.canSend;
  gate.refreshAvailability();
}

function load(): Promise<void> {
  return loadChoices(
    () => callServer("previewFollowUp"),
    () => text,
    showTexts,
    showPreview,
  );
}

function showResult(result: FollowUpResult): void {
  if (result.status === "error") {
    setText(byId("error"), result.message);
    return;
  }
  replaceChildren(byId("result"), el("p", { className: "summary" }, result.message));
  if (result.status === "declined") {
    sendButton.hidden = true;
    showCopies(result.people, result.grantUrl);
  }
}

async function send(): Promise<void> {
  setText(byId("error"), "");
  replaceChildren(byId("result"));
  setText(byId("status"), text.sending);
  try {
    const result = await callServer("sendFollowUp", leftOut());
    setText(byId("status"), "");
    if (result.status === "done") await load();
    showResult(result);
  } catch (_error) {
    setText(byId("status"), "");
    setText(byId("error"), text.failed);
  }
}

showTexts(lang);
sendButton.addEventListener("click", () => gate.run(sendButton, send));
closeButton.addEventListener("click", () => window.google?.script?.host?.close());
load();
