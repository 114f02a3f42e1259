/**
 * Writes new row keys into the hidden `cle` column in one batch: one range from the first to the last row
 * that needs a key, holding the values read for the rows in between, so no other column and no other cell
 * of the add-on's own column changes. When a protection keeps the person running out of that range, the
 * keys are written run by run of consecutive rows instead (refused-writes.ts), and the rows a protection
 * refuses are left as they were and answered (no key written: callers must not rely on those keys).
 */
import type { RowKeyAssignment } from "../../core/sync/row-keys";
import type { CellValue } from "../../shared/cell";
import { writeRowsUnlessProtected, writeUnlessProtected } from "../refused-writes";

export interface RefusedKeys {
  /** The sheet rows whose new key was not written. */
  rows: Set<number>;
  /** The same rows as blocks of the key column, in A1 notation. */
  cells: string[];
}

export function writeRowKeys(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  values: CellValue[][],
  keyColumn: number,
  writes: RowKeyAssignment["writes"],
): RefusedKeys {
  if (!writes.length) return { rows: new Set(), cells: [] };
  let first = writes[0].row;
  let last = writes[0].row;
  for (const write of writes) {
    first = Math.min(first, write.row);
    last = Math.max(last, write.row);
  }
  const block: CellValue[][] = [];
  for (let row = first; row <= last; row++) block.push([values[row - 1]?.[keyColumn - 1] ?? ""]);
  for (const write of writes) block[write.row - first][0] = write.key;
  const whole = sheet.getRange(first, keyColumn, block.length, 1);
  if (writeUnlessProtected(whole, (range) => range.setValues(block))) return { rows: new Set(), cells: [] };
  return writeRowsUnlessProtected(
    writes.map((write) => write.row),
    (run) => sheet.getRange(run[0], keyColumn, run.length, 1),
    (range, run) => range.setValues(run.map((row) => [block[row - first][0]])),
  );
}
