/**
 * Finds a deadline written in parentheses at the very end of an action, as committees do in running
 * text: `Mettre sur pied l'unité (mars 2020)`, `… (mandat complet)`, `… (2020-2022)`. A trailing
 * parenthesised group counts only when its content starts with a month name, a season, a year, a day and
 * month, a quarter, a "début/mi-/fin" modifier or a mandate phrase; anything else (`(communication,
 * rencontres, etc.)`) stays in the action text. The group must close the text (only white space may
 * follow): `… Protocole 29 de l'OIT (2014).` is a reference, not a deadline. The matching parenthesis is
 * found by scanning backwards (linear time, no backtracking regex on the whole action). Independent of
 * src/core/echeance on purpose: the importer only needs to cut the text, not to understand the date.
 */

const MONTHS =
  "janvier|janv|février|fevrier|févr|fevr|fév|fev|mars|avril|avr|mai|juin|juillet|juil|août|aout|septembre|sept|sep|octobre|oct|novembre|nov|décembre|decembre|déc|dec|" +
  "january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|october|november|december";
const SEASONS = "printemps|été|ete|automne|hiver|spring|summer|fall|autumn|winter";
const MANDATE =
  "mandat complet|tout au long|tout le mandat|reste du mandat|d'ici|d’ici|fin du mandat|en continu|continu|ongoing|" +
  "reste de l'année|reste de l’année|annuellement|chaque|avant le|avant la|au plus tard|dès|des maintenant|début|debut|mi-|fin |" +
  "trimestre|semestre|premier semestre|deuxième semestre|1er trimestre";

const DEADLINE_START = new RegExp(
  "^(?:" +
    "(?:" +
    MONTHS +
    ")\\.?(?![a-zà-ÿ])" +
    "|(?:" +
    SEASONS +
    ")(?![a-zà-ÿ])" +
    "|(?:19|20)\\d\\d(?!\\d)" +
    "|(?:1er|\\d{1,2})\\s+(?:" +
    MONTHS +
    ")(?![a-zà-ÿ])" +
    "|[TQ][1-4](?!\\d)" +
    "|(?:" +
    MANDATE +
    ")" +
    ")",
  "i",
);

export interface DeadlineSplit {
  /** The action without the trailing group (trimmed). */
  text: string;
  /** The content of the parentheses, trimmed; "" when there is none. */
  echeance: string;
}

/** Splits `Action (juin 2020)` into `{ text: "Action", echeance: "juin 2020" }`. */
export function splitTrailingDeadline(action: string): DeadlineSplit {
  const trimmed = action.replace(/\s+$/, "");
  if (!trimmed.endsWith(")")) return { text: action.trim(), echeance: "" };
  let depth = 0;
  let open = -1;
  for (let i = trimmed.length - 1; i >= 0; i--) {
    const c = trimmed[i];
    if (c === ")") depth++;
    else if (c === "(") {
      depth--;
      if (depth === 0) {
        open = i;
        break;
      }
    }
  }
  if (open <= 0) return { text: action.trim(), echeance: "" };
  const inner = trimmed.slice(open + 1, -1).trim();
  if (!DEADLINE_START.test(inner)) return { text: action.trim(), echeance: "" };
  const text = trimmed.slice(0, open).trim();
  if (text === "") return { text: action.trim(), echeance: "" };
  return { text, echeance: inner };
}
