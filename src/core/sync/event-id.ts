/**
 * Event ids chosen by the add-on, so that a retried insert answers 409 instead of making a duplicate:
 * base32hex (Calendar's id alphabet `a-v0-9`, 5–1024 characters), derived from the plan id, the row key
 * and a generation number. The generation moves on when a row needs a fresh event after its previous one
 * was deleted (a deleted event's id stays taken forever, FACTS.md).
 */
import { longHash32hex } from "./hash";

/** Calendar's rule for client-chosen ids. */
export const EVENT_ID_PATTERN = /^[a-v0-9]{5,1024}$/;

/** "pa" + 22 hash characters: deterministic in (planId, rowKey, generation), always a valid id. */
export function eventIdFor(planId: string, rowKey: string, generation: number): string {
  return `pa${longHash32hex(`${planId}\u0000${rowKey}\u0000${generation}`)}`;
}
