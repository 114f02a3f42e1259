/**
 * What identifies the bilan's rows, kept out of its cells: one developer metadata on the bilan's own
 * rows (key BILAN_ROWS_METADATA_KEY, located on the whole rows the add-on wrote, so it moves with rows
 * inserted above and grows with rows inserted inside) whose value lists, in order, every line the add-on
 * wrote as a short id (a hash of the line's key: an action's plan row key, "f:total", …) and a short
 * fingerprint of the text it wrote in its own columns. On a refresh the sheet's rows are matched to that
 * list in order (the longest common subsequence of fingerprints): a row that matches is the add-on's,
 * and its comment goes back to the line with the same id; any other row is the committee's (inserted,
 * or one of the add-on's rows whose text the committee changed) and is kept as it is, where it was.
 *
 * Sizes: 9 characters a line, so a bilan of 3,000 lines stays under the 30,000 characters of developer
 * metadata a sheet may hold (FACTS.md, workspace/sheets/api/guides/metadata); a longer one is written
 * without its record and is then redone as a new sheet (bilan.ts says so).
 */
import type { CellValue } from "../../shared/cell";
import { hash32hex } from "../sync/hash";

export const BILAN_ROWS_METADATA_KEY = "planDaction.bilanRows";
const RECORD_PREFIX = "b1:";
const ID_LENGTH = 6;
const FINGERPRINT_LENGTH = 3;
/** Room left for the sheet's other metadata (the bilan marker) under the 30,000-character limit. */
export const RECORD_BUDGET = 29_000;

export interface RecordLine {
  id: string;
  fingerprint: string;
}

/** The short id of a line key: 30 bits, so two keys of one bilan meet about once in a million lines². */
export function lineId(key: string): string {
  return hash32hex(key, 7).slice(-ID_LENGTH);
}

/** A cell as it reads back: text without the apostrophe the add-on writes it behind, numbers as text. */
function canonical(value: CellValue | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.startsWith("'") ? value.slice(1) : value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return `@${value.getTime()}`;
}

/**
 * The fingerprint of the add-on's columns of a row, from what was written (text behind its apostrophe)
 * or from what reads back (getValues): both give the same fingerprint.
 */
export function lineFingerprint(cells: ReadonlyArray<CellValue | null | undefined>): string {
  return hash32hex(cells.map(canonical).join("\u0001"), 3).slice(-FINGERPRINT_LENGTH);
}

export function encodeRecord(lines: readonly RecordLine[]): string {
  return RECORD_PREFIX + lines.map((line) => line.id + line.fingerprint).join("");
}

export function decodeRecord(value: string | null): RecordLine[] | null {
  if (!value?.startsWith(RECORD_PREFIX)) return null;
  const body = value.slice(RECORD_PREFIX.length);
  const width = ID_LENGTH + FINGERPRINT_LENGTH;
  if (body.length % width !== 0) return null;
  const lines: RecordLine[] = [];
  for (let at = 0; at < body.length; at += width)
    lines.push({ id: body.slice(at, at + ID_LENGTH), fingerprint: body.slice(at + ID_LENGTH, at + width) });
  return lines;
}

/**
 * Matches the sheet's rows (their fingerprints, in order) to the recorded lines: for each row, the index
 * of the recorded line it is, or null for a row that is not the add-on's. Rows and lines stay in order
 * (committee rows are inserted or deleted, never sorted past the add-on's); equal runs at both ends are
 * matched directly, the middle by a longest common subsequence.
 */
export function alignRows(expected: readonly string[], actual: readonly string[]): Array<number | null> {
  const result: Array<number | null> = actual.map(() => null);
  let head = 0;
  while (head < expected.length && head < actual.length && expected[head] === actual[head]) {
    result[head] = head;
    head++;
  }
  let tailE = expected.length;
  let tailA = actual.length;
  while (tailE > head && tailA > head && expected[tailE - 1] === actual[tailA - 1]) {
    tailE--;
    tailA--;
    result[tailA] = tailE;
  }
  const n = tailE - head;
  const m = tailA - head;
  if (n === 0 || m === 0) return result;
  // lengths[i][j]: LCS of expected[head+i..] and actual[head+j..], rolled into one flat array.
  const lengths = new Uint16Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lengths[at(i, j)] =
        expected[head + i] === actual[head + j]
          ? lengths[at(i + 1, j + 1)] + 1
          : Math.max(lengths[at(i + 1, j)], lengths[at(i, j + 1)]);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (expected[head + i] === actual[head + j]) {
      result[head + j] = head + i;
      i++;
      j++;
    } else if (lengths[at(i + 1, j)] >= lengths[at(i, j + 1)]) i++;
    else j++;
  }
  return result;
}
