/**
 * The « Suivi par courriel » column of `Membres`: a dropdown Oui/Non (Yes/No) under its header, with a
 * note saying what it does. The template has it from the install; a plan installed before it existed
 * gets it the first time someone opens « Envoyer le suivi » — in the first empty column, after the
 * committee's own, so no cell anyone typed is touched (blank means Oui: nobody's choice changes).
 */
import type { Lang } from "../../core/i18n";
import { FOLLOW_CHOICES, FOLLOW_HEADER } from "../../core/suivi/follow-members";
import { DEFAULT_TEMPLATE } from "../../core/template";
import { typeset } from "../../core/typography";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const HEADER_BACKGROUND = "#1f4e79";
const HEADER_TEXT = "#ffffff";
const COLUMN_WIDTH = 150;

/** The dropdown under the header (any text is still accepted: nothing typed is refused). */
export function applyFollowDropdown(sheet: Sheet, column: number, headerRow: number, lang: Lang): void {
  const rows = sheet.getMaxRows() - headerRow;
  if (rows < 1) return;
  sheet
    .getRange(headerRow + 1, column, rows, 1)
    .setDataValidation(
      SpreadsheetApp.newDataValidation()
        .requireValueInList(FOLLOW_CHOICES[lang], true)
        .setAllowInvalid(true)
        .build(),
    );
}

function followNote(lang: Lang): string {
  const column = DEFAULT_TEMPLATE.members.columns.find((candidate) => candidate.key === "suivi");
  return typeset(lang, column ? column.note[lang] : FOLLOW_HEADER[lang]);
}

/**
 * Adds the column after the last used one (`usedColumns` wide), on the header row. Returns its 1-based
 * column.
 */
export function addFollowColumn(sheet: Sheet, usedColumns: number, headerRow: number, lang: Lang): number {
  const column = usedColumns + 1;
  if (column > sheet.getMaxColumns())
    sheet.insertColumnsAfter(sheet.getMaxColumns(), column - sheet.getMaxColumns());
  sheet
    .getRange(headerRow, column)
    .setValue(FOLLOW_HEADER[lang])
    .setNote(followNote(lang))
    .setFontWeight("bold")
    .setFontColor(HEADER_TEXT)
    .setBackground(HEADER_BACKGROUND);
  sheet.setColumnWidth(column, COLUMN_WIDTH);
  applyFollowDropdown(sheet, column, headerRow, lang);
  return column;
}
