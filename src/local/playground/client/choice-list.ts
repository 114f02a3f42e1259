/**
 * The list under the cell editor of a dropdown cell (Statut), as Sheets' dropdown chips do: typing filters
 * the list (accents and case ignored: « termine » finds Terminé; a word inside a choice too), the first
 * match is highlighted, the arrows move the highlight, and Enter or Tab takes it. A text matching no choice
 * stays as typed, and the server refuses it with one message in the person's language. The input is an
 * ARIA combobox driving a listbox (aria-activedescendant).
 */
import { el } from "./dom.ts";

export interface ChoiceList {
  /** The highlighted choice (what Enter and Tab write), or null when none matches. */
  chosen(): string | null;
  /** Handles the arrows; true when the key was the list's. */
  key(event: KeyboardEvent): boolean;
  remove(): void;
}

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim();

/** The choices matching `typed`: those starting with it first, then those containing it. */
export function matchingChoices(choices: string[], typed: string): string[] {
  const wanted = fold(typed);
  if (wanted === "") return [...choices];
  const starts = choices.filter((c) => fold(c).startsWith(wanted));
  const inside = choices.filter((c) => !starts.includes(c) && fold(c).includes(wanted));
  return [...starts, ...inside];
}

export function attachChoices(input: HTMLInputElement, td: HTMLElement, choices: string[]): ChoiceList {
  const id = `choices-${td.id}`;
  const list = el("ul", {
    id,
    className: "choice-list",
    role: "listbox",
    "aria-label": input.getAttribute("aria-label") ?? "",
  });
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", id);
  input.setAttribute("aria-expanded", "true");
  td.append(list);
  let shown: string[] = [];
  let active = 0;
  const draw = () => {
    shown = matchingChoices(choices, input.value);
    active = Math.min(active, Math.max(0, shown.length - 1));
    list.replaceChildren(
      ...shown.map((choice, i) => {
        const option = el("li", {
          id: `${id}-${i}`,
          role: "option",
          className: i === active ? "active" : "",
          "aria-selected": i === active ? "true" : "false",
          text: choice,
        });
        // A click picks the choice (mousedown, before the input's blur saves).
        option.addEventListener("mousedown", (event) => {
          event.preventDefault();
          input.value = choice;
          active = 0;
          draw();
        });
        return option;
      }),
    );
    list.hidden = shown.length === 0;
    if (shown.length) input.setAttribute("aria-activedescendant", `${id}-${active}`);
    else input.removeAttribute("aria-activedescendant");
  };
  input.addEventListener("input", () => {
    active = 0;
    draw();
  });
  draw();
  return {
    chosen: () => (input.value.trim() === "" ? null : (shown[active] ?? null)),
    key(event) {
      if ((event.key !== "ArrowDown" && event.key !== "ArrowUp") || shown.length === 0) return false;
      active = (active + (event.key === "ArrowDown" ? 1 : shown.length - 1)) % shown.length;
      draw();
      return true;
    },
    remove: () => list.remove(),
  };
}
