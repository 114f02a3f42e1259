/**
 * Turns what people type in the Statut column into a status: the labels of the dropdown in French or
 * English, in any case and with or without accents, plus a few words committees use for the same thing
 * ("fait", "complété", "done"). Anything else is not a status, and validation says so.
 */
import type { PlanTemplate, StatusKey } from "../template";
import { textKey } from "../text-key";

const EXTRA_WORDS: Record<string, StatusKey> = {
  fait: "termine",
  complete: "termine",
  completee: "termine",
  realise: "termine",
  realisee: "termine",
  "a venir": "aFaire",
  todo: "aFaire",
  "en attente": "reporte",
  suspendu: "reporte",
  abandonne: "annule",
};

export function statusFromText(text: string, template: PlanTemplate): StatusKey | undefined {
  const key = textKey(text);
  for (const status of template.statuses) {
    if (textKey(status.fr) === key || textKey(status.en) === key) return status.key;
  }
  return EXTRA_WORDS[key];
}
