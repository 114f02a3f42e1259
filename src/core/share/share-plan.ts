/**
 * Which reader rules "Partager l'agenda avec le comité" adds to and removes from the plan's calendar,
 * decided from the members' addresses, the calendar's ACL as listed, and the record of the rules the
 * add-on added earlier (kept by the edge in the document's properties, per calendar). The rules it
 * follows: a member who can already see the calendar (any rule of theirs: reader, writer, owner, or one
 * set by hand) is left alone, so a second click adds nothing; a member without a rule gets one reader
 * rule; a rule is removed only when the add-on added it, its address left Membres, and it is still the
 * reader rule the add-on made (a rule someone changed by hand in Google Calendar is no longer the
 * add-on's: it stays, and is forgotten). Nothing else in the ACL is ever touched.
 */
import type { MemberEmail } from "./member-emails";

/** An ACL rule as Calendar.Acl.list returns it (only the fields this module reads). */
export interface AclRuleView {
  id: string;
  role: string;
  scope: { type: string; value?: string };
}

export interface SharingInput {
  members: readonly MemberEmail[];
  rules: readonly AclRuleView[];
  /** Addresses (lower case) whose reader rule the add-on added before, from the record. */
  added: readonly string[];
}

export interface SharingPlan {
  /** Members who get a reader rule now. */
  toAdd: MemberEmail[];
  /** Rules the add-on added whose address left Membres: removed now. */
  toRemove: Array<{ email: string; ruleId: string }>;
  /** Members who can already see the calendar: nothing is done for them. */
  alreadyShared: MemberEmail[];
  /** Recorded addresses whose rule is gone or was changed by hand: dropped from the record, untouched. */
  forgotten: string[];
}

/** The role the add-on gives: "See all event details". */
export const MEMBER_ROLE = "reader";

function userRules(rules: readonly AclRuleView[]): Map<string, AclRuleView> {
  const byEmail = new Map<string, AclRuleView>();
  for (const rule of rules) {
    if (rule.scope.type !== "user" || !rule.scope.value || rule.role === "none") continue;
    byEmail.set(rule.scope.value.toLowerCase(), rule);
  }
  return byEmail;
}

export function planSharing(input: SharingInput): SharingPlan {
  const rules = userRules(input.rules);
  const memberSet = new Set(input.members.map((m) => m.email));
  const plan: SharingPlan = { toAdd: [], toRemove: [], alreadyShared: [], forgotten: [] };
  for (const member of input.members) {
    if (rules.has(member.email)) plan.alreadyShared.push(member);
    else plan.toAdd.push(member);
  }
  for (const email of input.added) {
    if (memberSet.has(email)) continue;
    const rule = rules.get(email);
    if (rule && rule.role === MEMBER_ROLE) plan.toRemove.push({ email, ruleId: rule.id });
    else plan.forgotten.push(email);
  }
  return plan;
}

/**
 * True when the plan would remove more than half of the accesses the add-on gave and still owns (as the
 * sync asks before deleting more than half of its events): the Courriel column emptied, or the addresses
 * moved under another header, must not silently unshare the whole committee. The person is asked first.
 */
export function removesMostAccesses(plan: SharingPlan, added: readonly string[]): boolean {
  const given = added.length - plan.forgotten.length;
  return plan.toRemove.length > 0 && plan.toRemove.length * 2 > given;
}

/** What happened to the planned changes, as the edge saw it. */
export interface SharingResults {
  added: readonly string[];
  removed: readonly string[];
}

/**
 * The record to keep after a run: the addresses the add-on added before and still owns (still in
 * Membres with a rule, or whose removal failed), plus those it added now. A member who already had a
 * rule is not recorded: the add-on did not add it, so it will never remove it.
 */
export function nextRecord(
  previous: readonly string[],
  plan: SharingPlan,
  results: SharingResults,
): string[] {
  const drop = new Set([...plan.forgotten, ...results.removed]);
  const kept = previous.filter((email) => !drop.has(email));
  const record = new Set(kept);
  for (const email of results.added) record.add(email);
  return [...record].sort();
}
