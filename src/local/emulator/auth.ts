/**
 * Authorization modes: which calls add-on code may make in AuthMode.NONE (menus, locale, utilities — no
 * document, properties or user access) and LIMITED (the document, no other service), with Apps Script's
 * "You do not have permission to call …" errors. In FULL, a call whose scope the person declined on the
 * granular consent screen fails the same way (the wording for that case is a guess: scopes.ts). Run by
 * the instrumenting proxy before every call.
 */
import type { CallGuard } from "./calls.ts";
import { builtInScopeOf } from "./scopes.ts";
import type { UserDirectory } from "./users.ts";

export type AuthModeName = "NONE" | "LIMITED" | "FULL";

const CURRENT_ONLY = "https://www.googleapis.com/auth/spreadsheets.currentonly";
const CONTAINER_UI = "https://www.googleapis.com/auth/script.container.ui";

/** Calls allowed in AuthMode.NONE (exact keys, or prefixes ending with "."). */
const ALLOWED_IN_NONE = [
  "SpreadsheetApp.getUi",
  "SpreadsheetApp.newConditionalFormatRule",
  "SpreadsheetApp.newDataValidation",
  "SpreadsheetApp.flush",
  "SpreadsheetApp.Ui.createMenu",
  "SpreadsheetApp.Ui.createAddonMenu",
  "SpreadsheetApp.Menu.",
  "SpreadsheetApp.ConditionalFormatRuleBuilder.",
  "SpreadsheetApp.DataValidationBuilder.",
  "Session.getActiveUserLocale",
  "Session.getScriptTimeZone",
  "Session.getTimeZone",
  "Utilities.",
  "Logger.",
  "ScriptApp.",
  "HtmlService.",
  "LockService.",
];

function allowed(list: string[], key: string): boolean {
  return list.some((p) => (p.endsWith(".") ? key.startsWith(p) : key === p));
}

function displayName(key: string): string {
  const parts = key.split(".");
  return parts.length > 2 ? parts.slice(1).join(".") : key;
}

export function createAuthGuard(
  mode: () => AuthModeName,
  registeredScopes: Map<string, string | undefined>,
  users?: UserDirectory,
): CallGuard {
  return (key: string) => {
    const m = mode();
    if (m === "FULL") {
      const scope = builtInScopeOf(key);
      if (scope && users && !users.hasGranted(scope) && users.scopes.indexOf(scope) >= 0)
        throw new Error(
          `You do not have permission to call ${displayName(key)}. Required permissions: ${scope}`,
        );
      return;
    }
    const service = key.split(".")[0]!;
    if (registeredScopes.has(service)) {
      const scope = registeredScopes.get(service);
      throw new Error(
        `You do not have permission to call ${displayName(key)}. Required permissions: ${scope ?? "(authorization required)"}`,
      );
    }
    if (m === "LIMITED") return;
    if (allowed(ALLOWED_IN_NONE, key)) return;
    const scope = key.startsWith("SpreadsheetApp.Ui.") ? CONTAINER_UI : CURRENT_ONLY;
    if (key.startsWith("SpreadsheetApp.")) {
      throw new Error(
        `You do not have permission to call ${displayName(key)}. Required permissions: ${scope}`,
      );
    }
    throw new Error(
      `You do not have permission to call ${displayName(key)}. Authorization is required to perform that action.`,
    );
  };
}
