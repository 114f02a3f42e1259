/**
 * Errors of the emulated Calendar advanced service, shaped like Apps Script's GoogleJsonResponseException
 * for an advanced-service call: message "API call to calendar.events.insert failed with error: …" and a
 * `details` object with code, message and errors[].reason (the JSON error body of the Calendar API,
 * developers.google.com/workspace/calendar/api/guides/errors). The transient and fatal faults tests inject
 * are here too.
 */

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

export const notFound = (method: string) => calendarApiError(method, 404, "Not Found", "notFound");

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
  /** A one-off 404 from any call (what a flaky answer or an unreachable calendar looks like). */
  notFound: (method = "calendar.events.list") => notFound(method),
  /** A 403 that is not a rate limit (e.g. the calendar is forbidden to this person). */
  forbidden: (method = "calendar.events.list") => calendarApiError(method, 403, "Forbidden", "forbidden"),
};
