/**
 * Writes new row keys into the hidden `cle` column in one batch: one range from the first to the last row
 * that needs a key, holding the values read for the rows in between, so no other column and no other cell
 * of the add-on's own column changes.
 */
import type { RowKeyAssignment } from "../../core/sync/row-keys";
import type { CellValue } from "../../shared/cell";

export function writeRowKeys(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  values: CellValue[][],
  keyColumn: number,
  writes: RowKeyAssignment["writes"],
): void {
  if (!writes.length) return;
  let first = writes[0].row;
  let last = writes[0].row;
  for (const write of writes) {
    first = Math.min(first, write.row);
    last = Math.max(last, write.row);
  }
  const block: CellValue[][] = [];
  for (let row = first; row <= last; row++) block.push([values[row - 1]?.[keyColumn - 1] ?? ""]);
  for (const write of writes) block[write.row - first][0] = write.key;
  sheet.getRange(first, keyColumn, block.length, 1).setValues(block);
}
