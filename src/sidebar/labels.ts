/**
 * Every text the sidebar and the findings dialog show, in French and English. The server sends only
 * the language (and its own messages, already localised); the page's words live here.
 */
import { addDays } from "../core/dates";
import { type Lang, langFromLocale, pluralOf } from "../core/i18n";
import { latenessPhrase } from "../core/lateness";

export interface Labels {
  appTitle: string;
  loading: string;
  asOf: (date: string) => string;
  refresh: string;
  validate: string;
  colours: string;
  sync: string;
  close: string;
  overallTitle: string;
  overallCaption: (actions: number, cancelled: number) => string;
  statusTitle: string;
  otherStatus: string;
  byObjectiveTitle: string;
  noObjective: string;
  objectiveCaption: (actions: number) => string;
  overdueTitle: string;
  overdueEmpty: string;
  upcomingTitle: string;
  upcomingEmpty: string;
  due: (date: string) => string;
  /** `days` from today to the due day `due` (ISO): negative when late. */
  daysFromToday: (days: number, due: string) => string;
  responsables: (names: string) => string;
  nobody: string;
  goToRow: (action: string, row: number) => string;
  untitledAction: (row: number) => string;
  peopleTitle: string;
  peopleColumns: { name: string; open: string; overdue: string; done: string };
  peopleEmpty: string;
  unassigned: (n: number) => string;
  noActions: string;
  noPlanTitle: string;
  noPlanText: string;
  noPlanButtons: string;
  loadError: string;
  callError: string;
  unavailable: string;
  selectFailed: string;
  validating: string;
  findingsTitle: string;
  severity: { erreur: string; avertissement: string };
  goToCell: (cell: string) => string;
  colouring: string;
  chronologieMaking: string;
  coloursTitle: string;
  syncTitle: string;
  syncStarting: string;
  syncProgressLabel: string;
  syncDone: string;
  syncReport: {
    created: string;
    updated: string;
    deleted: string;
    /** A preview's counts: what would be done. */
    toCreate: string;
    toUpdate: string;
    toDelete: string;
    unchanged: string;
    skipped: string;
    userDeleted: string;
    failure: string;
    calendar: (name: string) => string;
    confirmDeletes: (count: number) => string;
    /** The first sync of an old plan: put every past event in, or leave the past Terminé ones out. */
    syncAllPast: string;
    syncWithoutPastDone: (count: number) => string;
  };
  eventSettings: {
    title: string;
    titleLegend: string;
    titleAction: string;
    titleResult: string;
    titleBoth: string;
    spanLegend: string;
    spanEcheance: string;
    spanPeriod: string;
    skipPastDone: string;
    hint: string;
    save: string;
    saving: string;
  };
  share: string;
  shareTitle: string;
  sharing: string;
  shareGoToCell: (cell: string) => string;
  shareCopyLabel: string;
  shareOpenSettings: string;
  shareGrant: string;
  shareMembersLink: string;
  addCalendar: string;
  calendarTitle: string;
  calendarHint: (name: string) => string;
}

export const LABELS: Record<Lang, Labels> = {
  fr: {
    appTitle: "Plan d'action",
    loading: "Chargement du plan…",
    asOf: (date) => `Situation au ${date}`,
    refresh: "Actualiser",
    validate: "Valider",
    colours: "Couleurs",
    sync: "Synchroniser",
    close: "Fermer",
    overallTitle: "Avancement global",
    overallCaption: (actions, cancelled) =>
      `${actions} ${pluralOf("fr", actions, "action", "actions")}` +
      (cancelled > 0
        ? ` (${cancelled} ${pluralOf("fr", cancelled, "annulée", "annulées")}, ${pluralOf("fr", cancelled, "non comptée", "non comptées")})`
        : ""),
    statusTitle: "Par statut",
    otherStatus: "Statut inconnu",
    byObjectiveTitle: "Par objectif",
    noObjective: "(sans objectif)",
    objectiveCaption: (actions) => `${actions} ${pluralOf("fr", actions, "action", "actions")}`,
    overdueTitle: "En retard",
    overdueEmpty: "Aucune action en retard.",
    upcomingTitle: "À venir dans les 30 jours",
    upcomingEmpty: "Aucune échéance dans les 30 prochains jours.",
    due: (date) => `Échéance : ${date}`,
    daysFromToday: (days, due) =>
      days < 0
        ? `en retard ${latenessPhrase(due, addDays(due, -days), "fr")}`
        : days === 0
          ? "aujourd'hui"
          : days === 1
            ? "demain"
            : `dans ${days} j`,
    responsables: (names) => `Responsables : ${names}`,
    nobody: "Aucun responsable",
    goToRow: (action, row) => `${action} (aller à la ligne ${row})`,
    untitledAction: (row) => `Action sans titre, ligne ${row}`,
    peopleTitle: "Charge par personne",
    peopleColumns: { name: "Personne", open: "Ouvertes", overdue: "En retard", done: "Terminées" },
    peopleEmpty: "Aucun responsable n'est encore inscrit.",
    unassigned: (n) => `${n} ${pluralOf("fr", n, "action ouverte", "actions ouvertes")} sans responsable.`,
    noActions:
      "Le plan ne contient encore aucune action. Ajoutez des lignes sous l'en-tête du tableau, puis cliquez sur Actualiser.",
    noPlanTitle: "Aucun plan installé",
    noPlanText:
      "Installez le modèle (Extensions ▸ Plan d'action ▸ Installer le modèle). Si le plan existe déjà, ouvrez sa feuille, puis cliquez sur Actualiser.",
    noPlanButtons:
      "Valider, Couleurs, Synchroniser et Partager seront disponibles une fois le modèle installé.",
    loadError: "Le résumé n'a pas pu être chargé. Vérifiez votre connexion, puis cliquez sur Actualiser.",
    callError:
      "L'opération n'a pas pu se terminer. Vos données n'ont pas été perdues ; réessayez dans un moment.",
    unavailable: "Cette page doit être ouverte depuis Google Sheets (Extensions ▸ Plan d'action).",
    selectFailed: "Impossible d'aller à cet endroit : le plan a peut-être changé. Cliquez sur Actualiser.",
    validating: "Vérification du plan…",
    findingsTitle: "Validation du plan",
    severity: { erreur: "Erreur", avertissement: "Avertissement" },
    goToCell: (cell) => `Aller à la cellule ${cell}`,
    colouring: "Application des couleurs…",
    chronologieMaking: "Préparation de la chronologie…",
    coloursTitle: "Couleurs",
    syncTitle: "Synchronisation de l'agenda",
    syncStarting: "Préparation de la synchronisation…",
    syncProgressLabel: "Actions synchronisées",
    syncDone: "Synchronisation terminée :",
    syncReport: {
      created: "Créés",
      updated: "Modifiés",
      deleted: "Supprimés",
      toCreate: "À créer",
      toUpdate: "À modifier",
      toDelete: "À supprimer",
      unchanged: "Inchangés",
      skipped: "Lignes non synchronisées",
      userDeleted: "Événements supprimés dans l'agenda",
      failure: "Arrêt sur cette ligne",
      calendar: (name) => `Agenda : ${name}`,
      confirmDeletes: (count) =>
        `Confirmer la suppression de ${count} ${pluralOf("fr", count, "événement", "événements")}`,
      syncAllPast: "Tout mettre dans l'agenda",
      syncWithoutPastDone: (count) =>
        `Sans ${pluralOf("fr", count, "l'action terminée passée", `les ${count} actions terminées passées`)}`,
    },
    eventSettings: {
      title: "Agenda : réglages des événements",
      titleLegend: "Titre des événements",
      titleAction: "L'action (Moyens / Actions)",
      titleResult: "Le résultat attendu",
      titleBoth: "Les deux : « Résultat — Action »",
      spanLegend: "Événements",
      spanEcheance: "Le jour de l'échéance",
      spanPeriod: "Toute la période Début–Échéance",
      skipPastDone: "Laisser hors de l'agenda les actions terminées dont l'échéance est passée",
      hint: "Appliqués à la prochaine synchronisation : seuls les événements qui changent sont réécrits. Une cellule vide prend l'autre champ.",
      save: "Enregistrer les réglages",
      saving: "Enregistrement…",
    },
    share: "Partager l'agenda avec le comité",
    shareTitle: "Partage de l'agenda",
    sharing: "Partage de l'agenda avec les membres…",
    shareGoToCell: (cell) => `Aller à la cellule ${cell} de la feuille des membres`,
    shareCopyLabel: "Adresses des membres, à copier",
    shareOpenSettings: "Ouvrir les paramètres de partage de l'agenda",
    shareGrant: "Accorder la permission de partager, puis recommencer",
    shareMembersLink: "Lien à donner aux membres :",
    addCalendar: "Ajouter l'agenda à mon Google Agenda",
    calendarTitle: "Agenda du comité",
    calendarHint: (name) =>
      `« ${name} » : une fois l'agenda partagé avec vous, ce lien l'ajoute à votre Google Agenda.`,
  },
  en: {
    appTitle: "Action plan",
    loading: "Loading the plan…",
    asOf: (date) => `As of ${date}`,
    refresh: "Refresh",
    validate: "Validate",
    colours: "Colours",
    sync: "Sync",
    close: "Close",
    overallTitle: "Overall progress",
    overallCaption: (actions, cancelled) =>
      `${actions} ${pluralOf("en", actions, "action", "actions")}` +
      (cancelled > 0 ? ` (${cancelled} cancelled, not counted)` : ""),
    statusTitle: "By status",
    otherStatus: "Unknown status",
    byObjectiveTitle: "By objective",
    noObjective: "(no objective)",
    objectiveCaption: (actions) => `${actions} ${pluralOf("en", actions, "action", "actions")}`,
    overdueTitle: "Overdue",
    overdueEmpty: "Nothing is overdue.",
    upcomingTitle: "Due in the next 30 days",
    upcomingEmpty: "Nothing is due in the next 30 days.",
    due: (date) => `Due: ${date}`,
    daysFromToday: (days, due) =>
      days < 0
        ? `late ${latenessPhrase(due, addDays(due, -days), "en")}`
        : days === 0
          ? "today"
          : days === 1
            ? "tomorrow"
            : `in ${days} days`,
    responsables: (names) => `Responsible: ${names}`,
    nobody: "No one responsible",
    goToRow: (action, row) => `${action} (go to row ${row})`,
    untitledAction: (row) => `Untitled action, row ${row}`,
    peopleTitle: "Load per person",
    peopleColumns: { name: "Person", open: "Open", overdue: "Overdue", done: "Done" },
    peopleEmpty: "No one is responsible for an action yet.",
    unassigned: (n) => `${n} open ${pluralOf("en", n, "action has", "actions have")} no one responsible.`,
    noActions: "The plan has no action yet. Add rows below the table header, then click Refresh.",
    noPlanTitle: "No plan installed yet",
    noPlanText:
      "Install the template (Extensions ▸ Plan d'action ▸ Install the template). If the plan already exists, open its sheet, then click Refresh.",
    noPlanButtons: "Validate, Colours, Sync and Share will be available once the template is installed.",
    loadError: "The summary could not be loaded. Check your connection, then click Refresh.",
    callError: "The operation could not finish. Nothing was lost; please try again in a moment.",
    unavailable: "This page must be opened from Google Sheets (Extensions ▸ Plan d'action).",
    selectFailed: "Could not go there: the plan may have changed. Click Refresh.",
    validating: "Checking the plan…",
    findingsTitle: "Plan validation",
    severity: { erreur: "Error", avertissement: "Warning" },
    goToCell: (cell) => `Go to cell ${cell}`,
    colouring: "Applying the colours…",
    chronologieMaking: "Preparing the timeline…",
    coloursTitle: "Colours",
    syncTitle: "Calendar sync",
    syncStarting: "Preparing the sync…",
    syncProgressLabel: "Actions synced",
    syncDone: "Sync finished:",
    syncReport: {
      created: "Created",
      updated: "Updated",
      deleted: "Deleted",
      toCreate: "To create",
      toUpdate: "To update",
      toDelete: "To delete",
      unchanged: "Unchanged",
      skipped: "Rows not synced",
      userDeleted: "Events deleted in the calendar",
      failure: "Stopped at this row",
      calendar: (name) => `Calendar: ${name}`,
      confirmDeletes: (count) => `Confirm deleting ${count} ${pluralOf("en", count, "event", "events")}`,
      syncAllPast: "Put everything in the calendar",
      syncWithoutPastDone: (count) =>
        `Without the ${pluralOf("en", count, "past done action", `${count} past done actions`)}`,
    },
    eventSettings: {
      title: "Calendar: event settings",
      titleLegend: "Event titles",
      titleAction: "The action (Means / Actions)",
      titleResult: "The expected result",
      titleBoth: "Both: “Result — Action”",
      spanLegend: "Events",
      spanEcheance: "On the due day",
      spanPeriod: "The whole Start–Due period",
      skipPastDone: "Leave out of the calendar the done actions whose due date has passed",
      hint: "Applied at the next sync: only the events that change are written again. An empty cell takes the other field.",
      save: "Save settings",
      saving: "Saving…",
    },
    share: "Share the calendar with the committee",
    shareTitle: "Calendar sharing",
    sharing: "Sharing the calendar with the members…",
    shareGoToCell: (cell) => `Go to cell ${cell} of the members sheet`,
    shareCopyLabel: "Members' addresses, to copy",
    shareOpenSettings: "Open the calendar's sharing settings",
    shareGrant: "Grant the permission to share, then try again",
    shareMembersLink: "Link to give the members:",
    addCalendar: "Add the calendar to my Google Calendar",
    calendarTitle: "The committee's calendar",
    calendarHint: (name) =>
      `"${name}": once the calendar is shared with you, this link adds it to your Google Calendar.`,
  },
};

/** The page's language before the server has said: the browser's, French unless English. */
export function browserLang(): Lang {
  return langFromLocale(navigator.language);
}
