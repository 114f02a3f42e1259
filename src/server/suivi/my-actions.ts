/**
 * « Mes actions » for the sidebar: the person who opens it (Session.getEffectiveUser: an add-on runs as
 * whoever uses it) is looked up by address in Membres, and their open actions late or due within 30 days
 * are listed, late first, in the language of the sidebar. Nobody is guessed: no address, no row in
 * Membres, no list. Two calls to Membres (its values), whatever the plan's size.
 */
import { readFollowMembers } from "../../core/suivi/follow-members";
import { itemsOf } from "../../core/suivi/follow-up";
import type { MyActionsWire } from "../../shared/follow-up-wire";
import { membersSheet } from "../members";
import type { LoadedPlan } from "../plan-sheet";
import { itemWire, senderEmail } from "./follow-up-load";

export function myActions(loaded: LoadedPlan): MyActionsWire | null {
  const members = membersSheet(loaded.spreadsheet);
  if (!members) return null;
  const email = senderEmail().toLowerCase();
  if (!email) return null;
  const member = readFollowMembers(members.getDataRange().getValues()).members.find(
    (candidate) => candidate.email === email,
  );
  if (!member) return null;
  return {
    name: member.name,
    items: itemsOf(loaded.plan, loaded.today, member.name).map((item) =>
      itemWire(item, loaded.lang, loaded.today),
    ),
  };
}
