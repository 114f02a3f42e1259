/**
 * The values a spreadsheet cell gives back through Range.getValues(): text, numbers, booleans, dates,
 * or "" for an empty cell. Dates may come from another JavaScript realm (Apps Script's bridge, or the
 * emulator's vm context), so they are recognised with isDateValue, never with `instanceof Date`.
 */
export type CellValue = string | number | boolean | Date;

/** True for a Date from any realm. */
export function isDateValue(value: unknown): value is Date {
  return (
    Object.prototype.toString.call(value) === "[object Date]" && !Number.isNaN((value as Date).getTime())
  );
}
