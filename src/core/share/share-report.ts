/**
 * What "Partager l'agenda avec le comité" tells the person, in French or English: the report object the
 * sidebar shows and the menu's dialog prints (src/shared/share-wire.ts). Every stop says why and what to
 * do; invalid addresses are named with their cell; each refusal is named with its person.
 */
import type { ShareItem, ShareReport, ShareSection } from "../../shared/share-wire";
import { type Lang, type Localized, localize, pluralOf } from "../i18n";
import type { InvalidEmail } from "./member-emails";
import type { RefusalReason } from "./share-errors";

export const SHARE_MESSAGES = {
  title: { fr: "Partager l'agenda avec le comité", en: "Share the calendar with the committee" },
  notOwner: {
    fr: "Seule la personne propriétaire de l'agenda « {name} », {owner}, peut le partager. Demandez-lui d'ouvrir ce fichier et de cliquer sur « Partager l'agenda avec le comité ». Rien n'a été changé.",
    en: 'Only the owner of the calendar "{name}", {owner}, can share it. Ask them to open this file and click "Share the calendar with the committee". Nothing was changed.',
  },
  notOwnerUnknown: {
    fr: "Seule la personne propriétaire de l'agenda « {name} » (celle qui l'a synchronisé la première) peut le partager. Demandez-lui de cliquer sur « Partager l'agenda avec le comité ». Rien n'a été changé.",
    en: 'Only the owner of the calendar "{name}" (the person who synced it first) can share it. Ask them to click "Share the calendar with the committee". Nothing was changed.',
  },
  unexpected: {
    fr: "Le partage n'a pas pu se faire à cause d'une erreur inattendue. Réessayez ; si l'erreur revient, signalez-la en indiquant l'heure.",
    en: "Sharing could not be done because of an unexpected error. Try again; if it happens again, report it with the time.",
  },
  noCalendar: {
    fr: "Le plan n'a pas encore d'agenda : cliquez d'abord sur « Synchroniser l'agenda », puis partagez-le. Rien n'a été changé.",
    en: 'The plan has no calendar yet: click "Sync the calendar" first, then share it. Nothing was changed.',
  },
  calendarGone: {
    fr: "L'agenda « {name} » est introuvable (supprimé ?) : cliquez sur « Synchroniser l'agenda », qui le vérifiera et proposera d'en créer un nouveau, puis partagez-le. Rien n'a été partagé.",
    en: 'The calendar "{name}" cannot be found (deleted?): click "Sync the calendar", which will check and offer to create a new one, then share it. Nothing was shared.',
  },
  noMembersSheet: {
    fr: "Aucune feuille « Membres » : installez le modèle (elle sera ajoutée) ou créez-la, avec une colonne « Courriel ». Rien n'a été changé.",
    en: 'No "Members" sheet: install the template (it adds one) or create it, with an "Email" column. Nothing was changed.',
  },
  noEmailColumn: {
    fr: "La feuille « {sheet} » n'a pas de colonne « Courriel » (en première ligne). Ajoutez-la avec l'adresse de chaque membre, puis recommencez. Rien n'a été changé.",
    en: 'The "{sheet}" sheet has no "Email" column (in its first row). Add it with each member\'s address, then try again. Nothing was changed.',
  },
  noEmails: {
    fr: "Aucune adresse dans la colonne « Courriel » de la feuille « {sheet} ». Ajoutez l'adresse de chaque membre, puis recommencez. Rien n'a été changé.",
    en: 'No address in the "Email" column of the "{sheet}" sheet. Add each member\'s address, then try again. Nothing was changed.',
  },
  busy: {
    fr: "Quelqu'un synchronise ou partage cet agenda en ce moment. Réessayez dans une minute. Rien n'a été changé.",
    en: "Someone is syncing or sharing this calendar right now. Try again in a minute. Nothing was changed.",
  },
  shared: {
    fr: "Agenda « {name} » : {changes}.",
    en: 'Calendar "{name}": {changes}.',
  },
  nothingToDo: {
    fr: "Agenda « {name} » : tous les membres de la feuille « {sheet} » y ont déjà accès. Rien n'a été ajouté.",
    en: 'Calendar "{name}": every member of the "{sheet}" sheet already has access. Nothing was added.',
  },
  confirmRemovals: {
    fr: "Partager retirerait l'accès à l'agenda « {name} » de {count} des {given} personnes à qui le module l'avait donné{why}. Retirer ces accès ? Rien n'a encore été changé.",
    en: 'Sharing would remove access to the calendar "{name}" from {count} of the {given} people the add-on gave it to{why}. Remove these accesses? Nothing has been changed yet.',
  },
  confirmWhyEmpty: {
    fr: " : la colonne « Courriel » de la feuille « {sheet} » ne contient aucune adresse (vidée, ou les adresses déplacées sous un autre titre ?)",
    en: ': the "Email" column of the "{sheet}" sheet holds no address (cleared, or the addresses moved under another header?)',
  },
  sectionToRemove: { fr: "Accès qui seraient retirés", en: "Accesses that would be removed" },
  removalsDeclined: {
    fr: "D'accord : aucun accès n'a été retiré. Rien n'a été changé.",
    en: "All right: no access was removed. Nothing was changed.",
  },
  confirmRemovalsButton: { fr: "Retirer ces accès", en: "Remove these accesses" },
  addedOne: { fr: "1 membre ajouté comme lecteur", en: "1 member added as a reader" },
  addedMany: { fr: "{count} membres ajoutés comme lecteurs", en: "{count} members added as readers" },
  removedOne: { fr: "1 accès retiré", en: "1 access removed" },
  removedMany: { fr: "{count} accès retirés", en: "{count} accesses removed" },
  alreadyOne: { fr: "1 avait déjà accès", en: "1 already had access" },
  alreadyMany: { fr: "{count} avaient déjà accès", en: "{count} already had access" },
  howMembersAdd: {
    fr: " Aucun courriel n'est envoyé : chaque membre ajoute l'agenda avec le lien « Ajouter l'agenda » du résumé (Extensions ▸ Plan d'action ▸ Résumé de l'avancement).",
    en: ' No e-mail is sent: each member adds the calendar with the "Add the calendar" link of the summary (Extensions ▸ Plan d\'action ▸ Progress summary).',
  },
  fixInvalid: {
    fr: " Corrigez les adresses non valides, puis recommencez.",
    en: " Fix the invalid addresses, then try again.",
  },
  refusedNote: {
    fr: " Google a refusé certains partages : voyez la liste.",
    en: " Google refused some shares: see the list.",
  },
  stopped: {
    fr: "Le partage de l'agenda « {name} » s'est arrêté : {reason} Ce qui était fait est conservé ; recommencez plus tard, rien ne sera fait en double.",
    en: 'Sharing the calendar "{name}" stopped: {reason} What was done is kept; try again later, nothing will be done twice.',
  },
  stoppedGone: {
    fr: "l'agenda est introuvable (a-t-il été supprimé ?). Cliquez sur « Synchroniser l'agenda » pour le vérifier.",
    en: 'the calendar cannot be found (was it deleted?). Click "Sync the calendar" to check it.',
  },
  stoppedBusy: {
    fr: "Google Agenda limite le nombre de modifications par minute.",
    en: "Google Calendar limits how many changes can be made per minute.",
  },
  stoppedOther: {
    fr: "Google Agenda a répondu par une erreur inattendue.",
    en: "Google Calendar answered with an unexpected error.",
  },
  manual: {
    fr: "Vous n'avez pas accordé au module la permission de partager vos agendas (« Voir et modifier les autorisations de partage des agendas Google dont vous êtes propriétaire »). Partagez-le vous-même : ouvrez les paramètres de l'agenda « {name} », section « Partager avec des personnes précises », ajoutez les adresses ci-dessous avec « Voir tous les détails des événements ». Ou accordez la permission, puis recommencez.",
    en: 'You have not given the add-on permission to share your calendars ("See and change the sharing permissions of Google calendars you own"). Share it yourself: open the settings of the calendar "{name}", section "Share with specific people", and add the addresses below with "See all event details". Or grant the permission, then try again.',
  },
  manualNoEmails: {
    fr: "Vous n'avez pas accordé au module la permission de partager vos agendas. Ajoutez d'abord les adresses des membres dans la colonne « Courriel » de la feuille « {sheet} » ; vous pourrez ensuite partager l'agenda « {name} » vous-même dans ses paramètres, ou accorder la permission.",
    en: 'You have not given the add-on permission to share your calendars. First add the members\' addresses in the "Email" column of the "{sheet}" sheet; you can then share the calendar "{name}" yourself in its settings, or grant the permission.',
  },
  sectionAdded: { fr: "Ajoutés comme lecteurs", en: "Added as readers" },
  sectionRemoved: {
    fr: "Accès retirés (ne sont plus dans la feuille des membres)",
    en: "Access removed (no longer in the members sheet)",
  },
  sectionAlready: { fr: "Avaient déjà accès", en: "Already had access" },
  sectionInvalid: { fr: "Adresses non valides (rien n'a été fait)", en: "Invalid addresses (nothing done)" },
  sectionRefused: { fr: "Refusés par Google", en: "Refused by Google" },
  sectionRemoveFailed: {
    fr: "Accès qui n'ont pas pu être retirés (réessayez)",
    en: "Accesses that could not be removed (try again)",
  },
  settingsLink: { fr: "Paramètres de l'agenda", en: "Calendar settings" },
  subscribeLink: {
    fr: "Lien à donner aux membres pour ajouter l'agenda",
    en: "Link for members to add the calendar",
  },
  sectionToCopy: { fr: "Adresses à ajouter", en: "Addresses to add" },
  invalidItem: { fr: "{cell} : « {text} »", en: '{cell}: "{text}"' },
  refusedPolicy: {
    fr: "{email} : le partage avec cette personne est interdit par la politique de votre organisation (partage hors du domaine).",
    en: "{email}: sharing with this person is forbidden by your organisation's policy (sharing outside the domain).",
  },
  refusedAddress: {
    fr: "{email} : Google n'accepte pas cette adresse (elle n'est peut-être pas celle d'un compte Google) ; cette personne ne peut pas voir l'agenda.",
    en: "{email}: Google does not accept this address (it may not be a Google account's); this person cannot see the calendar.",
  },
  refusedNoAccount: {
    fr: "{email} : cette adresse n'a pas de compte Google, elle ne peut donc pas voir l'agenda. Demandez à la personne l'adresse de son compte Google (Gmail ou autre), ou de créer un compte Google avec cette adresse, puis partagez de nouveau.",
    en: "{email}: this address has no Google account, so it cannot see the calendar. Ask the person for their Google account's address (Gmail or other), or to create a Google account with this address, then share again.",
  },
  refusedOther: {
    fr: "{email} : Google a refusé ce partage.",
    en: "{email}: Google refused this share.",
  },
} satisfies Record<string, Localized>;

export interface ShareOutcome {
  calendarName: string;
  membersSheet: string;
  added: string[];
  removed: string[];
  already: string[];
  invalid: InvalidEmail[];
  /** Members whose rule Google refused, with why. */
  refused: Array<{ email: string; cell?: string; reason: RefusalReason }>;
  /** Rules the add-on should have removed but could not. */
  removeFailed: string[];
  /** Set when the run stopped before doing everything. */
  stopped?: "calendarGone" | "overloaded" | "other";
}

const m = SHARE_MESSAGES;

function count(lang: Lang, n: number, one: Localized, many: Localized): string {
  return localize(lang, pluralOf(lang, n, one, many), { count: n });
}

function section(lang: Lang, title: Localized, items: ShareItem[]): ShareSection[] {
  return items.length ? [{ title: localize(lang, title), items }] : [];
}

const REFUSAL_TEXT: Record<RefusalReason, Localized> = {
  policy: m.refusedPolicy,
  address: m.refusedAddress,
  noAccount: m.refusedNoAccount,
  quota: m.refusedOther,
  calendarGone: m.refusedOther,
  other: m.refusedOther,
};

function invalidItems(lang: Lang, invalid: readonly InvalidEmail[]): ShareItem[] {
  return invalid.map((i) => ({
    text: localize(lang, m.invalidItem, { cell: i.cell, text: i.text }),
    cell: i.cell,
  }));
}

/** The report of a run that reached the calendar's ACL. */
export function shareReport(lang: Lang, outcome: ShareOutcome): Omit<ShareReport, "subscribeUrl"> {
  const sections = [
    ...section(
      lang,
      m.sectionAdded,
      outcome.added.map((text) => ({ text })),
    ),
    ...section(
      lang,
      m.sectionRemoved,
      outcome.removed.map((text) => ({ text })),
    ),
    ...section(
      lang,
      m.sectionRefused,
      outcome.refused.map((r) => ({
        text: localize(lang, REFUSAL_TEXT[r.reason], { email: r.email }),
        cell: r.cell,
      })),
    ),
    ...section(lang, m.sectionInvalid, invalidItems(lang, outcome.invalid)),
    ...section(
      lang,
      m.sectionRemoveFailed,
      outcome.removeFailed.map((text) => ({ text })),
    ),
    ...section(
      lang,
      m.sectionAlready,
      outcome.already.map((text) => ({ text })),
    ),
  ];
  const name = outcome.calendarName;
  const base = { kind: "shared" as const, sections, membersSheet: outcome.membersSheet };
  if (outcome.stopped) {
    const reason =
      outcome.stopped === "calendarGone"
        ? m.stoppedGone
        : outcome.stopped === "overloaded"
          ? m.stoppedBusy
          : m.stoppedOther;
    return {
      ...base,
      kind: "failed",
      summary: localize(lang, m.stopped, { name, reason: localize(lang, reason) }),
    };
  }
  const changes = [
    outcome.added.length ? count(lang, outcome.added.length, m.addedOne, m.addedMany) : "",
    outcome.removed.length ? count(lang, outcome.removed.length, m.removedOne, m.removedMany) : "",
    outcome.already.length && (outcome.added.length || outcome.removed.length)
      ? count(lang, outcome.already.length, m.alreadyOne, m.alreadyMany)
      : "",
  ].filter(Boolean);
  let summary = changes.length
    ? localize(lang, m.shared, { name, changes: changes.join(", ") })
    : localize(lang, m.nothingToDo, { name, sheet: outcome.membersSheet });
  if (outcome.added.length) summary += localize(lang, m.howMembersAdd);
  if (outcome.refused.length || outcome.removeFailed.length) summary += localize(lang, m.refusedNote);
  if (outcome.invalid.length) summary += localize(lang, m.fixInvalid);
  return { ...base, summary };
}

/** The manual way, for a person who did not grant calendar.acls. */
export function manualShareReport(
  lang: Lang,
  input: {
    calendarName: string;
    membersSheet: string;
    emails: string[];
    invalid: InvalidEmail[];
    settingsUrl: string;
    grantUrl: string | null;
  },
): ShareReport {
  const params = { name: input.calendarName, sheet: input.membersSheet };
  return {
    kind: "manual",
    summary: localize(lang, input.emails.length ? m.manual : m.manualNoEmails, params),
    sections: [
      ...section(
        lang,
        m.sectionToCopy,
        input.emails.map((text) => ({ text })),
      ),
      ...section(lang, m.sectionInvalid, invalidItems(lang, input.invalid)),
    ],
    membersSheet: input.membersSheet,
    settingsUrl: input.settingsUrl,
    emailsToCopy: input.emails.join(", "),
    grantUrl: input.grantUrl,
  };
}

/** The question before removing more than half of the accesses the add-on gave (nothing done yet). */
export function confirmRemovalsReport(
  lang: Lang,
  input: { calendarName: string; membersSheet: string; toRemove: string[]; given: number; noEmails: boolean },
): ShareReport {
  const why = input.noEmails ? localize(lang, m.confirmWhyEmpty, { sheet: input.membersSheet }) : "";
  return {
    kind: "needsConfirmation",
    summary: localize(lang, m.confirmRemovals, {
      name: input.calendarName,
      count: String(input.toRemove.length),
      given: String(input.given),
      why,
    }),
    sections: section(
      lang,
      m.sectionToRemove,
      input.toRemove.map((text) => ({ text })),
    ),
    membersSheet: input.membersSheet,
  };
}

/** A stop before anything was read or changed. */
export function shareStop(
  lang: Lang,
  kind: "notOwner" | "noCalendar" | "busy" | "noMembers",
  text: Localized,
  params: Record<string, string> = {},
): ShareReport {
  return { kind, summary: localize(lang, text, params), sections: [] };
}

/** The menu's dialog text: the summary, then each section as a list, then the links. */
export function shareReportText(lang: Lang, report: ShareReport): string {
  const colon = lang === "fr" ? " :" : ":";
  const parts = [report.summary];
  for (const s of report.sections)
    parts.push(`${s.title}${colon}\n${s.items.map((i) => `• ${i.text}`).join("\n")}`);
  if (report.settingsUrl) parts.push(`${localize(lang, m.settingsLink)}${colon} ${report.settingsUrl}`);
  if (report.subscribeUrl && report.kind === "shared")
    parts.push(`${localize(lang, m.subscribeLink)}${colon} ${report.subscribeUrl}`);
  return parts.join("\n\n");
}
