/**
 * How the year-end dialogs (Préparer le bilan, Préparer l'année suivante) open: one server call for the
 * choices, the dialog's texts switched to the language the server answered in, then either the choices
 * or the server's plain message; a failed call shows the dialog's own "failed" text. Each dialog passes
 * its call, its texts and how it shows its choices.
 */
import type { Lang } from "../core/i18n";
import { byId, setText } from "./dom";

type Choices = { ok: true; lang: Lang } | { ok: false; lang: Lang; message: string };

export async function loadChoices<T extends Choices>(
  fetchChoices: () => Promise<T>,
  texts: () => { loading: string; failed: string },
  showTexts: (lang: Lang) => void,
  showChoices: (choices: Extract<T, { ok: true }>) => void,
): Promise<void> {
  setText(byId("status"), texts().loading);
  try {
    const choices = await fetchChoices();
    showTexts(choices.lang);
    setText(byId("status"), "");
    if (!choices.ok) {
      setText(byId("error"), choices.message);
      return;
    }
    showChoices(choices as Extract<T, { ok: true }>);
  } catch (_error) {
    setText(byId("status"), "");
    setText(byId("error"), texts().failed);
  }
}
