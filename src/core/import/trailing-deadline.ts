/**
 * The importer's use of the échéancier module's trailing-deadline finder (`findTrailingEcheance`, the one
 * definition of "a deadline in parentheses at the end of an action", with the parser's own lexicon):
 * `Mettre sur pied l'unité (mars 2020)` → moyens `Mettre sur pied l'unité`, echeancier `mars 2020`.
 *
 * One rule is the importer's own, because it is about running text, not about dates: in imported prose
 * the group must close the text — only white space may follow it. A group followed by a full stop ends a
 * sentence and is a reference, not a deadline: `… Protocole 29 de l'OIT (2014).` and `… du 50¢ du CISO
 * (2025).` (seed 003) stay in the action.
 */

import { findTrailingEcheance } from "../echeance";

export interface DeadlineSplit {
  /** The action without the trailing group (trimmed). */
  text: string;
  /** The content of the parentheses, spaces collapsed; "" when there is none. */
  echeance: string;
}

const CLOSES_TEXT = /\)[\s\u00a0]*$/;

/** Splits `Action (juin 2020)` into `{ text: "Action", echeance: "juin 2020" }`. */
export function splitTrailingDeadline(action: string): DeadlineSplit {
  const none: DeadlineSplit = { text: action.trim(), echeance: "" };
  if (!CLOSES_TEXT.test(action)) return none;
  const found = findTrailingEcheance(action);
  if (found === null) return none;
  return { text: found.action, echeance: found.echeancier };
}
