/**
 * Every entry point of dist/Code.js runs through runEntry_ (src/tools/build.ts writes each top-level
 * function as a call to it): when an entry fails and the person has not granted (or has removed) the
 * scope to read and change this spreadsheet (spreadsheets.currentonly) or the one to show the add-on
 * inside Sheets (script.container.ui), the raw English error of Apps Script ("You do not have permission
 * to call …") is replaced by a message in the person's language that says which permission is missing
 * and where to grant it (ScriptApp.getAuthorizationInfo: consent.ts). A menu item with the Ui still
 * allowed says it in an alert; otherwise the message is the error Sheets shows (or the failure a dialog or
 * the sidebar receives). Simple triggers (onOpen, onEdit, onInstall) can show nothing: the failure is
 * logged in the person's language and the trigger ends quietly. Any other error goes on unchanged.
 */
import { type Lang, localize } from "../core/i18n";
import { missingScopes } from "./consent";
import { userLang } from "./locale";
import { MENU_ITEMS } from "./menu";
import { alertUser } from "./say";

export const CURRENT_ONLY_SCOPE = "https://www.googleapis.com/auth/spreadsheets.currentonly";
export const CONTAINER_UI_SCOPE = "https://www.googleapis.com/auth/script.container.ui";

const SIMPLE_TRIGGERS = ["onOpen", "onEdit", "onInstall"];

export const SCOPE_MESSAGES = {
  title: { fr: "Autorisation manquante", en: "Permission missing" },
  sheet: {
    fr: "Plan d'action n'a pas la permission de lire et de modifier ce classeur : elle n'a pas été accordée, ou a été retirée. Sans elle, le module ne peut rien faire dans ce classeur.",
    en: "Plan d'action does not have permission to read and change this spreadsheet: it was not granted, or was removed. Without it, the add-on can do nothing in this spreadsheet.",
  },
  ui: {
    fr: "Plan d'action n'a pas la permission de s'afficher dans Google Sheets (menus, fenêtres et panneau latéral) : elle n'a pas été accordée, ou a été retirée.",
    en: "Plan d'action does not have permission to show itself in Google Sheets (menus, dialogs and sidebar): it was not granted, or was removed.",
  },
  grant: {
    fr: " Accordez-la ici, puis recommencez : {url}",
    en: " Grant it here, then try again: {url}",
  },
  grantElsewhere: {
    fr: " Accordez-la dans Extensions › Modules complémentaires › Gérer les modules complémentaires (Plan d'action › Options), puis recommencez.",
    en: " Grant it in Extensions › Add-ons › Manage add-ons (Plan d'action › Options), then try again.",
  },
};

/** The missing core scopes and where to grant them, or null when none is missing (or it cannot be told). */
function declinedCoreScopes(): { sheet: boolean; ui: boolean; grantUrl: string | null } | null {
  try {
    const check = missingScopes([CURRENT_ONLY_SCOPE, CONTAINER_UI_SCOPE]);
    if (check.missing.length === 0) return null;
    return {
      sheet: check.missing.indexOf(CURRENT_ONLY_SCOPE) >= 0,
      ui: check.missing.indexOf(CONTAINER_UI_SCOPE) >= 0,
      grantUrl: check.grantUrl,
    };
  } catch (_) {
    return null;
  }
}

/** What to tell the person about the missing scopes, in their language. */
export function scopeMessage(
  lang: Lang,
  declined: { sheet: boolean; ui: boolean; grantUrl: string | null },
): string {
  const what = [declined.sheet ? SCOPE_MESSAGES.sheet : null, declined.ui ? SCOPE_MESSAGES.ui : null]
    .filter((text) => text !== null)
    .map((text) => localize(lang, text))
    .join(" ");
  const how = declined.grantUrl
    ? localize(lang, SCOPE_MESSAGES.grant, { url: declined.grantUrl })
    : localize(lang, SCOPE_MESSAGES.grantElsewhere);
  return what + how;
}

/**
 * For entry points that turn any error into their own report (the sync, sharing): the words to say when
 * a core scope was declined, or null (then their "unexpected error" stands).
 */
export function declinedScopeText(lang: Lang): string | null {
  const declined = declinedCoreScopes();
  return declined ? scopeMessage(lang, declined) : null;
}

/** Runs the entry point `name`; a failure caused by a declined core scope is said in the person's language. */
export function runEntry_(name: string, entry: (...args: unknown[]) => unknown, args: unknown[]): unknown {
  try {
    return entry(...args);
  } catch (error) {
    const declined = declinedCoreScopes();
    if (!declined) throw error;
    const lang = userLang();
    const message = scopeMessage(lang, declined);
    console.error(`${name}: ${message} (${error instanceof Error ? error.message : String(error)})`);
    if (SIMPLE_TRIGGERS.indexOf(name) >= 0) return undefined;
    const fromMenu = MENU_ITEMS.some((item) => item !== null && item.functionName === name);
    if (fromMenu && !declined.ui) {
      const ui = SpreadsheetApp.getUi();
      alertUser(ui, lang, localize(lang, SCOPE_MESSAGES.title), message, ui.ButtonSet.OK);
      return undefined;
    }
    throw new Error(message);
  }
}
