/**
 * What a Calendar error means for the sync, decided from the advanced service's GoogleJsonResponseException
 * (`details.code`, `details.errors[0].reason`, else the message "API call to calendar.events.insert failed
 * with error: …"): retry later (rate limits — 403 rateLimitExceeded/userRateLimitExceeded, 429 — 5xx, and
 * CalendarApp's "too many calendars or calendar events in a short time"), already gone (404, 410), id taken
 * (409), or stop. Also the retry wait: truncated exponential backoff with jitter, as Google recommends
 * (min(2^n s + up to 1 s, 32 s), FACTS.md).
 */

export type CalendarErrorKind = "retry" | "notFound" | "gone" | "duplicate" | "fatal";

/** Retries of one call before the run stops (and the next run carries on). */
export const MAX_RETRIES = 5;
export const BACKOFF_CAP_MS = 32_000;

const RATE_LIMIT_REASONS = ["rateLimitExceeded", "userRateLimitExceeded"];

function detailsOf(error: unknown): { code?: number; reason?: string } {
  const details = (error as { details?: { code?: unknown; errors?: Array<{ reason?: unknown }> } } | null)
    ?.details;
  if (!details || typeof details !== "object") return {};
  const code = typeof details.code === "number" ? details.code : undefined;
  const reason = Array.isArray(details.errors) ? details.errors[0]?.reason : undefined;
  return { code, reason: typeof reason === "string" ? reason : undefined };
}

export function messageOf(error: unknown): string {
  if (error && typeof error === "object" && "message" in error) return String((error as Error).message);
  return String(error);
}

export function classifyCalendarError(error: unknown): CalendarErrorKind {
  const { code, reason } = detailsOf(error);
  const message = messageOf(error);
  if (/too many calendars or calendar events in a short time/i.test(message)) return "retry";
  if (code !== undefined) {
    if (code === 429 || code >= 500) return "retry";
    if (code === 403 && reason !== undefined && RATE_LIMIT_REASONS.indexOf(reason) >= 0) return "retry";
    if (code === 404) return "notFound";
    if (code === 410) return "gone";
    if (code === 409) return "duplicate";
    return "fatal";
  }
  if (/Rate Limit Exceeded|Too Many Requests|Backend Error|Service Unavailable|Internal error/i.test(message))
    return "retry";
  if (/Resource has been deleted/i.test(message)) return "gone";
  if (/identifier already exists/i.test(message)) return "duplicate";
  if (/failed with error: Not Found/i.test(message)) return "notFound";
  return "fatal";
}

/** The wait before retry number `attempt` (0-based); `random` in [0, 1). */
export function backoffMs(attempt: number, random: number): number {
  return Math.min(2 ** attempt * 1000 + Math.floor(random * 1000), BACKOFF_CAP_MS);
}

/**
 * Why a sync stopped, in words a volunteer can act on (the texts are FAILURE_REASONS in sync-messages.ts):
 * Google refused the event (400), the plan's calendar is out of reach (403 other than a rate limit, 404 on
 * the calendar), read-only access (403 requiredAccessLevel), Google's usage limits (rate limits still failing after the retries, 403 quotaExceeded /
 * dailyLimitExceeded), the authorisation expired (401), the Calendar service is off, or anything else.
 */
export type FailureReason =
  | "invalid"
  | "calendarUnavailable"
  | "readOnly"
  | "quota"
  | "auth"
  | "serviceOff"
  | "unexpected";

const QUOTA_REASONS = ["quotaExceeded", "dailyLimitExceeded"];

/** Where the error that stopped the sync came from. */
export interface FailureContext {
  /** The error came out of a Calendar call (not from the sheet, the state or the code). */
  calendarCall?: boolean;
  /** The sync stopped at a row (an insert, patch or delete), not while preparing the calendar. */
  hasRow?: boolean;
}

/**
 * The reason for `error`, a Calendar error as thrown by the advanced service (or anything else). A
 * Calendar call answering "not found" or "gone" means the calendar itself is out of reach (a 404 or 410 on
 * an event is handled before it gets here); "Google refused this event" only makes sense next to a row.
 */
export function failureReasonOf(error: unknown, context: FailureContext = {}): FailureReason {
  if (context.calendarCall) {
    const kind = classifyCalendarError(error);
    if (kind === "notFound" || kind === "gone") return "calendarUnavailable";
  }
  const reason = reasonOf(error);
  return reason === "invalid" && context.hasRow === false ? "unexpected" : reason;
}

function reasonOf(error: unknown): FailureReason {
  const { code, reason } = detailsOf(error);
  const message = messageOf(error);
  if (/Calendar advanced service is not enabled|Calendar is not defined/i.test(message)) return "serviceOff";
  if (classifyCalendarError(error) === "retry") return "quota";
  if (code === 400 || (code === undefined && /failed with error: (Bad Request|Invalid)/i.test(message)))
    return "invalid";
  if (
    code === 401 ||
    (code === undefined && /failed with error: (Unauthorized|Login Required)/i.test(message))
  )
    return "auth";
  if (reason !== undefined && QUOTA_REASONS.indexOf(reason) >= 0) return "quota";
  // A member the calendar is shared with as reader (403 requiredAccessLevel, Calendar API errors guide).
  if (code === 403 && reason === "requiredAccessLevel") return "readOnly";
  if (
    code === 403 ||
    code === 404 ||
    (code === undefined && /failed with error: (Forbidden|Not Found)/i.test(message))
  )
    return "calendarUnavailable";
  return "unexpected";
}
