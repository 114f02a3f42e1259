/**
 * The only code that calls Calendar.Acl (scope calendar.acls): list the calendar's rules, add a member's
 * reader rule without Google's notification e-mail (the design sends nothing by default: members add the
 * calendar with the sidebar's link), remove a rule. Each call goes through the sync's `attempt`, which
 * retries rate limits and 5xx with backoff (src/server/sync/calendar-client.ts).
 */
import type { AclRuleView } from "../../core/share/share-plan";
import { MEMBER_ROLE } from "../../core/share/share-plan";
import { attempt, type Deadline } from "../sync/calendar-client";

interface AclApi {
  list(calendarId: string): { items?: AclRuleView[] };
  insert(
    resource: { role: string; scope: { type: string; value: string } },
    calendarId: string,
    options: { sendNotifications: boolean },
  ): AclRuleView;
  remove(calendarId: string, ruleId: string): void;
}

const acl = (calendar: unknown): AclApi => (calendar as { Acl: AclApi }).Acl;

export function listRules(calendarId: string, deadline: Deadline): AclRuleView[] {
  return attempt((c) => acl(c).list(calendarId), deadline).items ?? [];
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
