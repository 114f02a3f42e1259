/**
 * Where a plan's event settings live (core/sync/event-settings.ts says what they are): one document
 * property per plan id, as JSON, so every member of the committee sees and changes the same settings and
 * a second plan in the workbook has its own. The sidebar shows them (getSidebarData) and changes them
 * through saveEventSettings; the next sync applies them, writing only the events whose content changes.
 * Like every record of a plan, the value names its spreadsheet (`s`): a copy of the workbook is a new
 * plan with its own settings, and settings written in another spreadsheet (document properties copied
 * with a plan whose id did not change, as an earlier version's plans) are not this plan's.
 */
import { type Lang, type Localized, localize } from "../core/i18n";
import { cleanEventSettings, type EventSettings, parseEventSettings } from "../core/sync/event-settings";
import type { EventSettingsSaved } from "../shared/sidebar-wire";
import { userLang } from "./locale";
import { planIdOf } from "./plan-marker";

const PREFIX = "planDaction.events.";

const SETTINGS_MESSAGES = {
  saved: {
    fr: "Réglages enregistrés : ils s'appliqueront à la prochaine synchronisation de l'agenda.",
    en: "Settings saved: they will apply at the next calendar sync.",
  },
  noSheet: {
    fr: "La feuille du plan est introuvable (renommée ou supprimée ?) : cliquez sur Actualiser, puis réessayez. Rien n'a été enregistré.",
    en: "The plan's sheet cannot be found (renamed or deleted?): click Refresh, then try again. Nothing was saved.",
  },
} satisfies Record<string, Localized>;

/** The settings of `planId` (the defaults until the committee changes one). */
export function loadEventSettings(planId: string, spreadsheetId: string): EventSettings {
  const stored = PropertiesService.getDocumentProperties().getProperty(PREFIX + planId);
  return parseEventSettings(namesAnotherSpreadsheet(stored, spreadsheetId) ? null : stored);
}

/** Stores the settings of `planId`, naming `spreadsheetId` (the spreadsheet the plan lives in). */
export function storeEventSettings(planId: string, settings: EventSettings, spreadsheetId: string): void {
  PropertiesService.getDocumentProperties().setProperty(
    PREFIX + planId,
    JSON.stringify({ ...settings, s: spreadsheetId }),
  );
}

/** True when stored settings name another spreadsheet (none named: an earlier version's, this one's). */
function namesAnotherSpreadsheet(stored: string | null, spreadsheetId: string): boolean {
  if (!stored) return false;
  try {
    const s = (JSON.parse(stored) as { s?: unknown } | null)?.s;
    return typeof s === "string" && s !== "" && s !== spreadsheetId;
  } catch (_error) {
    return false;
  }
}

/**
 * Called by the sidebar (google.script.run.saveEventSettings): stores the settings it sends (only the
 * known fields; anything else is ignored) for the plan in the sheet `sheetName` (the one the sidebar
 * shows), and answers with what is now stored.
 */
export function saveEventSettings(sheetName: string, change: Partial<EventSettings>): EventSettingsSaved {
  const lang: Lang = userLang();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.getSheetByName(String(sheetName));
  if (!sheet) return { ok: false, message: localize(lang, SETTINGS_MESSAGES.noSheet), settings: null };
  const spreadsheetId = spreadsheet.getId();
  const planId = planIdOf(sheet, undefined, spreadsheetId);
  const settings = cleanEventSettings(change, loadEventSettings(planId, spreadsheetId));
  storeEventSettings(planId, settings, spreadsheetId);
  return { ok: true, message: localize(lang, SETTINGS_MESSAGES.saved), settings };
}
