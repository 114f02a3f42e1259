/**
 * The sync decision, made once per run from three inputs: the plan rows (with their keys), the saved
 * state, and the add-on's events as listed from its calendar (filtered on our planId, deleted ones
 * included). The result is the list of operations the edge applies, in order, and what to report.
 *
 * - A dated row whose Statut is not Annulé wants one event. No live event → insert (generation 0, or the
 *   next one after an event the add-on deleted, whose id stays taken). Live event with another hash →
 *   patch. Same hash but `updated` moved since our write → someone edited it in Calendar: patch it back
 *   (the sheet is the source of truth). Otherwise nothing.
 * - Its event deleted by a user (our last event id is cancelled or gone) while the row is unchanged →
 *   respected and reported; once the row changes → a new generation id and a fresh event.
 * - Annulé, undated, or gone rows → their event is deleted. Extra live events for one row → deleted.
 * - Events without our planId never reach this module (the listing filters on it), and events are only
 *   ever addressed by the ids found here.
 * - An occurrence of a recurring event that someone moved or cancelled in Calendar is listed as its own
 *   event (`<id>_<date>`, `recurringEventId`) carrying the series' private properties (Calendar API
 *   guides, "Recurring events"): it belongs to its series, is left alone, and counted (movedInCalendar).
 * - A recurring event whose row no longer recurs is replaced (a new event, then the series deleted),
 *   not patched with `recurrence: []`, which Google does not document as clearing a series.
 * - Mass-delete guard: an empty plan that would delete events, or more than half of the live events
 *   deleted at once (and at least MASS_DELETE_MIN of them), needs the user's confirmation; until then
 *   nothing at all is done.
 */

import type { ParsedEcheance } from "../echeance/types";
import type { Localized } from "../i18n";
import type { PlanRow } from "../plan/plan-model";
import { type EventBody, type EventContext, eventBodyFor, eventTitle } from "./event-body";
import { eventIdFor } from "./event-id";
import {
  countPastInserts,
  isPastDone,
  PAST_DONE_REASON,
  PAST_EVENTS_MIN,
  type PastCounts,
} from "./past-events";
import { skipReason } from "./skip-reasons";
import type { RowState, SyncState } from "./sync-state";

export { SKIP_REASONS } from "./skip-reasons";

/** Fewer deletions than this never ask for confirmation (deleting one or two actions is ordinary). */
export const MASS_DELETE_MIN = 3;

/** The fields of a listed event the planner reads. */
export interface ListedEvent {
  id: string;
  status?: string;
  updated?: string;
  summary?: string;
  recurrence?: string[];
  /** Set on an occurrence of a series listed on its own (moved or cancelled in Calendar). */
  recurringEventId?: string;
  extendedProperties?: { private?: Record<string, string> };
}

export type DeleteReason = "gone" | "undated" | "cancelled" | "duplicate" | "pastDone";

export type SyncOperation =
  | {
      kind: "insert";
      rowKey: string;
      row: number;
      title: string;
      eventId: string;
      generation: number;
      body: EventBody;
      /** The recurring event this one replaces (deleted once the insert succeeded). */
      replaces?: string;
    }
  | {
      kind: "patch";
      rowKey: string;
      row: number;
      title: string;
      eventId: string;
      generation: number;
      body: EventBody;
      reason: "changed" | "restored";
    }
  | {
      kind: "delete";
      rowKey: string;
      row: number | null;
      title: string;
      eventId: string;
      generation: number;
      reason: DeleteReason;
    };

export interface SkippedRow {
  row: number;
  title: string;
  reason: Localized;
}

export interface SyncPlanInput {
  rows: PlanRow[];
  /** The Échéancier as understood, by sheet row (for the reasons of skipped rows). */
  parsed?: Map<number, ParsedEcheance>;
  context: EventContext;
  state: SyncState;
  events: ListedEvent[];
  confirmDeletes: boolean;
  /** Today in the spreadsheet's time zone (what "past" means). */
  today?: string;
  /** The plan's setting: Terminé actions whose Échéance is past stay out of the calendar. */
  skipPastDone?: boolean;
  /** The committee has not chosen yet: a first sync with many past events asks (guard "past"). */
  askAboutPast?: boolean;
}

export interface SyncGuard {
  reason: "empty" | "mass" | "past";
  deletions: number;
  existing: number;
}

export interface SyncPlan {
  operations: SyncOperation[];
  /** The state to keep for rows that need no operation (pending operations keep their old entry). */
  baseRows: Record<string, RowState>;
  unchanged: number;
  skipped: SkippedRow[];
  userDeleted: Array<{ row: number; title: string }>;
  /** Set when the plan would delete too much: nothing is to be done until the user confirms. */
  guard: SyncGuard | null;
  /** The events to create that lie in the past. */
  past: PastCounts;
  /** Occurrences of the plan's recurring events moved or cancelled in Calendar (left alone). */
  movedInCalendar: number;
}

function updatedMs(event: ListedEvent): number | null {
  const ms = event.updated ? Date.parse(event.updated) : Number.NaN;
  return Number.isNaN(ms) ? null : ms;
}

export function planSync(input: SyncPlanInput): SyncPlan {
  const { context, state } = input;
  const planId = context.planId;
  const operations: SyncOperation[] = [];
  const baseRows: Record<string, RowState> = {};
  const skipped: SkippedRow[] = [];
  const userDeleted: Array<{ row: number; title: string }> = [];
  let unchanged = 0;

  const byId = new Map<string, ListedEvent>();
  const liveByKey = new Map<string, ListedEvent[]>();
  const occurrences: ListedEvent[] = [];
  for (const event of input.events) {
    if (event.recurringEventId) {
      occurrences.push(event);
      continue;
    }
    const props = event.extendedProperties?.private;
    if (!props || props.planId !== planId) continue;
    byId.set(event.id, event);
    if (event.status === "cancelled" || !props.rowKey) continue;
    const list = liveByKey.get(props.rowKey) ?? [];
    list.push(event);
    liveByKey.set(props.rowKey, list);
  }
  const isLive = (id: string | null) => id !== null && byId.get(id)?.status !== "cancelled" && byId.has(id);

  const generationAfter = (key: string, previous: RowState | undefined): number => {
    // Skip every id already taken: ours (state), and any found in the listing.
    let generation = previous ? previous.generation + 1 : 0;
    while (byId.has(eventIdFor(planId, key, generation))) generation++;
    return generation;
  };

  const deleteEvent = (
    key: string,
    row: number | null,
    title: string,
    event: ListedEvent,
    reason: DeleteReason,
  ) => {
    operations.push({
      kind: "delete",
      rowKey: key,
      row,
      title: event.summary || title,
      eventId: event.id,
      generation: state.rows[key]?.generation ?? 0,
      reason,
    });
  };

  const seen = new Set<string>();
  for (const row of input.rows) {
    const key = row.key;
    seen.add(key);
    const previous = state.rows[key];
    const title = eventTitle(row, context.lang, context.title);
    const live = liveByKey.get(key) ?? [];
    const current = live.find((event) => event.id === previous?.eventId) ?? live[0];
    for (const extra of live) if (extra !== current) deleteEvent(key, row.row, title, extra, "duplicate");

    const leftOut = input.skipPastDone === true && isPastDone(row, input.today);
    const body = row.status === "annule" || leftOut ? null : eventBodyFor(row, key, context);
    if (!body) {
      const reason = leftOut ? PAST_DONE_REASON : skipReason(row, input.parsed?.get(row.row));
      skipped.push({ row: row.row, title, reason });
      if (current)
        deleteEvent(
          key,
          row.row,
          title,
          current,
          row.status === "annule" ? "cancelled" : leftOut ? "pastDone" : "undated",
        );
      else
        baseRows[key] = {
          eventId: null,
          generation: previous?.generation ?? 0,
          hash: "",
          updated: null,
        };
      continue;
    }
    const hash = body.extendedProperties.private.hash;
    if (current) {
      const generation = previous?.generation ?? 0;
      const edited =
        previous !== undefined &&
        previous.eventId === current.id &&
        previous.updated !== null &&
        updatedMs(current) !== previous.updated;
      if (current.recurrence?.length && !body.recurrence) {
        // A series that became one event: replaced, not patched with `recurrence: []` (undocumented).
        const next = generationAfter(key, previous);
        operations.push({
          kind: "insert",
          rowKey: key,
          row: row.row,
          title,
          eventId: eventIdFor(planId, key, next),
          generation: next,
          body: { ...body, id: eventIdFor(planId, key, next) },
          replaces: current.id,
        });
      } else if (current.extendedProperties?.private?.hash !== hash || edited) {
        operations.push({
          kind: "patch",
          rowKey: key,
          row: row.row,
          title,
          eventId: current.id,
          generation,
          body,
          reason: edited && current.extendedProperties?.private?.hash === hash ? "restored" : "changed",
        });
      } else {
        unchanged++;
        baseRows[key] = {
          eventId: current.id,
          generation,
          hash,
          updated: previous?.eventId === current.id ? previous.updated : updatedMs(current),
        };
      }
      continue;
    }
    if (previous && previous.eventId !== null && !isLive(previous.eventId) && previous.hash === hash) {
      userDeleted.push({ row: row.row, title });
      baseRows[key] = previous;
      continue;
    }
    const generation = generationAfter(key, previous);
    operations.push({
      kind: "insert",
      rowKey: key,
      row: row.row,
      title,
      eventId: eventIdFor(planId, key, generation),
      generation,
      body: { ...body, id: eventIdFor(planId, key, generation) },
    });
  }

  for (const [key, events] of liveByKey) {
    if (seen.has(key)) continue;
    for (const event of events) deleteEvent(key, null, event.summary ?? "", event, "gone");
  }
  for (const key of Object.keys(state.rows)) {
    if (!seen.has(key) && liveByKey.has(key)) baseRows[key] = state.rows[key];
  }

  let existing = 0;
  for (const events of liveByKey.values()) existing += events.length;
  const deletions = operations.filter((op) => op.kind === "delete" && op.reason !== "duplicate").length;
  let guard: SyncGuard | null = null;
  if (!input.confirmDeletes && deletions > 0) {
    if (input.rows.length === 0) guard = { reason: "empty", deletions, existing };
    else if (deletions >= MASS_DELETE_MIN && deletions * 2 > existing)
      guard = { reason: "mass", deletions, existing };
  }
  const status = new Map(input.rows.map((row) => [row.key, row.status]));
  const past = countPastInserts(
    operations.flatMap((op) =>
      op.kind === "insert" ? [{ body: op.body, status: status.get(op.rowKey) }] : [],
    ),
    input.today,
  );
  // An old plan's first sync (no event of ours yet) with many events in the past: ask first.
  if (!guard && input.askAboutPast && existing === 0 && past.count >= PAST_EVENTS_MIN)
    guard = { reason: "past", deletions: 0, existing: 0 };

  // Moved or cancelled occurrences of a series still in the calendar (ours: its id is among the listed).
  const movedInCalendar = occurrences.filter((event) => isLive(event.recurringEventId ?? null)).length;
  return {
    operations: guard ? [] : operations,
    baseRows,
    unchanged,
    skipped,
    userDeleted,
    guard,
    past,
    movedInCalendar,
  };
}

/** The state entry of an operation's row once the operation succeeded; undefined = leave as is, null = drop. */
export function rowStateAfter(
  op: SyncOperation,
  result: { updated?: string } | null,
): RowState | null | undefined {
  if (op.kind === "delete") {
    if (op.reason === "duplicate") return undefined;
    if (op.reason === "gone") return null;
    return { eventId: null, generation: op.generation, hash: "", updated: null };
  }
  const ms = result?.updated ? Date.parse(result.updated) : Number.NaN;
  return {
    eventId: op.eventId,
    generation: op.generation,
    hash: op.body.extendedProperties.private.hash,
    updated: Number.isNaN(ms) ? null : ms,
  };
}
