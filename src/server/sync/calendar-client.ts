/**
 * The only code that calls the Calendar advanced service (`Calendar` global, Calendar API v3, scope
 * calendar.app.created). Every call goes through `attempt`, which retries rate-limit and 5xx errors with
 * truncated exponential backoff and jitter on Utilities.sleep (core/sync/calendar-errors.ts decides what is
 * retryable and how long to wait), never past the run's deadline and at most MAX_RETRIES times; anything
 * else is thrown as a CalendarCallError carrying its kind for the run to decide.
 */
import {
  backoffMs,
  type CalendarErrorKind,
  classifyCalendarError,
  MAX_RETRIES,
  messageOf,
} from "../../core/sync/calendar-errors";
import type { EventBody } from "../../core/sync/event-body";
import type { ListedEvent } from "../../core/sync/plan-sync";

/** The part of the advanced service the sync uses (Apps Script names the delete methods `remove`). */
interface CalendarApi {
  Calendars: {
    insert(resource: { summary: string; timeZone: string; description?: string }): { id: string };
    get(calendarId: string): { id: string; summary?: string; description?: string };
  };
  Events: {
    insert(resource: EventBody, calendarId: string): ListedEvent;
    get(calendarId: string, eventId: string): ListedEvent;
    patch(resource: EventBody, calendarId: string, eventId: string): ListedEvent;
    remove(calendarId: string, eventId: string): void;
    list(
      calendarId: string,
      options: Record<string, string | number | boolean>,
    ): { items?: ListedEvent[]; nextPageToken?: string };
  };
}

/** Page size of events.list: the API's maximum, so a re-sync reads one page per 2,500 events. */
export const LIST_PAGE_SIZE = 2500;

/** A Calendar call that failed for good (after retries), with what kind of failure it was. */
export class CalendarCallError extends Error {
  constructor(
    readonly kind: CalendarErrorKind | "budget" | "overloaded",
    readonly original: unknown,
  ) {
    super(messageOf(original));
  }
}

export interface Deadline {
  /** ms since epoch (virtual in the emulator) after which no new call starts. */
  at: number;
}

function api(): CalendarApi {
  if (typeof Calendar === "undefined" || !Calendar)
    throw new CalendarCallError("fatal", new Error("The Calendar advanced service is not enabled."));
  return Calendar as unknown as CalendarApi;
}

/** Runs `call`, retrying transient errors; throws CalendarCallError. */
export function attempt<T>(call: (calendar: CalendarApi) => T, deadline: Deadline): T {
  for (let retry = 0; ; retry++) {
    if (Date.now() >= deadline.at) throw new CalendarCallError("budget", new Error("Time budget used up."));
    try {
      return call(api());
    } catch (error) {
      if (error instanceof CalendarCallError) throw error;
      const kind = classifyCalendarError(error);
      if (kind !== "retry") throw new CalendarCallError(kind, error);
      if (retry >= MAX_RETRIES) throw new CalendarCallError("overloaded", error);
      const wait = backoffMs(retry, Math.random());
      if (Date.now() + wait >= deadline.at) throw new CalendarCallError("budget", error);
      Utilities.sleep(wait);
    }
  }
}

export function createCalendar(
  name: string,
  timeZone: string,
  description: string,
  deadline: Deadline,
): string {
  return attempt((c) => c.Calendars.insert({ summary: name, timeZone, description }), deadline).id;
}

/** True when the calendar answers Calendars.get; false on 404 (missing or out of reach); throws otherwise. */
export function calendarAnswers(calendarId: string, deadline: Deadline): boolean {
  try {
    attempt((c) => c.Calendars.get(calendarId), deadline);
    return true;
  } catch (error) {
    if (error instanceof CalendarCallError && (error.kind === "notFound" || error.kind === "gone"))
      return false;
    throw error;
  }
}

/** Every event of ours (planId filter), deleted ones included, one call per 2,500 events. */
export function listPlanEvents(calendarId: string, planId: string, deadline: Deadline): ListedEvent[] {
  const events: ListedEvent[] = [];
  let pageToken: string | undefined;
  do {
    const options: Record<string, string | number | boolean> = {
      privateExtendedProperty: `planId=${planId}`,
      showDeleted: true,
      maxResults: LIST_PAGE_SIZE,
    };
    if (pageToken) options.pageToken = pageToken;
    const page = attempt((c) => c.Events.list(calendarId, options), deadline);
    for (const item of page.items ?? []) events.push(item);
    pageToken = page.nextPageToken;
  } while (pageToken);
  return events;
}

export function insertEvent(calendarId: string, body: EventBody, deadline: Deadline): ListedEvent {
  return attempt((c) => c.Events.insert(body, calendarId), deadline);
}

export function getEvent(calendarId: string, eventId: string, deadline: Deadline): ListedEvent {
  return attempt((c) => c.Events.get(calendarId, eventId), deadline);
}

export function patchEvent(
  calendarId: string,
  eventId: string,
  body: EventBody,
  deadline: Deadline,
): ListedEvent {
  const { id: _id, ...fields } = body;
  return attempt((c) => c.Events.patch(fields as EventBody, calendarId, eventId), deadline);
}

/**
 * Deletes an event: "removed", or "notFound" when Google answered 404 (already deleted, or a one-off
 * answer: the caller confirms with eventIsLive before believing it). Already deleted (410) counts as done.
 */
export function removeEvent(calendarId: string, eventId: string, deadline: Deadline): "removed" | "notFound" {
  try {
    attempt((c) => c.Events.remove(calendarId, eventId), deadline);
    return "removed";
  } catch (error) {
    if (error instanceof CalendarCallError && error.kind === "gone") return "removed";
    if (error instanceof CalendarCallError && error.kind === "notFound") return "notFound";
    throw error;
  }
}

/**
 * Whether the event is still there and not cancelled, asked with Events.get after a 404 on patch or
 * remove: Google can answer one 404 for an event that exists (public reports), and the sync must not
 * then report it as deleted by a person. A 404 or 410 here, or a cancelled event, means it is gone.
 */
export function eventIsLive(calendarId: string, eventId: string, deadline: Deadline): boolean {
  try {
    return getEvent(calendarId, eventId, deadline).status !== "cancelled";
  } catch (error) {
    if (error instanceof CalendarCallError && (error.kind === "gone" || error.kind === "notFound"))
      return false;
    throw error;
  }
}
