/**
 * The row header's context menu (right-click, or the context-menu key / Shift+F10 on the grid), as in
 * Sheets: insert as many rows as are selected above or below them, or delete them. A `role="menu"` list
 * of `menuitem` buttons, driven by the arrows, Enter and Escape; it closes on a click elsewhere.
 */
import { el } from "./dom.ts";
import { t } from "./strings.ts";

export type RowAction = "insertBefore" | "insertAfter" | "delete";

let current: HTMLElement | null = null;
let restoreFocus: HTMLElement | null = null;

export function closeRowMenu(): void {
  current?.remove();
  current = null;
  restoreFocus?.focus();
  restoreFocus = null;
}

export function openRowMenu(
  at: { x: number; y: number },
  rows: { first: number; last: number },
  choose: (action: RowAction) => void,
): void {
  closeRowMenu();
  restoreFocus = document.activeElement as HTMLElement | null;
  const n = rows.last - rows.first + 1;
  const items: Array<[RowAction, string]> = [
    ["insertBefore", t(n > 1 ? "insertAbovePlural" : "insertAbove", { n })],
    ["insertAfter", t(n > 1 ? "insertBelowPlural" : "insertBelow", { n })],
    [
      "delete",
      n > 1 ? t("deleteRows", { first: rows.first, last: rows.last }) : t("deleteRow", { first: rows.first }),
    ],
  ];
  const menu = el("div", { className: "context-menu", role: "menu", "aria-label": t("rowMenu") });
  for (const [action, label] of items) {
    const item = el("button", {
      type: "button",
      role: "menuitem",
      "data-action": action,
      text: label,
      tabindex: "-1",
    });
    item.addEventListener("click", () => {
      closeRowMenu();
      choose(action);
    });
    menu.append(item);
  }
  menu.addEventListener("keydown", (event) => {
    const buttons = Array.from(menu.querySelectorAll<HTMLButtonElement>("button"));
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const next = (index + (event.key === "ArrowDown" ? 1 : buttons.length - 1)) % buttons.length;
      buttons[next]?.focus();
    } else if (event.key === "Escape" || event.key === "Tab") {
      event.preventDefault();
      closeRowMenu();
    }
    event.stopPropagation();
  });
  menu.style.left = `${Math.min(at.x, window.innerWidth - 260)}px`;
  menu.style.top = `${Math.min(at.y, window.innerHeight - 140)}px`;
  document.body.append(menu);
  current = menu;
  menu.querySelector<HTMLButtonElement>("button")?.focus();
}

document.addEventListener("mousedown", (event) => {
  if (current && !current.contains(event.target as Node)) closeRowMenu();
});
