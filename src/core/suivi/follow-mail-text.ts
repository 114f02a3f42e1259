/**
 * The words of the suivi e-mail, French and English (typeset by follow-mail.ts).
 */
import type { Localized } from "../i18n";

export const FOLLOW_MAIL_TEXT = {
  title: { fr: "Plan d'action", en: "Action plan" },
  titleWithComite: { fr: "Plan d'action — {comite}", en: "Action plan — {comite}" },
  subject: { fr: "{title} : vos actions ({counts})", en: "{title}: your actions ({counts})" },
  lateOne: { fr: "1 en retard", en: "1 overdue" },
  lateMany: { fr: "{n} en retard", en: "{n} overdue" },
  comingOne: { fr: "1 à venir", en: "1 coming up" },
  comingMany: { fr: "{n} à venir", en: "{n} coming up" },
  greeting: { fr: "Bonjour {name},", en: "Hello {name}," },
  intro: {
    fr: "Voici vos actions du plan d'action qui sont en retard ou à faire dans les 30 prochains jours.",
    en: "Here are your actions in the action plan that are overdue or due in the next 30 days.",
  },
  introWithComite: {
    fr: "Voici vos actions du plan d'action « {comite} » qui sont en retard ou à faire dans les 30 prochains jours.",
    en: 'Here are your actions in the action plan "{comite}" that are overdue or due in the next 30 days.',
  },
  lateTitle: { fr: "En retard", en: "Overdue" },
  comingTitle: { fr: "À faire dans les 30 jours", en: "Due in the next 30 days" },
  lateWhen: { fr: "en retard {since} (échéance : {day})", en: "overdue {since} (due {day})" },
  dueToday: { fr: "pour aujourd'hui", en: "due today" },
  dueOn: { fr: "pour le {day}", en: "due {day}" },
  objective: { fr: "Objectif : {objectif}", en: "Objective: {objectif}" },
  openRow: { fr: "Ouvrir la ligne {row} du plan", en: "Open row {row} of the plan" },
  sentBy: {
    fr: "Envoyé par {sender} depuis la feuille « {sheet} » du plan d'action du comité.",
    en: 'Sent by {sender} from the sheet "{sheet}" of the committee\'s action plan.',
  },
  sentBySomeone: {
    fr: "Envoyé par un membre du comité depuis la feuille « {sheet} » du plan d'action.",
    en: 'Sent by a committee member from the sheet "{sheet}" of the action plan.',
  },
  stop: {
    fr: "Pour ne plus recevoir ces courriels, demandez au secrétariat du comité d'inscrire « {no} » dans la colonne « {column} » de la feuille {members}.",
    en: 'To stop receiving these emails, ask the committee\'s secretary to put "{no}" in the column "{column}" of the sheet {members}.',
  },
  fromName: { fr: "Plan d'action du comité", en: "Committee action plan" },
} satisfies Record<string, Localized>;
