/**
 * Why Google refused one member's rule (Acl.insert), from the advanced service's error: a 403 for a quota
 * or rate limit (quotaExceeded, dailyLimitExceeded, rateLimitExceeded, userRateLimitExceeded: Calendar
 * API "Handle API errors") is Google's limits, not a refusal of this person; any other 403 is a sharing
 * policy (a Workspace domain that forbids sharing outside it, or an account
 * that may not share) — the exact reason Google gives is not documented, so every such 403 counts; a 400
 * is an address Google does not accept; a 404 means the calendar itself is out of reach (the whole action
 * stops, not only this person). Rate limits and 5xx are retried before they get here
 * (src/server/sync/calendar-client.ts).
 */
import { classifyCalendarError } from "../sync/calendar-errors";

export type RefusalReason = "policy" | "address" | "noAccount" | "quota" | "calendarGone" | "other";

const LIMIT_REASONS = ["quotaExceeded", "dailyLimitExceeded", "rateLimitExceeded", "userRateLimitExceeded"];

function reasonOf(error: unknown): string | undefined {
  const errors = (error as { details?: { errors?: Array<{ reason?: unknown }> } } | null)?.details?.errors;
  const reason = Array.isArray(errors) ? errors[0]?.reason : undefined;
  return typeof reason === "string" ? reason : undefined;
}

function codeOf(error: unknown): number | undefined {
  const code = (error as { details?: { code?: unknown } } | null)?.details?.code;
  return typeof code === "number" ? code : undefined;
}

export function refusalReasonOf(error: unknown): RefusalReason {
  const kind = classifyCalendarError(error);
  if (kind === "notFound" || kind === "gone") return "calendarGone";
  const code = codeOf(error);
  const message = error instanceof Error ? error.message : String(error);
  const reason = reasonOf(error);
  if (reason !== undefined && LIMIT_REASONS.indexOf(reason) >= 0) return "quota";
  if (
    code === undefined &&
    /failed with error: (Quota|Rate Limit|User Rate Limit|Daily Limit)/i.test(message)
  )
    return "quota";
  if (code === 403 || (code === undefined && /failed with error: Forbidden/i.test(message))) return "policy";
  if (code === 400 || (code === undefined && /failed with error: (Bad Request|Invalid)/i.test(message)))
    return "address";
  return "other";
}
