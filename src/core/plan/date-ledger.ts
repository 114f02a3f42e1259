/**
 * The ledger of an earlier version: the Début/Échéance days it wrote, per row, kept as one developer-
 * metadata value on the plan sheet (30,000 characters per sheet, developers.google.com/workspace/sheets/
 * api/guides/metadata), which capped it near 585 rows. The day a date cell was written now lives in the
 * cell's own note (date-notes.ts); this ledger is only read, for the notes of that version, which name no
 * day, and removed once every such cell has been rewritten. A row is named by its hidden row key, or by
 * `#<sheet row>` while it had none.
 */

/** Developer-metadata key of the ledger on the plan sheet. */
export const DATE_LEDGER_KEY = "planDaction.dates";
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
