/**
 * Stable row keys: the hidden `cle` column names each action row for good, so that its event follows it
 * through sorting and moves (values move with their row). A row with an empty key gets a new one; when a
 * user copies a row, two rows share a key, and the copy gets a new one — the copy being the occurrence
 * whose content no longer matches the last synced content (or, failing that, the later one in the sheet).
 * Keys are 10 base32hex characters drawn from a seed the edge supplies (Utilities.getUuid()), so this
 * module stays pure and testable.
 */
import type { PlanRow } from "../plan/plan-model";
import { type EventContext, eventBodyFor } from "./event-body";
import { hash32hex } from "./hash";
import type { SyncState } from "./sync-state";

export const ROW_KEY_LENGTH = 10;
const ROW_KEY_PATTERN = /^[a-v0-9]{10}$/;

export interface KeyedRow {
  row: number;
  key: string;
}

export interface RowKeyAssignment {
  /** The key each sheet row ends up with. */
  keys: Map<number, string>;
  /** The rows whose key cell must be written (new key, or a duplicate replaced). */
  writes: Array<{ row: number; key: string }>;
}

/** True for a key this module would have written (other text in the cell is treated as damaged). */
export function isRowKey(key: string): boolean {
  return ROW_KEY_PATTERN.test(key);
}

/**
 * Which occurrence of a duplicated key keeps it: the row whose event, built now, has the hash saved for
 * that key at the last sync — its content is what was synced, so it is the original and the other
 * occurrences are copies. An undated row (no event) never claims the key this way.
 */
export function keepsSyncedKey(row: PlanRow, state: SyncState, context: EventContext): boolean {
  const body = eventBodyFor(row, row.key, context);
  return body !== null && state.rows[row.key]?.hash === body.extendedProperties.private.hash;
}

/**
 * Assigns keys. `keepsKey(row)` says which occurrence of a duplicated key is the original (the one whose
 * content matches the synced state: keepsSyncedKey); `seed` makes new keys unique to this run.
 */
export function assignRowKeys<Row extends KeyedRow>(
  rows: Row[],
  seed: string,
  keepsKey: (row: Row) => boolean = () => false,
): RowKeyAssignment {
  const keys = new Map<number, string>();
  const writes: Array<{ row: number; key: string }> = [];
  const used = new Set<string>();
  const owner = new Map<string, number>();
  for (const row of rows) {
    if (!isRowKey(row.key)) continue;
    const current = owner.get(row.key);
    if (current === undefined || (keepsKey(row) && !keepsKey(rows.find((r) => r.row === current)!)))
      owner.set(row.key, row.row);
    used.add(row.key);
  }
  let counter = 0;
  const fresh = (): string => {
    let key: string;
    do {
      key = hash32hex(`${seed}\u0000${counter++}`).slice(-ROW_KEY_LENGTH);
    } while (used.has(key));
    used.add(key);
    return key;
  };
  for (const row of rows) {
    if (isRowKey(row.key) && owner.get(row.key) === row.row) {
      keys.set(row.row, row.key);
      continue;
    }
    const key = fresh();
    keys.set(row.row, key);
    writes.push({ row: row.row, key });
  }
  return { keys, writes };
}
