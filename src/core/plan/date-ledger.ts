/**
 * The add-on's ledger of the Début/Échéance dates it wrote, so that it knows which date cells it owns
 * without a marker in the note people read: per row, the day last written in each of the two cells.
 * A row is named by its hidden row key (which follows it through sorting), or by `#<sheet row>` while it
 * has none (the first sync gives it one; the entry then moves to the key). The edge keeps the ledger as
 * one developer-metadata value on the plan sheet (30,000 characters per sheet,
 * developers.google.com/workspace/sheets/api/guides/metadata), so it stays below LEDGER_MAX_LENGTH: past
 * it the entries of the last rows are left out, and their computed dates then count as typed by hand
 * (kept, never overwritten).
 */

/** Developer-metadata key of the ledger on the plan sheet. */
export const DATE_LEDGER_KEY = "planDaction.dates";
/** Well under the sheet's 30,000 characters of metadata, which the plan marker shares. */
export const LEDGER_MAX_LENGTH = 24_000;

/** Per row id: the ISO day last written in Début and in Échéance ("" when none). */
export type DateLedger = Map<string, [string, string]>;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The id of a sheet row in the ledger. */
export function ledgerId(key: string, sheetRow: number): string {
  return key ? key : `#${sheetRow}`;
}

/** The ledger stored in `text` (empty for anything unreadable: no date is then owned by the ledger). */
export function parseLedger(text: string | null | undefined): DateLedger {
  const ledger: DateLedger = new Map();
  if (!text) return ledger;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return ledger;
  }
  const rows = (data as { rows?: unknown })?.rows;
  if (!rows || typeof rows !== "object") return ledger;
  for (const [id, pair] of Object.entries(rows as Record<string, unknown>)) {
    if (!Array.isArray(pair) || pair.length !== 2) continue;
    const [debut, echeance] = pair.map((day) => (typeof day === "string" && ISO_DAY.test(day) ? day : ""));
    if (debut || echeance) ledger.set(id, [debut, echeance]);
  }
  return ledger;
}

/** The ledger as stored, sorted by id so that the same ledger gives the same text; clipped to fit. */
export function serializeLedger(ledger: DateLedger): string {
  const rows: Record<string, [string, string]> = {};
  let length = 20;
  for (const id of [...ledger.keys()].sort()) {
    const pair = ledger.get(id) as [string, string];
    if (!pair[0] && !pair[1]) continue;
    const entry = JSON.stringify(id).length + JSON.stringify(pair).length + 2;
    if (length + entry > LEDGER_MAX_LENGTH) break;
    length += entry;
    rows[id] = pair;
  }
  return JSON.stringify({ v: 1, rows });
}
