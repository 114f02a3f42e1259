/**
 * Gives every action row of a loaded plan its row key before a feature relies on keys (the bilan keeps
 * comments by key; the next year's plan names its originals by key). The rule is the sync's own
 * (core/sync/row-keys.ts): a copied row's duplicate key stays with the row whose content matches the
 * last synced state, so the bilan and the calendar never disagree about which row is the original.
 * One batch write into the hidden key column, nothing when every row already has its key. A key a
 * protection refuses is named in the result (loaded.refusedKeys) and replaced in memory by a provisional
 * one derived from the plan, the row and its action, so the dialog that listed the row and the operation
 * that follows still agree on it (the sync gives such a row no event: see sync-run.ts).
 */
import { hash32hex } from "../core/sync/hash";
import { assignRowKeys, isRowKey, keepsSyncedKey, ROW_KEY_LENGTH } from "../core/sync/row-keys";
import { emptyState } from "../core/sync/sync-state";
import type { LoadedPlan } from "./plan-sheet";
import { writeRowKeys } from "./sync/row-key-writer";
import { loadState } from "./sync/state-store";

/** Completes `loaded.plan.rows[].key` and writes the new keys; false when the plan has no key column. */
export function ensureRowKeys(loaded: LoadedPlan, planId: string): boolean {
  const keyColumn = loaded.plan.columns.cle;
  if (!keyColumn) return false;
  const rows = loaded.plan.rows;
  const seen = new Set<string>();
  const complete = rows.every((row) => {
    if (!isRowKey(row.key) || seen.has(row.key)) return false;
    seen.add(row.key);
    return true;
  });
  if (complete) return true;
  const state = loadState(planId).state ?? emptyState(planId, loaded.lang);
  const context = {
    planId,
    spreadsheetId: loaded.spreadsheet.getId(),
    sheetId: loaded.sheet.getSheetId(),
    lang: state.lang,
    spanDates: state.spanDates,
  };
  const assignment = assignRowKeys(rows, Utilities.getUuid(), (row) => keepsSyncedKey(row, state, context));
  for (const row of rows) row.key = assignment.keys.get(row.row) ?? row.key;
  const refused = writeRowKeys(loaded.sheet, loaded.values, keyColumn, assignment.writes);
  loaded.refusedKeys.push(...refused.cells);
  for (const row of rows)
    if (refused.rows.has(row.row)) row.key = provisionalKey(planId, row.row, row.moyens);
  return true;
}

/** The same key for the same plan, row and action in every execution (until its real key is written). */
function provisionalKey(planId: string, row: number, action: string): string {
  return hash32hex(`provisional\u0000${planId}\u0000${row}\u0000${action}`).slice(-ROW_KEY_LENGTH);
}
