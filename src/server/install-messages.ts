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
  periodTitle: { fr: "Période du plan", en: "The plan's Period" },
  periodBody: {
    fr: "Période du plan ou du mandat, du … au … (ex. du 01/09/2026 au 31/08/2027, ou septembre 2026 à août 2027). Elle sert à dater les échéances écrites sans année. Laissez vide pour du {start} au {end} (modifiable ensuite, ligne 3) :",
    en: "Period of the plan or mandate, from … to … (e.g. 2026-09-01 to 2027-08-31, or September 2026 to August 2027). It dates the deadlines written without a year. Leave empty for {start} to {end} (you can change it later, row 3):",
  },
  periodNotUnderstood: {
    fr: "La Période « {text} » n'a pas été comprise : elle est mise du {start} au {end}, corrigez-la ligne 3 au besoin.",
    en: 'The Period "{text}" was not understood: it is set from {start} to {end}; correct it on row 3 if needed.',
  },
  alreadyInstalled: {
    fr: "Le modèle est déjà installé dans la feuille « {sheet} ». Rien n'a été modifié.",
    en: 'The template is already installed in the sheet "{sheet}". Nothing was changed.',
  },
  installedTitle: { fr: "Plan d'action", en: "Action plan" },
  installed: {
    fr: "Modèle installé dans la feuille « {sheet} », pour la Période du {start} au {end} (ligne 3). Inscrivez les personnes du comité dans la feuille {members} : leurs noms seront proposés dans Responsables. Puis ajoutez une action par ligne.",
    en: 'Template installed in the sheet "{sheet}", for the Period from {start} to {end} (row 3). List the committee\'s members in the {members} sheet: their names will be offered under Responsible. Then add one action per row.',
  },
  installedBesideExisting: {
    fr: "La feuille « {existing} » contenait déjà des données : elle n'a pas été touchée.",
    en: 'The sheet "{existing}" already had data: it was left untouched.',
  },
  cancelled: {
    fr: "Installation annulée : rien n'a été modifié.",
    en: "Installation cancelled: nothing was changed.",
  },
} satisfies Record<string, Localized>;
