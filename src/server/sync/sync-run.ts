/**
 * One sync run (or preview) under the document lock and a time budget counted from the start of the
 * execution: load the plan, give new rows their key (one batch write), find the plan's calendar and list
 * the add-on's events (calendar-resolve.ts: a 404 is confirmed, a lost calendar is replaced only by its
 * creator after a yes, a member who cannot reach it is told who owns it), let the core plan the
 * operations, then apply them in order until done, out of time, or stopped by an error — saving the state
 * after every SAVE_EVERY writes and before returning, so the next run resumes without doing anything
 * twice. A 404 on a patch or a delete is confirmed with Events.get before it is taken for a person's
 * deletion: an event still there is left for the next sync ("retryLater", said as such). All decisions
 * are the core's (core/sync/*).
 */
import { type Lang, localize } from "../../core/i18n";
import { failureReasonOf, messageOf } from "../../core/sync/calendar-errors";
import { copyCalendarName } from "../../core/sync/copy-identity";
import { eventIdFor } from "../../core/sync/event-id";
import { PAST_EVENTS_MIN } from "../../core/sync/past-events";
import { type ListedEvent, planSync, rowStateAfter, type SyncOperation } from "../../core/sync/plan-sync";
import { assignRowKeys, keepsSyncedKey } from "../../core/sync/row-keys";
import {
  addToTotals,
  calendarName,
  emptyReport,
  FAILURE_REASONS,
  namingPlanSheet,
  operationItem,
  reportItem,
  SYNC_MESSAGES,
  skippedItems,
  summarize,
} from "../../core/sync/sync-report";
import { emptyState, type SyncState } from "../../core/sync/sync-state";
import { columnLabel, DEFAULT_TEMPLATE } from "../../core/template";
import type { SyncReport, SyncStepOptions } from "../../shared/sync-wire";
import { loadEventSettings, storeEventSettings } from "../event-settings";
import { planOf, readSheetMetadata } from "../plan-marker";
import { type LoadedPlan, loadPlan } from "../plan-sheet";
import { withRefusedDates } from "../refused-writes";
import {
  CalendarCallError,
  type Deadline,
  eventIsLive,
  getEvent,
  insertEvent,
  patchEvent,
  removeEvent,
} from "./calendar-client";
import { resolveCalendar } from "./calendar-resolve";
import { previousPlansKey, removePreviousPlansEvents } from "./calendar-reuse";
import { writeRowKeys } from "./row-key-writer";
import { loadState, saveState } from "./state-store";

/** Default budget: 4.5 of Apps Script's 6 minutes, leaving room to save and answer. */
export const DEFAULT_BUDGET_MS = 270_000;
const MIN_BUDGET_MS = 5_000;
/** How long to wait for the document lock before saying another sync is running. */
export const LOCK_WAIT_MS = 2_000;
/** Save the state after this many writes (and always before returning). */
export const SAVE_EVERY = 25;
/** Fresh ids tried when an insert finds its id taken by a deleted or foreign event. */
const MAX_ID_BUMPS = 5;

export interface RunOutcome {
  report: SyncReport;
  done: number;
  total: number;
  finished: boolean;
}

function budgetOf(options: SyncStepOptions): number {
  const asked = Number(options.budgetMs);
  if (!Number.isFinite(asked) || asked <= 0) return DEFAULT_BUDGET_MS;
  return Math.min(Math.max(asked, MIN_BUDGET_MS), DEFAULT_BUDGET_MS);
}

function stopped(report: SyncReport): RunOutcome {
  return { report, done: 0, total: 0, finished: true };
}

/**
 * Called by the menu handlers and syncStep. `preview` plans without writing anything. `lang` is the
 * user's language, read once per execution by the caller. `startedAt` is when the execution began: Apps
 * Script's 6 minutes count from there, a dialog left open included, so the budget does too.
 */
export function runSync(
  options: SyncStepOptions,
  mode: "apply" | "preview",
  lang: Lang,
  startedAt: number = Date.now(),
): RunOutcome {
  const deadline: Deadline = { at: startedAt + budgetOf(options) };
  if (mode === "preview") return runLocked(options, mode, deadline, lang);
  const lock = LockService.getDocumentLock();
  if (!lock?.tryLock(LOCK_WAIT_MS)) return stopped(emptyReport("busy", localize(lang, SYNC_MESSAGES.busy)));
  try {
    return runLocked(options, mode, deadline, lang);
  } finally {
    lock.releaseLock();
  }
}

function runLocked(
  options: SyncStepOptions,
  mode: "apply" | "preview",
  deadline: Deadline,
  lang: Lang,
): RunOutcome {
  const load = loadPlan(lang);
  if (!load.ok) return stopped(emptyReport("error", load.message));
  const outcome = syncLoaded(load.loaded, options, mode, deadline, lang);
  // Which plan was synced, when it is not the usual plan sheet (as validation's toast says it).
  outcome.report.message = namingPlanSheet(outcome.report.message, load.loaded.sheet.getName(), lang);
  outcome.report.message = withRefusedDates(outcome.report.message, load.loaded, lang);
  return outcome;
}

function syncLoaded(
  loaded: LoadedPlan,
  options: SyncStepOptions,
  mode: "apply" | "preview",
  deadline: Deadline,
  lang: Lang,
): RunOutcome {
  const plan = loaded.plan;
  if (plan.missingColumns.length) {
    const columns = plan.missingColumns.map((key) => columnLabel(DEFAULT_TEMPLATE, key, lang)).join(", ");
    return stopped(emptyReport("error", localize(lang, SYNC_MESSAGES.missingColumns, { columns })));
  }
  const keyColumn = plan.columns.cle;
  if (!keyColumn) return stopped(emptyReport("error", localize(lang, SYNC_MESSAGES.missingKeyColumn)));
  const actionColumn = plan.columns.moyens ?? 1;
  const metadata = readSheetMetadata(loaded.sheet);
  const spreadsheetId = loaded.spreadsheet.getId();
  const { planId, origin } = planOf(loaded.sheet, metadata, spreadsheetId);

  const stored = loadState(planId);
  let chunks = stored.chunks;
  let state: SyncState = stored.state ?? emptyState(planId, lang);
  const settings = loadEventSettings(planId, spreadsheetId);
  // The older way to ask for spans (a syncStep option) sets the plan's setting, as the sidebar does.
  if (typeof options.spanDates === "boolean" && (settings.span === "period") !== options.spanDates) {
    settings.span = options.spanDates ? "period" : "echeance";
    if (mode === "apply") storeEventSettings(planId, settings, spreadsheetId);
  }
  // The committee's answer about past Terminé actions (old plans) becomes the plan's setting.
  if (typeof options.skipPastDone === "boolean" && settings.skipPastDone !== options.skipPastDone) {
    settings.skipPastDone = options.skipPastDone;
    if (mode === "apply") storeEventSettings(planId, settings, spreadsheetId);
  }
  state.spanDates = settings.span === "period";
  const context = {
    planId,
    spreadsheetId,
    sheetId: loaded.sheet.getSheetId(),
    lang: state.lang,
    spanDates: state.spanDates,
    timeZone: loaded.timeZone,
    title: settings.title,
    period:
      plan.header.periodStart && plan.header.periodEnd
        ? { start: plan.header.periodStart, end: plan.header.periodEnd }
        : null,
  };

  // Row keys: new rows and copied rows get a fresh key, written in one batch before any event exists.
  const assignment = assignRowKeys(plan.rows, Utilities.getUuid(), (row) =>
    keepsSyncedKey(row, state, context),
  );
  for (const row of plan.rows) row.key = assignment.keys.get(row.row) ?? row.key;
  // A row whose new key a protection refused gets no event now: keyed in memory only, it would get a
  // second one once its key is written. The result names the cells (refused-writes.ts).
  let unkeyed = new Set<number>();
  if (mode === "apply") {
    const refused = writeRowKeys(loaded.sheet, loaded.values, keyColumn, assignment.writes);
    unkeyed = refused.rows;
    loaded.refusedKeys.push(...refused.cells);
  }

  // A copy's own calendar is told apart from the original's (core/sync/copy-identity.ts).
  const name = origin?.calendarId
    ? copyCalendarName(calendarName(plan.header.comite, state.lang), origin, {
        workbook: loaded.spreadsheet.getName(),
        sheet: loaded.sheet.getName(),
      })
    : calendarName(plan.header.comite, state.lang);
  const report = emptyReport(mode === "preview" ? "preview" : "done", "");
  report.calendarName = name;
  const save = () => {
    if (mode === "apply") chunks = saveState(state, chunks);
  };

  const resolved = resolveCalendar({
    planId,
    spreadsheetId,
    origin,
    sheet: loaded.sheet,
    metadata,
    documentProperties: stored.properties,
    stateCalendarId: state.calendarId,
    mode,
    confirmNewCalendar: options.confirmNewCalendar === true,
    name,
    timeZone: loaded.timeZone,
    lang,
    deadline,
  });
  if (resolved.kind === "failed")
    return finish(report, state, 0, 0, resolved.error, null, lang, save, actionColumn);
  if (resolved.kind === "stop") {
    const stop = emptyReport(resolved.status, resolved.message);
    stop.calendarName = name;
    stop.calendarOwner = resolved.owner;
    if (resolved.copy) stop.copyOfSyncedPlan = true;
    return stopped(stop);
  }
  report.calendarOwner = resolved.owner;
  // Rows synced to another calendar (a replaced one, or a record that moved) start afresh.
  if (resolved.replaced || (state.calendarId && state.calendarId !== resolved.calendarId)) {
    state = { ...emptyState(planId, state.lang), spanDates: state.spanDates };
    report.calendarRecreated = resolved.replaced;
  }
  if (mode === "apply" && resolved.calendarId && stored.properties[previousPlansKey(planId)]) {
    try {
      for (const event of removePreviousPlansEvents(resolved.calendarId, planId, stored.properties, deadline))
        report.deleted.push(reportItem(null, actionColumn, event.summary ?? ""));
    } catch (error) {
      return finish(report, state, 0, 0, error, null, lang, save, actionColumn);
    }
  }
  const events: ListedEvent[] = resolved.events;
  if (resolved.calendarId && state.calendarId !== resolved.calendarId) {
    state.calendarId = resolved.calendarId;
    try {
      save();
    } catch (error) {
      // The calendar's records are kept elsewhere (calendar-records.ts); finish() says the save failed.
      console.error(`Calendar sync could not save its state: ${messageOf(error)}`);
    }
  }
  report.calendarId = state.calendarId;

  const syncPlan = planSync({
    rows: unkeyed.size ? plan.rows.filter((row) => !unkeyed.has(row.row)) : plan.rows,
    parsed: loaded.parsed,
    context,
    state,
    events,
    confirmDeletes: options.confirmDeletes === true,
    today: loaded.today,
    skipPastDone: settings.skipPastDone === true,
    // A preview lists the past events and says so; only a real first sync stops to ask.
    askAboutPast: mode === "apply" && settings.skipPastDone === null,
  });
  if (syncPlan.past.count >= PAST_EVENTS_MIN) report.past = syncPlan.past;
  report.unchanged = syncPlan.unchanged;
  report.skipped = skippedItems(syncPlan.skipped, actionColumn, lang);
  report.userDeleted = syncPlan.userDeleted.map((u) => reportItem(u.row, actionColumn, u.title));
  report.movedInCalendar = syncPlan.movedInCalendar;
  if (syncPlan.guard) {
    report.status = "needsConfirmation";
    report.deletions = syncPlan.guard.deletions;
    report.existing = syncPlan.guard.existing;
    report.message = summarize(report, lang);
    save();
    return { report, done: 0, total: syncPlan.guard.deletions, finished: true };
  }
  const operations = syncPlan.operations;
  if (mode === "preview") {
    for (const op of operations) report[reportListOf(op)].push(operationItem(op, actionColumn));
    report.message = summarize(report, lang);
    return { report, done: 0, total: operations.length, finished: true };
  }

  // Pending operations keep their row's previous state until they succeed.
  const rows = { ...syncPlan.baseRows };
  for (const op of operations)
    if (!(op.rowKey in rows) && state.rows[op.rowKey]) rows[op.rowKey] = state.rows[op.rowKey];
  state.rows = rows;
  const doneBefore = state.progressDone ?? 0;
  let applied = 0;
  let failure: unknown = null;
  let failedOp: SyncOperation | null = null;
  for (const op of operations) {
    try {
      const outcome = applyOperation(op, state.calendarId!, planId, deadline);
      if (outcome === "vanished") {
        report.userDeleted.push(operationItem(op, actionColumn));
      } else if (outcome === "retryLater") {
        // The row keeps its previous state, so the next sync plans the same operation again.
        report.retryLater.push(operationItem(op, actionColumn));
      } else {
        const after = rowStateAfter(op, outcome);
        if (after === null) delete state.rows[op.rowKey];
        else if (after) state.rows[op.rowKey] = after;
        const list = reportListOf(op);
        report[list].push(operationItem(op, actionColumn));
        state.totals = addToTotals(
          state.totals,
          list === "created" ? "insert" : list === "updated" ? "patch" : "delete",
        );
      }
      applied++;
      state.progressDone = doneBefore + applied;
      if (applied % SAVE_EVERY === 0) save();
    } catch (error) {
      failure = error;
      failedOp = op;
      break;
    }
  }
  return finish(
    report,
    state,
    doneBefore + applied,
    operations.length - applied,
    failure,
    failedOp,
    lang,
    save,
    actionColumn,
  );
}

/** Which list of the report an operation goes to: a series replaced by one event is an update. */
function reportListOf(op: SyncOperation): "created" | "updated" | "deleted" {
  if (op.kind === "insert") return op.replaces ? "updated" : "created";
  return op.kind === "patch" ? "updated" : "deleted";
}

/**
 * Applies one operation: "vanished" when the event to patch was deleted in Calendar meanwhile (a 410, or
 * a 404 that Events.get confirms), "retryLater" when Google answered 404 for an event Events.get still
 * finds (a one-off answer: the next sync does it).
 */
function applyOperation(
  op: SyncOperation,
  calendarId: string,
  planId: string,
  deadline: Deadline,
): ListedEvent | null | "vanished" | "retryLater" {
  if (op.kind === "delete") {
    if (removeEvent(calendarId, op.eventId, deadline) === "removed") return null;
    return eventIsLive(calendarId, op.eventId, deadline) ? "retryLater" : null;
  }
  if (op.kind === "patch") {
    try {
      return patchEvent(calendarId, op.eventId, op.body, deadline);
    } catch (error) {
      if (error instanceof CalendarCallError && error.kind === "gone") return "vanished";
      if (error instanceof CalendarCallError && error.kind === "notFound")
        return eventIsLive(calendarId, op.eventId, deadline) ? "retryLater" : "vanished";
      throw error;
    }
  }
  const inserted = insertOnce(op, calendarId, planId, deadline);
  // A series that became one event: the new event is in place, the series (and its moved occurrences,
  // which Google deletes with it) goes. Already gone counts as done.
  if (op.replaces) removeEvent(calendarId, op.replaces, deadline);
  return inserted;
}

/** Inserts the operation's event, reconciling an id already taken (see below). */
function insertOnce(
  op: Extract<SyncOperation, { kind: "insert" }>,
  calendarId: string,
  planId: string,
  deadline: Deadline,
): ListedEvent {
  for (let bump = 0; ; bump++) {
    try {
      return insertEvent(calendarId, op.body, deadline);
    } catch (error) {
      if (!(error instanceof CalendarCallError) || error.kind !== "duplicate") throw error;
    }
    // 409: the id is taken. Our own live event (an earlier insert whose answer was lost) is reconciled;
    // a deleted or foreign one means this id is burnt, so the next generation is tried.
    const existing = getEvent(calendarId, op.eventId, deadline);
    const props = existing.extendedProperties?.private;
    if (existing.status !== "cancelled" && props?.planId === planId && props.rowKey === op.rowKey) {
      if (props.hash === op.body.extendedProperties.private.hash) return existing;
      return patchEvent(calendarId, op.eventId, op.body, deadline);
    }
    if (bump >= MAX_ID_BUMPS) throw new CalendarCallError("fatal", new Error("No free event id."));
    op.generation++;
    op.eventId = eventIdFor(planId, op.rowKey, op.generation);
    op.body = { ...op.body, id: op.eventId };
  }
}

function finish(
  report: SyncReport,
  state: SyncState,
  done: number,
  remaining: number,
  failure: unknown,
  failedOp: SyncOperation | null,
  lang: Lang,
  save: () => void,
  actionColumn: number,
): RunOutcome {
  let overloaded = false;
  report.remaining = remaining;
  if (failure === null) {
    report.status = "done";
  } else if (
    failure instanceof CalendarCallError &&
    (failure.kind === "budget" || failure.kind === "overloaded")
  ) {
    report.status = "unfinished";
    overloaded = failure.kind === "overloaded";
  } else {
    report.status = "failed";
    const calendarCall = failure instanceof CalendarCallError;
    const reason = failureReasonOf(calendarCall ? failure.original : failure, {
      calendarCall,
      hasRow: failedOp !== null,
    });
    const detail = localize(lang, FAILURE_REASONS[reason]);
    report.failure = failedOp
      ? reportItem(failedOp.row, actionColumn, failedOp.title, detail)
      : reportItem(null, actionColumn, "", detail);
    // The technical text is for the execution log only: users get the reason above. `details` is the
    // advanced service's error body (its exact shape on Google is unconfirmed: the log shows it).
    const original = calendarCall ? failure.original : failure;
    const details = (original as { details?: unknown } | null)?.details;
    console.error(
      `Calendar sync stopped${failedOp ? ` at row ${failedOp.row} (${failedOp.kind})` : ""}: ${messageOf(failure)}${
        details === undefined ? "" : ` details=${JSON.stringify(details)}`
      }`,
    );
  }
  // The whole sync so far, across the steps it took (the final message counts all of it).
  report.totals = state.totals ? { ...state.totals } : null;
  if (report.status === "done") {
    state.progressDone = null;
    state.totals = null;
  }
  try {
    save();
  } catch (error) {
    // The state could not be saved: the next run rebuilds it from the calendar listing (ids are
    // deterministic and every event carries its row key), so nothing is duplicated.
    console.error(`Calendar sync could not save its state: ${messageOf(error)}`);
    if (report.status === "done") report.status = "failed";
    if (!report.failure)
      report.failure = reportItem(null, actionColumn, "", localize(lang, FAILURE_REASONS.stateNotSaved));
  }
  report.message = summarize(report, lang, overloaded);
  return { report, done, total: done + remaining, finished: report.status !== "unfinished" };
}
