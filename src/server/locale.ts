/**
 * The user's language for this execution, from Session.getActiveUserLocale() (allowed in every
 * authorization mode, so the menu is localised even in AuthMode.NONE).
 */
import { type Lang, langFromLocale } from "../core/i18n";

export function userLang(): Lang {
  return langFromLocale(Session.getActiveUserLocale());
}

/** Called by the dialogs when they open: the language to show them in, the same as the menus'. */
export function getUserLanguage(): Lang {
  return userLang();
}
