/**
 * A1 notation for the cell references users see in messages ("F12") and that conditional-format
 * formulas use ("$F8"). Columns and rows are 1-based as in Sheets.
 */

/** 1 → "A", 26 → "Z", 27 → "AA". */
export function columnLetter(column: number): string {
  let letters = "";
  let n = column;
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "A" → 1, "Z" → 26, "AA" → 27: the inverse of `columnLetter`. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** (12, 6) → "F12". */
export function cellA1(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}
