/**
 * What validation says, rule by rule, in French and English: what is wrong and what to do about it.
 */
import type { Localized } from "../i18n";

export const VALIDATION_MESSAGES = {
  missingColumn: {
    fr: "La colonne « {column} » est introuvable dans la ligne d'en-tête (ligne {row}). Rétablissez son titre pour que le plan puisse être lu.",
    en: 'The column "{column}" is missing from the header row (row {row}). Restore its title so the plan can be read.',
  },
  periodMissing: {
    fr: "La Période du plan est manquante : inscrivez la date de début et la date de fin (ex. 01/09/2025 et 31/08/2026).",
    en: "The plan's Period is missing: enter the start date and the end date (e.g. 2025-09-01 and 2026-08-31).",
  },
  periodAsText: {
    fr: "La Période est écrite comme du texte (« {text} ») : inscrivez la date de début et la date de fin dans leurs deux cellules (ex. 01/09/2025 et 31/08/2026).",
    en: 'The Period is written as text ("{text}"): enter the start date and the end date in their two cells (e.g. 2025-09-01 and 2026-08-31).',
  },
  periodReversed: {
    fr: "La Période se termine ({end}) avant de commencer ({start}) : vérifiez les deux dates.",
    en: "The Period ends ({end}) before it starts ({start}): check both dates.",
  },
  moyensMissing: {
    fr: "Cette ligne n'a pas d'action : décrivez le moyen ou l'activité dans « Moyens / Actions / Activités ».",
    en: 'This row has no action: describe the means or activity in "Means / Actions / Activities".',
  },
  /** The parser's own reason already says what is wrong and what to write instead. */
  echeancierNotUnderstood: { fr: "{reason}", en: "{reason}" },
  echeancierEmpty: {
    fr: "Aucune échéance : indiquez quand cette action doit être faite dans l'Échéancier.",
    en: "No deadline: say when this action is due in the Schedule.",
  },
  recurring: {
    fr: "Échéance récurrente ({text}) : elle n'a pas de date unique et n'ira pas dans l'agenda.",
    en: "Recurring deadline ({text}): it has no single date and will not go into the calendar.",
  },
  outsidePeriod: {
    fr: "L'échéance ({due}) tombe hors de la Période du plan ({start} – {end}).",
    en: "The due date ({due}) falls outside the plan's Period ({start} – {end}).",
  },
  dateNotReadable: {
    fr: "« {text} » n'est pas une date que le module peut lire : tapez une date valide (ex. 31/03/2026), ou écrivez l'échéance en mots dans l'Échéancier.",
    en: '"{text}" is not a date the add-on can read: type a valid date (e.g. 2026-03-31), or write the deadline in words in the Schedule.',
  },
  progressOutOfRange: {
    fr: "Avancement « {value} » : indiquez un pourcentage entre 0 % et 100 % (30 %, 30 ou 0,3 veulent tous dire 30 %).",
    en: 'Progress "{value}": enter a percentage between 0% and 100% (30%, 30 and 0.3 all mean 30%).',
  },
  progressNotReadable: {
    fr: "Avancement « {value} » : ce n'est pas un pourcentage. Tapez un nombre de 0 à 100 (30 %, 30 ou 0,3 veulent tous dire 30 %).",
    en: 'Progress "{value}": this is not a percentage. Type a number from 0 to 100 (30%, 30 and 0.3 all mean 30%).',
  },
  doneButNotComplete: {
    fr: "Statut Terminé, mais Avancement à {value} : mettez 100 % ou changez le Statut.",
    en: "Status Done, but Progress at {value}: set it to 100% or change the Status.",
  },
  startAfterDue: {
    fr: "Le Début ({start}) est après l'Échéance ({due}) : corrigez l'une des deux dates.",
    en: "The Start ({start}) is after the Due date ({due}): correct one of the two dates.",
  },
  unknownStatus: {
    fr: "Statut « {status} » inconnu : choisissez À faire, En cours, Terminé, Reporté ou Annulé.",
    en: 'Unknown status "{status}": pick To do, In progress, Done, Postponed or Cancelled.',
  },
  overdue: {
    fr: "En retard {late} : l'échéance était le {due}. Mettez à jour le Statut ou reportez l'échéance.",
    en: "Overdue {late}: it was due on {due}. Update the Status or move the deadline.",
  },
  noResponsible: {
    fr: "Personne n'est responsable de cette action : inscrivez au moins un nom.",
    en: "Nobody is responsible for this action: enter at least one name.",
  },
  unknownMember: {
    fr: "« {name} » n'est pas dans la feuille {members} : ajoutez cette personne ou corrigez l'orthographe.",
    en: '"{name}" is not in the {members} sheet: add this person or correct the spelling.',
  },
  duplicateAction: {
    fr: "Action en double : la même action est déjà à la ligne {other} pour cet objectif.",
    en: "Duplicate action: the same action is already on row {other} for this objective.",
  },
  errorValue: {
    fr: "La cellule affiche l'erreur {error} : corrigez ou effacez la formule.",
    en: "The cell shows the error {error}: fix or clear the formula.",
  },
  longText: {
    fr: "Texte très long ({length} caractères) : seuls les {max} premiers iront dans l'agenda. Résumez l'action et mettez le détail dans Remarques.",
    en: "Very long text ({length} characters): only the first {max} will go into the calendar. Shorten the action and put details in Notes.",
  },
  errorOne: { fr: "erreur", en: "error" },
  errorMany: { fr: "erreurs", en: "errors" },
  warningOne: { fr: "avertissement", en: "warning" },
  warningMany: { fr: "avertissements", en: "warnings" },
  allGood: { fr: "Aucun problème trouvé : le plan est prêt.", en: "No problem found: the plan is ready." },
} satisfies Record<string, Localized>;

/** How a group of findings of one rule is titled: "44 actions sans responsable". */
export const GROUP_TITLES: Record<string, { one: Localized; many: Localized }> = {
  "colonne-manquante": {
    one: { fr: "colonne manquante", en: "missing column" },
    many: { fr: "colonnes manquantes", en: "missing columns" },
  },
  "moyens-manquant": {
    one: { fr: "ligne sans action", en: "row without an action" },
    many: { fr: "lignes sans action", en: "rows without an action" },
  },
  "texte-trop-long": {
    one: { fr: "action au texte très long", en: "action with a very long text" },
    many: { fr: "actions au texte très long", en: "actions with a very long text" },
  },
  "statut-inconnu": {
    one: { fr: "statut inconnu", en: "unknown status" },
    many: { fr: "statuts inconnus", en: "unknown statuses" },
  },
  "echeancier-incompris": {
    one: { fr: "échéancier non compris", en: "schedule not understood" },
    many: { fr: "échéanciers non compris", en: "schedules not understood" },
  },
  "echeancier-recurrent": {
    one: { fr: "échéance récurrente", en: "recurring deadline" },
    many: { fr: "échéances récurrentes", en: "recurring deadlines" },
  },
  "echeancier-vide": {
    one: { fr: "action sans échéance", en: "action without a deadline" },
    many: { fr: "actions sans échéance", en: "actions without a deadline" },
  },
  "hors-periode": {
    one: { fr: "échéance hors de la Période", en: "deadline outside the Period" },
    many: { fr: "échéances hors de la Période", en: "deadlines outside the Period" },
  },
  "date-illisible": {
    one: { fr: "date illisible", en: "unreadable date" },
    many: { fr: "dates illisibles", en: "unreadable dates" },
  },
  "avancement-illisible": {
    one: { fr: "avancement illisible", en: "unreadable progress" },
    many: { fr: "avancements illisibles", en: "unreadable progress values" },
  },
  "avancement-invalide": {
    one: { fr: "avancement hors de 0 à 100 %", en: "progress outside 0 to 100%" },
    many: { fr: "avancements hors de 0 à 100 %", en: "progress values outside 0 to 100%" },
  },
  "avancement-incoherent": {
    one: { fr: "action terminée sous 100 %", en: "done action under 100%" },
    many: { fr: "actions terminées sous 100 %", en: "done actions under 100%" },
  },
  "debut-apres-echeance": {
    one: { fr: "début après l'échéance", en: "start after the due date" },
    many: { fr: "débuts après l'échéance", en: "starts after the due date" },
  },
  "en-retard": {
    one: { fr: "action en retard", en: "overdue action" },
    many: { fr: "actions en retard", en: "overdue actions" },
  },
  "responsables-vide": {
    one: { fr: "action sans responsable", en: "action without anyone responsible" },
    many: { fr: "actions sans responsable", en: "actions without anyone responsible" },
  },
  "responsable-inconnu": {
    one: { fr: "nom absent de la feuille Membres", en: "name missing from the Members sheet" },
    many: { fr: "noms absents de la feuille Membres", en: "names missing from the Members sheet" },
  },
  "action-en-double": {
    one: { fr: "action en double", en: "duplicate action" },
    many: { fr: "actions en double", en: "duplicate actions" },
  },
  "nombre-attendu": {
    one: { fr: "nombre attendu (budget ou libérations)", en: "number expected (budget or leave)" },
    many: { fr: "nombres attendus (budget ou libérations)", en: "numbers expected (budget or leave)" },
  },
  "valeur-erreur": {
    one: { fr: "cellule en erreur", en: "cell showing an error" },
    many: { fr: "cellules en erreur", en: "cells showing an error" },
  },
};
