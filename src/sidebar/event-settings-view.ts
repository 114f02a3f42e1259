/**
 * The sidebar's "Agenda : réglages des événements" card: the plan's event settings (what the titles show,
 * the Échéance day or the whole Début–Échéance period, and whether past Terminé actions stay out of the
 * calendar) as radio buttons and a checkbox, with one button that saves them through saveEventSettings.
 * The settings apply at the next sync; the card says so. Built with el() only (no markup from data).
 */
import type { EventSettings, EventSpanChoice, EventTitleChoice } from "../core/sync/event-settings";
import { el, setText } from "./dom";
import type { Labels } from "./labels";

export interface EventSettingsViewOptions {
  labels: Labels;
  settings: EventSettings;
  /** Saves `settings`; the view shows the answer's message in its status line. */
  onSave: (settings: EventSettings, button: HTMLButtonElement) => Promise<{ ok: boolean; message: string }>;
}

function radio(name: string, value: string, text: string, checked: boolean): HTMLLabelElement {
  const input = el("input");
  input.type = "radio";
  input.name = name;
  input.value = value;
  input.checked = checked;
  return el("label", { className: "choice" }, input, " ", text);
}

function group(legend: string, ...choices: HTMLElement[]): HTMLFieldSetElement {
  return el("fieldset", { className: "choices" }, el("legend", {}, legend), ...choices);
}

function checked<T extends string>(form: HTMLElement, name: string, fallback: T): T {
  const input = form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`);
  return (input?.value as T | undefined) ?? fallback;
}

/** The settings card. */
export function eventSettingsSection({ labels, settings, onSave }: EventSettingsViewOptions): HTMLElement {
  const words = labels.eventSettings;
  const titles: Array<[EventTitleChoice, string]> = [
    ["action", words.titleAction],
    ["result", words.titleResult],
    ["both", words.titleBoth],
  ];
  const spans: Array<[EventSpanChoice, string]> = [
    ["echeance", words.spanEcheance],
    ["period", words.spanPeriod],
  ];
  const skip = el("input");
  skip.type = "checkbox";
  skip.name = "skipPastDone";
  skip.checked = settings.skipPastDone === true;
  const status = el("p", { className: "status small", role: "status" });
  const save = el("button", { type: "button", className: "settings-save" }, words.save);
  const form = el(
    "div",
    { className: "settings-form" },
    group(
      words.titleLegend,
      ...titles.map(([value, text]) => radio("title", value, text, settings.title === value)),
    ),
    group(
      words.spanLegend,
      ...spans.map(([value, text]) => radio("span", value, text, settings.span === value)),
    ),
    el("label", { className: "choice" }, skip, " ", words.skipPastDone),
    el("p", { className: "muted small" }, words.hint),
    save,
    status,
  );
  save.addEventListener("click", () => {
    const chosen: EventSettings = {
      title: checked(form, "title", settings.title),
      span: checked(form, "span", settings.span),
      // Left unticked and never chosen: the first sync of an old plan still asks.
      skipPastDone: skip.checked ? true : settings.skipPastDone === null ? null : false,
    };
    setText(status, words.saving);
    void onSave(chosen, save).then((answer) => {
      if (answer.ok) settings = chosen;
      setText(status, answer.message);
    });
  });
  const details = el(
    "details",
    { className: "settings" },
    el("summary", {}, el("h2", { id: "event-settings-title" }, words.title)),
    form,
  );
  return el(
    "section",
    { id: "event-settings", className: "card", aria: { labelledby: "event-settings-title" } },
    details,
  );
}
