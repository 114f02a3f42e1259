/**
 * The Calendar advanced service (Calendar API v3 as Apps Script exposes it under the `Calendar` global), in
 * memory, with the semantics the sync relies on: client-chosen event ids (base32hex, 5–1024 characters,
 * 400 otherwise), 409 "The requested identifier already exists." for a reused id (a deleted event's id
 * stays taken), cancelled events (get answers them with status "cancelled", list shows them with
 * showDeleted), 404/410 on remove, list with privateExtendedProperty filters and paging, the limits of
 * extendedProperties.private, and errors shaped like the advanced service's GoogleJsonResponseException
 * (calendar/errors.ts). Apps Script names the delete methods `remove`.
 *
 * Several people: each call runs as the emulator's current person (users.ts). A calendar belongs to whoever
 * created it, has an ACL (Calendar.Acl, calendar/acl.ts), and is reachable under calendar.app.created only
 * as calendar/access.ts says (an unreachable calendar answers 404 exactly like a missing one; whether a
 * shared member reaches it is the option `sharedMembers`). A person who declined the scope a call needs
 * gets 403 "Request had insufficient authentication scopes." (the Google APIs' answer to a token without
 * the scope; that Apps Script passes it on unchanged is a guess).
 *
 * Recurring events (workspace/calendar/api/guides/recurringevents; v3/reference/events/list): an
 * occurrence a person moves or cancels in Calendar becomes its own event, `<masterId>_<yyyymmdd>` with
 * `recurringEventId` and `originalStartTime`, listed as its own item by Events.list (singleEvents is not
 * emulated: the list is always the singleEvents=false one), carrying the series' extended properties
 * (documented for moved occurrences; for cancelled ones Google only guarantees id, recurringEventId and
 * originalStartTime, so whether they keep the properties is an option of the hook, a guess tested both
 * ways). Deleting the series deletes its occurrences. A recurring event without start.timeZone is
 * refused (fields.ts).
 *
 * `attachCalendar(emulator, options)` registers the service so that every call is counted
 * ("Calendar.Events.insert"), delayed by the latency model and open to injected faults; the hooks it
 * returns (what people do in the Calendar UI, read access to every calendar and event, sharing refusals)
 * are not counted.
 */
import {
  type AclRule,
  appReach,
  atLeast,
  type CalendarAccessOptions,
  type StoredCalendar,
} from "./calendar/access.ts";
import { type AclState, createAclService, type SharingNotification } from "./calendar/acl.ts";
import { calendarApiError, notFound } from "./calendar/errors.ts";
import {
  type CalendarEventResource,
  type CalendarResource,
  clone,
  limitExtended,
  mergePatch,
  parseQueryFilters,
  validateTimes,
} from "./calendar/fields.ts";
import { calendarScopesOf, SCOPES } from "./scopes.ts";
import type { UserDirectory } from "./users.ts";

export type { AclRole, AclRule, CalendarAccessOptions } from "./calendar/access.ts";
export type { SharingNotification } from "./calendar/acl.ts";
export { CALENDAR_FAULTS, type CalendarApiError, calendarApiError } from "./calendar/errors.ts";
export {
  type CalendarEventResource,
  type CalendarResource,
  EXTENDED_KEY_MAX,
  EXTENDED_VALUE_MAX,
} from "./calendar/fields.ts";

/**
 * The whole calendar store as plain JSON, every field kept (`created`, `updated`, `etag`, status, owner,
 * ACL), with the counters that choose the next ids and stamps: what the playground saves, so that after a
 * restart the sync finds every event exactly as it left it. Owner and ACL are optional for older saves.
 */
export interface CalendarStoreSnapshot {
  calendars: Array<{
    resource: CalendarResource;
    deleted: boolean;
    events: CalendarEventResource[];
    owner?: string;
    createdByApp?: boolean;
    acl?: AclRule[];
  }>;
  calendarCounter: number;
  foreignCounter: number;
  lastStamp: number;
}

/** The Calendar scope the sync asks for. */
export const CALENDAR_SCOPE = SCOPES.calendarAppCreated;
export const LIST_MAX_RESULTS = 2500;
export const LIST_DEFAULT_RESULTS = 250;
const EVENT_ID = /^[a-v0-9]{5,1024}$/;

export interface CalendarStore {
  calendars: Map<string, StoredCalendar>;
}

/** Hooks for tests and the playground: what a person does in the Calendar UI, and read access. Not counted. */
export interface CalendarHooks {
  /** A person edits an event in Google Calendar (private properties untouched, `updated` moves). */
  userEditEvent(calendarId: string, eventId: string, patch: CalendarEventResource): void;
  /** A person deletes an event in Google Calendar: it becomes cancelled, its id stays taken. */
  userDeleteEvent(calendarId: string, eventId: string): void;
  /**
   * A person moves one occurrence (`originalDate`, yyyy-mm-dd) of a recurring all-day event to `newDate`,
   * or cancels it (`newDate` null). Returns the occurrence's own event. `keepProperties` (default true):
   * whether a cancelled occurrence carries the series' extended properties (a guess, see above).
   */
  userMoveOccurrence(
    calendarId: string,
    masterId: string,
    originalDate: string,
    newDate: string | null,
    options?: { keepProperties?: boolean },
  ): CalendarEventResource;
  /** An event someone else put on the calendar (no or another planId); returns it with its id. */
  addForeignEvent(calendarId: string, event: CalendarEventResource): CalendarEventResource;
  /** A person deletes the whole calendar. */
  deleteCalendar(calendarId: string): void;
  /** Every calendar ever created, deleted ones included (flagged), with its owner. */
  listCalendars(): Array<CalendarResource & { deleted: boolean; owner: string; createdByApp: boolean }>;
  /** A calendar the person made themselves in Google Calendar (not by this app). */
  addPersonalCalendar(ownerEmail: string, summary: string): CalendarResource;
  /** The ACL rules of a calendar, deleted or not. */
  aclRules(calendarId: string): AclRule[];
  /** Acl.insert for this email (or "@domain" / "domain") fails with `error` (default: a domain-policy 403). */
  refuseSharingWith(emailOrDomain: string, error?: Error | (() => Error)): void;
  /** This address has no Google account; what Acl.insert does with it is a guess (calendar/acl.ts). */
  noGoogleAccount(email: string, answer?: "unlisted" | "refused"): void;
  /** The sharing notifications Acl.insert sent (sendNotifications not false). */
  sharingNotifications(): SharingNotification[];
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
export function createCalendarService(
  now: () => number,
  users: UserDirectory,
  options: CalendarAccessOptions = {},
): { service: object; hooks: CalendarHooks } {
  const store: CalendarStore = { calendars: new Map() };
  const aclState: AclState = { refused: new Map(), noAccount: new Map(), notifications: [] };
  let calendarCounter = 0;
  let foreignCounter = 0;
  let lastStamp = 0;

  /** A strictly increasing RFC 3339 `updated` stamp, even when the virtual clock stands still. */
  const stamp = (): string => {
    lastStamp = Math.max(now(), lastStamp + 1);
    return new Date(lastStamp).toISOString();
  };

  /** 403 when the current person declined every scope that allows `method` ("Events.list"). */
  const checkScope = (method: string, apiMethod: string): void => {
    if (calendarScopesOf(method).some((scope) => users.hasGranted(scope))) return;
    throw calendarApiError(
      apiMethod,
      403,
      "Request had insufficient authentication scopes.",
      "insufficientPermissions",
    );
  };

  /**
   * The calendar, when the current person reaches it for `need`: 404 when out of reach (or gone), 403
   * requiredAccessLevel when they may only read and want to write.
   */
  const liveCalendar = (
    method: string,
    calendarId: unknown,
    need: "read" | "write" | "own" = "read",
  ): StoredCalendar => {
    const calendar = store.calendars.get(String(calendarId));
    const role = appReach(calendar, users.current().email, options);
    if (!calendar || role === null) throw notFound(method);
    if (need === "write" && !atLeast(role, "writer"))
      throw calendarApiError(
        method,
        403,
        "You need to have writer access to this calendar.",
        "requiredAccessLevel",
      );
    if (need === "own" && role !== "owner") throw calendarApiError(method, 403, "Forbidden", "forbidden");
    return calendar;
  };

  const newCalendar = (owner: string, summary: string, timeZone: string, createdByApp: boolean) => {
    calendarCounter++;
    const id = `c${calendarCounter.toString().padStart(6, "0")}emu@group.calendar.google.com`;
    const resource: CalendarResource = {
      kind: "calendar#calendar",
      id,
      summary,
      timeZone,
      etag: `"${stamp()}"`,
    };
    const ownerRule: AclRule = {
      kind: "calendar#aclRule",
      etag: `"${stamp()}"`,
      id: `user:${owner}`,
      scope: { type: "user", value: owner },
      role: "owner",
    };
    const calendar: StoredCalendar = {
      resource,
      deleted: false,
      events: new Map(),
      owner,
      createdByApp,
      acl: new Map([[ownerRule.id, ownerRule]]),
    };
    store.calendars.set(id, calendar);
    return calendar;
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
      checkScope("Calendars.insert", method);
      if (!resource?.summary) throw calendarApiError(method, 400, "Missing title.", "required");
      const calendar = newCalendar(
        users.current().email,
        String(resource.summary),
        resource.timeZone ? String(resource.timeZone) : "UTC",
        true,
      );
      if (resource.description) calendar.resource.description = String(resource.description);
      return clone(calendar.resource);
    },
    get(calendarId: string) {
      checkScope("Calendars.get", "calendar.calendars.get");
      return clone(liveCalendar("calendar.calendars.get", calendarId).resource);
    },
    patch(resource: { summary?: string; description?: string }, calendarId: string) {
      const method = "calendar.calendars.patch";
      checkScope("Calendars.patch", method);
      const calendar = liveCalendar(method, calendarId, "own");
      if (resource?.summary !== undefined) calendar.resource.summary = String(resource.summary);
      if (resource?.description !== undefined) calendar.resource.description = String(resource.description);
      calendar.resource.etag = `"${stamp()}"`;
      return clone(calendar.resource);
    },
    remove(calendarId: string) {
      checkScope("Calendars.remove", "calendar.calendars.delete");
      liveCalendar("calendar.calendars.delete", calendarId, "own").deleted = true;
    },
  };

  const Events = {
    __class: "Events",
    insert(resource: CalendarEventResource, calendarId: string, _options?: object) {
      const method = "calendar.events.insert";
      checkScope("Events.insert", method);
      const calendar = liveCalendar(method, calendarId, "write");
      const id = resource?.id === undefined ? newEventId() : String(resource.id);
      if (!EVENT_ID.test(id)) throw calendarApiError(method, 400, "Invalid resource id value.", "invalid");
      if (calendar.events.has(id))
        throw calendarApiError(method, 409, "The requested identifier already exists.", "duplicate");
      validateTimes(method, resource);
      return clone(storeEvent(calendar, id, resource, stamp()));
    },
    get(calendarId: string, eventId: string, _options?: object) {
      const method = "calendar.events.get";
      checkScope("Events.get", method);
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
      checkScope("Events.remove", method);
      const calendar = liveCalendar(method, calendarId, "write");
      const event = calendar.events.get(String(eventId));
      if (!event) throw calendarApiError(method, 404, "Not Found", "notFound");
      if (event.status === "cancelled")
        throw calendarApiError(method, 410, "Resource has been deleted", "deleted");
      event.status = "cancelled";
      event.updated = stamp();
      // Deleting a series deletes its occurrences, moved ones included.
      for (const other of calendar.events.values())
        if (other.recurringEventId === event.id && other.status !== "cancelled") {
          other.status = "cancelled";
          other.updated = event.updated;
        }
    },
    list(calendarId: string, options: Record<string, unknown> = {}) {
      const method = "calendar.events.list";
      checkScope("Events.list", method);
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
    checkScope("Events.patch", method);
    const calendar = liveCalendar(method, calendarId, "write");
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
    userMoveOccurrence(calendarId, masterId, originalDate, newDate, moveOptions = {}) {
      const calendar = store.calendars.get(calendarId);
      const master = calendar?.events.get(masterId);
      if (!calendar || !master || master.status === "cancelled" || !Array.isArray(master.recurrence))
        throw new Error(`userMoveOccurrence: no live recurring event ${masterId} in ${calendarId}`);
      const id = `${masterId}_${originalDate.replace(/-/g, "")}`;
      const zone = master.start?.timeZone;
      const originalStartTime = zone ? { date: originalDate, timeZone: zone } : { date: originalDate };
      if (newDate === null) {
        const keep = moveOptions.keepProperties !== false;
        const cancelled: CalendarEventResource = {
          kind: "calendar#event",
          id,
          status: "cancelled",
          recurringEventId: masterId,
          originalStartTime,
          updated: stamp(),
          ...(keep && master.extendedProperties
            ? { extendedProperties: clone(master.extendedProperties) }
            : {}),
        };
        calendar.events.set(id, cancelled);
        return clone(cancelled);
      }
      const days =
        (Date.parse(String(master.end?.date)) - Date.parse(String(master.start?.date))) / 86_400_000;
      const end = new Date(Date.parse(newDate) + days * 86_400_000).toISOString().slice(0, 10);
      const { recurrence: _rule, ...single } = clone(master);
      const moved = {
        ...single,
        start: zone ? { date: newDate, timeZone: zone } : { date: newDate },
        end: zone ? { date: end, timeZone: zone } : { date: end },
        recurringEventId: masterId,
        originalStartTime,
      };
      return clone(storeEvent(calendar, id, moved, String(master.created)));
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
      return [...store.calendars.values()].map((c) => ({
        ...clone(c.resource),
        deleted: c.deleted,
        owner: c.owner,
        createdByApp: c.createdByApp,
      }));
    },
    addPersonalCalendar(ownerEmail, summary) {
      return clone(newCalendar(ownerEmail, summary, "UTC", false).resource);
    },
    aclRules(calendarId) {
      const calendar = store.calendars.get(calendarId);
      return calendar ? [...calendar.acl.values()].map(clone) : [];
    },
    refuseSharingWith(emailOrDomain, error) {
      aclState.refused.set(
        emailOrDomain,
        error ?? (() => calendarApiError("calendar.acl.insert", 403, "Forbidden", "forbidden")),
      );
    },
    noGoogleAccount(email, answer = "unlisted") {
      aclState.noAccount.set(email.toLowerCase(), answer);
    },
    sharingNotifications() {
      return aclState.notifications.map((n) => ({ ...n }));
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
          owner: c.owner,
          createdByApp: c.createdByApp,
          acl: [...c.acl.values()].map(clone),
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
        // A save from before owners existed: the calendar is the current person's, created by the app.
        const owner = c.owner ?? users.current().email;
        const acl = c.acl?.length
          ? c.acl.map(clone)
          : [
              {
                kind: "calendar#aclRule" as const,
                etag: `"${lastStamp}"`,
                id: `user:${owner}`,
                scope: { type: "user", value: owner },
                role: "owner" as const,
              },
            ];
        store.calendars.set(c.resource.id, {
          resource: clone(c.resource),
          deleted: c.deleted,
          events,
          owner,
          createdByApp: c.createdByApp ?? true,
          acl: new Map(acl.map((rule) => [rule.id, rule] as const)),
        });
      }
      calendarCounter = saved.calendarCounter;
      foreignCounter = saved.foreignCounter;
      lastStamp = saved.lastStamp;
    },
  };

  const Acl = createAclService(store.calendars, users, aclState, stamp, checkScope);
  return { service: { Calendars, Events, Acl }, hooks };
}

/** The part of the emulator this needs: a way to register a global service, the clock, the people. */
export interface CalendarHost {
  registerService(globalName: string, service: object, options?: { scope?: string }): unknown;
  clock: { now(): number };
  users: UserDirectory;
}

/** Registers the `Calendar` advanced service in `emulator` (counted, delayed, faultable) and returns its hooks. */
export function attachCalendar(emulator: CalendarHost, options: CalendarAccessOptions = {}): CalendarHooks {
  const { service, hooks } = createCalendarService(() => emulator.clock.now(), emulator.users, options);
  emulator.registerService("Calendar", service, { scope: CALENDAR_SCOPE });
  return hooks;
}
