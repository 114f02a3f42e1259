/**
 * The column letter's menu (right-click on a letter), as in Sheets: insert as many columns as are
 * selected to the left or right, delete them, sort the sheet by the column A → Z or Z → A (the rows below
 * the frozen header), hide them, and, when columns next to or inside the selection are hidden, show them.
 */
import { openMenu } from "./context-menu.ts";
import { columnName } from "./dom.ts";
import { t } from "./strings.ts";

export type ColumnAction =
  | "insertBefore"
  | "insertAfter"
  | "delete"
  | "hide"
  | "show"
  | "sortAsc"
  | "sortDesc";

/**
 * The hidden columns to show for a selection from `first` to `last`: those inside it and the runs right
 * next to it, given the visible columns (a gap in `visible` is hidden). Null when there are none.
 */
export function hiddenAround(
  visible: number[],
  first: number,
  last: number,
): { from: number; to: number } | null {
  const shown = new Set(visible);
  let from = first;
  while (from > 1 && !shown.has(from - 1)) from--;
  let to = last;
  const end = Math.max(...visible, last);
  while (to < end && !shown.has(to + 1)) to++;
  for (let c = from; c <= to; c++) if (!shown.has(c)) return { from, to };
  return null;
}

export function openColumnMenu(
  at: { x: number; y: number },
  columns: { first: number; last: number; clicked: number; visibleCount: number },
  hidden: { from: number; to: number } | null,
  choose: (action: ColumnAction, column: number, count: number) => void,
): void {
  const { first, last, clicked } = columns;
  const n = columns.visibleCount;
  const range = { first: columnName(first), last: columnName(last), n };
  const items: Array<[ColumnAction, string]> = [
    ["insertBefore", t(n > 1 ? "insertLeftPlural" : "insertLeft", range)],
    ["insertAfter", t(n > 1 ? "insertRightPlural" : "insertRight", range)],
    ["delete", t(first === last ? "deleteColumn" : "deleteColumns", range)],
    ["sortAsc", t("sortAsc")],
    ["sortDesc", t("sortDesc")],
    ["hide", t(first === last ? "hideColumn" : "hideColumns", range)],
  ];
  if (hidden) items.push(["show", t("showColumns")]);
  openMenu<ColumnAction>(at, t("columnMenu", { letter: columnName(clicked) }), items, (action) => {
    if (action === "show" && hidden) choose(action, hidden.from, hidden.to - hidden.from + 1);
    else if (action === "sortAsc" || action === "sortDesc") choose(action, clicked, 1);
    else if (action === "insertBefore") choose(action, first, n);
    else if (action === "insertAfter") choose(action, last, n);
    else choose(action, first, last - first + 1);
  });
}
