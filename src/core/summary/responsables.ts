/**
 * Splits a Responsables cell into people: names separated by commas, semicolons, "et", "and", "&", "/"
 * or new lines, as committees write them ("Julie, Marc et Sophie", "Julie & Marc", "Julie/Marc").
 * Names are compared by textKey (case, accents and spacing ignored), so "Hélène" and "helene" are one
 * person.
 */
import { textKey } from "../text-key";

const SEPARATORS = /\s*(?:[,;&/\n\r]|\s+et\s+|\s+and\s+)\s*/i;

export function splitResponsables(text: string): string[] {
  return text
    .split(SEPARATORS)
    .map((name) => name.trim())
    .filter((name) => name !== "");
}

/** The comparison key of a person's name. */
export function personKey(name: string): string {
  return textKey(name);
}
