/**
 * Languages and localised text. Every user-facing string lives next to the feature that says it, as a
 * `Localized` pair (French first, English second); `langFromLocale` picks the language from
 * Session.getActiveUserLocale() — English for any "en…" locale, French for everything else.
 */
export type Lang = "fr" | "en";

/** A user-facing text in both languages; `{name}` placeholders are filled by `localize`. */
export interface Localized {
  fr: string;
  en: string;
}

/** English for "en", "en_US", "en-CA"…; French for any other or unknown locale. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return /^en(?:[_-]|$)/i.test(String(locale ?? "").trim()) ? "en" : "fr";
}

/** The text in `lang` with every `{key}` replaced by `params[key]`. */
export function localize(lang: Lang, text: Localized, params: Record<string, string | number> = {}): string {
  return text[lang].replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

/** `one` for a single thing (and for zero in French: "0 erreur", but "0 errors"), `many` otherwise. */
export function pluralOf<T>(lang: Lang, count: number, one: T, many: T): T {
  return count === 1 || (lang === "fr" && count === 0) ? one : many;
}

/** The plural-aware count phrase used in summaries: "1 erreur", "3 erreurs". */
export function countPhrase(lang: Lang, count: number, one: Localized, many: Localized): string {
  return `${count} ${pluralOf(lang, count, one, many)[lang]}`;
}
