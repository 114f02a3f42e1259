/**
 * Everything the suivi's preview and send start from, read in a number of calls that does not grow with
 * the plan: the plan (loadPlan: one batch), the Membres sheet (one getValues; its « Suivi par courriel »
 * column added when missing), what was last sent (one getProperties), the sender's address, the plan
 * sheet's link and the workbook's language. The core decides who gets what and composes each e-mail.
 */
import { type Lang, langFromLocale, localize } from "../../core/i18n";
import { composeFollowMail, type FollowMail, followWhen } from "../../core/suivi/follow-mail";
import { readFollowMembers } from "../../core/suivi/follow-members";
import { FOLLOW_MESSAGES } from "../../core/suivi/follow-messages";
import { alreadySent, followRecordKey, parseFollowRecord } from "../../core/suivi/follow-records";
import { type FollowItem, type FollowUpSelection, selectFollowUp } from "../../core/suivi/follow-up";
import type { FollowItemWire, FollowUpPersonWire } from "../../shared/follow-up-wire";
import { membersSheet } from "../members";
import { type LoadedPlan, loadPlan } from "../plan-sheet";
import { addFollowColumn } from "./follow-column";

export interface FollowUpPerson {
  wire: FollowUpPersonWire;
  mail: FollowMail;
  recordKey: string;
}

export interface LoadedFollowUp {
  loaded: LoadedPlan;
  membersSheetName: string;
  selection: FollowUpSelection;
  people: FollowUpPerson[];
  addedColumn: boolean;
}

export type FollowUpLoad = { ok: true; followUp: LoadedFollowUp } | { ok: false; message: string };

/** The e-mail address of whoever runs this execution ("" when Google does not say). */
export function senderEmail(): string {
  try {
    return Session.getEffectiveUser().getEmail() || "";
  } catch (_error) {
    return "";
  }
}

export function itemWire(item: FollowItem, lang: Lang, today: string): FollowItemWire {
  return {
    row: item.row,
    action: item.action,
    objectif: item.objectif,
    echeance: item.echeance,
    late: item.late,
    when: followWhen(item, lang, today),
  };
}

export function loadFollowUp(lang: Lang): FollowUpLoad {
  const load = loadPlan(lang);
  if (!load.ok) return { ok: false, message: load.message };
  const { loaded } = load;
  const { spreadsheet, sheet, plan, today } = loaded;
  const members = membersSheet(spreadsheet);
  if (!members) return { ok: false, message: localize(lang, FOLLOW_MESSAGES.noMembers) };
  const values = members.getDataRange().getValues();
  const read = readFollowMembers(values);
  const workbookLang = langFromLocale(spreadsheet.getSpreadsheetLocale());
  let addedColumn = false;
  if (read.followColumn === null && values.length > 0 && read.headerRow > 0) {
    addFollowColumn(members, values[0].length, read.headerRow, workbookLang);
    addedColumn = true;
  }
  const selection = selectFollowUp(plan, read.members, today);
  const sheetId = sheet.getSheetId();
  const records = selection.recipients.length
    ? PropertiesService.getDocumentProperties().getProperties()
    : {};
  const sender = selection.recipients.length ? senderEmail() : "";
  const sheetUrl = selection.recipients.length ? `${spreadsheet.getUrl()}#gid=${sheetId}` : "";
  const sheetName = sheet.getName();
  const membersSheetName = members.getName();
  const people = selection.recipients.map((recipient): FollowUpPerson => {
    const personLang = recipient.member.lang ?? workbookLang;
    const mail = composeFollowMail({
      lang: personLang,
      name: recipient.member.name,
      email: recipient.member.email,
      items: recipient.items,
      comite: plan.header.comite,
      today,
      sheetUrl,
      sheetName,
      membersSheetName,
      sender,
    });
    const recordKey = followRecordKey(sheetId, recipient.member.email);
    const late = recipient.items.filter((item) => item.late).length;
    return {
      mail,
      recordKey,
      wire: {
        email: recipient.member.email,
        name: recipient.member.name,
        lang: personLang,
        late,
        coming: recipient.items.length - late,
        items: recipient.items.map((item) => itemWire(item, personLang, today)),
        alreadySent: alreadySent(parseFollowRecord(records[recordKey]), today, mail.hash),
        subject: mail.subject,
        text: mail.text,
      },
    };
  });
  return {
    ok: true,
    followUp: { loaded, membersSheetName, selection, people, addedColumn },
  };
}
