/**
 * Where an action's deadline is written in running text, and how it is taken out of the action: the
 * whole line (`Février 2017`, `En continu` — a date line before or after the action, a month heading),
 * in front (`Février 2017 : Lancer le compostage`, `Automne 2024 – Tournée`), in closing parentheses
 * (`… (en continu)`, see trailing-deadline.ts), or after a separator at the end (`…, d'ici juin`,
 * `… — automne 2024`, `… : juin 2024`). Without a separator, only a phrase that says it is a deadline
 * (`d'ici`, `avant`, `au plus tard`, `dès`, `en`/`au`/`à l'` + a date word, `by`, or a month name) is
 * taken: `Préparer le budget 2025` keeps its year. Whether a phrase is a deadline is the échéancier's
 * own decision (parseEcheance read whole, comment after a comma tolerated), with no plan context: years
 * are checked later against the Période.
 */

import { parseWith } from "../echeance/parse";
import { textKey } from "../text-key";
import { splitTrailingDeadline } from "./trailing-deadline";

/** A context with a Période, so that mandate phrases (`en continu`) count as deadlines here. */
const LOOSE = { period: { start: "2000-01-01", end: "2000-12-31" }, reference: "2000-01-01" };

/** Words a deadline phrase may be made of (the rest of a phrase makes it an action). */
const MAX_DEADLINE_CHARS = 70;

/**
 * The readers ask about the same line several times (what it is, what is around it, what it holds):
 * answers are kept, up to CACHE_LIMIT lines, then forgotten all at once. Pure functions, so a kept answer
 * is always the right one.
 */
const CACHE_LIMIT = 20000;
const phraseCache = new Map<string, boolean>();
const splitCache = new Map<string, ActionDeadline>();

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/** The text reads whole as a deadline: a date, a range, a recurrence or a mandate phrase. */
export function isDeadlinePhrase(text: string): boolean {
  const known = phraseCache.get(text);
  return known !== undefined ? known : remember(phraseCache, text, readsAsDeadline(text));
}

function readsAsDeadline(text: string): boolean {
  const t = text.trim();
  if (t === "" || t.length > MAX_DEADLINE_CHARS || !/[\p{L}\d]/u.test(t)) return false;
  // a comment after the comma is tolerated by the parser; a deadline LINE has none
  const r = parseWith(t, LOOSE, false);
  if (r.kind === "none") return false;
  return textKey(r.matched).length >= textKey(t).length * 0.6;
}

export interface ActionDeadline {
  text: string;
  echeance: string;
}

const LEAD_SEPARATOR = /^(.{2,45}?)\s*(?::|\s[-–—]\s)\s*(\S.*)$/;
const TRAIL_SEPARATORS = [", ", " — ", " – ", " - ", " : ", "; ", ": "];
/** How a deadline is introduced when nothing separates it from the action. */
const INTRODUCERS =
  /^(?:d['’]ici|avant|au plus tard|d[eè]s|jusqu['’]|[àa] partir|en (?:janv|f[ée]v|mars|avr|mai|juin|juil|ao[uû]|sept|oct|nov|d[ée]c|continu|cours|permanence|automne|hiver|[ée]t[ée]|\d)|au (?:printemps|cours|plus|mois|\d)|[àa] l['’](?:automne|[ée]t[ée]|hiver)|cet (?:automne|hiver|[ée]t[ée])|ce printemps|by|before|until|in (?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|autumn|winter|\d)|(?:janvier|f[ée]vrier|mars|avril|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|january|february|march|april|june|july|august|september|october|november|december)\b)/i;

/**
 * Splits the deadline out of an action line, or returns it unchanged with `echeance: ""`.
 * The deadline text is kept as written (`d'ici juin`), so the Échéancier cell says what the plan said.
 */
export function splitActionDeadline(line: string): ActionDeadline {
  const known = splitCache.get(line);
  return known !== undefined ? { ...known } : { ...remember(splitCache, line, splitUncached(line)) };
}

function splitUncached(line: string): ActionDeadline {
  const text = line.trim();
  const none = { text, echeance: "" };
  if (text === "") return none;
  const paren = splitTrailingDeadline(text);
  if (paren.echeance !== "") return paren;

  const lead = LEAD_SEPARATOR.exec(text);
  if (lead && isDeadlinePhrase(lead[1]) && /\p{L}{3}/u.test(lead[2])) {
    return { text: lead[2].trim(), echeance: lead[1].trim() };
  }

  const body = text.replace(/[.;]+$/, "");
  for (const sep of TRAIL_SEPARATORS) {
    const at = body.lastIndexOf(sep);
    if (at <= 0) continue;
    const tail = body.slice(at + sep.length).trim();
    const head = body.slice(0, at).trim();
    if (head.length >= 3 && /\p{L}{3}/u.test(head) && isDeadlinePhrase(tail)) {
      return { text: head, echeance: tail };
    }
  }

  // No separator: the last words, when they introduce themselves as a deadline.
  const words = body.split(" ");
  for (let k = Math.max(1, words.length - 7); k < words.length; k++) {
    const tail = words.slice(k).join(" ");
    if (!INTRODUCERS.test(tail)) continue;
    const head = words.slice(0, k).join(" ");
    if (/\p{L}{3}/u.test(head) && isDeadlinePhrase(tail)) return { text: head, echeance: tail };
  }
  return none;
}
