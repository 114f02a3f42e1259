/**
 * The plan's calendar as sharing needs it: its id (from the sync state, src/server/sync/state-store.ts),
 * its name, and its owner's e-mail when known. The owner is remembered in the document's properties the
 * first time the owner's own ACL listing shows it (only the owner can list it), so that a member who
 * cannot reach the calendar is told who to ask.
 */
import { calendarName } from "../../core/sync/sync-report";
import { planIdOf } from "../plan-marker";
import type { LoadedPlan } from "../plan-sheet";
import { loadState } from "../sync/state-store";

export interface PlanCalendar {
  id: string;
  name: string;
  ownerEmail: string | null;
}

const OWNER_PREFIX = "planDaction.share.owner.";

export function planCalendar(loaded: LoadedPlan): PlanCalendar | null {
  const { state } = loadState(planIdOf(loaded.sheet));
  if (!state?.calendarId) return null;
  const owner = PropertiesService.getDocumentProperties().getProperty(OWNER_PREFIX + state.calendarId);
  return {
    id: state.calendarId,
    name: calendarName(loaded.plan.header.comite, state.lang),
    ownerEmail: owner || null,
  };
}

/** Remembers who owns `calendarId`, as its ACL listing showed it. */
export function rememberOwner(calendar: PlanCalendar, ownerEmail: string): void {
  if (!ownerEmail || calendar.ownerEmail === ownerEmail) return;
  PropertiesService.getDocumentProperties().setProperty(OWNER_PREFIX + calendar.id, ownerEmail);
}
