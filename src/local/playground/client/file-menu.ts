/**
 * Fichier ▸ …: « Créer une copie » (asks the copy's name, prefilled « Copie de … » as Sheets' Copy document
 * dialog is) and the open workbooks, the shown one checked, so a person can switch between the original
 * and its copies (workbooks.ts on the server). Opened from the menu bar and closed by a click elsewhere, as
 * the Extensions menu is.
 */
import type { WorkbookEntry } from "../workbooks.ts";
import { closeMenu as closeAddonMenu } from "./addon-menu.ts";
import { $, el } from "./dom.ts";
import { t } from "./strings.ts";

export interface FileMenuHandlers {
  /** Créer une copie was chosen. */
  copy(): void;
  /** Another workbook was chosen. */
  show(id: string): void;
}

let handlers: FileMenuHandlers | null = null;
let workbooks: WorkbookEntry[] = [];

export function closeFileMenu(): void {
  $("file-dropdown").hidden = true;
  // Empty while closed: the menu bar reads « Fichier Édition Affichage Extensions » and nothing more.
  $("file-dropdown").replaceChildren();
  $("menu-file").setAttribute("aria-expanded", "false");
}

function item(text: string, extra: Record<string, string>, act: () => void): HTMLButtonElement {
  const button = el("button", { type: "button", role: "menuitem", text, ...extra });
  button.addEventListener("click", () => {
    closeFileMenu();
    act();
  });
  return button;
}

/** Keeps the workbooks open now for the menu (redrawn at once if it is open). */
export function renderFileMenu(open: WorkbookEntry[]): void {
  workbooks = open;
  if (!$("file-dropdown").hidden) draw();
}

function draw(): void {
  const list = el("div", { role: "group", "aria-label": t("openWorkbooks") });
  for (const workbook of workbooks) {
    list.append(
      item(
        workbook.name,
        { role: "menuitemradio", "aria-checked": String(workbook.shown), className: "workbook-choice" },
        () => {
          if (!workbook.shown) handlers?.show(workbook.id);
        },
      ),
    );
  }
  $("file-dropdown").replaceChildren(
    item(t("makeCopy"), {}, () => handlers?.copy()),
    el("div", { className: "separator", role: "separator" }),
    el("div", { className: "menu-heading", "aria-hidden": "true", text: t("openWorkbooks") }),
    list,
  );
}

export function installFileMenu(on: FileMenuHandlers): void {
  handlers = on;
  $("menu-file").addEventListener("click", (event) => {
    event.stopPropagation();
    closeAddonMenu();
    if (!$("file-dropdown").hidden) return closeFileMenu();
    draw();
    $("file-dropdown").hidden = false;
    $("menu-file").setAttribute("aria-expanded", "true");
  });
  document.addEventListener("click", (event) => {
    if (!(event.target as HTMLElement).closest("#file-menu-root")) closeFileMenu();
  });
  $("file-menu-root").addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || $("file-dropdown").hidden) return;
    closeFileMenu();
    $("menu-file").focus();
  });
}
