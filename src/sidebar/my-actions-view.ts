/**
 * « Mes actions », at the top of the sidebar: the open actions of the person who opens it that are late or
 * due within 30 days (their Google address → their name in Membres), late first, each a link to its row.
 * Nothing at all when Membres does not know them. Plan text is set with textContent only.
 */
import type { Lang } from "../core/i18n";
import type { MyActionsWire } from "../shared/follow-up-wire";
import { el } from "./dom";

const TEXT = {
  fr: {
    title: "Mes actions",
    who: (name: string) => `${name} : en retard ou à faire dans les 30 jours.`,
    none: "Rien en retard ni à faire dans les 30 jours.",
    goTo: (row: number) => `Aller à la ligne ${row}`,
  },
  en: {
    title: "My actions",
    who: (name: string) => `${name}: overdue or due in the next 30 days.`,
    none: "Nothing overdue or due in the next 30 days.",
    goTo: (row: number) => `Go to row ${row}`,
  },
};

export function myActionsSection(
  mine: MyActionsWire | null | undefined,
  lang: Lang,
  onSelectRow: (row: number, button: HTMLButtonElement) => void,
): HTMLElement | null {
  if (!mine) return null;
  const text = TEXT[lang];
  const list = el("ul", { className: "actions my-actions" });
  for (const item of mine.items) {
    const button = el(
      "button",
      { type: "button", className: "action-link", title: text.goTo(item.row), data: { row: item.row } },
      item.action,
    );
    button.addEventListener("click", () => onSelectRow(item.row, button));
    list.appendChild(
      el(
        "li",
        { className: "action" },
        button,
        el("p", { className: `action-meta days ${item.late ? "days-late" : "days-soon"}` }, item.when),
      ),
    );
  }
  return el(
    "section",
    { id: "my-actions", className: "card", aria: { labelledby: "my-actions-title" } },
    el("h2", { id: "my-actions-title" }, `${text.title} (${mine.items.length})`),
    el("p", { className: "muted small" }, text.who(mine.name)),
    mine.items.length ? list : el("p", { className: "muted" }, text.none),
  );
}
