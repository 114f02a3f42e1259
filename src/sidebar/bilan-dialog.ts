/**
 * The bilan dialog (dist/BilanDialog.html, menu "Préparer le bilan…" and the sidebar's Bilan button):
 * says which plan the bilan is made from, lets the committee choose the whole Période or one of its
 * years when the Période runs over several, and prepares (or refreshes) the bilan sheet. Plan text is
 * shown with textContent only.
 */
import type { Lang } from "../core/i18n";
import type { BilanChoices } from "../shared/bilan-wire";
import { BusyGate } from "./busy";
import { loadChoices } from "./dialog-choices";
import { append, byId, el, replaceChildren, setText } from "./dom";
import { formatDay } from "./format";
import { browserLang } from "./labels";
import { callServer } from "./rpc";

const TEXT = {
  fr: {
    title: "Préparer le bilan",
    intro:
      "Le bilan reprend les chiffres du Résumé de l'avancement et, par objectif, les actions réalisées, en cours, en retard, reportées et annulées, avec une colonne « Commentaire pour l'assemblée » que le comité remplit. Le refaire garde les commentaires avec leur action.",
    loading: "Lecture du plan…",
    plan: (sheet: string, comite: string) => `Plan : feuille « ${sheet} »${comite ? ` (${comite})` : ""}.`,
    scope: "Bilan de",
    whole: "Toute la période",
    year: (index: number) => `Année ${index}`,
    span: (start: string, end: string) => `du ${start} au ${end}`,
    exists: (sheet: string) => `déjà préparé : « ${sheet} » sera mis à jour`,
    prepare: "Préparer le bilan",
    preparing: "Préparation du bilan…",
    close: "Fermer",
    failed: "Le serveur n'a pas répondu. Vérifiez votre connexion et réessayez.",
  },
  en: {
    title: "Prepare the report",
    intro:
      'The report takes the figures of the Progress summary and, per objective, the actions done, in progress, overdue, postponed and cancelled, with a column "Comment for the assembly" the committee fills in. Preparing it again keeps the comments with their action.',
    loading: "Reading the plan…",
    plan: (sheet: string, comite: string) => `Plan: sheet "${sheet}"${comite ? ` (${comite})` : ""}.`,
    scope: "Report on",
    whole: "The whole period",
    year: (index: number) => `Year ${index}`,
    span: (start: string, end: string) => `${start} to ${end}`,
    exists: (sheet: string) => `already prepared: "${sheet}" will be updated`,
    prepare: "Prepare the report",
    preparing: "Preparing the report…",
    close: "Close",
    failed: "The server did not answer. Check your connection and try again.",
  },
} as const;

let lang: Lang = browserLang();
let text: (typeof TEXT)[Lang] = TEXT[lang];
const prepareButton = byId<HTMLButtonElement>("prepare");
const closeButton = byId<HTMLButtonElement>("close");
let ready = false;
const gate = new BusyGate(
  () => [prepareButton],
  () => ready,
);

function showTexts(next: Lang): void {
  lang = next;
  text = TEXT[lang];
  document.documentElement.lang = lang;
  document.title = text.title;
  setText(byId("title"), text.title);
  setText(byId("intro"), text.intro);
  setText(byId("scope-legend"), text.scope);
  setText(prepareButton, text.prepare);
  setText(closeButton, text.close);
}

function radio(value: number, checked: boolean, label: string, detail: string): HTMLElement {
  const input = document.createElement("input");
  input.type = "radio";
  input.name = "scope";
  input.value = String(value);
  input.id = `scope-${value}`;
  input.checked = checked;
  const caption = document.createElement("label");
  caption.htmlFor = input.id;
  append(caption, label, detail ? el("span", { className: "detail" }, ` — ${detail}`) : null);
  return el("div", { className: "choice" }, input, caption);
}

function showChoices(choices: Extract<BilanChoices, { ok: true }>): void {
  setText(byId("plan"), text.plan(choices.planSheetName, choices.comite));
  const day = (iso: string) => formatDay(iso, lang);
  const items: HTMLElement[] = [];
  const wholeDetail = [
    choices.period ? text.span(day(choices.period.start), day(choices.period.end)) : "",
    choices.wholeSheetName ? text.exists(choices.wholeSheetName) : "",
  ]
    .filter(Boolean)
    .join(" · ");
  items.push(radio(0, true, text.whole, wholeDetail));
  for (const year of choices.years) {
    const detail = [
      text.span(day(year.start), day(year.end)),
      year.sheetName ? text.exists(year.sheetName) : "",
    ]
      .filter(Boolean)
      .join(" · ");
    items.push(radio(year.index, false, text.year(year.index), detail));
  }
  replaceChildren(byId("choices"), ...items);
  byId("scope").hidden = choices.years.length === 0;
  ready = true;
  gate.refreshAvailability();
}

function chosenYear(): number {
  const checked = document.querySelector<HTMLInputElement>('input[name="scope"]:checked');
  return checked ? Number(checked.value) : 0;
}

function load(): Promise<void> {
  return loadChoices(
    () => callServer("getBilanChoices"),
    () => text,
    showTexts,
    showChoices,
  );
}

async function prepare(): Promise<void> {
  setText(byId("error"), "");
  replaceChildren(byId("result"));
  setText(byId("status"), text.preparing);
  try {
    const done = await callServer("prepareBilan", chosenYear());
    setText(byId("status"), "");
    if (!done.ok) {
      setText(byId("error"), done.message);
      return;
    }
    replaceChildren(byId("result"), el("p", { className: "summary" }, done.message));
  } catch (_error) {
    setText(byId("status"), "");
    setText(byId("error"), text.failed);
  }
}

showTexts(lang);
prepareButton.addEventListener("click", () => gate.run(prepareButton, prepare));
closeButton.addEventListener("click", () => window.google?.script?.host?.close());
load();
