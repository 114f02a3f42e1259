/**
 * The grid's context menus, as in Sheets: a `role="menu"` list of `menuitem` buttons at the pointer,
 * driven by the arrows, Enter and Escape, closed by a click elsewhere or a scroll. The row header's menu
 * (right-click, or the context-menu key / Shift+F10 on the grid) inserts as many rows as are selected
 * above or below them, or deletes them; the column letter's and the sheet tab's menus (column-menu.ts,
 * tabs.ts) use the same list.
 */
import { el } from "./dom.ts";
import { t } from "./strings.ts";

export type RowAction = "insertBefore" | "insertAfter" | "delete";

let current: HTMLElement | null = null;
let restoreFocus: HTMLElement | null = null;
/** Where each scrolled element stood when the menu opened (see closeOnScroll). */
let scrollsAtOpen = new WeakMap<Element, string>();

const scrollPosition = (node: Element) => `${node.scrollTop},${node.scrollLeft}`;

/**
 * Closes the menu when something scrolls after it opened. A scroll event can arrive just after the click
 * that opened the menu while telling of a scroll from before it (events are sent at the next frame), so a
 * scroll that left the element where it stood at the opening does not close it.
 */
export function closeOnScroll(event: Event): void {
  if (!current) return;
  const target = event.target instanceof Element ? event.target : document.scrollingElement;
  if (target && scrollsAtOpen.get(target) === scrollPosition(target)) return;
  closeRowMenu();
}

export function closeRowMenu(): void {
  current?.remove();
  current = null;
  restoreFocus?.focus();
  restoreFocus = null;
}

/** Opens a menu of `items` ([value, label]) at `at`; `choose` gets the value picked. */
export function openMenu<T extends string>(
  at: { x: number; y: number },
  label: string,
  items: Array<[T, string]>,
  choose: (value: T) => void,
): void {
  closeRowMenu();
  scrollsAtOpen = new WeakMap();
  for (const node of document.querySelectorAll("#grid-scroll, .tab-strip"))
    scrollsAtOpen.set(node, scrollPosition(node));
  if (document.scrollingElement)
    scrollsAtOpen.set(document.scrollingElement, scrollPosition(document.scrollingElement));
  restoreFocus = document.activeElement as HTMLElement | null;
  const menu = el("div", { className: "context-menu", role: "menu", "aria-label": label });
  for (const [value, text] of items) {
    const item = el("button", {
      type: "button",
      role: "menuitem",
      "data-action": value,
      text,
      tabindex: "-1",
    });
    item.addEventListener("click", () => {
      closeRowMenu();
      choose(value);
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
  document.body.append(menu);
  const height = menu.getBoundingClientRect().height;
  menu.style.left = `${Math.max(0, Math.min(at.x, window.innerWidth - 260))}px`;
  menu.style.top = `${Math.max(0, Math.min(at.y, window.innerHeight - height - 8))}px`;
  current = menu;
  menu.querySelector<HTMLButtonElement>("button")?.focus();
}

export function openRowMenu(
  at: { x: number; y: number },
  rows: { first: number; last: number },
  choose: (action: RowAction) => void,
): void {
  const n = rows.last - rows.first + 1;
  openMenu<RowAction>(
    at,
    t("rowMenu"),
    [
      ["insertBefore", t(n > 1 ? "insertAbovePlural" : "insertAbove", { n })],
      ["insertAfter", t(n > 1 ? "insertBelowPlural" : "insertBelow", { n })],
      [
        "delete",
        n > 1
          ? t("deleteRows", { first: rows.first, last: rows.last })
          : t("deleteRow", { first: rows.first }),
      ],
    ],
    choose,
  );
}

document.addEventListener("mousedown", (event) => {
  if (current && !current.contains(event.target as Node)) closeRowMenu();
});
