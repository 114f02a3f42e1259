/**
 * The calendar sync's entry points: the menu items "Synchroniser l'agenda" (a run within the budget, then a
 * toast when the counts say it all, or else one dialog that says it all, never both; the mass-delete guard
 * asks first) and
 * "Aperçu de la synchronisation" (what would be created, changed and deleted, nothing done), and
 * `syncStep`, which the sidebar calls repeatedly for a chunked sync with a progress bar. Each first checks
 * that the person granted the calendar scope (consent.ts). The menu asks its Yes/No questions (mass
 * deletion, a calendar that cannot be found) and runs again on a yes, its budget still counted from the
 * start of the execution.
 */

import { type Lang, localize } from "../../core/i18n";
import { COPY_MESSAGES } from "../../core/sync/copy-identity";
import { IDENTITY_MESSAGES } from "../../core/sync/identity-messages";
import {
  emptyReport,
  FAILURE_REASONS,
  reportDetails,
  SYNC_MESSAGES,
  summarize,
} from "../../core/sync/sync-report";
import type { SyncProgress, SyncReport, SyncStepOptions } from "../../shared/sync-wire";
import { declinedScopeText } from "../entry-guard";
import { userLang } from "../locale";
import { alertUser, toastUser } from "../say";
import { missingCalendarConsent, requireCalendarConsent } from "./consent";
import { type RunOutcome, runSync } from "./sync-run";

/** Only the known options, as plain values (the wire may bring anything). */
function cleanOptions(options: unknown): SyncStepOptions {
  const raw = (options && typeof options === "object" ? options : {}) as Record<string, unknown>;
  const clean: SyncStepOptions = {};
  if (raw.confirmDeletes === true) clean.confirmDeletes = true;
  if (raw.confirmNewCalendar === true) clean.confirmNewCalendar = true;
  if (typeof raw.spanDates === "boolean") clean.spanDates = raw.spanDates;
  if (typeof raw.skipPastDone === "boolean") clean.skipPastDone = raw.skipPastDone;
  if (typeof raw.budgetMs === "number" && Number.isFinite(raw.budgetMs)) clean.budgetMs = raw.budgetMs;
  return clean;
}

/** Any unexpected error becomes a report naming it, so the user always gets an answer. */
function guarded(run: () => RunOutcome, lang: Lang): RunOutcome {
  try {
    return run();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const report = emptyReport("failed", "");
    // A declined spreadsheet or Ui scope is said as such (entry-guard.ts), not as an unexpected error.
    const detail = declinedScopeText(lang) ?? localize(lang, FAILURE_REASONS.unexpected);
    report.failure = { row: null, cell: null, title: "", detail };
    // The technical message goes to the execution log, not to the user.
    console.error(`syncCalendar: ${message}`);
    report.message = summarize(report, lang);
    return { report, done: 0, total: 0, finished: true };
  }
}

/** True when the result needs a dialog: more to say than one line. An unfinished step is one line (click
 * again); its lists come with the last step. */
function hasDetails(report: SyncReport): boolean {
  if (report.status === "unfinished") return false;
  return (
    report.status !== "done" ||
    report.calendarRecreated ||
    report.created.length + report.updated.length + report.deleted.length > 0 ||
    report.skipped.length + report.userDeleted.length > 0
  );
}

function show(report: SyncReport, titleText: { fr: string; en: string }, lang: Lang): void {
  const title = localize(lang, titleText);
  const ui = SpreadsheetApp.getUi();
  // Once: a toast when the counts say it all, a dialog (which starts with the same line) when there is more.
  if (hasDetails(report)) alertUser(ui, lang, title, reportDetails(report, lang), ui.ButtonSet.OK);
  else toastUser(SpreadsheetApp.getActiveSpreadsheet(), lang, report.message, title, 10);
}

/**
 * An old plan's first sync: many events in the past. With past Terminé actions: Oui puts everything in,
 * Non leaves them out (the plan's setting, changeable in the sidebar); otherwise Oui goes ahead. null =
 * do nothing for now.
 */
function askAboutPast(report: SyncReport, lang: Lang): boolean | null {
  const ui = SpreadsheetApp.getUi();
  const done = report.past?.done ?? 0;
  const question = localize(
    lang,
    done > 0 ? SYNC_MESSAGES.pastQuestionWithDone : SYNC_MESSAGES.pastQuestion,
    {
      done,
    },
  );
  const answer = alertUser(
    ui,
    lang,
    localize(lang, SYNC_MESSAGES.title),
    `${report.message}\n\n${question}`,
    done > 0 ? ui.ButtonSet.YES_NO_CANCEL : ui.ButtonSet.YES_NO,
  );
  if (answer === ui.Button.YES) return false;
  if (answer === ui.Button.NO && done > 0) return true;
  return null;
}

/** The report of a run stopped because the calendar scope is unticked; `url` is where to grant it. */
function consentReport(url: string, lang: Lang): RunOutcome {
  const report = emptyReport("error", localize(lang, IDENTITY_MESSAGES.calendarScopeMissing));
  report.authorizationUrl = url || null;
  return { report, done: 0, total: 0, finished: true };
}

/** In a menu execution: says what is missing, then lets Google ask for it (this ends the execution). */
function askConsentFromMenu(lang: Lang): boolean {
  if (missingCalendarConsent() === null) return false;
  const ui = SpreadsheetApp.getUi();
  alertUser(
    ui,
    lang,
    localize(lang, SYNC_MESSAGES.title),
    localize(lang, IDENTITY_MESSAGES.calendarScopeMissing),
    ui.ButtonSet.OK,
  );
  requireCalendarConsent();
  return true;
}

/** Called from the add-on menu: Synchroniser l'agenda. */
export function syncCalendar(): void {
  const startedAt = Date.now();
  const lang = userLang();
  if (askConsentFromMenu(lang)) return;
  const options: SyncStepOptions = {};
  let outcome = guarded(() => runSync(options, "apply", lang, startedAt), lang);
  // At most one question of each kind; the lock is released while a question is open (a lock does not
  // survive a Ui.alert), and the run after an answer keeps the execution's budget.
  for (let asked = 0; asked < 3; asked++) {
    const status = outcome.report.status;
    if (status !== "needsConfirmation" && status !== "needsNewCalendar") break;
    if (status === "needsConfirmation" && outcome.report.past && options.skipPastDone === undefined) {
      const skipPastDone = askAboutPast(outcome.report, lang);
      if (skipPastDone === null) {
        toastUser(
          SpreadsheetApp.getActiveSpreadsheet(),
          lang,
          localize(lang, SYNC_MESSAGES.cancelledNothingDone),
        );
        return;
      }
      options.skipPastDone = skipPastDone;
      outcome = guarded(() => runSync(options, "apply", lang, startedAt), lang);
      continue;
    }
    const ui = SpreadsheetApp.getUi();
    const copy = outcome.report.copyOfSyncedPlan === true;
    const question =
      status === "needsConfirmation"
        ? `${outcome.report.message}\n\n${localize(lang, SYNC_MESSAGES.confirmQuestion)}`
        : copy
          ? outcome.report.message
          : localize(lang, IDENTITY_MESSAGES.askNewCalendar, { name: outcome.report.calendarName });
    const answer = alertUser(ui, lang, localize(lang, SYNC_MESSAGES.title), question, ui.ButtonSet.YES_NO);
    if (answer !== ui.Button.YES) {
      const cancelled =
        status === "needsConfirmation"
          ? SYNC_MESSAGES.cancelledByUser
          : copy
            ? COPY_MESSAGES.declined
            : IDENTITY_MESSAGES.noNewCalendar;
      toastUser(SpreadsheetApp.getActiveSpreadsheet(), lang, localize(lang, cancelled));
      return;
    }
    if (status === "needsConfirmation") options.confirmDeletes = true;
    else options.confirmNewCalendar = true;
    outcome = guarded(() => runSync(options, "apply", lang, startedAt), lang);
  }
  show(outcome.report, SYNC_MESSAGES.title, lang);
}

/** Called from the add-on menu: Aperçu de la synchronisation. */
export function previewSync(): void {
  const lang = userLang();
  if (askConsentFromMenu(lang)) return;
  const outcome = guarded(() => runSync({}, "preview", lang), lang);
  const ui = SpreadsheetApp.getUi();
  alertUser(
    ui,
    lang,
    localize(lang, SYNC_MESSAGES.previewTitle),
    reportDetails(outcome.report, lang),
    ui.ButtonSet.OK,
  );
}

/**
 * Called from the sidebar (google.script.run.syncStep): one chunk of the sync within `options.budgetMs`.
 * Call again while `finished` is false; `done / total` drives the progress bar.
 */
export function syncStep(options?: SyncStepOptions): SyncProgress {
  const lang = userLang();
  const url = missingCalendarConsent();
  const outcome =
    url === null
      ? guarded(() => runSync(cleanOptions(options), "apply", lang), lang)
      : consentReport(url, lang);
  return JSON.parse(
    JSON.stringify({
      done: outcome.done,
      total: outcome.total,
      finished: outcome.finished,
      report: outcome.report,
    }),
  ) as SyncProgress;
}

/** Called from the sidebar: the preview as data. */
export function previewSyncData(options?: SyncStepOptions): SyncReport {
  const lang = userLang();
  const url = missingCalendarConsent();
  const outcome =
    url === null
      ? guarded(() => runSync(cleanOptions(options), "preview", lang), lang)
      : consentReport(url, lang);
  return JSON.parse(JSON.stringify(outcome.report)) as SyncReport;
}
