/**
 * Comparison keys for text typed by people: lower case, accents removed, punctuation spacing and runs of
 * white space collapsed. "Échéancier", "ECHEANCIER " and "echéancier" share one key; so do
 * "Moyens/Actions/Activités" and "Moyens / actions / activités". Used to find columns by their header
 * and to match names, statuses and duplicates.
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

export function textKey(value: unknown): string {
  return String(value ?? "")
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .replace(/[\u2019'`]/g, "'")
    .replace(/\s*([/:()])\s*/g, "$1")
    .replace(/[\s\u00a0]+/g, " ")
    .replace(/^[\s*:.]+|[\s*:.]+$/g, "");
}
