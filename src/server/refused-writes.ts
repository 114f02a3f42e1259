/**
 * Reading never depends on writing: when a protection (a range another member protected, Données ▸
 * Protéger des feuilles et des plages) refuses the Début/Échéance dates that reading the plan computes,
 * the cells are left as they were, every feature works on the computed dates, and its result names the
 * cells in plain words. One sentence, shared by validation, colours, sync, sharing, the sidebar, the
 * bilan and next year's plan.
 */
import { type Lang, localize } from "../core/i18n";
import type { LoadedPlan } from "./plan-sheet";

const REFUSED = {
  fr: "Les dates calculées de {cells} (feuille « {sheet} ») n'ont pas été écrites : ces cellules sont protégées contre vos modifications (Données ▸ Protéger des feuilles et des plages). Le reste a été fait avec ces dates ; la personne qui a protégé la plage peut les écrire en ouvrant le plan.",
  en: 'The computed dates of {cells} (sheet "{sheet}") were not written: these cells are protected against your edits (Data ▸ Protect sheets and ranges). Everything else was done with these dates; the person who protected the range can write them by opening the plan.',
};

/** The sentence naming the date cells a protection kept as they were, or "" when every write went through. */
export function refusedDatesSentence(loaded: Pick<LoadedPlan, "refusedDates" | "sheet">, lang: Lang): string {
  if (!loaded.refusedDates.length) return "";
  const cells = loaded.refusedDates.join(", ");
  return localize(lang, REFUSED, { cells, sheet: loaded.sheet.getName() });
}

/** `message` followed by the sentence, when there is one. */
export function withRefusedDates(
  message: string,
  loaded: Pick<LoadedPlan, "refusedDates" | "sheet">,
  lang: Lang,
): string {
  const sentence = refusedDatesSentence(loaded, lang);
  return sentence ? `${message} ${sentence}` : message;
}
