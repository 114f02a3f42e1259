/**
 * `findTrailingEcheance`: finds the deadline committees write in parentheses at the end of an action
 * (seed 000: `Mettre sur pied l’unité (mars 2020)`), so the importer can split it into Moyens and
 * Échéancier. Only the LAST parenthesised group counts, and only when it reads as a date, a recurrence or
 * a mandate phrase; `(communication, rencontres, etc.)` or `(Ex. RedLACRE)` are left in the action.
 * This is the only definition of a trailing deadline: the text importer (src/core/import/trailing-
 * deadline.ts) calls it, adding its own prose rule that the group must close the text.
 */

import { parseWith } from "./parse";

/**
 * Years are not checked against a plan here (there is no context yet): a permissive context with a
 * period is used so mandate phrases are recognised, and the ±10-year window is applied later, when the
 * Échéancier cell is parsed against the real Période.
 */
const LOOSE_CONTEXT = { period: { start: "2000-01-01", end: "2000-12-31" }, reference: "2000-01-01" };

/**
 * Convention: `echeancier` is the whole content of the parentheses, spaces collapsed, comment included
 * (`mai 2020-novembre 2021, en vue de la tenue de l’événement en novembre 2021`), so nothing the
 * committee wrote is lost; parseEcheance reads its leading date and ignores the comment after the comma.
 * `action` is the text before the parentheses, trimmed.
 */
export function findTrailingEcheance(actionText: string): { action: string; echeancier: string } | null {
  if (typeof actionText !== "string") return null;
  let end = actionText.length;
  // ignore trailing spaces and sentence punctuation after the closing parenthesis: `… (2025).`
  while (end > 0 && /[\s.;,\u00a0\ufffd*_]/.test(actionText[end - 1])) end--;
  if (end === 0 || actionText[end - 1] !== ")") return null;
  let depth = 0;
  let open = -1;
  for (let k = end - 1; k >= 0; k--) {
    const ch = actionText[k];
    if (ch === ")") depth++;
    else if (ch === "(") {
      depth--;
      if (depth === 0) {
        open = k;
        break;
      }
    }
  }
  if (open < 0) return null;
  const inner = actionText.slice(open + 1, end - 1);
  const action = actionText
    .slice(0, open)
    .replace(/[\s\u00a0]+$/, "")
    .replace(/^[\s\u00a0]+/, "");
  if (action === "") return null;
  // A group nested in an unclosed one ("… ((printemps)") is not a deadline closing the action.
  if ((action.match(/\(/g) ?? []).length > (action.match(/\)/g) ?? []).length) return null;
  const r = parseWith(inner, LOOSE_CONTEXT, false);
  if (r.kind === "none") return null;
  const echeancier = inner.replace(/[\s\u00a0]+/g, " ").trim();
  return { action, echeancier };
}
