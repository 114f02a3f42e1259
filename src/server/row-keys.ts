/**
 * Gives every action row of a loaded plan its row key before a feature relies on keys (the bilan keeps
 * comments by key; the next year's plan names its originals by key). The rule is the sync's own
 * (core/sync/row-keys.ts): a copied row's duplicate key stays with the row whose content matches the
 * last synced state, so the bilan and the calendar never disagree about which row is the original.
 * One batch write into the hidden key column, nothing when every row already has its key.
 */
import { assignRowKeys, isRowKey, keepsSyncedKey } from "../core/sync/row-keys";
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
  writeRowKeys(loaded.sheet, loaded.values, keyColumn, assignment.writes);
  return true;
}
