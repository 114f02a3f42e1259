/**
 * The conditional formats of rows the server left unstyled (view-styles.ts: it evaluates them only for
 * the rows in view when it sends a sheet): when the grid draws rows near such rows, this asks /api/styles
 * for them and a margin around, one request at a time, puts the colours and weights into the cells the grid
 * draws from, and has the grid draw again those of them it shows. Asking before the rows come into view
 * keeps scrolling from drawing rows twice. An answer for a sheet no longer shown is dropped.
 */
import type { CellStyle, RowStyles } from "../view-styles.ts";
import { api } from "./dom.ts";
import type { CellView, GridGeometry } from "./sheet-data.ts";

/**
 * Rows asked for beyond the ones drawn, on either side (scrolling on finds them styled already); the
 * drawn rows and these stay under the server's MAX_STYLED_ROWS (view-styles.ts).
 */
export const STYLED_AHEAD = 300;
/** How near the drawn rows an unstyled row makes the page ask (less than STYLED_AHEAD: early, not often). */
const NEAR = 200;

let asking = false;

function apply(cell: CellView, style: CellStyle): void {
  cell.background = style.background;
  cell.color = style.color;
  cell.bold = style.bold;
  cell.strike = style.strike;
  for (const key of ["background", "color", "bold", "strike"] as const)
    if (cell[key] === undefined) delete cell[key];
}

/**
 * Makes sure rows `first` to `last` (sheet rows) of `geometry`, and those near them, get their evaluated
 * formats; `restyled` is called with the rows whose formats came in, to draw again those it shows.
 */
export function ensureStyles(
  geometry: GridGeometry,
  first: number,
  last: number,
  restyled: (rows: Set<number>) => void,
): void {
  if (asking || geometry.unstyled.size === 0) return;
  let missing = false;
  for (let row = Math.max(1, first - NEAR); row <= last + NEAR && !missing; row++)
    missing = geometry.unstyled.has(row);
  if (!missing) return;
  asking = true;
  const from = Math.max(1, first - STYLED_AHEAD);
  const to = last + STYLED_AHEAD;
  api<RowStyles>(`/api/styles?sheet=${geometry.sheetId}&from=${from}&to=${to}`)
    .then((styles) => {
      asking = false;
      if (styles.sheetId !== geometry.sheetId) return;
      const rows = new Set<number>();
      for (const { row, runs } of styles.rows) {
        if (!geometry.unstyled.delete(row)) continue;
        rows.add(row);
        for (const { from, to, ...style } of runs) {
          for (let column = from; column <= to; column++) {
            const cell = geometry.cells.get(`${row}:${column}`);
            if (cell) apply(cell, style);
          }
        }
      }
      restyled(rows);
    })
    .catch(() => {
      // The page shows the rows with their own formats; the next draw asks again.
      asking = false;
    });
}
