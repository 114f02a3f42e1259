/**
 * Rule: a responsible person named at the end of an action line, with its label: `… (resp. : Marie)`,
 * `… — Responsable : comité SST`, `…, porteur : Luc`, before or after the deadline. Names written without
 * a label (`… (Paul Roy)`) stay in the action: a word in parentheses is as often a place or an example.
 */
import { isDeadlinePhrase } from "../action-deadline";

const RESPONSIBLE_AT_END =
  /^(.*?\S)\s*(?:[([]\s*|\s[-–—]\s*|,\s*|;\s*)(?:resp(?:onsables?)?\.?|porteur|porteuse|qui|lead|responsible)\s*:\s*([^()[\]:]{2,80}?)\s*[)\]]?\s*((?:[,;]|\s[-–—])\s*[^:]*)?$/i;

export function splitResponsables(text: string): { text: string; responsables: string } {
  const m = RESPONSIBLE_AT_END.exec(text.trim());
  if (!m) return { text, responsables: "" };
  const after = (m[3] ?? "").trim();
  // what followed the name (`, juin 2024`) stays with the action, for the deadline to be found
  if (after !== "" && !isDeadlinePhrase(after.replace(/^(?:[,;]|[-–—])\s*/, "")))
    return { text, responsables: "" };
  return {
    text: after !== "" ? `${m[1]}${after.startsWith(",") || after.startsWith(";") ? "" : " "}${after}` : m[1],
    responsables: m[2].trim(),
  };
}
