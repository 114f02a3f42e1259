/**
 * Where the sync state lives: the document's properties (PropertiesService.getDocumentProperties()), one
 * set of chunks per plan id. Chosen over a sheet because it costs no spreadsheet call, is invisible to
 * users (nothing to break by sorting or deleting rows), and fits: about 50 bytes per row against 9 KB per
 * value and 500 KB per store (core/sync/sync-state.ts). Read with one getProperties, written with one
 * setProperties (plus a deleteProperty per chunk no longer needed).
 */
import { parseState, type SyncState, serializeState } from "../../core/sync/sync-state";

const PREFIX = "planDaction.sync.";

function keys(planId: string) {
  return { count: `${PREFIX}${planId}.n`, chunk: (i: number) => `${PREFIX}${planId}.${i}` };
}

/**
 * The saved state of `planId` (null when none or unreadable), how many chunks it occupies, and every
 * document property as read (the calendar's record is among them: calendar-records.ts).
 */
export function loadState(planId: string): {
  state: SyncState | null;
  chunks: number;
  properties: Record<string, string>;
} {
  const all = PropertiesService.getDocumentProperties().getProperties();
  const k = keys(planId);
  const count = Number(all[k.count] ?? 0) || 0;
  if (!count) return { state: null, chunks: 0, properties: all };
  const chunks: string[] = [];
  for (let i = 0; i < count; i++) chunks.push(all[k.chunk(i)] ?? "");
  return { state: parseState(chunks, planId), chunks: count, properties: all };
}

/** Saves `state`; returns its chunk count (pass it back as `previousChunks` next time). */
export function saveState(state: SyncState, previousChunks: number): number {
  const k = keys(state.planId);
  const chunks = serializeState(state);
  const values: Record<string, string> = { [k.count]: String(chunks.length) };
  chunks.forEach((chunk, i) => {
    values[k.chunk(i)] = chunk;
  });
  const properties = PropertiesService.getDocumentProperties();
  properties.setProperties(values);
  for (let i = chunks.length; i < previousChunks; i++) properties.deleteProperty(k.chunk(i));
  return chunks.length;
}
