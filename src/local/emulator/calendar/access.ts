/**
 * Who may reach which calendar in the emulated Calendar API. Every calendar has an owner (the person whose
 * call created it), a flag saying whether this app created it, and an ACL (rules `user:<email>`,
 * `domain:<name>`, `default`; developers.google.com/workspace/calendar/api/v3/reference/acl).
 *
 * Documented: the creator holds an `owner` rule on a secondary calendar; roles reader < writer < owner
 * ("writer … read and write access", "owner … the ability to manipulate ACLs", acl resource page); the
 * calendar.app.created scope lets an app "make secondary Google calendars, and see, create, change, and
 * delete events on them" (workspace/calendar/api/auth) — only calendars this app created; calendar.acls
 * covers "the sharing permissions of Google calendars you own"; a reader who writes gets 403
 * requiredAccessLevel "You need to have writer access to this calendar." (guides/errors).
 * Assumptions: an unreachable calendar answers exactly like a missing one (404 Not Found — the API gives no
 * other signal, FACTS.md); and THE DOUBTFUL ONE, an option: can a person the calendar is shared with (a
 * reader or writer rule) reach it through this app under calendar.app.created?
 * `sharedMembers: "creatorOnly"` (default: only the person whose call created it reaches it — what the
 * scope's wording suggests) or `"byRole"` (the ACL decides: readers read, writers also write).
 */
import type { CalendarEventResource, CalendarResource } from "./fields.ts";

export type AclRole =
  | "none"
  | "freeBusyReader"
  | "reader"
  | "writerWithoutPrivateAccess"
  | "writer"
  | "owner";

export interface AclRule {
  kind: "calendar#aclRule";
  etag: string;
  id: string;
  scope: { type: string; value?: string };
  role: AclRole;
}

export interface StoredCalendar {
  resource: CalendarResource;
  deleted: boolean;
  events: Map<string, CalendarEventResource>;
  /** The email of the person whose call created it. */
  owner: string;
  /** True when this app created it (Calendars.insert); false for a person's own calendar. */
  createdByApp: boolean;
  acl: Map<string, AclRule>;
}

export interface CalendarAccessOptions {
  /** The doubtful one (see the file header). Default "creatorOnly". */
  sharedMembers?: "creatorOnly" | "byRole";
}

const RANK: Record<AclRole, number> = {
  none: 0,
  freeBusyReader: 1,
  reader: 2,
  writerWithoutPrivateAccess: 3,
  writer: 4,
  owner: 5,
};

export const ROLES = Object.keys(RANK) as AclRole[];

/** The strongest role the ACL gives `email` (user rule, their domain's rule, the public rule). */
export function roleOf(calendar: StoredCalendar, email: string): AclRole {
  const lower = email.toLowerCase();
  const domain = lower.slice(lower.lastIndexOf("@") + 1);
  let best: AclRole = "none";
  for (const rule of calendar.acl.values()) {
    const value = (rule.scope.value ?? "").toLowerCase();
    const applies =
      (rule.scope.type === "user" && value === lower) ||
      (rule.scope.type === "domain" && value === domain) ||
      rule.scope.type === "default";
    if (applies && RANK[rule.role] > RANK[best]) best = rule.role;
  }
  return best;
}

export function atLeast(role: AclRole, wanted: AclRole): boolean {
  return RANK[role] >= RANK[wanted];
}

/**
 * The role `email` has on `calendar` through this app under calendar.app.created, or null when it is
 * out of reach (answered as 404 Not Found).
 */
export function appReach(
  calendar: StoredCalendar | undefined,
  email: string,
  options: CalendarAccessOptions,
): AclRole | null {
  if (!calendar || calendar.deleted || !calendar.createdByApp) return null;
  if (calendar.owner.toLowerCase() === email.toLowerCase()) return "owner";
  if (options.sharedMembers !== "byRole") return null;
  const role = roleOf(calendar, email);
  return atLeast(role, "reader") ? role : null;
}

/** Under calendar.acls ("calendars you own"): the owner reaches the ACL; anyone else gets 404. */
export function aclReach(calendar: StoredCalendar | undefined, email: string): boolean {
  return !!calendar && !calendar.deleted && roleOf(calendar, email) === "owner";
}
