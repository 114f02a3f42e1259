/**
 * The sheet tabs, as in Sheets: one line under the grid whatever the number of sheets, scrolled by two
 * arrow buttons when they do not all fit (the current tab is kept in view); a click shows a sheet; a
 * right-click (or the context-menu key on a tab) opens its menu: Supprimer (asks first), Dupliquer,
 * Renommer (asks for the new name). What each does is the caller's (page.ts sends it to the server,
 * which goes through the emulator's own sheet methods: sheet-ops.ts).
 */
import type { PageView } from "../view.ts";
import { openMenu } from "./context-menu.ts";
import { $, el } from "./dom.ts";
import { t } from "./strings.ts";

export type TabAction = "delete" | "duplicate" | "rename";

export interface TabHandlers {
  show(sheetId: number): void;
  act(sheetId: number, name: string, action: TabAction): void;
}

function strip(): HTMLElement {
  return $("tab-strip");
}

/** Shows or hides the arrows depending on whether the tabs overflow, and greys the one at an end. */
function updateArrows(): void {
  const box = strip();
  const overflow = box.scrollWidth > box.clientWidth + 1;
  const left = $<HTMLButtonElement>("tabs-left");
  const right = $<HTMLButtonElement>("tabs-right");
  left.hidden = right.hidden = !overflow;
  left.disabled = box.scrollLeft <= 0;
  right.disabled = box.scrollLeft + box.clientWidth >= box.scrollWidth - 1;
}

function openTabMenu(
  button: HTMLElement,
  tab: { id: number; name: string },
  on: TabHandlers,
  at?: { x: number; y: number },
) {
  const box = button.getBoundingClientRect();
  openMenu<TabAction>(
    at ?? { x: box.left, y: box.top - 120 },
    t("tabMenu", { name: tab.name }),
    [
      ["delete", t("deleteSheet")],
      ["duplicate", t("duplicateSheet")],
      ["rename", t("renameSheet")],
    ],
    (action) => on.act(tab.id, tab.name, action),
  );
}

export function renderTabs(view: PageView, on: TabHandlers): void {
  const box = strip();
  box.replaceChildren();
  let current: HTMLElement | null = null;
  for (const tab of view.tabs) {
    if (tab.hidden) continue;
    const isCurrent = tab.id === view.sheet.id;
    const button = el("button", {
      type: "button",
      className: `tab${isCurrent ? " current" : ""}`,
      role: "tab",
      "aria-selected": isCurrent ? "true" : "false",
      "aria-haspopup": "menu",
      text: tab.name,
    });
    button.addEventListener("click", () => on.show(tab.id));
    button.addEventListener("contextmenu", (event) => {
      event.preventDefault();
      openTabMenu(button, tab, on, { x: event.clientX, y: event.clientY });
    });
    button.addEventListener("keydown", (event) => {
      if (event.key === "ContextMenu" || (event.key === "F10" && event.shiftKey)) {
        event.preventDefault();
        openTabMenu(button, tab, on);
      }
    });
    if (isCurrent) current = button;
    box.append(button);
  }
  current?.scrollIntoView({ block: "nearest", inline: "nearest" });
  updateArrows();
}

/** Wires the arrows (one step is most of the strip's width, as Sheets scrolls its tabs). */
export function installTabs(): void {
  const scrollBy = (direction: number) => {
    strip().scrollBy({ left: direction * Math.max(80, strip().clientWidth * 0.6) });
  };
  $("tabs-left").addEventListener("click", () => scrollBy(-1));
  $("tabs-right").addEventListener("click", () => scrollBy(1));
  strip().addEventListener("scroll", updateArrows, { passive: true });
  window.addEventListener("resize", updateArrows);
}
