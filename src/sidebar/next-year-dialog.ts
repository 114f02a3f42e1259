/**
 * The next-year dialog (dist/NextYearDialog.html, menu "Préparer l'année suivante…" and the sidebar):
 * lists the actions of the active plan that are neither Terminé nor Annulé, each with a box to tick to
 * carry it over, asks the new Période (suggested: the day after this one ends, as long), offers to mark
 * the originals Reporté, and creates the new plan sheet. Plan text is shown with textContent only.
 */
import type { Lang } from "../core/i18n";
import { pluralOf } from "../core/i18n";
import type { CarryCandidateWire, NextYearChoices } from "../shared/next-year-wire";
import { BusyGate } from "./busy";
import { loadChoices } from "./dialog-choices";
import { append, byId, el, replaceChildren, setText } from "./dom";
import { browserLang } from "./labels";
import { callServer } from "./rpc";

const TEXT = {
  fr: {
    title: "Préparer l'année suivante",
    intro:
      "Cochez les actions à reprendre dans le plan de l'an prochain et donnez sa Période. Un nouveau plan est créé à côté de celui-ci, avec les mêmes colonnes et les mêmes membres ; les échéances reprises sont relues dans la nouvelle Période.",
    loading: "Lecture du plan…",
    plan: (sheet: string, comite: string) =>
      `Plan de départ : feuille « ${sheet} »${comite ? ` (${comite})` : ""}.`,
    period: "Nouvelle Période",
    start: "Début",
    end: "Fin",
    carry: "Actions à reprendre",
    all: "Tout cocher",
    none: "Tout décocher",
    noCandidates: "Toutes les actions de ce plan sont terminées ou annulées : le nouveau plan partira vide.",
    mark: "Dans ce plan-ci, passer les actions reprises à « Reporté », avec une note qui nomme le nouveau plan",
    create: (n: number) => `Créer le plan (${n} ${pluralOf("fr", n, "action reprise", "actions reprises")})`,
    creating: "Création du nouveau plan…",
    close: "Fermer",
    detail: (c: CarryCandidateWire) =>
      [c.situation, c.echeancier, c.responsables].filter(Boolean).join(" · "),
    failed: "Le serveur n'a pas répondu. Vérifiez votre connexion et réessayez.",
    badPeriod: "Donnez la nouvelle Période : une date de début et une date de fin, la fin après le début.",
  },
  en: {
    title: "Prepare next year",
    intro:
      "Tick the actions to carry over into next year's plan and give its Period. A new plan is created next to this one, with the same columns and the same members; the deadlines carried over are read again in the new Period.",
    loading: "Reading the plan…",
    plan: (sheet: string, comite: string) =>
      `Starting plan: sheet "${sheet}"${comite ? ` (${comite})` : ""}.`,
    period: "New Period",
    start: "Start",
    end: "End",
    carry: "Actions to carry over",
    all: "Tick all",
    none: "Untick all",
    noCandidates: "Every action of this plan is done or cancelled: the new plan will start empty.",
    mark: "In this plan, set the actions carried over to “Postponed”, with a note naming the new plan",
    create: (n: number) => `Create the plan (${n} ${pluralOf("en", n, "action", "actions")} carried over)`,
    creating: "Creating the new plan…",
    close: "Close",
    detail: (c: CarryCandidateWire) =>
      [c.situation, c.echeancier, c.responsables].filter(Boolean).join(" · "),
    failed: "The server did not answer. Check your connection and try again.",
    badPeriod: "Give the new Period: a start date and an end date, the end after the start.",
  },
};

let lang: Lang = browserLang();
let text = TEXT[lang];
const createButton = byId<HTMLButtonElement>("create");
const closeButton = byId<HTMLButtonElement>("close");
const allButton = byId<HTMLButtonElement>("all");
const noneButton = byId<HTMLButtonElement>("none");
const startInput = byId<HTMLInputElement>("start");
const endInput = byId<HTMLInputElement>("end");
const markInput = byId<HTMLInputElement>("mark");
let ready = false;
let created = false;
const gate = new BusyGate(
  () => [createButton, allButton, noneButton],
  (button) => ready && !(created && button === createButton),
);

function boxes(): HTMLInputElement[] {
  return [...document.querySelectorAll<HTMLInputElement>('#candidates input[type="checkbox"]')];
}

function refreshCount(): void {
  setText(createButton, text.create(boxes().filter((box) => box.checked).length));
}

function showTexts(next: Lang): void {
  lang = next;
  text = TEXT[lang];
  document.documentElement.lang = lang;
  document.title = text.title;
  setText(byId("title"), text.title);
  setText(byId("intro"), text.intro);
  setText(byId("period-legend"), text.period);
  setText(byId("start-label"), text.start);
  setText(byId("end-label"), text.end);
  setText(byId("carry-legend"), text.carry);
  setText(allButton, text.all);
  setText(noneButton, text.none);
  setText(byId("no-candidates"), text.noCandidates);
  setText(byId("mark-label"), text.mark);
  setText(closeButton, text.close);
  refreshCount();
}

function candidateRow(candidate: CarryCandidateWire, index: number): HTMLElement {
  const box = document.createElement("input");
  box.type = "checkbox";
  box.id = `carry-${index}`;
  box.value = candidate.key;
  box.checked = !candidate.carriedTo;
  box.addEventListener("change", refreshCount);
  const label = document.createElement("label");
  label.htmlFor = box.id;
  append(
    label,
    candidate.action,
    el("br"),
    el(
      "span",
      { className: "detail" },
      [candidate.objectif, text.detail(candidate)].filter(Boolean).join(" — "),
    ),
  );
  return el("div", { className: "choice" }, box, label);
}

function showChoices(choices: Extract<NextYearChoices, { ok: true }>): void {
  setText(byId("plan"), text.plan(choices.planSheetName, choices.comite));
  startInput.value = choices.suggested.start;
  endInput.value = choices.suggested.end;
  replaceChildren(byId("candidates"), ...choices.candidates.map(candidateRow));
  byId("carry").hidden = choices.candidates.length === 0;
  byId("no-candidates").hidden = choices.candidates.length > 0;
  ready = true;
  gate.refreshAvailability();
  refreshCount();
}

function load(): Promise<void> {
  return loadChoices(
    () => callServer("getNextYearChoices"),
    () => text,
    showTexts,
    showChoices,
  );
}

async function create(): Promise<void> {
  setText(byId("error"), "");
  const start = startInput.value;
  const end = endInput.value;
  if (!start || !end || end < start) {
    setText(byId("error"), text.badPeriod);
    return;
  }
  setText(byId("status"), text.creating);
  try {
    const keys = boxes()
      .filter((box) => box.checked)
      .map((box) => box.value);
    const done = await callServer("createNextYearPlan", {
      keys,
      start,
      end,
      markOriginals: markInput.checked,
    });
    setText(byId("status"), "");
    if (!done.ok) {
      setText(byId("error"), done.message);
      return;
    }
    created = true;
    replaceChildren(byId("result"), el("p", { className: "summary" }, done.message));
  } catch (_error) {
    setText(byId("status"), "");
    setText(byId("error"), text.failed);
  }
}

showTexts(lang);
createButton.addEventListener("click", () => gate.run(createButton, create));
allButton.addEventListener("click", () => {
  for (const box of boxes()) box.checked = true;
  refreshCount();
});
noneButton.addEventListener("click", () => {
  for (const box of boxes()) box.checked = false;
  refreshCount();
});
closeButton.addEventListener("click", () => window.google?.script?.host?.close());
load();
