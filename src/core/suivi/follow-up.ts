/**
 * Who gets what in the suivi, decided from the plan model and the Membres rows alone: each open action
 * (an action in Moyens, neither Terminé nor Annulé) that is late or due within 30 days goes to every
 * person its Responsables cell names (split as everywhere people are counted: core/plan/names.ts), a name
 * matching a member accent- and case-insensitively. Then, per person: a member with an address who
 * follows by e-mail gets those actions (late first, the latest first; then the coming ones, soonest
 * first); a member who said Non is named as not following; a name with no address in Membres (not there,
 * or no valid address) is named, never mailed; a following member with nothing this time is named too.
 * Pure: `today` is an ISO day in the spreadsheet's time zone.
 */
import { daysBetween } from "../dates";
import { nameKey, splitNames } from "../plan/names";
import type { PlanRow, PlanTable } from "../plan/plan-model";
import { isClosed } from "../plan/status-text";
import { UPCOMING_DAYS } from "../summary/summarize";
import type { FollowMember } from "./follow-members";

export interface FollowItem {
  /** 1-based sheet row. */
  row: number;
  action: string;
  objectif: string;
  /** ISO day. */
  echeance: string;
  /** Days from today to the due day (negative when late). */
  days: number;
  late: boolean;
}

export interface FollowRecipient {
  member: FollowMember & { email: string };
  /** Late items first (most overdue first), then the coming ones (soonest first). */
  items: FollowItem[];
}

export interface NamedPerson {
  name: string;
  /** How many actions late or due soon they carry. */
  actions: number;
}

export interface FollowUpSelection {
  recipients: FollowRecipient[];
  /** Named in Responsables with actions this time, but no address in Membres. */
  noAddress: NamedPerson[];
  /** Members who carry actions this time and said Non to the suivi. */
  optedOut: NamedPerson[];
  /** Members who follow by e-mail, with an address, and carry nothing late or due soon. */
  nothing: string[];
}

function itemOf(row: PlanRow, today: string): FollowItem | null {
  if (row.moyens === "" || isClosed(row.status) || !row.echeance) return null;
  const days = daysBetween(today, row.echeance);
  if (days > UPCOMING_DAYS) return null;
  return {
    row: row.row,
    action: row.moyens,
    objectif: row.objectif,
    echeance: row.echeance,
    days,
    late: days < 0,
  };
}

const byLateThenDue = (a: FollowItem, b: FollowItem) =>
  a.late !== b.late ? (a.late ? -1 : 1) : a.days - b.days || a.row - b.row;

/** The items each name key carries, with the first spelling of the name seen in the plan. */
function itemsByPerson(plan: PlanTable, today: string) {
  const people = new Map<string, { name: string; items: FollowItem[] }>();
  for (const row of plan.rows) {
    const item = itemOf(row, today);
    if (!item) continue;
    const seen = new Set<string>();
    for (const name of splitNames(row.responsables)) {
      const key = nameKey(name);
      if (key === "" || seen.has(key)) continue;
      seen.add(key);
      const person = people.get(key);
      if (person) person.items.push(item);
      else people.set(key, { name, items: [item] });
    }
  }
  return people;
}

/** The actions of one person, late first: what « Mes actions » shows and each e-mail lists. */
export function itemsOf(plan: PlanTable, today: string, name: string): FollowItem[] {
  return (itemsByPerson(plan, today).get(nameKey(name))?.items ?? []).sort(byLateThenDue);
}

export function selectFollowUp(plan: PlanTable, members: FollowMember[], today: string): FollowUpSelection {
  const people = itemsByPerson(plan, today);
  const byKey = new Map<string, FollowMember>();
  for (const member of members) if (!byKey.has(member.key)) byKey.set(member.key, member);

  const recipients: FollowRecipient[] = [];
  const optedOut: NamedPerson[] = [];
  const noAddress: NamedPerson[] = [];
  const nothing: string[] = [];
  for (const member of byKey.values()) {
    const carried = people.get(member.key)?.items ?? [];
    if (!member.email) continue;
    if (!member.follows) {
      if (carried.length > 0) optedOut.push({ name: member.name, actions: carried.length });
      continue;
    }
    if (carried.length === 0) nothing.push(member.name);
    else
      recipients.push({
        member: member as FollowMember & { email: string },
        items: [...carried].sort(byLateThenDue),
      });
  }
  for (const [key, person] of people) {
    const member = byKey.get(key);
    if (!member?.email) noAddress.push({ name: member?.name ?? person.name, actions: person.items.length });
  }
  return { recipients, noAddress, optedOut, nothing };
}
