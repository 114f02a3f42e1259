/**
 * The sync's words, in French and English: every message the sync shows (toast, dialog, sidebar report,
 * questions), and the plain reason for each kind of Calendar failure. Kept apart from sync-report.ts,
 * which decides which of them a report says and composes them.
 */
import type { Localized } from "../i18n";
import type { FailureReason } from "./calendar-errors";

export const SYNC_MESSAGES = {
  title: { fr: "Synchronisation de l'agenda", en: "Calendar sync" },
  onSheet: { fr: "Feuille « {sheet} » : ", en: 'Sheet "{sheet}": ' },
  previewTitle: { fr: "Aperçu de la synchronisation", en: "Sync preview" },
  calendarName: { fr: "Plan d'action — {comite}", en: "Action plan — {comite}" },
  calendarNameNoComite: { fr: "Plan d'action", en: "Action plan" },
  busy: {
    fr: "Une autre synchronisation de ce plan est en cours. Attendez qu'elle se termine, puis réessayez. Rien n'a été modifié.",
    en: "Another sync of this plan is running. Wait for it to finish, then try again. Nothing was changed.",
  },
  missingColumns: {
    fr: "Colonnes introuvables dans l'en-tête du plan : {columns}. Remettez leur titre dans la ligne d'en-tête, puis relancez la synchronisation. Rien n'a été modifié dans l'agenda.",
    en: "Columns not found in the plan's header: {columns}. Put their title back in the header row, then run the sync again. Nothing was changed in the calendar.",
  },
  missingKeyColumn: {
    fr: "La colonne cachée « Clé » est introuvable : elle relie chaque ligne à son événement. Ajoutez à droite du tableau une colonne intitulée « Clé », puis relancez la synchronisation. Rien n'a été modifié.",
    en: 'The hidden "Key" column is missing: it links each row to its event. Add a column titled "Key" to the right of the table, then run the sync again. Nothing was changed.',
  },
  done: {
    fr: "L'agenda « {name} » est à jour : {changes}.",
    en: 'The calendar "{name}" is up to date: {changes}.',
  },
  nothingToDo: {
    fr: "Rien à changer : l'agenda « {name} » est déjà à jour.",
    en: 'Nothing to change: the calendar "{name}" is already up to date.',
  },
  noDatedAction: {
    fr: "Rien à mettre dans l'agenda « {name} » : aucune action du plan n'est à la fois datée et non annulée. Indiquez l'Échéancier des actions, puis relancez la synchronisation.",
    en: 'Nothing to put in the calendar "{name}": no action of the plan is both dated and not cancelled. Fill in the actions\' Schedule, then run the sync again.',
  },
  previewNoDatedAction: {
    fr: "Aperçu : rien à mettre dans l'agenda, aucune action du plan n'est à la fois datée et non annulée.",
    en: "Preview: nothing to put in the calendar, no action of the plan is both dated and not cancelled.",
  },
  unfinished: {
    fr: "Synchronisation pas encore terminée{soFar} ; il reste {remaining}. Cliquez de nouveau sur « Synchroniser l'agenda » pour continuer : rien ne sera fait en double.",
    en: 'Sync not finished yet{soFar}; {remaining} left. Click "Sync the calendar" again to continue: nothing will be done twice.',
  },
  remainingOne: { fr: "1 changement", en: "1 change" },
  remainingMany: { fr: "{count} changements", en: "{count} changes" },
  failed: {
    fr: "La synchronisation s'est arrêtée à la ligne {row} (cellule {cell}). {reason}{kept}",
    en: "The sync stopped at row {row} (cell {cell}). {reason}{kept}",
  },
  failedNoRow: {
    fr: "La synchronisation s'est arrêtée. {reason}{kept}",
    en: "The sync stopped. {reason}{kept}",
  },
  kept: {
    fr: " Ce qui était déjà fait est conservé : {changes}.",
    en: " What was already done is kept: {changes}.",
  },
  overloaded: {
    fr: "Google Agenda limite le nombre de modifications par minute : relancez la synchronisation dans quelques minutes, rien ne sera fait en double. Ce qui était déjà fait est conservé.",
    en: "Google Calendar limits how many changes can be made per minute: run the sync again in a few minutes, nothing will be done twice. What was already done is kept.",
  },
  needsConfirmationMass: {
    fr: "Attention : cette synchronisation supprimerait {deletions} des {existing} événements de l'agenda (lignes supprimées, annulées ou sans date). Si c'est voulu, confirmez ; sinon vérifiez le plan. Rien n'a encore été changé dans l'agenda.",
    en: "Careful: this sync would delete {deletions} of the {existing} events in the calendar (rows deleted, cancelled or without a date). If that is intended, confirm; otherwise check the plan. Nothing has been changed in the calendar yet.",
  },
  needsConfirmationEmptyOne: {
    fr: "Le plan ne contient plus aucune action, mais l'agenda a encore 1 événement. La synchronisation le supprimerait. Si c'est voulu, confirmez ; sinon vérifiez la feuille. Rien n'a encore été changé dans l'agenda.",
    en: "The plan has no actions left, but the calendar still has 1 event. The sync would delete it. If that is intended, confirm; otherwise check the sheet. Nothing has been changed in the calendar yet.",
  },
  needsConfirmationEmpty: {
    fr: "Le plan ne contient plus aucune action, mais l'agenda a encore {existing} événements. La synchronisation les supprimerait tous. Si c'est voulu, confirmez ; sinon vérifiez la feuille. Rien n'a encore été changé dans l'agenda.",
    en: "The plan has no actions left, but the calendar still has {existing} events. The sync would delete them all. If that is intended, confirm; otherwise check the sheet. Nothing has been changed in the calendar yet.",
  },
  confirmQuestion: { fr: "Supprimer ces événements ?", en: "Delete these events?" },
  pastEventsOne: {
    fr: "1 événement dans le passé, dont {late} en retard",
    en: "1 event in the past, {late} of it late",
  },
  pastEvents: {
    fr: "{count} événements dans le passé, dont {late} en retard",
    en: "{count} events in the past, {late} of them late",
  },
  needsConfirmationPast: {
    fr: "Première synchronisation de ce plan : {past}.{choice} Rien n'a encore été changé dans l'agenda.",
    en: "First sync of this plan: {past}.{choice} Nothing has been changed in the calendar yet.",
  },
  pastDoneChoice: {
    fr: " Les {done} actions terminées dont l'échéance est passée peuvent rester hors de l'agenda.",
    en: " The {done} done actions whose due date has passed can stay out of the calendar.",
  },
  previewPast: {
    fr: "Parmi eux : {past}.{choice}",
    en: "Among them: {past}.{choice}",
  },
  pastQuestionWithDone: {
    fr: "Mettre aussi dans l'agenda les {done} actions terminées dont l'échéance est passée ?\n\nOui : tout mettre dans l'agenda.\nNon : les laisser hors de l'agenda (réglage du plan, modifiable dans la barre latérale).\nAnnuler : ne rien faire pour l'instant.",
    en: "Also put in the calendar the {done} done actions whose due date has passed?\n\nYes: put everything in the calendar.\nNo: leave them out (the plan's setting, changeable in the sidebar).\nCancel: do nothing for now.",
  },
  pastQuestion: {
    fr: "Mettre ces événements dans l'agenda ?",
    en: "Put these events in the calendar?",
  },
  cancelledNothingDone: {
    fr: "Synchronisation annulée : rien n'a été changé dans l'agenda.",
    en: "Sync cancelled: nothing was changed in the calendar.",
  },
  cancelledByUser: {
    fr: "Synchronisation annulée : rien n'a été supprimé.",
    en: "Sync cancelled: nothing was deleted.",
  },
  calendarRecreated: {
    fr: "L'agenda précédent du plan était introuvable : un nouvel agenda « {name} » a été créé et les échéances y sont remises.",
    en: 'The plan\'s previous calendar could not be found: a new calendar "{name}" was created and the deadlines are put back in it.',
  },
  calendarWillBeRecreated: {
    fr: "L'agenda du plan est introuvable : la synchronisation proposera d'en créer un nouveau.",
    en: "The plan's calendar cannot be found: the sync will offer to create a new one.",
  },
  preview: {
    fr: "Aperçu : {changes}. Rien n'a encore été changé dans l'agenda.",
    en: "Preview: {changes}. Nothing has been changed in the calendar yet.",
  },
  previewNothing: {
    fr: "Aperçu : rien à changer, l'agenda est déjà à jour.",
    en: "Preview: nothing to change, the calendar is already up to date.",
  },
  userDeletedOne: {
    fr: "1 événement supprimé dans l'agenda n'est pas recréé, car sa ligne n'a pas changé depuis. Modifiez la ligne pour le remettre.",
    en: "1 event deleted in the calendar is not recreated, because its row has not changed since. Edit the row to put it back.",
  },
  userDeleted: {
    fr: "{count} événements supprimés dans l'agenda ne sont pas recréés, car leur ligne n'a pas changé depuis. Modifiez une ligne pour remettre son événement.",
    en: "{count} events deleted in the calendar are not recreated, because their rows have not changed since. Edit a row to put its event back.",
  },
  retryLaterOne: {
    fr: "1 événement n'a pas pu être modifié cette fois (Google Agenda ne l'a pas trouvé sur le moment) : la prochaine synchronisation s'en chargera.",
    en: "1 event could not be changed this time (Google Calendar did not find it at that moment): the next sync will take care of it.",
  },
  retryLater: {
    fr: "{count} événements n'ont pas pu être modifiés cette fois (Google Agenda ne les a pas trouvés sur le moment) : la prochaine synchronisation s'en chargera.",
    en: "{count} events could not be changed this time (Google Calendar did not find them at that moment): the next sync will take care of them.",
  },
  movedInCalendarOne: {
    fr: "1 occurrence d'un événement récurrent a été déplacée ou annulée dans l'agenda : elle est laissée telle quelle.",
    en: "1 occurrence of a recurring event was moved or cancelled in the calendar: it is left as it is.",
  },
  movedInCalendar: {
    fr: "{count} occurrences d'événements récurrents ont été déplacées ou annulées dans l'agenda : elles sont laissées telles quelles.",
    en: "{count} occurrences of recurring events were moved or cancelled in the calendar: they are left as they are.",
  },
  skippedOne: {
    fr: "1 ligne n'est pas dans l'agenda (voir la raison).",
    en: "1 row is not in the calendar (see why).",
  },
  skipped: {
    fr: "{count} lignes ne sont pas dans l'agenda (voir les raisons).",
    en: "{count} rows are not in the calendar (see why).",
  },
  sectionCreated: { fr: "Créés", en: "Created" },
  sectionUpdated: { fr: "Modifiés", en: "Updated" },
  sectionDeleted: { fr: "Supprimés", en: "Deleted" },
  sectionToCreate: { fr: "À créer", en: "To create" },
  sectionToUpdate: { fr: "À modifier", en: "To update" },
  sectionToDelete: { fr: "À supprimer", en: "To delete" },
  sectionSkipped: { fr: "Pas dans l'agenda", en: "Not in the calendar" },
  sectionUserDeleted: {
    fr: "Supprimés dans l'agenda (non recréés)",
    en: "Deleted in the calendar (not recreated)",
  },
  sectionRetryLater: {
    fr: "À reprendre à la prochaine synchronisation",
    en: "To be done at the next sync",
  },
  more: { fr: "… et {count} de plus", en: "… and {count} more" },
  lastStepLists: {
    fr: "Le détail ci-dessous est celui de cette dernière étape.",
    en: "The lists below are those of this last step.",
  },
  rowGone: { fr: "ligne supprimée", en: "deleted row" },
} satisfies Record<string, Localized>;

/** Why a sync stopped: what happened and what to do, one or two sentences (see failureReasonOf). */
export const FAILURE_REASONS = {
  invalid: {
    fr: "Google Agenda a refusé cet événement : vérifiez le titre et les dates de cette ligne, puis relancez la synchronisation.",
    en: "Google Calendar refused this event: check the title and dates of this row, then run the sync again.",
  },
  calendarUnavailable: {
    fr: "L'agenda du plan n'est plus accessible depuis votre compte Google (il a peut-être été supprimé, ou créé par une autre personne). Relancez la synchronisation ; si cela se répète, signalez-le à la personne qui a installé le module.",
    en: "The plan's calendar can no longer be reached from your Google account (it may have been deleted, or created by another person). Run the sync again; if it happens again, tell the person who installed the add-on.",
  },
  readOnly: {
    fr: "Votre compte Google peut consulter l'agenda du plan mais pas le modifier : seule la personne qui en est propriétaire (ou qui l'a reçu en modification) peut synchroniser. Demandez-lui de lancer la synchronisation.",
    en: "Your Google account can see the plan's calendar but not change it: only the person who owns it (or who was given edit access) can sync. Ask them to run the sync.",
  },
  quota: {
    fr: "Google Agenda limite le nombre de modifications par minute : relancez dans quelques minutes, rien ne sera fait en double.",
    en: "Google Calendar limits how many changes can be made per minute: run the sync again in a few minutes, nothing will be done twice.",
  },
  auth: {
    fr: "Google demande de renouveler votre autorisation d'accès à l'agenda : rechargez la page de la feuille, relancez la synchronisation et acceptez l'autorisation demandée.",
    en: "Google asks you to renew your permission to use the calendar: reload the spreadsheet's page, run the sync again and accept the permission it asks for.",
  },
  serviceOff: {
    fr: "Le service Google Agenda n'est pas activé pour ce module : signalez-le à la personne qui a installé le module.",
    en: "The Google Calendar service is not turned on for this add-on: tell the person who installed the add-on.",
  },
  unexpected: {
    fr: "Une erreur inattendue s'est produite : relancez la synchronisation dans quelques minutes ; si cela se répète, signalez-le à la personne qui a installé le module.",
    en: "An unexpected error occurred: run the sync again in a few minutes; if it happens again, tell the person who installed the add-on.",
  },
  stateNotSaved: {
    fr: "La progression n'a pas pu être enregistrée : relancez la synchronisation, rien ne sera fait en double.",
    en: "The progress could not be saved: run the sync again, nothing will be done twice.",
  },
} satisfies Record<FailureReason | "stateNotSaved", Localized>;
