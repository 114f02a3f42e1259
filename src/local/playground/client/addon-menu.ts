/**
 * Extensions ▸ <add-on> ▸ …: the add-on's menus as its onOpen built them (items, separators, submenus),
 * opened from the menu bar and closed by a click elsewhere, as in Sheets.
 */
import type { MenuRecord } from "../../emulator/ui.ts";
import { $, el } from "./dom.ts";
import { t } from "./strings.ts";

type MenuItem = MenuRecord["items"][number];

export function closeMenu(): void {
  $("menu-dropdown").hidden = true;
  $("menu-extensions").setAttribute("aria-expanded", "false");
}

/** Draws the add-on's menus; `choose` runs an item's function. */
export function renderMenu(menus: MenuRecord[], choose: (functionName: string) => void): void {
  const dropdown = $("menu-dropdown");
  dropdown.replaceChildren();
  for (const menu of menus) {
    const submenu = el("div", { className: "submenu", role: "menu" });
    const renderItems = (items: MenuItem[], into: HTMLElement) => {
      for (const item of items) {
        if ("separator" in item) into.append(el("div", { className: "separator", role: "separator" }));
        else if ("submenu" in item) {
          const nested = el("div", { className: "submenu", role: "menu" });
          renderItems(item.submenu.items, nested);
          into.append(
            el("div", { className: "has-submenu" }, [
              el("button", { type: "button", role: "menuitem", text: `${item.submenu.name}` }),
              nested,
            ]),
          );
        } else {
          const button = el("button", {
            type: "button",
            role: "menuitem",
            text: item.caption,
            "data-function": item.functionName,
          });
          button.addEventListener("click", () => {
            closeMenu();
            choose(item.functionName);
          });
          into.append(button);
        }
      }
    };
    renderItems(menu.items, submenu);
    const opener = el("button", {
      type: "button",
      role: "menuitem",
      className: "submenu-opener",
      "aria-haspopup": "true",
      text: menu.name,
    });
    const holder = el("div", { className: "has-submenu" }, [opener, submenu]);
    opener.addEventListener("click", () => holder.classList.toggle("open"));
    dropdown.append(holder);
  }
  if (menus.length === 0) dropdown.append(el("div", { className: "menu-empty", text: t("noAddon") }));
}

export function installMenu(): void {
  $("menu-extensions").addEventListener("click", (event) => {
    event.stopPropagation();
    // One menu of the bar open at a time.
    const file = document.getElementById("file-dropdown");
    if (file) {
      file.hidden = true;
      file.replaceChildren();
    }
    document.getElementById("menu-file")?.setAttribute("aria-expanded", "false");
    const dropdown = $("menu-dropdown");
    dropdown.hidden = !dropdown.hidden;
    $("menu-extensions").setAttribute("aria-expanded", String(!dropdown.hidden));
  });
  document.addEventListener("click", (event) => {
    if (!(event.target as HTMLElement).closest("#addon-menu-root")) closeMenu();
  });
}
