/**
 * French typography for every text the add-on shows — the sidebar and dialogs, and the server's alerts,
 * prompts, toasts, notes and dialog titles: a no-break space (U+00A0) before « : ; ! ? » and inside
 * « guillemets », so a colon never wraps alone onto the next line and a guillemet never parts from its
 * word. One function for every surface, applied where text is shown; the messages themselves are
 * written with ordinary spaces. English text is left as it is.
 */
import type { Lang } from "./i18n";

const NO_BREAK_SPACE = "\u00a0";

/** `text` with no-break spaces before : ; ! ? » and after « (any run of ordinary spaces becomes one). */
export function frenchSpacing(text: string): string {
  return text.replace(/[ \t]+([:;!?»])/g, `${NO_BREAK_SPACE}$1`).replace(/«[ \t]+/g, `«${NO_BREAK_SPACE}`);
}

/** `text` as it is shown in `lang`: French spacing in French, unchanged in English. */
export function typeset(lang: Lang, text: string): string {
  return lang === "fr" ? frenchSpacing(text) : text;
}
