/**
 * What a person does to a sheet's tab and to its columns in the playground, done through the emulated
 * spreadsheet's own methods, so the add-on meets renamed, duplicated and deleted sheets, moved and hidden
 * columns and sorted rows exactly as it would in Sheets: the tab's menu (Renommer: Sheet.setName;
 * Dupliquer: Spreadsheet.duplicateActiveSheet; Supprimer: Spreadsheet.deleteSheet) and the column
 * letter's menu (insert left or right: insertColumnsBefore/After; delete: deleteColumns; hide and show:
 * hideColumns/showColumns; sort the rows below the frozen header A → Z or Z → A: Range.sort, as Data ▸
 * Sort range does with a header row). Like Sheets, none of these fires onEdit. Refusals are said in the
 * person's language.
 */
import type { Lang } from "../../core/i18n.ts";
import type { EmuSheet } from "../emulator/sheet.ts";
import type { EmuSpreadsheet } from "../emulator/spreadsheet.ts";

export type SheetAction = "rename" | "duplicate" | "delete";
export type ColumnAction =
  | "insertBefore"
  | "insertAfter"
  | "delete"
  | "hide"
  | "show"
  | "sortAsc"
  | "sortDesc";

export const SHEET_ACTIONS: readonly SheetAction[] = ["rename", "duplicate", "delete"];
export const COLUMN_ACTIONS: readonly ColumnAction[] = [
  "insertBefore",
  "insertAfter",
  "delete",
  "hide",
  "show",
  "sortAsc",
  "sortDesc",
];

const MESSAGES = {
  emptyName: { fr: "Le nom de la feuille ne peut pas être vide.", en: "The sheet name cannot be empty." },
  longName: {
    fr: "Le nom de la feuille ne peut pas dépasser 100 caractères.",
    en: "The sheet name cannot be longer than 100 characters.",
  },
  takenName: {
    fr: "Une feuille porte déjà le nom « {name} ». Choisissez un autre nom.",
    en: "A sheet named “{name}” already exists. Please enter another name.",
  },
  lastSheet: {
    fr: "Impossible de supprimer la seule feuille du classeur.",
    en: "You can't remove all the sheets in a document.",
  },
  allColumns: {
    fr: "Impossible de supprimer ou de masquer toutes les colonnes de la feuille.",
    en: "You can't delete or hide all the columns of a sheet.",
  },
} satisfies Record<string, Record<Lang, string>>;

function say(lang: Lang, key: keyof typeof MESSAGES, values: Record<string, string> = {}): string {
  return MESSAGES[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? "");
}

/** Renames, duplicates or deletes `sheet`; returns the sheet to show next, or a refusal. */
export function changeSheet(
  spreadsheet: EmuSpreadsheet,
  sheet: EmuSheet,
  action: SheetAction,
  name: string,
  lang: Lang,
): { error: string } | { show: EmuSheet } {
  if (action === "rename") {
    const wanted = name.trim();
    if (wanted === "") return { error: say(lang, "emptyName") };
    if (wanted.length > 100) return { error: say(lang, "longName") };
    const taken = spreadsheet
      .getSheets()
      .some((s) => s !== sheet && s.getName().toLowerCase() === wanted.toLowerCase());
    if (taken) return { error: say(lang, "takenName", { name: wanted }) };
    sheet.setName(wanted);
    return { show: sheet };
  }
  if (action === "duplicate") {
    sheet.activate();
    return { show: spreadsheet.duplicateActiveSheet() };
  }
  if (spreadsheet.getSheets().filter((s) => !s.isSheetHidden()).length <= 1)
    return { error: say(lang, "lastSheet") };
  spreadsheet.deleteSheet(sheet);
  return { show: spreadsheet.getActiveSheet() };
}

/** Inserts, deletes, hides, shows `count` columns from `column`, or sorts the rows below the header by it. */
export function changeColumns(
  sheet: EmuSheet,
  action: ColumnAction,
  column: number,
  count: number,
  lang: Lang,
): string | null {
  const visible = Array.from({ length: sheet.getMaxColumns() }, (_, i) => i + 1).filter(
    (c) => !sheet.isColumnHiddenByUser(c),
  );
  const removed = visible.filter((c) => c >= column && c < column + count).length;
  if ((action === "delete" || action === "hide") && removed >= visible.length) return say(lang, "allColumns");
  switch (action) {
    case "insertBefore":
      sheet.insertColumnsBefore(column, count);
      break;
    case "insertAfter":
      // `column` is the last selected one: the new columns go to its right.
      sheet.insertColumnsAfter(column, count);
      break;
    case "delete":
      sheet.deleteColumns(column, count);
      break;
    case "hide":
      sheet.hideColumns(column, count);
      break;
    case "show":
      sheet.showColumns(column, count);
      break;
    default: {
      const first = sheet.getFrozenRows() + 1;
      const last = sheet.getLastRow();
      if (last >= first)
        sheet
          .getRange(first, 1, last - first + 1, Math.max(sheet.getLastColumn(), column))
          .sort({ column, ascending: action === "sortAsc" });
    }
  }
  sheet.activate();
  return null;
}
