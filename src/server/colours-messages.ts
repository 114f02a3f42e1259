/**
 * What "Rétablir les couleurs" says to the user, in French and English.
 */
import type { Localized } from "../core/i18n";

export const COLOURS_MESSAGES = {
  title: { fr: "Couleurs de statut", en: "Status colours" },
  applied: {
    fr: "Couleurs rétablies dans la feuille « {sheet} » : elles se mettent à jour toutes seules selon le Statut et l'Échéance, pour tout le monde. Vos propres règles de mise en forme sont gardées.",
    en: 'Colours restored in the sheet "{sheet}": they follow the Status and Due date by themselves, for everyone. Your own formatting rules are kept.',
  },
  appliedWithoutDates: {
    fr: "Couleurs de statut appliquées à la feuille « {sheet} ». La colonne « Échéance » est introuvable : les actions en retard ou bientôt dues ne sont pas colorées.",
    en: 'Status colours applied to the sheet "{sheet}". The "Due" column was not found: overdue and due-soon actions are not coloured.',
  },
  legendSkipped: {
    fr: "La légende des couleurs n'a pas été écrite : la ligne {row} n'est pas libre ({cells} contient une valeur, une formule, une note ou une validation, qui restent telles quelles). Pour l'avoir, libérez ces cellules puis appliquez les couleurs de nouveau.",
    en: "The colour legend was not written: row {row} is not free ({cells} holds a value, formula, note or validation, all left as they were). To get it, clear these cells, then apply the colours again.",
  },
  legendProtected: {
    fr: "La légende des couleurs n'a pas été écrite : les cellules {cells} sont protégées contre vos modifications (Données ▸ Protéger des feuilles et des plages). Les couleurs, elles, sont rétablies.",
    en: "The colour legend was not written: the cells {cells} are protected against your edits (Data ▸ Protect sheets and ranges). The colours themselves are restored.",
  },
  noPlan: {
    fr: "Aucun plan d'action trouvé dans la feuille « {sheet} » : il faut une ligne d'en-tête avec les colonnes « Moyens / Actions / Activités » et « Statut ». Installez le modèle (Extensions ▸ Plan d'action ▸ Installer le modèle) ou ajoutez ces en-têtes, puis recommencez.",
    en: 'No action plan found in the sheet "{sheet}": it needs a header row with the columns "Means / Actions / Activities" and "Status". Install the template (Extensions ▸ Plan d\'action ▸ Install the template) or add these headers, then try again.',
  },
  missingColumns: {
    fr: "La ligne d'en-tête du plan (ligne {row} de la feuille « {sheet} ») n'a pas de colonne {columns}. Ajoutez-la, puis appliquez les couleurs de nouveau. Rien n'a été modifié.",
    en: 'The plan\'s header row (row {row} of the sheet "{sheet}") has no {columns} column. Add it, then apply the colours again. Nothing was changed.',
  },
} satisfies Record<string, Localized>;
