/**
 * Resource shapes and field rules of the emulated Calendar API: event and calendar resources, PATCH
 * semantics, the limits of extendedProperties.private (keys over 44 characters dropped, values cut at 1024,
 * developers.google.com/calendar/api/guides/extended-properties), privateExtendedProperty filters, and the
 * start/end checks events.insert and events.patch make.
 */
import { calendarApiError } from "./errors.ts";

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

export const EXTENDED_KEY_MAX = 44;
export const EXTENDED_VALUE_MAX = 1024;

export function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** PATCH semantics: objects merge field by field, arrays and scalars replace, null clears. */
export function mergePatch(
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
export function limitExtended(event: CalendarEventResource): void {
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

export function parseQueryFilters(value: unknown): Array<[string, string]> {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((item) => {
    const text = String(item);
    const eq = text.indexOf("=");
    return eq < 0 ? [text, ""] : [text.slice(0, eq), text.slice(eq + 1)];
  });
}

export function validateTimes(method: string, event: CalendarEventResource): void {
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
  // The Events page (v3/reference/events, start.timeZone) marks the time zone required for recurring
  // events; the message is the one the API is commonly reported to give.
  if (Array.isArray(event.recurrence) && event.recurrence.length > 0 && !event.start?.timeZone)
    throw calendarApiError(method, 400, "Missing time zone definition for start time.", "required");
}
