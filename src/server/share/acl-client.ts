/**
 * The only code that calls Calendar.Acl (scope calendar.acls): list the calendar's rules, add a member's
 * reader rule without Google's notification e-mail (the design sends nothing by default: members add the
 * calendar with the sidebar's link), remove a rule. Each call goes through the sync's `attempt`, which
 * retries rate limits and 5xx with backoff (src/server/sync/calendar-client.ts). Acl.list answers at most
 * 100 rules a page by default (v3/reference/acl/list, maxResults): every page is read, by nextPageToken.
 */
import type { AclRuleView } from "../../core/share/share-plan";
import { MEMBER_ROLE } from "../../core/share/share-plan";
import { attempt, type Deadline } from "../sync/calendar-client";

interface AclApi {
  list(
    calendarId: string,
    options?: { pageToken?: string },
  ): { items?: AclRuleView[]; nextPageToken?: string };
  insert(
    resource: { role: string; scope: { type: string; value: string } },
    calendarId: string,
    options: { sendNotifications: boolean },
  ): AclRuleView;
  remove(calendarId: string, ruleId: string): void;
}

const acl = (calendar: unknown): AclApi => (calendar as { Acl: AclApi }).Acl;

/** Every rule of the calendar's ACL, page after page. */
export function listRules(calendarId: string, deadline: Deadline): AclRuleView[] {
  const rules: AclRuleView[] = [];
  let pageToken: string | undefined;
  do {
    const token = pageToken;
    const page = attempt((c) => acl(c).list(calendarId, token ? { pageToken: token } : {}), deadline);
    for (const rule of page.items ?? []) rules.push(rule);
    pageToken = page.nextPageToken;
  } while (pageToken);
  return rules;
}

/**
 * Which of `emails` (just added) have no user rule in the calendar's ACL: Google answers an insert for an
 * address without a Google account with success but keeps no rule for it (a public report: the rule is
 * not listed; such a person cannot see the calendar), so the added are checked with one more listing.
 */
export function withoutRule(calendarId: string, emails: readonly string[], deadline: Deadline): string[] {
  const listed = new Set(
    listRules(calendarId, deadline)
      .filter((rule) => rule.scope.type === "user" && rule.scope.value)
      .map((rule) => String(rule.scope.value).toLowerCase()),
  );
  return emails.filter((email) => !listed.has(email.toLowerCase()));
}

export function addReader(calendarId: string, email: string, deadline: Deadline): void {
  attempt(
    (c) =>
      acl(c).insert({ role: MEMBER_ROLE, scope: { type: "user", value: email } }, calendarId, {
        sendNotifications: false,
      }),
    deadline,
  );
}

export function removeRule(calendarId: string, ruleId: string, deadline: Deadline): void {
  attempt((c) => acl(c).remove(calendarId, ruleId), deadline);
}
