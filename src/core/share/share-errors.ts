/**
 * Why Google refused one member's rule (Acl.insert), from the advanced service's error: a 403 that is not
 * a rate limit is a sharing policy (a Workspace domain that forbids sharing outside it, or an account
 * that may not share) — the exact reason Google gives is not documented, so every such 403 counts; a 400
 * is an address Google does not accept; a 404 means the calendar itself is out of reach (the whole action
 * stops, not only this person). Rate limits and 5xx are retried before they get here
 * (src/server/sync/calendar-client.ts).
 */
import { classifyCalendarError } from "../sync/calendar-errors";

export type RefusalReason = "policy" | "address" | "calendarGone" | "other";

function codeOf(error: unknown): number | undefined {
  const code = (error as { details?: { code?: unknown } } | null)?.details?.code;
  return typeof code === "number" ? code : undefined;
}

export function refusalReasonOf(error: unknown): RefusalReason {
  const kind = classifyCalendarError(error);
  if (kind === "notFound" || kind === "gone") return "calendarGone";
  const code = codeOf(error);
  const message = error instanceof Error ? error.message : String(error);
  if (code === 403 || (code === undefined && /failed with error: Forbidden/i.test(message))) return "policy";
  if (code === 400 || (code === undefined && /failed with error: (Bad Request|Invalid)/i.test(message)))
    return "address";
  return "other";
}
