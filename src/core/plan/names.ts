/**
 * People named in a Responsables cell (and items of a Ressources cell), for validation, the summary
 * (sidebar, bilan), the suivi and the importer: the one splitter everyone uses. Committees write "Julie,
 * Marc et Sophie", "Julie & Marc", "Julie / Marc", one name per line or paragraph, or a bulleted list
 * ("- Josée Bergeron" ⏎ "- Exécutif", and "- Martin Ouellet - Sylvie Nadeau" when the paragraphs were run
 * together); markers and trailing punctuation are not part of a name. Names are compared case- and
 * accent-insensitively, so "Hélène" and "helene" are one person.
 */
import { textKey } from "../text-key";

const NAME_SEPARATORS = /\s*(?:[,;&/+\n\r]|\s+et\s+|\s+and\s+)\s*/i;
/** A bullet at the start of a line (`-`, `–`, `•`, `*`, `▪`…), or a number (`1.`, `2)`). */
const LEADING_BULLET = /^(?:[-–—•▪●◦○■□➢►✓✔*·]|\d{1,2}[.)])\s+/;
/** Between two names of a bulleted line run together: ` - `, ` • `. */
const INNER_BULLET = /\s+[-–—•▪●◦○■□➢►✓✔*·]\s+/;

/** The names in a Responsables cell, as written, without markers or empties. */
export function splitNames(cell: string): string[] {
  const out: string[] = [];
  for (const line of String(cell ?? "").split(/[\n\r]+/)) {
    const trimmed = line.trim();
    // "- Martin Ouellet - Sylvie Nadeau": a line that starts with a bullet uses the same bullet between names
    const pieces = LEADING_BULLET.test(trimmed) ? trimmed.split(INNER_BULLET) : [trimmed];
    for (const piece of pieces) {
      for (const name of piece.replace(LEADING_BULLET, "").split(NAME_SEPARATORS)) {
        const clean = name
          .replace(LEADING_BULLET, "")
          .replace(/^[\s.;:]+|[\s.;:]+$/g, "")
          .trim();
        if (clean !== "") out.push(clean);
      }
    }
  }
  return out;
}

/** The names in a cell, once each (the first spelling kept), as one clean list: "Josée Bergeron, Exécutif". */
export function namesList(cell: string): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of splitNames(cell)) {
    const key = nameKey(name);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out.join(", ");
}

/** The comparison key of a person's name. */
export function nameKey(name: string): string {
  return textKey(name);
}
