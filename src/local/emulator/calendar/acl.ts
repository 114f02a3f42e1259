/**
 * Calendar.Acl in the emulated advanced service: insert, list, get, patch, remove (Apps Script's name for
 * delete), as documented on developers.google.com/workspace/calendar/api/v3/reference/acl/*: rule ids
 * `user:<email>` (`<type>:<value>`, `default` for the public scope), `scope {type, value}`, `role`;
 * insert's `sendNotifications` defaults to true (a sent notification is recorded for tests); only the
 * owner reaches the ACL (access.ts). Changing your own rule answers 403 cannotChangeOwnAcl "Cannot change
 * your own access level." (an answer seen from the real API). Assumptions: inserting a rule whose scope
 * already has one replaces its role (the API documents no 409 for it); a Workspace domain that forbids
 * sharing outside answers 403 "forbidden" — the exact reason and message are a guess; tests inject it
 * per email or per domain with `refuseSharingWith`. list pages: maxResults defaults to 100 and is at most
 * 250 (acl/list), the rest behind nextPageToken. An address without a Google account (`noGoogleAccount`):
 * a public report (googleapis/google-api-nodejs-client#1965) says insert answers 200 and the rule is then
 * not listed — the emulator's default, "unlisted"; whether Google instead refuses it (400 "Invalid scope
 * value.") is a guess, the option "refused"; both are tested.
 */
import type { UserDirectory } from "../users.ts";
import { type AclRole, type AclRule, aclReach, ROLES, type StoredCalendar } from "./access.ts";
import { calendarApiError, notFound } from "./errors.ts";
import { clone } from "./fields.ts";

export interface SharingNotification {
  calendarId: string;
  ruleId: string;
  role: AclRole;
}

export interface AclState {
  /** Emails or domains ("@example.org" or "example.org") whose sharing is refused. */
  refused: Map<string, Error | (() => Error)>;
  /** Addresses (lower case) with no Google account, and what insert does with them. */
  noAccount: Map<string, "unlisted" | "refused">;
  notifications: SharingNotification[];
}

const SCOPE_TYPES = ["default", "user", "group", "domain"];
export const ACL_PAGE_DEFAULT = 100;
export const ACL_PAGE_MAX = 250;

export function ruleIdOf(scope: { type: string; value?: string }): string {
  return scope.type === "default" ? "default" : `${scope.type}:${scope.value ?? ""}`;
}

export function createAclService(
  calendars: Map<string, StoredCalendar>,
  users: UserDirectory,
  state: AclState,
  stamp: () => string,
  checkScope: (method: string, apiMethod: string) => void,
) {
  const owned = (apiMethod: string, calendarId: unknown): StoredCalendar => {
    const calendar = calendars.get(String(calendarId));
    if (!aclReach(calendar, users.current().email)) throw notFound(apiMethod);
    return calendar!;
  };
  const ownRule = (method: string, calendar: StoredCalendar, ruleId: string) => {
    if (ruleId.toLowerCase() === `user:${users.current().email.toLowerCase()}`)
      throw calendarApiError(
        method,
        403,
        "Cannot change your own access level.",
        "cannotChangeOwnAcl",
        "calendar",
      );
    void calendar;
  };
  const refusal = (value: string): Error | null => {
    const lower = value.toLowerCase();
    const domain = lower.slice(lower.lastIndexOf("@") + 1);
    for (const [key, error] of state.refused) {
      const k = key.toLowerCase().replace(/^@/, "");
      if (k === lower || k === domain) return typeof error === "function" ? error() : error;
    }
    return null;
  };
  const checkRole = (method: string, role: unknown): AclRole => {
    if (role === undefined) throw calendarApiError(method, 400, "Missing role.", "required");
    if (ROLES.indexOf(role as AclRole) < 0) throw calendarApiError(method, 400, "Invalid role.", "invalid");
    return role as AclRole;
  };

  return {
    __class: "Acl",
    insert(
      resource: { role?: string; scope?: { type?: string; value?: string } },
      calendarId: string,
      options?: { sendNotifications?: boolean },
    ) {
      const method = "calendar.acl.insert";
      checkScope("Acl.insert", method);
      const calendar = owned(method, calendarId);
      const role = checkRole(method, resource?.role);
      const type = String(resource?.scope?.type ?? "default");
      if (SCOPE_TYPES.indexOf(type) < 0)
        throw calendarApiError(method, 400, "Invalid scope type.", "invalid");
      const value = resource?.scope?.value === undefined ? undefined : String(resource.scope.value);
      if (type !== "default" && !value)
        throw calendarApiError(method, 400, "Missing scope value.", "required");
      const id = ruleIdOf({ type, value });
      ownRule(method, calendar, id);
      if (value && type !== "default") {
        const refused = refusal(value);
        if (refused) throw refused;
      }
      const noAccount = type === "user" && value ? state.noAccount.get(value.toLowerCase()) : undefined;
      if (noAccount === "refused") throw calendarApiError(method, 400, "Invalid scope value.", "invalid");
      const rule: AclRule = {
        kind: "calendar#aclRule",
        etag: `"${stamp()}"`,
        id,
        scope: type === "default" ? { type } : { type, value },
        role,
      };
      // No account: answered as added, but no rule is kept (see the header).
      if (noAccount === "unlisted") return clone(rule);
      calendar.acl.set(id, rule);
      if (options?.sendNotifications !== false)
        state.notifications.push({ calendarId: String(calendarId), ruleId: id, role });
      return clone(rule);
    },
    list(calendarId: string, options: { maxResults?: number; pageToken?: string } = {}) {
      const method = "calendar.acl.list";
      checkScope("Acl.list", method);
      const calendar = owned(method, calendarId);
      const size = Math.min(Number(options?.maxResults ?? ACL_PAGE_DEFAULT), ACL_PAGE_MAX);
      if (!Number.isInteger(size) || size < 1)
        throw calendarApiError(method, 400, "Invalid value for: maxResults", "invalid");
      let offset = 0;
      if (options?.pageToken !== undefined) {
        const match = /^acl(\d+)$/.exec(String(options.pageToken));
        if (!match) throw calendarApiError(method, 400, "Invalid page token value.", "invalid");
        offset = Number(match[1]);
      }
      const all = [...calendar.acl.values()];
      const page: Record<string, unknown> = {
        kind: "calendar#acl",
        etag: `"${stamp()}"`,
        items: all.slice(offset, offset + size).map(clone),
      };
      if (offset + size < all.length) page.nextPageToken = `acl${offset + size}`;
      return page;
    },
    get(calendarId: string, ruleId: string) {
      const method = "calendar.acl.get";
      checkScope("Acl.get", method);
      const rule = owned(method, calendarId).acl.get(String(ruleId));
      if (!rule) throw notFound(method);
      return clone(rule);
    },
    patch(resource: { role?: string }, calendarId: string, ruleId: string, _options?: object) {
      const method = "calendar.acl.patch";
      checkScope("Acl.patch", method);
      const calendar = owned(method, calendarId);
      const rule = calendar.acl.get(String(ruleId));
      if (!rule) throw notFound(method);
      ownRule(method, calendar, rule.id);
      if (resource?.role !== undefined) rule.role = checkRole(method, resource.role);
      rule.etag = `"${stamp()}"`;
      return clone(rule);
    },
    remove(calendarId: string, ruleId: string) {
      const method = "calendar.acl.delete";
      checkScope("Acl.remove", method);
      const calendar = owned(method, calendarId);
      if (!calendar.acl.has(String(ruleId))) throw notFound(method);
      ownRule(method, calendar, String(ruleId));
      calendar.acl.delete(String(ruleId));
    },
  };
}
