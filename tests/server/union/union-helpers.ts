/**
 * Test support for the optional union columns: a plan with the committee's data (text, a formula, a note,
 * a date typed by hand) and the menu item « Ajouter des colonnes syndicales… » answered as a person would.
 */
import { type Harness, installTemplate, planSheet, startAddon } from "../../support/addon";

export const FR_UNION_HEADERS = [
  "Mandat / résolution",
  "Indicateur de réussite",
  "Résultat de l'indicateur",
  "Budget prévu",
  "Budget réel",
  "Libérations (jours)",
];
export const EN_UNION_HEADERS = [
  "Mandate / resolution",
  "Success indicator",
  "Indicator result",
  "Planned budget",
  "Actual budget",
  "Union leave (days)",
];

/** An installed plan holding three actions under two objectives, a formula, a note and a hand-typed date. */
export function committeePlan(options: { locale?: string } = {}): Harness {
  const harness = startAddon({ now: "2026-03-15T15:00:00Z", ...options });
  installTemplate(harness);
  const en = (options.locale ?? "fr_CA").startsWith("en");
  const sheet = planSheet(harness, en ? "Action plan" : "Plan d'action");
  sheet.getRange("B3:C3").setValues([["2026-01-01", "2026-12-31"]]);
  sheet.getRange("A8:K10").setValues([
    [
      "Mobiliser",
      "Assemblée pleine",
      "Tenir l'assemblée",
      "",
      "Julie",
      "avril",
      "",
      "",
      "Terminé",
      "",
      "=1+1",
    ],
    ["", "", "Tournée des lieux", "", "Benoît", "juin", "", "2026-06-20", "En cours", 0.5, ""],
    ["Former", "", "Formation", "", "Julie", "septembre", "", "", "", "", "'=pas une formule"],
  ]);
  sheet.getRange("C9").setNote("note du comité");
  return harness;
}

/** Runs the menu item, answering its question with `answer` (OK) or cancelling it. */
export function addColumns(harness: Harness, answer: string, button: "OK" | "CANCEL" = "OK"): void {
  harness.emulator.ui.scriptPrompt(answer, button);
  harness.addon.call("addUnionColumns");
}

/** Values, formulas, notes and number formats of every sheet, cut to `width` columns of the plan sheet. */
export function cellsOf(harness: Harness, width: number) {
  return harness.emulator.spreadsheet.getSheets().map((sheet) => {
    const rows = Math.max(1, sheet.getLastRow());
    const cols = Math.max(1, Math.min(width, sheet.getMaxColumns()));
    const range = sheet.getRange(1, 1, rows, cols);
    return {
      name: sheet.getName(),
      values: range.getValues(),
      display: range.getDisplayValues(),
      formulas: range.getFormulas(),
      notes: range.getNotes(),
      formats: range.getNumberFormats(),
      widths: Array.from({ length: cols }, (_, i) => sheet.getColumnWidth(i + 1)),
      hidden: Array.from({ length: cols }, (_, i) => sheet.isColumnHiddenByUser(i + 1)),
    };
  });
}
