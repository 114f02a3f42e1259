/**
 * The sync state, vdirsyncer-style: per row key, the event the add-on made for it (or none), the event
 * id's generation, the hash of the fields last written and the event's `updated` stamp after that write
 * (a different stamp later means someone edited the event in Calendar). Plus the calendar id, the
 * description language and the date-span option, fixed per plan so that two users never undo each other.
 *
 * Stored in document properties (the edge's choice, see src/server/sync/state-store.ts) as compact JSON
 * cut into chunks: Apps Script allows 9 KB per value and 500 KB per store, and one row costs about 50
 * bytes here (the event id is left out when it is the one eventIdFor would derive), so 2,000 rows take
 * about 100 KB. Non-ASCII characters are escaped so that a chunk's byte size equals its length.
 */
import type { Lang } from "../i18n";
import { eventIdFor } from "./event-id";

export const STATE_VERSION = 1;
/** Characters per stored chunk: under the 9 KB-per-value limit with room for the key. */
export const STATE_CHUNK_CHARS = 8000;

export interface RowState {
  /** The event the add-on made for this row and has not deleted itself; null when it has none. */
  eventId: string | null;
  /** The generation of the latest event id used for this row. */
  generation: number;
  /** Hash of the synced fields last written ("" when none). */
  hash: string;
  /** The event's `updated` instant (ms) after the add-on's last write, null when unknown. */
  updated: number | null;
}

export interface SyncState {
  version: number;
  planId: string;
  calendarId: string | null;
  lang: Lang;
  spanDates: boolean;
  rows: Record<string, RowState>;
  /** Writes done since the current sync started (for the progress bar), null when no sync is under way. */
  progressDone: number | null;
  /** Events created, updated and deleted since the current sync started (its final message counts them). */
  totals: SyncTotals | null;
}

export interface SyncTotals {
  created: number;
  updated: number;
  deleted: number;
}

export function emptyState(planId: string, lang: Lang): SyncState {
  return {
    version: STATE_VERSION,
    planId,
    calendarId: null,
    lang,
    spanDates: false,
    rows: {},
    progressDone: null,
    totals: null,
  };
}

type StoredRow = [string | 0, number, string, string];

function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** The state as chunks of at most STATE_CHUNK_CHARS characters. */
export function serializeState(state: SyncState): string[] {
  const rows: Record<string, StoredRow> = {};
  for (const [key, row] of Object.entries(state.rows)) {
    const derived = row.eventId === eventIdFor(state.planId, key, row.generation);
    rows[key] = [
      row.eventId === null ? "" : derived ? 0 : row.eventId,
      row.generation,
      row.hash,
      row.updated === null ? "" : row.updated.toString(36),
    ];
  }
  const text = asciiJson({
    v: state.version,
    p: state.planId,
    c: state.calendarId,
    l: state.lang,
    s: state.spanDates,
    d: state.progressDone,
    t: state.totals ? [state.totals.created, state.totals.updated, state.totals.deleted] : null,
    r: rows,
  });
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += STATE_CHUNK_CHARS) chunks.push(text.slice(i, i + STATE_CHUNK_CHARS));
  return chunks.length ? chunks : [""];
}

/** Reads chunks back; a missing, damaged or foreign state gives null (the listing then rebuilds it). */
export function parseState(chunks: string[], planId: string): SyncState | null {
  let data: {
    v?: number;
    p?: string;
    c?: string | null;
    l?: Lang;
    s?: boolean;
    d?: number | null;
    t?: [number, number, number] | null;
    r?: Record<string, StoredRow>;
  };
  try {
    data = JSON.parse(chunks.join(""));
  } catch (_error) {
    return null;
  }
  if (!data || data.v !== STATE_VERSION || data.p !== planId) return null;
  const rows: Record<string, RowState> = {};
  for (const [key, stored] of Object.entries(data.r ?? {})) {
    if (!Array.isArray(stored) || stored.length !== 4) continue;
    const [id, generation, hash, updated] = stored;
    rows[key] = {
      eventId: id === "" ? null : id === 0 ? eventIdFor(planId, key, generation) : String(id),
      generation: Number(generation) || 0,
      hash: String(hash),
      updated: updated === "" ? null : parseInt(String(updated), 36),
    };
  }
  return {
    version: STATE_VERSION,
    planId,
    calendarId: typeof data.c === "string" ? data.c : null,
    lang: data.l === "en" ? "en" : "fr",
    spanDates: data.s === true,
    rows,
    progressDone: typeof data.d === "number" ? data.d : null,
    totals:
      Array.isArray(data.t) && data.t.length === 3
        ? {
            created: Number(data.t[0]) || 0,
            updated: Number(data.t[1]) || 0,
            deleted: Number(data.t[2]) || 0,
          }
        : null,
  };
}
