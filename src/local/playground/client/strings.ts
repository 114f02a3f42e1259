/**
 * The playground page's own words, in French and in English. The language is the emulated user's
 * locale (the switch in the top bar), as Sheets takes its interface language from the account; the
 * add-on's menus and messages follow it at their next execution.
 */

export type PageLang = "fr" | "en";

const STRINGS = {
  loadExample: { fr: "Charger un exemple", en: "Load an example" },
  reset: { fr: "Réinitialiser", en: "Reset" },
  restore: { fr: "Restaurer", en: "Restore" },
  exportXlsx: { fr: "Exporter en .xlsx", en: "Export as .xlsx" },
  xlsxNoCharts: {
    fr: "Le fichier .xlsx garde les valeurs, les formats et les couleurs (la mise en forme conditionnelle, dont les barres de la chronologie), mais pas les graphiques : exceljs ne sait pas les écrire. Ils restent dans Google Sheets.",
    en: "The .xlsx file keeps the values, formats and colours (the conditional formatting, the timeline's bars included), but not the charts: exceljs cannot write them. They stay in Google Sheets.",
  },
  exportIcs: { fr: "Exporter l'agenda (.ics)", en: "Export the calendar (.ics)" },
  printable: { fr: "Version imprimable", en: "Printable version" },
  agenda: { fr: "Agenda", en: "Calendar" },
  closeAgenda: { fr: "Fermer l'agenda", en: "Close the calendar" },
  mails: { fr: "Courriels", en: "Emails" },
  closeMails: { fr: "Fermer les courriels", en: "Close the emails" },
  language: { fr: "Langue", en: "Language" },
  sandbox: { fr: "bac à sable local", en: "local sandbox" },
  sheetArea: { fr: "Feuille de calcul", en: "Spreadsheet" },
  sheets: { fr: "Feuilles", en: "Sheets" },
  close: { fr: "Fermer", en: "Close" },
  closeSidebar: { fr: "Fermer la barre latérale", en: "Close the sidebar" },
  error: { fr: "Erreur", en: "Error" },
  scriptError: { fr: "Erreur du script", en: "Script error" },
  invalidData: { fr: "Données non valides", en: "Invalid data" },
  noAddon: { fr: "Aucun module", en: "No add-on" },
  cancel: { fr: "Annuler", en: "Cancel" },
  yes: { fr: "Oui", en: "Yes" },
  no: { fr: "Non", en: "No" },
  edit: { fr: "Modifier", en: "Edit" },
  exampleLoaded: {
    fr: "Exemple chargé : plan du Comité Entraide (année 1).",
    en: "Example loaded: the Comité Entraide plan (year 1).",
  },
  confirmExample: {
    fr: "Remplacer le classeur et l'agenda du bac à sable par l'exemple ? Une copie de sauvegarde est gardée : « Restaurer » la ramène.",
    en: "Replace the sandbox's workbook and calendar with the example? A backup copy is kept: “Restore” brings it back.",
  },
  confirmReset: {
    fr: "Vider le classeur et l'agenda du bac à sable ? Une copie de sauvegarde est gardée : « Restaurer » la ramène.",
    en: "Empty the sandbox's workbook and calendar? A backup copy is kept: “Restore” brings it back.",
  },
  confirmRestore: {
    fr: "Revenir à la copie de sauvegarde choisie ? Le classeur actuel est gardé à son tour en copie.",
    en: "Go back to the backup copy chosen? The current workbook is kept as a backup in turn.",
  },
  backupList: { fr: "Copies de sauvegarde", en: "Backup copies" },
  sheetCount: { fr: "{n} feuille", en: "{n} sheet" },
  sheetCountPlural: { fr: "{n} feuilles", en: "{n} sheets" },
  startHint: {
    fr: "Pour commencer : Extensions ▸ Plan d'action ▸ Installer le modèle, ou « Charger un exemple » en haut à droite pour essayer un plan déjà rempli.",
    en: "To start: Extensions ▸ Plan d'action ▸ Install the template, or “Load an example” at the top right to try a plan already filled in.",
  },
  menuFile: { fr: "Fichier", en: "File" },
  menuEdit: { fr: "Édition", en: "Edit" },
  menuView: { fr: "Affichage", en: "View" },
  backupKept: { fr: "Copie de sauvegarde gardée : {file}", en: "Backup copy kept: {file}" },
  restored: { fr: "Copie du {when} restaurée.", en: "Copy of {when} restored." },
  noBackup: { fr: "Aucune copie de sauvegarde pour l'instant.", en: "No backup copy yet." },
  noCalendar: {
    fr: "Aucun agenda pour l'instant. Synchronisez le plan pour y mettre les échéances.",
    en: "No calendar yet. Sync the plan to put its deadlines in it.",
  },
  late: { fr: "En retard", en: "Overdue" },
  legend: { fr: "Légende", en: "Legend" },
  events: { fr: "{n} événement", en: "{n} event" },
  eventsPlural: { fr: "{n} événements", en: "{n} events" },
  eventsLate: { fr: "{events}, dont {late} en retard", en: "{events}, {late} overdue" },
  insertAbove: { fr: "Insérer {n} ligne au-dessus", en: "Insert {n} row above" },
  insertAbovePlural: { fr: "Insérer {n} lignes au-dessus", en: "Insert {n} rows above" },
  insertBelow: { fr: "Insérer {n} ligne en dessous", en: "Insert {n} row below" },
  insertBelowPlural: { fr: "Insérer {n} lignes en dessous", en: "Insert {n} rows below" },
  deleteRow: { fr: "Supprimer la ligne {first}", en: "Delete row {first}" },
  deleteRows: { fr: "Supprimer les lignes {first} à {last}", en: "Delete rows {first} - {last}" },
  rowMenu: { fr: "Menu de la ligne", en: "Row menu" },
  clearValue: { fr: "(vider la cellule)", en: "(clear the cell)" },
  choicesMenu: { fr: "Valeurs possibles de {cell}", en: "Possible values of {cell}" },
  tabMenu: { fr: "Menu de la feuille {name}", en: "Menu of sheet {name}" },
  tabsLeft: { fr: "Feuilles précédentes", en: "Previous sheets" },
  tabsRight: { fr: "Feuilles suivantes", en: "Next sheets" },
  deleteSheet: { fr: "Supprimer", en: "Delete" },
  duplicateSheet: { fr: "Dupliquer", en: "Duplicate" },
  renameSheet: { fr: "Renommer", en: "Rename" },
  confirmDeleteSheet: {
    fr: "Supprimer la feuille « {name} » ? Son contenu sera perdu (« Restaurer » ne le ramène pas).",
    en: "Delete the sheet “{name}”? Its content will be lost (“Restore” does not bring it back).",
  },
  renamePrompt: { fr: "Nouveau nom de la feuille « {name} » :", en: "New name for the sheet “{name}”:" },
  columnMenu: { fr: "Menu de la colonne {letter}", en: "Column {letter} menu" },
  insertLeft: { fr: "Insérer {n} colonne à gauche", en: "Insert {n} column left" },
  insertLeftPlural: { fr: "Insérer {n} colonnes à gauche", en: "Insert {n} columns left" },
  insertRight: { fr: "Insérer {n} colonne à droite", en: "Insert {n} column right" },
  insertRightPlural: { fr: "Insérer {n} colonnes à droite", en: "Insert {n} columns right" },
  deleteColumn: { fr: "Supprimer la colonne {first}", en: "Delete column {first}" },
  deleteColumns: { fr: "Supprimer les colonnes {first} à {last}", en: "Delete columns {first} - {last}" },
  sortAsc: { fr: "Trier la feuille de A à Z", en: "Sort sheet A to Z" },
  sortDesc: { fr: "Trier la feuille de Z à A", en: "Sort sheet Z to A" },
  hideColumn: { fr: "Masquer la colonne {first}", en: "Hide column {first}" },
  hideColumns: { fr: "Masquer les colonnes {first} à {last}", en: "Hide columns {first} - {last}" },
  showColumns: { fr: "Afficher les colonnes masquées", en: "Unhide columns" },
  makeCopy: { fr: "Créer une copie", en: "Make a copy" },
  openWorkbooks: { fr: "Classeurs ouverts", en: "Open workbooks" },
  copyName: { fr: "Nom de la copie :", en: "Name of the copy:" },
  copyOf: { fr: "Copie de {name}", en: "Copy of {name}" },
  copyMade: {
    fr: "Copie créée : « {name} ». Fichier ▸ Classeurs ouverts ramène l'original.",
    en: "Copy made: “{name}”. File ▸ Open workbooks brings back the original.",
  },
  dialogWindow: { fr: "Fenêtre du module", en: "Add-on window" },
} satisfies Record<string, Record<PageLang, string>>;

export type StringKey = keyof typeof STRINGS;

let current: PageLang = "fr";

export function setPageLang(lang: PageLang): void {
  current = lang;
  document.documentElement.lang = lang;
}

export function pageLang(): PageLang {
  return current;
}

/** The page's text for `key`, with {name} placeholders filled. */
export function t(key: StringKey, values: Record<string, string | number> = {}): string {
  return STRINGS[key][current].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ""));
}

/** Puts the page's own words in the current language (elements marked data-t / data-t-label). */
export function applyLanguage(lang: PageLang): void {
  setPageLang(lang);
  for (const node of Array.from(document.querySelectorAll<HTMLElement>("[data-t]")))
    node.textContent = t(node.dataset.t as StringKey);
  for (const node of Array.from(document.querySelectorAll<HTMLElement>("[data-t-label]")))
    node.setAttribute("aria-label", t(node.dataset.tLabel as StringKey));
  (document.getElementById("lang-switch") as HTMLSelectElement).value = lang === "en" ? "en_US" : "fr_CA";
}
