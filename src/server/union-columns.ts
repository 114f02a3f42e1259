/**
 * The optional union columns on the sheet: « Ajouter des colonnes syndicales… » (menu) asks which ones,
 * then adds them to the active plan after its last used column — new columns inserted there, so no
 * existing cell is written, moved or reformatted — with the header's look, a note on each header, the
 * money and days number formats and the column widths. The install asks the same question and uses the
 * same writer. From the menu it runs all or nothing (a failed call takes the new columns back) under the
 * document lock, and the header is read again after the question, so two people asking at once never
 * get a column twice.
 */
import { type Lang, localize } from "../core/i18n";
import { DEFAULT_TEMPLATE, type UnionColumnKey } from "../core/template";
import { readUnionChoice, type UnionChoice, unionChoiceList } from "../core/union/union-choice";
import {
  findUnionColumns,
  planHeaderLang,
  unionColumn,
  unionColumnNamed,
  unionNumberFormat,
} from "../core/union/union-columns";
import { UNION_MESSAGES as M } from "../core/union/union-messages";
import type { CellValue } from "../shared/cell";
import { allOrNothing, nothingChangedMessage, type Undoable } from "./all-or-nothing";
import { userLang } from "./locale";
import { loadPlan } from "./plan-sheet";
import { alertText, promptUser, toastUser, typesetNotes } from "./say";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Ui = GoogleAppsScript.Base.Ui;

const HEADER_BACKGROUND = "#1f4e79";
const HEADER_TEXT = "#ffffff";
const LOCK_WAIT_MS = 2_000;
const ADDED_TOAST_SECONDS = 15;
const ALL_KEYS = DEFAULT_TEMPLATE.unionColumns.map((column) => column.key);

export type UnionAnswer = { ok: true; choice: UnionChoice } | { ok: false };

/** Asks which of `offered` to add (OK with nothing typed adds none; Annuler answers ok: false). */
export function askUnionColumns(ui: Ui, lang: Lang, message: string): UnionAnswer {
  const response = promptUser(ui, lang, localize(lang, M.questionTitle), message, ui.ButtonSet.OK_CANCEL);
  if (response.getSelectedButton() !== ui.Button.OK) return { ok: false };
  return { ok: true, choice: readUnionChoice(response.getResponseText(), DEFAULT_TEMPLATE, ALL_KEYS) };
}

/** The install's question: every union column offered, none unless the answer names some. */
export function installUnionQuestion(lang: Lang): string {
  return localize(lang, M.installQuestion, { list: unionChoiceList(DEFAULT_TEMPLATE, ALL_KEYS, lang) });
}

/** « Pas compris : « 9 » … », or "" when everything was understood. */
export function notUnderstoodSentence(lang: Lang, choice: UnionChoice): string {
  if (choice.unreadable.length === 0) return "";
  return localize(lang, M.notUnderstood, {
    parts: choice.unreadable.join(", ").slice(0, 80),
    max: DEFAULT_TEMPLATE.unionColumns.length,
  });
}

/** What was added, for the message: « colonnes 13 à 15 : Budget prévu, Budget réel, … ». */
export function addedSentence(lang: Lang, sheetName: string, keys: UnionColumnKey[], from: number): string {
  const columns = keys.map((key) => unionColumn(DEFAULT_TEMPLATE, key).label[lang]).join(", ");
  const message = keys.length === 1 ? M.addedOne : M.added;
  return localize(lang, message, { sheet: sheetName, columns, from, to: from + keys.length - 1 });
}

/**
 * Inserts `keys` (template order) as new columns after `lastUsedColumn`, headed on `headerRow` in
 * `headerLang`. Returns the first new column. A constant number of calls whatever the plan's size.
 */
export function writeUnionColumns(
  sheet: Sheet,
  headerRow: number,
  lastUsedColumn: number,
  keys: UnionColumnKey[],
  headerLang: Lang,
  undoable?: Undoable,
): number {
  const first = lastUsedColumn + 1;
  const count = keys.length;
  sheet.insertColumnsAfter(lastUsedColumn, count);
  undoable?.onUndo(() => sheet.deleteColumns(first, count));
  const columns = keys.map((key) => unionColumn(DEFAULT_TEMPLATE, key));
  sheet
    .getRange(headerRow, first, 1, count)
    .setValues([columns.map((column) => column.label[headerLang])])
    .setNotes(typesetNotes(headerLang, [columns.map((column) => column.note[headerLang])]))
    .setFontWeight("bold")
    .setFontColor(HEADER_TEXT)
    .setBackground(HEADER_BACKGROUND)
    .setWrap(true)
    .setVerticalAlignment("middle");
  const dataRows = sheet.getMaxRows() - headerRow;
  if (dataRows > 0) {
    sheet
      .getRange(headerRow + 1, first, dataRows, count)
      .setWrap(true)
      .setVerticalAlignment("top");
    columns.forEach((column, i) => {
      const format = unionNumberFormat(column.kind, headerLang);
      if (format) sheet.getRange(headerRow + 1, first + i, dataRows, 1).setNumberFormat(format);
    });
  }
  columns.forEach((column, i) => {
    sheet.setColumnWidth(first + i, column.width);
  });
  return first;
}

/**
 * The columns a plan was made with after the template's (an import's or next year's added columns,
 * `headers` from `first` on): those whose header names a union column get its note, its number format
 * and its width, as if added from the menu. Their header text and cells are left as written. At most
 * three calls per union column, none for a plan without them.
 */
export function styleUnionColumns(
  sheet: Sheet,
  headerRow: number,
  first: number,
  headers: readonly string[],
  lang: Lang,
): void {
  const dataRows = sheet.getMaxRows() - headerRow;
  headers.forEach((header, i) => {
    const column = unionColumnNamed(header, DEFAULT_TEMPLATE);
    if (!column) return;
    sheet.getRange(headerRow, first + i).setNote(typesetNotes(lang, [[column.note[lang]]])[0][0]);
    const format = unionNumberFormat(column.kind, lang);
    if (format && dataRows > 0) sheet.getRange(headerRow + 1, first + i, dataRows, 1).setNumberFormat(format);
    sheet.setColumnWidth(first + i, column.width);
  });
}

/** Called from the add-on menu: Ajouter des colonnes syndicales… */
export function addUnionColumns(): void {
  const lang = userLang();
  const ui = SpreadsheetApp.getUi();
  const before = loadPlan(lang, null, { fillDates: false });
  if (!before.ok) {
    alertText(ui, lang, before.message);
    return;
  }
  const { sheet, spreadsheet } = before.loaded;
  const sheetName = sheet.getName();
  const present = presentKeys(before.loaded.values, before.loaded.plan.headerRow);
  const offered = ALL_KEYS.filter((key) => !present.includes(key));
  if (offered.length === 0) {
    const columns = ALL_KEYS.map((key) => unionColumn(DEFAULT_TEMPLATE, key).label[lang]).join(", ");
    alertText(ui, lang, localize(lang, M.allPresent, { sheet: sheetName, columns }));
    return;
  }
  const list = unionChoiceList(DEFAULT_TEMPLATE, offered, lang);
  const answer = askUnionColumns(ui, lang, localize(lang, M.menuQuestion, { sheet: sheetName, list }));
  if (!answer.ok) {
    toastUser(spreadsheet, lang, localize(lang, M.cancelled));
    return;
  }
  const notUnderstood = notUnderstoodSentence(lang, answer.choice);
  const asked = answer.choice.keys.filter((key) => offered.includes(key));
  if (asked.length === 0) {
    alertText(ui, lang, [notUnderstood, localize(lang, M.noneAdded)].filter(Boolean).join(" "));
    return;
  }
  const lock = LockService.getDocumentLock();
  if (!lock?.tryLock(LOCK_WAIT_MS)) {
    alertText(ui, lang, localize(lang, M.busy));
    return;
  }
  try {
    const done = allOrNothing("addUnionColumns", (undoable) => addLocked(sheet, asked, lang, undoable));
    if (!done.ok) {
      alertText(ui, lang, nothingChangedMessage(lang, localize(lang, M.operation), done.detail));
      return;
    }
    const added = done.value;
    const text =
      added.keys.length === 0
        ? localize(lang, M.noneAdded)
        : addedSentence(lang, sheetName, added.keys, added.first);
    toastUser(
      spreadsheet,
      lang,
      [text, notUnderstood].filter(Boolean).join(" "),
      localize(lang, M.addedTitle),
      ADDED_TOAST_SECONDS,
    );
  } finally {
    lock.releaseLock();
  }
}

/** Reads the plan again (someone may have added a column while the question was open) and adds the rest. */
function addLocked(sheet: Sheet, asked: UnionColumnKey[], lang: Lang, undoable: Undoable) {
  const load = loadPlan(lang, sheet, { fillDates: false });
  if (!load.ok) throw new Error(load.message);
  const { plan, values } = load.loaded;
  const present = presentKeys(values, plan.headerRow);
  const keys = asked.filter((key) => !present.includes(key));
  if (keys.length === 0) return { keys, first: 0 };
  const header = values[plan.headerRow - 1] ?? [];
  const headerLang = planHeaderLang(header, plan.columns, DEFAULT_TEMPLATE) ?? lang;
  const lastUsed = Math.max(sheet.getLastColumn(), values[0]?.length ?? 0);
  return { keys, first: writeUnionColumns(sheet, plan.headerRow, lastUsed, keys, headerLang, undoable) };
}

function presentKeys(values: CellValue[][], headerRow: number): UnionColumnKey[] {
  const found = findUnionColumns(values[headerRow - 1] ?? [], DEFAULT_TEMPLATE);
  return ALL_KEYS.filter((key) => found[key] !== undefined);
}
