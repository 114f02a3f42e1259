/**
 * The add-on menu (Extensions ▸ Plan d'action). onOpen may run in AuthMode.NONE, where only building the
 * menu is allowed, so it touches nothing but the Ui and the locale. Each item names a function exported
 * by src/server/main.ts; the bundle test checks that every one of them is a top-level function.
 */
import type { Localized } from "../core/i18n";
import { userLang } from "./locale";

export interface MenuItem {
  caption: Localized;
  functionName: string;
}

/** Menu items in display order; `null` is a separator. */
export const MENU_ITEMS: (MenuItem | null)[] = [
  { caption: { fr: "Installer le modèle", en: "Install the template" }, functionName: "installTemplate" },
  { caption: { fr: "Valider le plan", en: "Validate the plan" }, functionName: "validatePlan" },
  {
    // The colours are live from the install: this puts them back when a rule was removed or changed.
    caption: { fr: "Rétablir les couleurs", en: "Restore the colours" },
    functionName: "applyStatusColours",
  },
  { caption: { fr: "Résumé de l'avancement", en: "Progress summary" }, functionName: "showSummarySidebar" },
  { caption: { fr: "Préparer le bilan…", en: "Prepare the report…" }, functionName: "showBilanDialog" },
  { caption: { fr: "Chronologie", en: "Timeline" }, functionName: "showChronologie" },
  {
    caption: { fr: "Préparer l'année suivante…", en: "Prepare next year…" },
    functionName: "showNextYearDialog",
  },
  null,
  {
    caption: { fr: "Importer un plan existant…", en: "Import an existing plan…" },
    functionName: "showImportDialog",
  },
  {
    caption: { fr: "Ajouter des colonnes syndicales…", en: "Add union columns…" },
    functionName: "addUnionColumns",
  },
  { caption: { fr: "Synchroniser l'agenda", en: "Sync the calendar" }, functionName: "syncCalendar" },
  { caption: { fr: "Aperçu de la synchronisation", en: "Sync preview" }, functionName: "previewSync" },
  {
    caption: { fr: "Partager l'agenda avec le comité", en: "Share the calendar with the committee" },
    functionName: "shareCalendarWithCommittee",
  },
  { caption: { fr: "Envoyer le suivi…", en: "Send the follow-up…" }, functionName: "showFollowUpDialog" },
];

/** Simple trigger: runs when the spreadsheet opens. Builds the menu and nothing else. */
export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const lang = userLang();
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (item) menu.addItem(item.caption[lang], item.functionName);
    else menu.addSeparator();
  }
  menu.addToUi();
}

/** Runs when the add-on is installed from the Marketplace: builds the menu at once. */
export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
