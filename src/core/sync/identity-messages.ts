/**
 * What the sync says about the plan's calendar itself, in French and English: who owns it and what a
 * member who cannot reach it should do, the question before replacing a calendar that cannot be found,
 * a calendar that did not answer as expected, and the calendar scope left unticked on Google's consent
 * screen (granular consent) with how to grant it. Every message says that nothing was created.
 */
import type { Localized } from "../i18n";

export const IDENTITY_MESSAGES = {
  notReachable: {
    fr: "L'agenda de ce plan appartient à {owner} et votre compte Google ne peut pas le modifier. Demandez à {owner} de lancer « Synchroniser l'agenda » (et, pour le consulter, de le partager avec le comité). Rien n'a été créé ni modifié.",
    en: 'This plan\'s calendar belongs to {owner} and your Google account cannot change it. Ask {owner} to run "Sync the calendar" (and, to see it, to share it with the committee). Nothing was created or changed.',
  },
  ownerUnknown: {
    fr: "la personne qui a synchronisé ce plan la première fois",
    en: "the person who first synced this plan",
  },
  askNewCalendar: {
    fr: "L'agenda « {name} » est introuvable. En créer un nouveau ?",
    en: 'The calendar "{name}" cannot be found. Create a new one?',
  },
  askNewCalendarDetail: {
    fr: "L'agenda « {name} » est introuvable : il a sans doute été supprimé depuis votre compte Google. En créer un nouveau ? Les échéances du plan y seront remises. Rien n'a encore été créé.",
    en: 'The calendar "{name}" cannot be found: it was probably deleted from your Google account. Create a new one? The plan\'s deadlines will be put back in it. Nothing has been created yet.',
  },
  newCalendarButton: { fr: "Créer un nouvel agenda", en: "Create a new calendar" },
  noNewCalendar: {
    fr: "D'accord : aucun agenda n'a été créé. Si l'agenda a été retiré par erreur, restaurez-le depuis la corbeille de Google Agenda, puis relancez la synchronisation.",
    en: "All right: no calendar was created. If the calendar was removed by mistake, restore it from Google Calendar's trash, then run the sync again.",
  },
  notAnswering: {
    fr: "L'agenda « {name} » n'a pas répondu comme prévu. Relancez la synchronisation dans un instant ; rien n'a été créé ni modifié.",
    en: 'The calendar "{name}" did not answer as expected. Run the sync again in a moment; nothing was created or changed.',
  },
  calendarScopeMissing: {
    fr: "Vous n'avez pas autorisé le module à gérer son agenda Google : cette case était décochée dans la fenêtre d'autorisation de Google. Pour synchroniser, relancez « Synchroniser l'agenda » depuis le menu Extensions ▸ Plan d'action et cochez l'accès aux agendas (« Créer des agendas secondaires… ») dans la fenêtre qui s'ouvre. La validation, les couleurs et le reste du module fonctionnent sans cette autorisation. Rien n'a été modifié.",
    en: 'You have not allowed the add-on to manage its Google calendar: that box was unticked in Google\'s permission window. To sync, run "Sync the calendar" again from the Extensions ▸ Plan d\'action menu and tick calendar access ("Make secondary Google calendars…") in the window that opens. Validation, colours and the rest of the add-on work without this permission. Nothing was changed.',
  },
  grantLink: { fr: "Autoriser l'accès à l'agenda", en: "Allow calendar access" },
  owner: { fr: "Agenda de : {owner}", en: "Calendar of: {owner}" },
  reuseTitle: { fr: "Agenda du comité", en: "The committee's calendar" },
  reuseQuestion: {
    fr: "Ce classeur avait déjà un agenda pour un plan précédent (l'agenda de {owner}). Le réutiliser pour ce nouveau plan ?\n\nOui : les événements de l'ancien plan en seront retirés à la première synchronisation et remplacés par ceux du nouveau plan.\nNon : l'ancien agenda reste tel quel dans Google Agenda, et un nouvel agenda sera créé à la première synchronisation.",
    en: "This spreadsheet already had a calendar for an earlier plan ({owner}'s calendar). Reuse it for this new plan?\n\nYes: the old plan's events will be removed from it at the first sync and replaced by the new plan's.\nNo: the old calendar stays as it is in Google Calendar, and a new calendar will be created at the first sync.",
  },
} satisfies Record<string, Localized>;
