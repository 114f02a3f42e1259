/**
 * What the union columns' features say, in French and English: the install question and the menu's,
 * what was added, and validation's message for a cell that should hold a number.
 */
import type { Localized } from "../i18n";

export const UNION_MESSAGES = {
  questionTitle: { fr: "Colonnes syndicales (facultatif)", en: "Union columns (optional)" },
  installQuestion: {
    fr: "Votre plan peut suivre aussi les mandats, les indicateurs, le budget et les libérations. Tapez les numéros des colonnes à ajouter (ex. 4, 5), « toutes », ou laissez vide pour n'en ajouter aucune :\n{list}\nVous pourrez les ajouter plus tard : Extensions ▸ Plan d'action ▸ Ajouter des colonnes syndicales…",
    en: 'Your plan can also follow mandates, indicators, the budget and union leave. Type the numbers of the columns to add (e.g. 4, 5), "all", or leave empty to add none:\n{list}\nYou can add them later: Extensions ▸ Plan d\'action ▸ Add union columns…',
  },
  menuQuestion: {
    fr: "Tapez les numéros des colonnes à ajouter au plan « {sheet} » (ex. 4, 5), ou « toutes » :\n{list}\nElles vont après les colonnes du plan ; aucune cellule existante n'est modifiée.",
    en: 'Type the numbers of the columns to add to the plan "{sheet}" (e.g. 4, 5), or "all":\n{list}\nThey go after the plan\'s columns; no existing cell is changed.',
  },
  allPresent: {
    fr: "Le plan « {sheet} » a déjà toutes les colonnes syndicales ({columns}).",
    en: 'The plan "{sheet}" already has every union column ({columns}).',
  },
  noneAdded: {
    fr: "Aucune colonne ajoutée : rien n'a changé.",
    en: "No column added: nothing changed.",
  },
  added: {
    fr: "Colonnes ajoutées au plan « {sheet} » (colonnes {from} à {to}) : {columns}. Une note sur chaque titre dit quoi y inscrire.",
    en: 'Columns added to the plan "{sheet}" (columns {from} to {to}): {columns}. A note on each header says what to enter.',
  },
  addedOne: {
    fr: "Colonne ajoutée au plan « {sheet} » (colonne {from}) : {columns}. Une note sur son titre dit quoi y inscrire.",
    en: 'Column added to the plan "{sheet}" (column {from}): {columns}. A note on its header says what to enter.',
  },
  notUnderstood: {
    fr: "Pas compris : « {parts} » (tapez les numéros de la liste, de 1 à {max}).",
    en: 'Not understood: "{parts}" (type the numbers of the list, 1 to {max}).',
  },
  cancelled: {
    fr: "Ajout de colonnes annulé : rien n'a changé.",
    en: "Adding columns cancelled: nothing changed.",
  },
  busy: {
    fr: "Quelqu'un d'autre modifie le plan en ce moment (bilan, agenda, colonnes). Réessayez dans un instant : rien n'a changé.",
    en: "Someone else is changing the plan right now (report, calendar, columns). Try again in a moment: nothing changed.",
  },
  addedTitle: { fr: "Colonnes syndicales", en: "Union columns" },
  operation: { fr: "l'ajout des colonnes syndicales", en: "adding the union columns" },
  moneyNotANumber: {
    fr: "« {column} » : « {value} » n'est pas un nombre. Tapez seulement le montant (ex. 250 ou 250,50) ; la colonne affiche elle-même le $. La cellule n'a pas été modifiée.",
    en: '"{column}": "{value}" is not a number. Type the amount alone (e.g. 250 or 250.50); the column shows the $ itself. The cell was not changed.',
  },
  daysNotANumber: {
    fr: "« {column} » : « {value} » n'est pas un nombre de jours. Tapez seulement le nombre (ex. 2 ou 0,5). La cellule n'a pas été modifiée.",
    en: '"{column}": "{value}" is not a number of days. Type the number alone (e.g. 2 or 0.5). The cell was not changed.',
  },
} satisfies Record<string, Localized>;
