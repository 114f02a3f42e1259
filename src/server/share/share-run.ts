/**
 * One run of "Partager l'agenda avec le comité": find the plan's calendar, check that this person may
 * share it (its owner) and granted calendar.acls (otherwise the manual way: the calendar's settings link
 * and the addresses to copy), read the Membres sheet's addresses (one batch), list the calendar's ACL,
 * let the core decide the rules to add and remove (src/core/share/share-plan.ts) — asking first when that
 * would remove more than half of the accesses it gave — apply them under the document lock (null outside
 * a document: said busy, as the other entry points do) within a time budget, check that each address
 * added got its rule (an address without a Google account gets none), keep the record of the rules the
 * add-on added, and report. Google's quota and rate limits stop the run; they are not a refusal of the
 * person.
 */
import type { Lang } from "../../core/i18n";
import { readMemberEmails } from "../../core/share/member-emails";
import { refusalReasonOf } from "../../core/share/share-errors";
import { settingsUrl, subscribeUrl } from "../../core/share/share-links";
import { nextRecord, planSharing, removesMostAccesses } from "../../core/share/share-plan";
import {
  confirmRemovalsReport,
  manualShareReport,
  SHARE_MESSAGES,
  type ShareOutcome,
  shareReport,
  shareStop,
} from "../../core/share/share-report";
import type { ShareOptions, ShareReport } from "../../shared/share-wire";
import { CALENDAR_ACLS_SCOPE, missingScopes } from "../consent";
import { membersSheet } from "../members";
import { type LoadedPlan, loadPlan } from "../plan-sheet";
import { withRefusedDates } from "../refused-writes";
import { CalendarCallError, type Deadline } from "../sync/calendar-client";
import { currentEmail } from "../sync/calendar-records";
import { DEFAULT_BUDGET_MS, LOCK_WAIT_MS } from "../sync/sync-run";
import { addReader, listRules, removeRule, withoutRule } from "./acl-client";
import { type PlanCalendar, planCalendar, rememberOwner } from "./plan-calendar";
import { loadRecord, saveRecord } from "./share-record";

const m = SHARE_MESSAGES;

function notOwner(lang: Lang, calendar: PlanCalendar): ShareReport {
  return calendar.ownerEmail
    ? shareStop(lang, "notOwner", m.notOwner, { name: calendar.name, owner: calendar.ownerEmail })
    : shareStop(lang, "notOwner", m.notOwnerUnknown, { name: calendar.name });
}

export function runShare(lang: Lang, options: ShareOptions = {}): ShareReport {
  const load = loadPlan(lang);
  if (!load.ok) return { kind: "noCalendar", summary: load.message, sections: [] };
  const report = shareLoaded(load.loaded, lang, options);
  return { ...report, summary: withRefusedDates(report.summary, load.loaded, lang) };
}

function shareLoaded(loaded: LoadedPlan, lang: Lang, options: ShareOptions): ShareReport {
  const load = { loaded };
  const calendar = planCalendar(load.loaded);
  if (!calendar) return shareStop(lang, "noCalendar", m.noCalendar);
  const me = currentEmail().toLowerCase();
  if (calendar.ownerEmail && me && calendar.ownerEmail.toLowerCase() !== me) return notOwner(lang, calendar);

  const sheet = membersSheet(load.loaded.spreadsheet);
  if (!sheet) return shareStop(lang, "noMembers", m.noMembersSheet);
  const sheetName = sheet.getName();
  const read = readMemberEmails(sheet.getDataRange().getValues());
  if (!read.ok) return shareStop(lang, "noMembers", m.noEmailColumn, { sheet: sheetName });
  const base64Id = Utilities.base64Encode(calendar.id);

  const consent = missingScopes([CALENDAR_ACLS_SCOPE]);
  if (consent.missing.length) {
    return manualShareReport(lang, {
      calendarName: calendar.name,
      membersSheet: sheetName,
      emails: read.emails.map((e) => e.email),
      invalid: read.invalid,
      settingsUrl: settingsUrl(base64Id),
      grantUrl: consent.grantUrl,
    });
  }

  const record = loadRecord(calendar.id);
  if (read.emails.length === 0 && record.length === 0 && read.invalid.length === 0)
    return shareStop(lang, "noMembers", m.noEmails, { sheet: sheetName });

  const lock = LockService.getDocumentLock();
  if (!lock?.tryLock(LOCK_WAIT_MS)) return shareStop(lang, "busy", m.busy);
  try {
    const deadline: Deadline = { at: Date.now() + DEFAULT_BUDGET_MS };
    let rules: ReturnType<typeof listRules>;
    try {
      rules = listRules(calendar.id, deadline);
    } catch (error) {
      const original = error instanceof CalendarCallError ? error.original : error;
      // Only the owner reaches a calendar's ACL: anyone else is answered as for a missing calendar.
      if (refusalReasonOf(original) === "calendarGone") {
        if (calendar.ownerEmail?.toLowerCase() !== me) return notOwner(lang, calendar);
        // The owner's own calendar answers 404: the sync confirms the loss and offers a new one.
        return shareStop(lang, "noCalendar", m.calendarGone, { name: calendar.name });
      }
      throw error;
    }
    const ownerRule = rules.find((rule) => rule.role === "owner" && rule.scope.type === "user");
    if (ownerRule?.scope.value) rememberOwner(calendar, ownerRule.scope.value.toLowerCase());
    const plan = planSharing({ members: read.emails, rules, added: record });
    // Removing most of what it gave (an emptied or moved Courriel column?) waits for a yes.
    if (removesMostAccesses(plan, record) && options.confirmRemovals !== true)
      return confirmRemovalsReport(lang, {
        calendarName: calendar.name,
        membersSheet: sheetName,
        toRemove: plan.toRemove.map((rule) => rule.email),
        given: record.length - plan.forgotten.length,
        noEmails: read.emails.length === 0,
      });
    const outcome: ShareOutcome = {
      calendarName: calendar.name,
      membersSheet: sheetName,
      added: [],
      removed: [],
      already: plan.alreadyShared.map((e) => e.email),
      invalid: read.invalid,
      refused: [],
      removeFailed: [],
    };
    try {
      for (const member of plan.toAdd) {
        try {
          addReader(calendar.id, member.email, deadline);
          outcome.added.push(member.email);
        } catch (error) {
          const stop = stopOf(error);
          if (stop) {
            outcome.stopped = stop;
            break;
          }
          const original = error instanceof CalendarCallError ? error.original : error;
          console.error(`share: Acl.insert ${member.email}: ${describe(original)}`);
          outcome.refused.push({ email: member.email, cell: member.cell, reason: refusalReasonOf(original) });
        }
      }
      if (outcome.added.length && !outcome.stopped) {
        try {
          noAccountAmongAdded(calendar.id, plan.toAdd, outcome, deadline);
        } catch (error) {
          const stop = stopOf(error);
          if (!stop) throw error;
          outcome.stopped = stop;
        }
      }
      for (const rule of outcome.stopped ? [] : plan.toRemove) {
        try {
          removeRule(calendar.id, rule.ruleId, deadline);
          outcome.removed.push(rule.email);
        } catch (error) {
          const original = error instanceof CalendarCallError ? error.original : error;
          if (refusalReasonOf(original) === "calendarGone") {
            outcome.removed.push(rule.email); // already removed by hand: nothing left to do
            continue;
          }
          const stop = stopOf(error);
          if (stop) {
            outcome.stopped = stop;
            break;
          }
          console.error(`share: Acl.remove ${rule.ruleId}: ${describe(original)}`);
          outcome.removeFailed.push(rule.email);
        }
      }
    } finally {
      saveRecord(calendar.id, nextRecord(record, plan, outcome));
    }
    return { ...shareReport(lang, outcome), subscribeUrl: subscribeUrl(base64Id) };
  } finally {
    lock.releaseLock();
  }
}

/** The added addresses that got no rule (no Google account) move from added to refused, said as such. */
function noAccountAmongAdded(
  calendarId: string,
  members: ReadonlyArray<{ email: string; cell?: string }>,
  outcome: ShareOutcome,
  deadline: Deadline,
): void {
  const missing = new Set(withoutRule(calendarId, outcome.added, deadline));
  if (missing.size === 0) return;
  outcome.added = outcome.added.filter((email) => !missing.has(email));
  for (const member of members)
    if (missing.has(member.email))
      outcome.refused.push({ email: member.email, cell: member.cell, reason: "noAccount" });
}

/** Errors that stop the whole run rather than one person's rule: Google's limits, a calendar gone. */
function stopOf(error: unknown): ShareOutcome["stopped"] | null {
  if (!(error instanceof CalendarCallError)) return null;
  if (error.kind === "budget" || error.kind === "overloaded") return "overloaded";
  const reason = refusalReasonOf(error.original);
  if (reason === "quota") return "overloaded";
  if (reason === "calendarGone") return "calendarGone";
  return null;
}

/** The error's message and its details, for the execution log (the shape of `details` is unconfirmed). */
function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const details = (error as { details?: unknown } | null)?.details;
  return details === undefined ? message : `${message} ${JSON.stringify(details)}`;
}
