/**
 * People named in a Responsables cell, for validation and the summary. Committees write "Julie, Marc et
 * Sophie", "Julie & Marc", "Julie / Marc" or one name per line; names are compared case- and
 * accent-insensitively, so "Hélène" and "helene" are one person.
 */
import { textKey } from "../text-key";

const NAME_SEPARATORS = /\s*(?:[,;&/+\n\r]|\s+et\s+|\s+and\s+)\s*/i;

/** The names in a Responsables cell, as written, without empties. */
export function splitNames(cell: string): string[] {
  return cell
    .split(NAME_SEPARATORS)
    .map((name) => name.trim())
    .filter((name) => name !== "");
}

/** The comparison key of a person's name. */
export function nameKey(name: string): string {
  return textKey(name);
}
