/**
 * « Envoyer le suivi… » (menu and sidebar): the dialog (dist/FollowUpDialog.html) asks previewFollowUp
 * who gets what, the person may leave some out, then sendFollowUp sends one e-mail per person with
 * MailApp, from their own account — after checking the script.send_mail permission, and Google's daily
 * quota. Each person's send is recorded (day and content), so a second send the same day with an
 * unchanged list sends nothing; what the quota or a failure left is picked up by the next send. Without
 * the permission, nothing is sent and each person's text is offered to copy.
 */
import { type Lang, localize } from "../../core/i18n";
import { aboutPeople, FOLLOW_MESSAGES } from "../../core/suivi/follow-messages";
import { serializeFollowRecord } from "../../core/suivi/follow-records";
import type { FollowUpPreview, FollowUpResult } from "../../shared/follow-up-wire";
import { missingScopes, SEND_MAIL_SCOPE } from "../consent";
import { userLang } from "../locale";
import { shownTitle } from "../say";
import { type FollowUpPerson, loadFollowUp } from "./follow-up-load";

const LOCK_WAIT_MS = 2_000;
const DIALOG_WIDTH = 600;
const DIALOG_HEIGHT = 600;

/** Called from the add-on menu and the sidebar: Envoyer le suivi…. */
export function showFollowUpDialog(): void {
  const lang = userLang();
  const output = HtmlService.createHtmlOutputFromFile("FollowUpDialog")
    .setWidth(DIALOG_WIDTH)
    .setHeight(DIALOG_HEIGHT);
  SpreadsheetApp.getUi().showModalDialog(
    output,
    shownTitle(lang, localize(lang, FOLLOW_MESSAGES.dialogTitle)),
  );
}

/** Called by the suivi dialog when it opens: who gets what, who has no address, who follows nothing. */
export function previewFollowUp(): FollowUpPreview {
  const lang = userLang();
  const load = loadFollowUp(lang);
  if (!load.ok) return { ok: false, lang, message: load.message };
  const { loaded, selection, people, membersSheetName, addedColumn } = load.followUp;
  const consent = missingScopes([SEND_MAIL_SCOPE]);
  const canSend = consent.missing.length === 0;
  return {
    ok: true,
    lang,
    comite: loaded.plan.header.comite,
    sheetName: loaded.sheet.getName(),
    membersSheetName,
    today: loaded.today,
    people: people.map((person) => person.wire),
    noAddress: selection.noAddress,
    optedOut: selection.optedOut,
    nothing: selection.nothing,
    canSend,
    grantUrl: consent.grantUrl,
    quota:
      canSend && people.some((person) => !person.wire.alreadySent) ? MailApp.getRemainingDailyQuota() : null,
    addedColumn,
  };
}

/** The addresses the dialog leaves out, as sent over the wire (anything else is ignored). */
function excludedSet(excluded: unknown): Set<string> {
  const set = new Set<string>();
  if (Array.isArray(excluded)) for (const email of excluded) set.add(String(email).trim().toLowerCase());
  return set;
}

/**
 * Called by the suivi dialog: sends the suivi to everyone the preview lists, but the addresses in
 * `excluded`, and those already sent today with an unchanged list.
 */
export function sendFollowUp(excluded?: string[]): FollowUpResult {
  const lang = userLang();
  const lock = LockService.getDocumentLock();
  if (!lock?.tryLock(LOCK_WAIT_MS))
    return { status: "error", lang, message: localize(lang, FOLLOW_MESSAGES.busy) };
  try {
    return sendLocked(lang, excludedSet(excluded));
  } finally {
    lock.releaseLock();
  }
}

function sendLocked(lang: Lang, excluded: Set<string>): FollowUpResult {
  const load = loadFollowUp(lang);
  if (!load.ok) return { status: "error", lang, message: load.message };
  const { people, loaded } = load.followUp;
  const consent = missingScopes([SEND_MAIL_SCOPE]);
  if (consent.missing.length > 0)
    return {
      status: "declined",
      lang,
      message: localize(lang, FOLLOW_MESSAGES.declined),
      grantUrl: consent.grantUrl,
      people: people.map((person) => person.wire),
    };

  const left = people.filter((person) => excluded.has(person.wire.email));
  const already = people.filter((person) => !excluded.has(person.wire.email) && person.wire.alreadySent);
  const toSend = people.filter((person) => !excluded.has(person.wire.email) && !person.wire.alreadySent);
  const sent: FollowUpPerson[] = [];
  const records: Record<string, string> = {};
  let failure: string | null = null;
  const quota = toSend.length > 0 ? MailApp.getRemainingDailyQuota() : 0;
  for (const person of toSend) {
    if (sent.length >= quota) break;
    try {
      MailApp.sendEmail({
        to: person.wire.email,
        subject: person.mail.subject,
        body: person.mail.text,
        htmlBody: person.mail.html,
        name: person.mail.fromName,
      });
    } catch (error) {
      // Errors from Google's services are not always instances of this realm's Error.
      failure =
        error && typeof error === "object" && "message" in error ? String(error.message) : String(error);
      break;
    }
    sent.push(person);
    records[person.recordKey] = serializeFollowRecord({ day: loaded.today, hash: person.mail.hash });
  }
  // What was sent is recorded even when a later e-mail failed: the next send skips them, not the rest.
  if (sent.length > 0) PropertiesService.getDocumentProperties().setProperties(records);

  const notSent = toSend.slice(sent.length);
  const names = (list: FollowUpPerson[]) => list.map((person) => person.wire.name);
  const one = notSent.length === 1;
  const parts = [
    sent.length === 0
      ? localize(lang, FOLLOW_MESSAGES.sentNone)
      : aboutPeople(
          lang,
          sent.length === 1 ? FOLLOW_MESSAGES.sentOne : FOLLOW_MESSAGES.sentMany,
          names(sent),
        ),
    aboutPeople(lang, FOLLOW_MESSAGES.alreadySent, names(already)),
    aboutPeople(lang, FOLLOW_MESSAGES.excluded, names(left)),
    failure === null
      ? aboutPeople(lang, one ? FOLLOW_MESSAGES.quotaLeftOne : FOLLOW_MESSAGES.quotaLeftMany, names(notSent))
      : aboutPeople(lang, one ? FOLLOW_MESSAGES.failedOne : FOLLOW_MESSAGES.failedMany, names(notSent), {
          reason: failure,
        }),
  ];
  return {
    status: "done",
    lang,
    message: parts.filter(Boolean).join(" "),
    sent: names(sent),
    alreadySent: names(already),
    excluded: names(left),
    left: names(notSent),
  };
}
