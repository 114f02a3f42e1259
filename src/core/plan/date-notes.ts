/**
 * The note the add-on puts on a Début/Échéance cell it computed, and what it reads back from one. The
 * add-on's paragraph (the last of the note; a person's own text above it stays) begins with the day it
 * wrote, in plain words: « 31/03/2026 : date calculée à partir de l'Échéancier « mars ». Tapez une autre
 * date pour la fixer vous-même. » That day is how the add-on knows it owns the cell: while the cell
 * holds the day its note names, the date is the add-on's and follows the Échéancier; a person who types
 * another date has made it theirs. The record lives on the cell itself — it moves with the cell through a
 * sort, a copy keeps it, it costs no call beyond the notes already read, and no plan is too long for it.
 * Notes of two earlier versions are recognised: `… [auto:YYYY-MM-DD]` (the day in a marker) and the same
 * sentence without a day (the day was in a ledger in the sheet's developer metadata, date-ledger.ts).
 */

import { type Lang, localize } from "../i18n";
import { frenchSpacing, typeset } from "../typography";

/** The ownership marker of the first version's notes. */
const AUTO_MARKER = /\[auto:(\d{4}-\d{2}-\d{2})?\]\s*$/;
/** The paragraph of the ledger era: the sentence without a day. */
const LEDGER_ERA_START = /^(?:Date calculée à partir de l'Échéancier|Date computed from the Schedule)/;
/** Today's paragraph: the day (as the French or the English note writes it), a colon, the sentence. */
const DAY_START =
  /^(?:(\d{2})\/(\d{2})\/(\d{4})|(\d{4})-(\d{2})-(\d{2}))\s*:\s*(?:date calculée|date computed)/;

const AUTO_NOTE = {
  fr: "{day} : date calculée à partir de l'Échéancier « {text} ». Tapez une autre date pour la fixer vous-même.",
  en: '{day}: date computed from the Schedule "{text}". Type another date to set it yourself.',
};

/** How a note names a day: 31/03/2026 in French, 2026-03-31 in English (as the sheet's notes read). */
function noteDay(day: string, lang: Lang): string {
  if (lang === "en") return day;
  const [y, m, d] = day.split("-");
  return `${d}/${m}/${y}`;
}

/** The last paragraph of a note. */
function lastParagraph(note: string): string {
  const paragraphs = note.split("\n\n");
  return paragraphs[paragraphs.length - 1];
}

/** The add-on's paragraph of a note (the last one), or null when the note has none. */
export function ownParagraph(note: string): string | null {
  const last = lastParagraph(note);
  return AUTO_MARKER.test(last) || LEDGER_ERA_START.test(last) || DAY_START.test(last) ? last : null;
}

/**
 * The ISO day the add-on's paragraph says it wrote: today's form names it first, the first version's
 * marker at the end. undefined when the paragraph names none (the ledger era), null for an empty marker.
 */
export function writtenDay(paragraph: string): string | null | undefined {
  const named = DAY_START.exec(paragraph);
  if (named) return named[3] ? `${named[3]}-${named[2]}-${named[1]}` : `${named[4]}-${named[5]}-${named[6]}`;
  const marker = AUTO_MARKER.exec(paragraph);
  if (marker) return marker[1] ?? null;
  return undefined;
}

/** True when the note's paragraph is the ledger era's: its day is only in that ledger. */
export function isLedgerEraNote(note: string): boolean {
  const paragraph = ownParagraph(note);
  return paragraph !== null && writtenDay(paragraph) === undefined;
}

/** The note without the add-on's paragraph. */
export function withoutOwnNote(note: string): string {
  const paragraphs = note.split("\n\n");
  if (ownParagraph(note) !== null) paragraphs.pop();
  return paragraphs.join("\n\n");
}

/** The Échéancier as quoted in the note. */
export function noteText(echeancier: string): string {
  return echeancier.replace(/\s+/g, " ").slice(0, 200);
}

/** The person's own note, if any, followed by the add-on's paragraph for `day` (none when day is null). */
export function ownNote(lang: Lang, echeancier: string, day: string | null, previous: string): string {
  const userNote = withoutOwnNote(previous);
  if (day === null) return userNote;
  const ours = typeset(
    lang,
    localize(lang, AUTO_NOTE, { day: noteDay(day, lang), text: noteText(echeancier) }),
  );
  return userNote ? `${userNote}\n\n${ours}` : ours;
}

/**
 * True when `paragraph` already says what the add-on would write for `day` and this Échéancier, in
 * whichever language it was written (a French and an English member must not rewrite each other's notes).
 */
export function paragraphUpToDate(paragraph: string | null, day: string | null, echeancier: string): boolean {
  if (day === null) return paragraph === null;
  if (paragraph === null || writtenDay(paragraph) !== day || AUTO_MARKER.test(paragraph)) return false;
  const text = noteText(echeancier);
  return [text, frenchSpacing(text)].some((quoted) => paragraph.includes(quoted));
}
