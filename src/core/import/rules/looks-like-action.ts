/**
 * Rule: does a line read like an action? An action starts with a verb — a French infinitive (`Organiser`,
 * `Offrir`, `Promouvoir`) or an English imperative (`Organize`, `Hold`) — and is neither prose (`Notre
 * comité…`, `Le comité a…`) nor a noun that ends like an infinitive (`Dossier`, `Septembre`, `Membres`).
 * Used by the paragraph, list-item and table rules to weigh how sure a reading is.
 */

/** The first word of a line that reads as an action: an infinitive or an imperative, not prose. */
const PROSE_START =
  /^(?:notre|votre|leur|entre|autre|contre|outre|lettre|titre|chapitre|pour|par|sur|lire|dire|faire partie|le|la|les|un|une|des|nous|vous|ils|elles|il|elle|on|ce|cette|ces|depuis|dans|en|au|aux|du|de|si|the|this|our|we|it|in|on|for|as|when|since|a|an)\b/i;
const FRENCH_VERB = /^[A-ZÀ-Ýa-zà-ÿ]\p{Ll}+(?:er|ir|re|oir)$/u;
const ENGLISH_VERB =
  /^(?:Organize|Organise|Hold|Create|Develop|Prepare|Set|Build|Plan|Review|Update|Launch|Train|Meet|Publish|Promote|Support|Ensure|Maintain|Offer|Provide|Produce|Recruit|Follow|Invite|Send|Write|Make|Run|Hold|Host|Increase|Improve|Establish|Conduct|Identify|Participate|Continue|Assess|Evaluate)$/;

/** Common nouns and words that end like an infinitive (`Dossier spécial`, `Membres`, `Octobre`). */
const NOT_VERBS = new Set(
  (
    "dossier dossiers premier première dernier dernière janvier février quartier atelier chantier calendrier " +
    "métier papier courrier conseiller conseillère plaisir avenir loisir désir souvenir centre titre membre " +
    "nombre ordre cadre lettre livre notre votre chambre septembre octobre novembre décembre ministre " +
    "registre entre autre offre libre pouvoir devoir savoir espoir soir territoire " +
    "comptoir trimestre semestre genre père mère frère théâtre cinéma lumière matière manière carrière " +
    "barrière filière frontière prière rivière terre guerre verre pierre ère"
  ).split(" "),
);
/** Nouns in -ure (`Ouverture`, `Lecture`, `Signature`): only conclure, exclure, inclure are verbs. */
const NOUN_IN_URE = /^(?!(?:con|ex|in)clure$)\p{L}+ure$/iu;
const FRENCH_SECOND_WORD = /^\S+\s+(?:de|du|des|d['’]|la|le|les|et)\b/i;

export function looksLikeAction(text: string): boolean {
  if (text.length < 8 || text.length > 300) return false;
  const first = text.split(/[\s,:]/)[0];
  if (PROSE_START.test(first + " ")) return false;
  if (FRENCH_VERB.test(first)) return !NOT_VERBS.has(first.toLowerCase()) && !NOUN_IN_URE.test(first);
  return ENGLISH_VERB.test(first) && !FRENCH_SECOND_WORD.test(text);
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
