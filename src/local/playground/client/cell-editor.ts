/**
 * The in-cell editor, as in Sheets. It opens in one of two ways: typing on a selected cell replaces its
 * content (the arrows then finish the edit and move, as in Sheets' "enter" mode), while F2, Enter or a
 * double-click edit the content in place (the arrows move the caret). Enter, Tab, Shift+Enter and
 * Shift+Tab save and say where to go next; Escape leaves the cell as it was; clicking elsewhere saves.
 * Suggestions (the Responsables list) come from the cell's validation; a dropdown's choices (Statut) are
 * listed under the editor and filtered as one types (choice-list.ts).
 */
import { attachChoices } from "./choice-list.ts";
import { el } from "./dom.ts";
import { t } from "./strings.ts";

export type EditorMode = "replace" | "edit";

/** Where the selection goes after the edit: a row and column step, or nowhere. */
export type Move = [number, number] | null;

export interface EditorOutcome {
  /** The text to save, or null when the edit was cancelled. */
  text: string | null;
  move: Move;
  /** The key that closed the editor when it was Enter or Tab (Enter after Tabs goes back: selection.ts). */
  via?: "enter" | "tab";
}

let openEditor: HTMLInputElement | null = null;
let afterClose: Array<() => void> = [];

/** Runs `work` once the open editor closes (now when none is open): a redraw never cuts a person off. */
export function whenNotEditing(work: () => void): void {
  if (openEditor) afterClose.push(work);
  else work();
}

export function isEditing(): boolean {
  return openEditor !== null;
}

export function editorInput(): HTMLInputElement | null {
  return openEditor;
}

export function startEditor(
  td: HTMLTableCellElement,
  options: { mode: EditorMode; text: string; label: string; suggestions?: string[]; choices?: string[] },
  done: (outcome: EditorOutcome) => void,
): void {
  if (openEditor) return;
  const input = el("input", {
    className: "cell-editor",
    "aria-label": `${t("edit")} ${options.label}`,
    autocomplete: "off",
  });
  input.style.minWidth = `${td.getBoundingClientRect().width}px`;
  if (options.choices) {
    // A dropdown's editor lists its choices as one types (choice-list.ts), after the input is in the cell.
  } else if (options.suggestions?.length) {
    const id = `suggest-${td.id}`;
    const list = el("datalist", { id });
    for (const option of options.suggestions) list.append(el("option", { value: option }));
    td.append(list);
    input.setAttribute("list", id);
  }
  input.value = options.text;
  td.classList.add("editing");
  td.append(input);
  openEditor = input;
  const choices = options.choices ? attachChoices(input, td, options.choices) : null;
  input.focus();
  const end = input.value.length;
  input.setSelectionRange(end, end);
  let finished = false;
  const finish = (save: boolean, move: Move, via?: "enter" | "tab") => {
    if (finished) return;
    finished = true;
    openEditor = null;
    const text = save ? (choices?.chosen() ?? input.value) : input.value;
    choices?.remove();
    input.remove();
    td.querySelector("datalist")?.remove();
    td.classList.remove("editing");
    done({ text: save ? text : null, move, via });
    const pending = afterClose;
    afterClose = [];
    for (const work of pending) work();
  };
  input.addEventListener("keydown", (event) => {
    event.stopPropagation();
    if (choices?.key(event)) {
      event.preventDefault();
      return;
    }
    const arrows: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    if (event.key === "Enter" && !event.altKey) {
      event.preventDefault();
      finish(true, event.shiftKey ? [-1, 0] : [1, 0], "enter");
    } else if (event.key === "Tab") {
      event.preventDefault();
      finish(true, event.shiftKey ? [0, -1] : [0, 1], "tab");
    } else if (event.key === "Escape") {
      event.preventDefault();
      finish(false, null);
    } else if (options.mode === "replace" && arrows[event.key]) {
      event.preventDefault();
      finish(true, arrows[event.key]!);
    }
  });
  input.addEventListener("blur", () => finish(true, null));
}
