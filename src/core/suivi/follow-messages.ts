/**
 * What « Envoyer le suivi » says back, French and English: why there is no preview, and what a send did
 * (sent to whom, already sent today, left out, left for the next send by Google's quota or a failure).
 * Composed here so the server only fills in the names.
 */
import { type Lang, type Localized, localize } from "../i18n";

export const FOLLOW_MESSAGES = {
  dialogTitle: { fr: "Envoyer le suivi", en: "Send the follow-up" },
  noMembers: {
    fr: "Il n'y a pas de feuille Membres. Ajoutez-la (Nom, Courriel, une personne par ligne) ou réinstallez le modèle, puis rouvrez « Envoyer le suivi ».",
    en: 'There is no Members sheet. Add it (Name, Email, one person per row) or install the template again, then open "Send the follow-up" again.',
  },
  busy: {
    fr: "Quelqu'un d'autre envoie le suivi en ce moment. Réessayez dans un instant : personne ne le recevra deux fois.",
    en: "Someone else is sending the follow-up right now. Try again in a moment: nobody will get it twice.",
  },
  declined: {
    fr: "Vous n'avez pas permis au module d'envoyer des courriels en votre nom (permission « Envoyer des courriels »). Rien n'a été envoyé. Copiez le texte de chaque personne dans votre propre courriel, ou donnez la permission et recommencez.",
    en: 'You have not allowed the add-on to send email on your behalf (the "Send email" permission). Nothing was sent. Copy each person\'s text into your own email, or grant the permission and try again.',
  },
  sentOne: { fr: "Suivi envoyé à 1 personne : {names}.", en: "Follow-up sent to 1 person: {names}." },
  sentMany: { fr: "Suivi envoyé à {n} personnes : {names}.", en: "Follow-up sent to {n} people: {names}." },
  sentNone: { fr: "Aucun courriel envoyé.", en: "No email sent." },
  alreadySent: {
    fr: "Déjà envoyé aujourd'hui, liste inchangée (rien de renvoyé) : {names}.",
    en: "Already sent today, list unchanged (nothing sent again): {names}.",
  },
  excluded: { fr: "Laissés de côté à votre demande : {names}.", en: "Left out at your request: {names}." },
  quotaLeftOne: {
    fr: "Google ne permet plus d'envoyer de courriels aujourd'hui depuis votre compte (limite quotidienne) : {names} n'a pas reçu le suivi. Le prochain envoi le reprendra.",
    en: "Google allows no more email from your account today (daily limit): {names} did not get the follow-up. The next send will pick it up.",
  },
  quotaLeftMany: {
    fr: "Google ne permet plus d'envoyer de courriels aujourd'hui depuis votre compte (limite quotidienne) : {names} n'ont pas reçu le suivi. Le prochain envoi les reprendra.",
    en: "Google allows no more email from your account today (daily limit): {names} did not get the follow-up. The next send will pick them up.",
  },
  failedOne: {
    fr: "L'envoi s'est arrêté ({reason}) : {names} n'a pas reçu le suivi. Le prochain envoi le reprendra.",
    en: "Sending stopped ({reason}): {names} did not get the follow-up. The next send will pick it up.",
  },
  failedMany: {
    fr: "L'envoi s'est arrêté ({reason}) : {names} n'ont pas reçu le suivi. Le prochain envoi les reprendra.",
    en: "Sending stopped ({reason}): {names} did not get the follow-up. The next send will pick them up.",
  },
} satisfies Record<string, Localized>;

/** "Julie", "Julie et Marc", "Julie, Marc et Sophie" (English: "and"). */
export function namesList(lang: Lang, names: string[]): string {
  if (names.length <= 1) return names.join("");
  const and = lang === "fr" ? " et " : " and ";
  return `${names.slice(0, -1).join(", ")}${and}${names[names.length - 1]}`;
}

/** The sentence for `names` with `text`, or "" when there is nobody. */
export function aboutPeople(
  lang: Lang,
  text: Localized,
  names: string[],
  extra: Record<string, string> = {},
): string {
  return names.length === 0
    ? ""
    : localize(lang, text, { names: namesList(lang, names), n: names.length, ...extra });
}
