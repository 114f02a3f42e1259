/**
 * The Calendar advanced service (Calendar API v3 as Apps Script exposes it under the `Calendar` global), in
 * memory, with the semantics the sync relies on: client-chosen event ids (base32hex, 5–1024 characters,
 * 400 otherwise), 409 "The requested identifier already exists." for a reused id (a deleted event's id
 * stays taken), cancelled events (get answers them with status "cancelled", list shows them with
 * showDeleted), 404/410 on remove, list with privateExtendedProperty filters and paging, the limits of
 * extendedProperties.private (keys over 44 characters dropped, values cut at 1024), and errors shaped like
 * the advanced service's GoogleJsonResponseException (message "API call to calendar.events.insert failed
 * with error: …" and a `details` object with code, message and errors[].reason). Apps Script names the
 * delete methods `remove`. `attachCalendar(emulator)` registers the service so that every call is counted
 * ("Calendar.Events.insert"), delayed by the latency model and open to injected faults; the hooks it
 * returns (user edits and deletions in the Calendar UI, a foreign event, a deleted calendar, read access
 * to every event) are not counted.
 */

export interface CalendarEventResource {
  id?: string;
  status?: string;
  summary?: string;
  description?: string;
  start?: { date?: string; dateTime?: string; timeZone?: string };
  end?: { date?: string; dateTime?: string; timeZone?: string };
  colorId?: string;
  reminders?: { useDefault?: boolean; overrides?: Array<{ method: string; minutes: number }> };
  extendedProperties?: { private?: Record<string, string>; shared?: Record<string, string> };
  [field: string]: unknown;
}

export interface CalendarResource {
  kind: "calendar#calendar";
  id: string;
  summary: string;
  description?: string;
  timeZone: string;
  etag: string;
}

interface StoredCalendar {
  resource: CalendarResource;
  deleted: boolean;
  events: Map<string, CalendarEventResource>;
}

/**
 * The whole calendar store as plain JSON, every field kept (`created`, `updated`, `etag`, status), with
 * the counters that choose the next ids and stamps: what the playground saves, so that after a restart
 * the sync finds every event exactly as it left it.
 */
export interface CalendarStoreSnapshot {
  calendars: Array<{ resource: CalendarResource; deleted: boolean; events: CalendarEventResource[] }>;
  calendarCounter: number;
  foreignCounter: number;
  lastStamp: number;
}

/** Google's limits on private extended properties (developers.google.com/calendar/api/guides/extended-properties). */
export const EXTENDED_KEY_MAX = 44;
export const EXTENDED_VALUE_MAX = 1024;
/** The only Calendar scope the add-on asks for. */
export const CALENDAR_SCOPE = "https://www.googleapis.com/auth/calendar.app.created";
export const LIST_MAX_RESULTS = 2500;
export const LIST_DEFAULT_RESULTS = 250;
const EVENT_ID = /^[a-v0-9]{5,1024}$/;

/** An error shaped like Apps Script's GoogleJsonResponseException for an advanced-service call. */
export interface CalendarApiError extends Error {
  details: {
    code: number;
    message: string;
    errors: Array<{ domain: string; reason: string; message: string }>;
  };
}

/** Builds the error the advanced service throws for `method` ("calendar.events.insert"). */
export function calendarApiError(
  method: string,
  code: number,
  message: string,
  reason: string,
  domain = "global",
): CalendarApiError {
  const error = new Error(`API call to ${method} failed with error: ${message}`) as CalendarApiError;
  error.name = "GoogleJsonResponseException";
  error.details = { code, message, errors: [{ domain, reason, message }] };
  return error;
}

/** The transient and fatal errors a fault test injects, as the real service reports them. */
export const CALENDAR_FAULTS = {
  rateLimit: (method = "calendar.events.insert") =>
    calendarApiError(method, 403, "Rate Limit Exceeded", "rateLimitExceeded", "usageLimits"),
  userRateLimit: (method = "calendar.events.insert") =>
    calendarApiError(method, 403, "User Rate Limit Exceeded", "userRateLimitExceeded", "usageLimits"),
  tooManyRequests: (method = "calendar.events.insert") =>
    calendarApiError(method, 429, "Too Many Requests", "rateLimitExceeded", "usageLimits"),
  backend: (method = "calendar.events.insert") =>
    calendarApiError(method, 500, "Backend Error", "backendError"),
  unavailable: (method = "calendar.events.insert") =>
    calendarApiError(method, 503, "Service Unavailable", "backendError"),
  /** CalendarApp's burst message; the advanced service may surface the same text. */
  tooManyInShortTime: () =>
    new Error(
      "You have been creating or deleting too many calendars or calendar events in a short time. Please try again later.",
    ),
  fatal: (method = "calendar.events.insert") => calendarApiError(method, 400, "Bad Request", "badRequest"),
};

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** PATCH semantics: objects merge field by field, arrays and scalars replace, null clears. */
function mergePatch(
  target: Record<string, unknown>,
  patch: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else if (isPlainObject(value) && isPlainObject(out[key]))
      out[key] = mergePatch(out[key] as Record<string, unknown>, value);
    else out[key] = clone(value);
  }
  return out;
}

/** Applies the private-property limits: long keys dropped, long values truncated (silently, as Google does). */
function limitExtended(event: CalendarEventResource): void {
  const ext = event.extendedProperties;
  if (!ext) return;
  for (const scope of ["private", "shared"] as const) {
    const props = ext[scope];
    if (!props) continue;
    const kept: Record<string, string> = {};
    for (const [key, value] of Object.entries(props)) {
      if (key.length > EXTENDED_KEY_MAX) continue;
      kept[key] = String(value).slice(0, EXTENDED_VALUE_MAX);
    }
    ext[scope] = kept;
  }
}

function parseQueryFilters(value: unknown): Array<[string, string]> {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((item) => {
    const text = String(item);
    const eq = text.indexOf("=");
    return eq < 0 ? [text, ""] : [text.slice(0, eq), text.slice(eq + 1)];
  });
}

export interface CalendarStore {
  calendars: Map<string, StoredCalendar>;
}

/** Hooks for tests and the playground: what a person does in the Calendar UI, and read access. Not counted. */
export interface CalendarHooks {
  /** A person edits an event in Google Calendar (private properties untouched, `updated` moves). */
  userEditEvent(calendarId: string, eventId: string, patch: CalendarEventResource): void;
  /** A person deletes an event in Google Calendar: it becomes cancelled, its id stays taken. */
  userDeleteEvent(calendarId: string, eventId: string): void;
  /** An event someone else put on the calendar (no or another planId); returns it with its id. */
  addForeignEvent(calendarId: string, event: CalendarEventResource): CalendarEventResource;
  /** A person deletes the whole calendar. */
  deleteCalendar(calendarId: string): void;
  /** Every calendar ever created, deleted ones included (flagged). */
  listCalendars(): Array<CalendarResource & { deleted: boolean }>;
  /** Every event of a calendar, sorted by id; cancelled ones only with `includeCancelled`. */
  allEvents(calendarId: string, options?: { includeCancelled?: boolean }): CalendarEventResource[];
  /** One event, cancelled or not, or null. */
  peekEvent(calendarId: string, eventId: string): CalendarEventResource | null;
  /** The whole store, for saving (see CalendarStoreSnapshot). */
  snapshotStore(): CalendarStoreSnapshot;
  /** Replaces the whole store with a saved one, fields and counters as they were. */
  restoreStore(saved: CalendarStoreSnapshot): void;
}

/** Builds the `Calendar` global and its hooks over one store. `now` is the emulator's virtual clock. */
export function createCalendarService(now: () => number): { service: object; hooks: CalendarHooks } {
  const store: CalendarStore = { calendars: new Map() };
  let calendarCounter = 0;
  let foreignCounter = 0;
  let lastStamp = 0;

  /** A strictly increasing RFC 3339 `updated` stamp, even when the virtual clock stands still. */
  const stamp = (): string => {
    lastStamp = Math.max(now(), lastStamp + 1);
    return new Date(lastStamp).toISOString();
  };

  const liveCalendar = (method: string, calendarId: unknown): StoredCalendar => {
    const calendar = store.calendars.get(String(calendarId));
    if (!calendar || calendar.deleted) throw calendarApiError(method, 404, "Not Found", "notFound");
    return calendar;
  };

  const validateTimes = (method: string, event: CalendarEventResource): void => {
    const start = event.start?.date ?? event.start?.dateTime;
    const end = event.end?.date ?? event.end?.dateTime;
    if (!start) throw calendarApiError(method, 400, "Missing start time.", "required");
    if (!end) throw calendarApiError(method, 400, "Missing end time.", "required");
    if ((event.start?.date === undefined) !== (event.end?.date === undefined))
      throw calendarApiError(method, 400, "Invalid start time.", "invalid");
    for (const day of [event.start?.date, event.end?.date]) {
      if (day !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(day))
        throw calendarApiError(method, 400, "Invalid start time.", "invalid");
    }
    if (Date.parse(end) <= Date.parse(start))
      throw calendarApiError(method, 400, "The specified time range is empty.", "timeRangeEmpty");
  };

  const storeEvent = (
    calendar: StoredCalendar,
    id: string,
    resource: CalendarEventResource,
    created: string,
  ): CalendarEventResource => {
    const updated = stamp();
    const event: CalendarEventResource = {
      ...clone(resource),
      kind: "calendar#event",
      id,
      status: "confirmed",
      created,
      updated,
      etag: `"${lastStamp}"`,
      iCalUID: `${id}@google.com`,
      htmlLink: `https://www.google.com/calendar/event?eid=${id}`,
      organizer: { email: calendar.resource.id, displayName: calendar.resource.summary, self: true },
    };
    limitExtended(event);
    calendar.events.set(id, event);
    return event;
  };

  const newEventId = (): string => {
    foreignCounter++;
    return `emu${foreignCounter.toString(32).padStart(8, "0")}`;
  };

  const Calendars = {
    __class: "Calendars",
    insert(resource: { summary?: string; timeZone?: string; description?: string }) {
      const method = "calendar.calendars.insert";
      if (!resource?.summary) throw calendarApiError(method, 400, "Missing title.", "required");
      calendarCounter++;
      const id = `c${calendarCounter.toString().padStart(6, "0")}emu@group.calendar.google.com`;
      const calendar: CalendarResource = {
        kind: "calendar#calendar",
        id,
        summary: String(resource.summary),
        timeZone: resource.timeZone ? String(resource.timeZone) : "UTC",
        etag: `"${stamp()}"`,
      };
      if (resource.description) calendar.description = String(resource.description);
      store.calendars.set(id, { resource: calendar, deleted: false, events: new Map() });
      return clone(calendar);
    },
    get(calendarId: string) {
      return clone(liveCalendar("calendar.calendars.get", calendarId).resource);
    },
    remove(calendarId: string) {
      liveCalendar("calendar.calendars.delete", calendarId).deleted = true;
    },
  };

  const Events = {
    __class: "Events",
    insert(resource: CalendarEventResource, calendarId: string, _options?: object) {
      const method = "calendar.events.insert";
      const calendar = liveCalendar(method, calendarId);
      const id = resource?.id === undefined ? newEventId() : String(resource.id);
      if (!EVENT_ID.test(id)) throw calendarApiError(method, 400, "Invalid resource id value.", "invalid");
      if (calendar.events.has(id))
        throw calendarApiError(method, 409, "The requested identifier already exists.", "duplicate");
      validateTimes(method, resource);
      return clone(storeEvent(calendar, id, resource, stamp()));
    },
    get(calendarId: string, eventId: string, _options?: object) {
      const method = "calendar.events.get";
      const event = liveCalendar(method, calendarId).events.get(String(eventId));
      if (!event) throw calendarApiError(method, 404, "Not Found", "notFound");
      return clone(event);
    },
    patch(resource: CalendarEventResource, calendarId: string, eventId: string, _options?: object) {
      return writeEvent("calendar.events.patch", resource, calendarId, eventId, true);
    },
    update(resource: CalendarEventResource, calendarId: string, eventId: string, _options?: object) {
      return writeEvent("calendar.events.update", resource, calendarId, eventId, false);
    },
    remove(calendarId: string, eventId: string, _options?: object) {
      const method = "calendar.events.delete";
      const event = liveCalendar(method, calendarId).events.get(String(eventId));
      if (!event) throw calendarApiError(method, 404, "Not Found", "notFound");
      if (event.status === "cancelled")
        throw calendarApiError(method, 410, "Resource has been deleted", "deleted");
      event.status = "cancelled";
      event.updated = stamp();
    },
    list(calendarId: string, options: Record<string, unknown> = {}) {
      const method = "calendar.events.list";
      const calendar = liveCalendar(method, calendarId);
      const maxResults = options.maxResults === undefined ? LIST_DEFAULT_RESULTS : Number(options.maxResults);
      if (!Number.isInteger(maxResults) || maxResults < 1)
        throw calendarApiError(method, 400, "Invalid value for: maxResults", "invalid");
      const pageSize = Math.min(maxResults, LIST_MAX_RESULTS);
      const filters = parseQueryFilters(options.privateExtendedProperty);
      const matching = [...calendar.events.values()]
        .filter((event) => options.showDeleted === true || event.status !== "cancelled")
        .filter((event) =>
          filters.every(([key, value]) => event.extendedProperties?.private?.[key] === value),
        )
        .sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
      let offset = 0;
      if (options.pageToken !== undefined) {
        const match = /^page(\d+)$/.exec(String(options.pageToken));
        if (!match) throw calendarApiError(method, 400, "Invalid page token value.", "invalid");
        offset = Number(match[1]);
      }
      const items = matching.slice(offset, offset + pageSize).map(clone);
      const result: Record<string, unknown> = {
        kind: "calendar#events",
        summary: calendar.resource.summary,
        timeZone: calendar.resource.timeZone,
        updated: new Date(lastStamp || now()).toISOString(),
        items,
      };
      if (offset + pageSize < matching.length) result.nextPageToken = `page${offset + pageSize}`;
      return result;
    },
  };

  function writeEvent(
    method: string,
    resource: CalendarEventResource,
    calendarId: string,
    eventId: string,
    patch: boolean,
  ): CalendarEventResource {
    const calendar = liveCalendar(method, calendarId);
    const existing = calendar.events.get(String(eventId));
    if (!existing) throw calendarApiError(method, 404, "Not Found", "notFound");
    if (existing.status === "cancelled" && !(resource && resource.status === "confirmed"))
      throw calendarApiError(method, 410, "Resource has been deleted", "deleted");
    const fixed = { id: existing.id, created: existing.created as string };
    const { id: _id, ...body } = clone(resource ?? {});
    const next = patch
      ? (mergePatch(existing as Record<string, unknown>, body) as CalendarEventResource)
      : (body as CalendarEventResource);
    validateTimes(method, next);
    return clone(storeEvent(calendar, String(fixed.id), next, fixed.created));
  }

  const hooks: CalendarHooks = {
    userEditEvent(calendarId, eventId, patch) {
      const calendar = store.calendars.get(calendarId);
      const existing = calendar?.events.get(eventId);
      if (!calendar || !existing || existing.status === "cancelled")
        throw new Error(`userEditEvent: no live event ${eventId} in ${calendarId}`);
      const { id: _id, extendedProperties: _ext, ...allowed } = patch;
      const next = mergePatch(existing as Record<string, unknown>, allowed) as CalendarEventResource;
      storeEvent(calendar, eventId, next, existing.created as string);
    },
    userDeleteEvent(calendarId, eventId) {
      const existing = store.calendars.get(calendarId)?.events.get(eventId);
      if (!existing || existing.status === "cancelled")
        throw new Error(`userDeleteEvent: no live event ${eventId} in ${calendarId}`);
      existing.status = "cancelled";
      existing.updated = stamp();
    },
    addForeignEvent(calendarId, event) {
      const calendar = store.calendars.get(calendarId);
      if (!calendar) throw new Error(`addForeignEvent: no calendar ${calendarId}`);
      const id = event.id ?? newEventId();
      return clone(storeEvent(calendar, id, event, stamp()));
    },
    deleteCalendar(calendarId) {
      const calendar = store.calendars.get(calendarId);
      if (!calendar) throw new Error(`deleteCalendar: no calendar ${calendarId}`);
      calendar.deleted = true;
    },
    listCalendars() {
      return [...store.calendars.values()].map((c) => ({ ...clone(c.resource), deleted: c.deleted }));
    },
    allEvents(calendarId, options = {}) {
      const calendar = store.calendars.get(calendarId);
      if (!calendar) return [];
      return [...calendar.events.values()]
        .filter((event) => options.includeCancelled || event.status !== "cancelled")
        .sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1))
        .map(clone);
    },
    peekEvent(calendarId, eventId) {
      const event = store.calendars.get(calendarId)?.events.get(eventId);
      return event ? clone(event) : null;
    },
    snapshotStore() {
      return {
        calendars: [...store.calendars.values()].map((c) => ({
          resource: clone(c.resource),
          deleted: c.deleted,
          events: [...c.events.values()].map(clone),
        })),
        calendarCounter,
        foreignCounter,
        lastStamp,
      };
    },
    restoreStore(saved) {
      store.calendars.clear();
      for (const c of saved.calendars) {
        const events = new Map(c.events.map((e) => [String(e.id), clone(e)] as const));
        store.calendars.set(c.resource.id, { resource: clone(c.resource), deleted: c.deleted, events });
      }
      calendarCounter = saved.calendarCounter;
      foreignCounter = saved.foreignCounter;
      lastStamp = saved.lastStamp;
    },
  };

  return { service: { Calendars, Events }, hooks };
}

/** The part of the emulator this needs: a way to register a global service, and the virtual clock. */
export interface CalendarHost {
  registerService(globalName: string, service: object, options?: { scope?: string }): unknown;
  clock: { now(): number };
}

/** Registers the `Calendar` advanced service in `emulator` (counted, delayed, faultable) and returns its hooks. */
export function attachCalendar(emulator: CalendarHost): CalendarHooks {
  const { service, hooks } = createCalendarService(() => emulator.clock.now());
  emulator.registerService("Calendar", service, { scope: CALENDAR_SCOPE });
  return hooks;
}
