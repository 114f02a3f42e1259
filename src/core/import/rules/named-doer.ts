/**
 * Rule: a line of minutes that names who will do something — `ACTION ITEM: Karen Li will send …`,
 * `Omar Haddad will book …`, `Marie Gagnon s'occupe de réserver …`, `Luc s'occupera des cadeaux`,
 * `Sophie se charge de …` — is an action, and the name is its responsable. The name is one to four
 * words that each start with a capital (with `de`, `du`, `van`… between them), never a pronoun or an
 * article (`We will…`, `Le comité s'occupe…` stay prose); the verb is `will`, `s'occupe(ra) de`, `se
 * charge(ra) de`, `va` + infinitive. What the person will do becomes the action, its first word
 * capitalised, without the sentence's full stop, so a deadline at its end is found (`Send the final
 * budget…`, `Réserver la salle…`; `des cadeaux` → `S'occuper des cadeaux`).
 * A line that reports what was done (`a été adopté`, `was a success`) has none of these verbs.
 */

const NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
const NAME = `${NAME_WORD}(?:\\s+(?:(?:de|du|des|van|von|da|di|le|la)\\s+)?${NAME_WORD}){0,3}`;
/** A label before the line, as minutes write it (`ACTION ITEM:`, `À faire :`); case as written. */
const LABEL =
  "(?:ACTION ITEMS?|Action [Ii]tems?|ACTION|Action|À FAIRE|À faire|A faire|SUIVI|Suivi|TO ?DO|To ?do)\\s*[:\\-–—]\\s*";
const WILL = new RegExp(`^(?:${LABEL})?(${NAME})\\s+(?:will|shall)\\s+(\\p{Ll}.+)$`, "u");
const TAKES_CARE = new RegExp(
  `^(?:${LABEL})?(${NAME})\\s+(?:s['’]occuper?a?|se\\s+charger?a?|va|ira)\\s+(.+)$`,
  "u",
);

/** First words that are not a person: pronouns, articles, determiners. */
const NOT_A_NAME =
  /^(?:we|they|he|she|it|i|you|the|this|that|our|their|everyone|nous|vous|ils|elles|il|elle|on|le|la|les|l['’]|un|une|ce|cette|ces|chaque|tout|tous|notre|votre|leur|personne|qui)\b/i;

/** Infinitive endings: `de réserver` keeps the verb; `des cadeaux` becomes `S'occuper des cadeaux`. */
const INFINITIVE = /^\p{Ll}+(?:er|ir|re|oir)\b/u;

export interface NamedDoer {
  action: string;
  responsable: string;
}

export function readNamedDoer(line: string): NamedDoer | null {
  const text = line.trim().replace(/\s*[.;]$/, "");
  if (text.length > 300) return null;
  const will = WILL.exec(text);
  if (will && !NOT_A_NAME.test(will[1])) {
    return { responsable: will[1], action: capitalise(will[2]) };
  }
  const care = TAKES_CARE.exec(text);
  if (!care || NOT_A_NAME.test(care[1])) return null;
  const verb = text.slice(care.index + care[1].length).trim();
  const rest = care[2].trim();
  if (/^(?:va|ira)\s/i.test(verb)) {
    // `va contacter le salon` (an infinitive after it), not `va bien`
    return INFINITIVE.test(rest) ? { responsable: care[1], action: capitalise(rest) } : null;
  }
  const object = /^(?:de|d['’])\s*(.+)$/i.exec(rest);
  if (object && INFINITIVE.test(object[1])) return { responsable: care[1], action: capitalise(object[1]) };
  const careVerb = /se\s+charger?a?/i.test(verb) ? "Se charger" : "S'occuper";
  return /^(?:de|du|des|d['’])/i.test(rest) ? { responsable: care[1], action: `${careVerb} ${rest}` } : null;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
