/**
 * What "Installer le modèle" says to the user, in French and English.
 */
import type { Localized } from "../core/i18n";

export const INSTALL_MESSAGES = {
  promptTitle: { fr: "Installer le modèle de plan d'action", en: "Install the action plan template" },
  promptBody: {
    fr: "Nom du comité ou de l'instance (vous pourrez le changer dans la feuille) :",
    en: "Name of the committee or body (you can change it in the sheet later):",
  },
  defaultComite: { fr: "Mon comité", en: "My committee" },
  alreadyInstalled: {
    fr: "Le modèle est déjà installé dans la feuille « {sheet} ». Rien n'a été modifié.",
    en: 'The template is already installed in the sheet "{sheet}". Nothing was changed.',
  },
  installedTitle: { fr: "Plan d'action", en: "Action plan" },
  installed: {
    fr: "Modèle installé dans la feuille « {sheet} ». Ajustez la Période (ligne 3), puis ajoutez une action par ligne.",
    en: 'Template installed in the sheet "{sheet}". Adjust the Period (row 3), then add one action per row.',
  },
  installedBesideExisting: {
    fr: "La feuille « {existing} » contenait déjà des données : elle n'a pas été touchée. Le modèle est dans la nouvelle feuille « {sheet} ».",
    en: 'The sheet "{existing}" already had data: it was left untouched. The template is in the new sheet "{sheet}".',
  },
  cancelled: {
    fr: "Installation annulée : rien n'a été modifié.",
    en: "Installation cancelled: nothing was changed.",
  },
} satisfies Record<string, Localized>;
