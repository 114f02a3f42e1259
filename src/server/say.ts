/**
 * Everything the server shows a person goes through here: Ui alerts and prompts, toasts, notes and
 * dialog titles, typeset for the user's language (French spacing, src/core/typography.ts) at this one
 * output edge, so the message catalogues keep ordinary spaces and no surface is forgotten.
 */
import type { Lang } from "../core/i18n";
import { typeset } from "../core/typography";

type Ui = GoogleAppsScript.Base.Ui;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** ui.alert(title, message, buttons); returns the button pressed. */
export function alertUser(
  ui: Ui,
  lang: Lang,
  title: string,
  message: string,
  buttons: GoogleAppsScript.Base.ButtonSet,
): GoogleAppsScript.Base.Button {
  return ui.alert(typeset(lang, title), typeset(lang, message), buttons);
}

/** ui.alert(message): a message with an OK button and no title. */
export function alertText(ui: Ui, lang: Lang, message: string): GoogleAppsScript.Base.Button {
  return ui.alert(typeset(lang, message));
}

/** ui.prompt(title, message, buttons). */
export function promptUser(
  ui: Ui,
  lang: Lang,
  title: string,
  message: string,
  buttons: GoogleAppsScript.Base.ButtonSet,
): GoogleAppsScript.Base.PromptResponse {
  return ui.prompt(typeset(lang, title), typeset(lang, message), buttons);
}

/** Spreadsheet.toast; `seconds` as Sheets takes it (default 5). */
export function toastUser(
  spreadsheet: Spreadsheet,
  lang: Lang,
  message: string,
  title?: string,
  seconds?: number,
): void {
  const text = typeset(lang, message);
  if (title === undefined) spreadsheet.toast(text);
  else if (seconds === undefined) spreadsheet.toast(text, typeset(lang, title));
  else spreadsheet.toast(text, typeset(lang, title), seconds);
}

/** Notes for Range.setNotes, typeset. */
export function typesetNotes(lang: Lang, notes: string[][]): string[][] {
  return notes.map((row) => row.map((note) => typeset(lang, note)));
}

/** A dialog's or sidebar's title, typeset. */
export function shownTitle(lang: Lang, title: string): string {
  return typeset(lang, title);
}
