/**
 * What the playground's printable version shows: the plan of the shown sheet (or the first sheet that
 * holds one) as the committee reads it on paper — its title, its header block (Comité, Période,
 * Besoin…) as label/value lines, and its table with the header row, every action row with its displayed
 * text and status colours, the hidden columns (the add-on's row key) left out. Plain JSON for
 * client/print.ts, which draws it with textContent.
 */

import { BILAN_METADATA_KEY } from "../../core/bilan/bilan-marker.ts";
import { LEGEND_TITLE } from "../../core/colours/legend.ts";
import type { Lang } from "../../core/i18n.ts";
import type { Emulator } from "../emulator/index.ts";
import { isBilanSheet, type PrintBilan, printBilan } from "./print-bilan.ts";
import { sheetExtent } from "./print-layout.ts";
import { sheetView } from "./view.ts";

const LEGEND_TITLES = new Set([LEGEND_TITLE.fr, LEGEND_TITLE.en]);

export interface PrintCell {
  text: string;
  background?: string;
  color?: string;
  bold?: boolean;
  strike?: boolean;
}

export interface PrintView {
  lang: Lang;
  sheetName: string;
  title: string;
  header: Array<{ label: string; value: string }>;
  /** A bilan's introduction and figures under their headings (print-bilan.ts), instead of `header`. */
  bilan?: PrintBilan;
  columns: Array<{ label: string; width: number }>;
  rows: PrintCell[][];
}

/** The printable plan, or null when no sheet holds a plan. */
export function printView(emulator: Emulator, lang: Lang, sheetId?: number): PrintView | null {
  const spreadsheet = emulator.spreadsheet;
  const preferred = sheetId !== undefined ? spreadsheet.getSheetById(sheetId) : spreadsheet.getActiveSheet();
  const candidates = [preferred, ...spreadsheet.getSheets()].filter((s) => s !== null && s !== undefined);
  for (const sheet of candidates) {
    const extent = sheetExtent(sheet);
    if (extent.headerRow === null) continue;
    const headerRow = extent.headerRow;
    const view = sheetView(emulator, sheet.getSheetId(), { from: 1, to: Number.POSITIVE_INFINITY });
    const columns = view.columns.filter((c) => c.column <= extent.lastColumn);
    const rowsByNumber = new Map(view.rows.map((r) => [r.row, r]));
    const textOf = (row: number, column: number) =>
      rowsByNumber.get(row)?.cells.find((c) => c.column === column)?.text ?? "";
    const header: PrintView["header"] = [];
    const bilan = isBilanSheet(sheet, BILAN_METADATA_KEY)
      ? printBilan((row, column) => {
          const cell = rowsByNumber.get(row)?.cells.find((x) => x.column === column);
          return { text: cell?.text ?? "", bold: cell?.bold };
        }, headerRow)
      : undefined;
    for (let r = 2; r < headerRow && !bilan; r++) {
      const texts = columns.map((c) => textOf(r, c.column)).filter((t) => t.trim() !== "");
      // The colour legend is the sheet's own key to its colours: on paper the statuses are written out.
      if (texts.length >= 2 && !LEGEND_TITLES.has(texts[0]!))
        header.push({ label: texts[0]!, value: texts.slice(1).join(" – ") });
    }
    const rows: PrintCell[][] = [];
    for (let r = headerRow + 1; r <= extent.lastRow; r++) {
      const line = rowsByNumber.get(r);
      if (!line) continue;
      const cells = columns.map((c) => {
        const cell = line.cells.find((x) => x.column === c.column);
        const out: PrintCell = { text: cell?.text ?? "" };
        if (cell?.background) out.background = cell.background;
        if (cell?.color) out.color = cell.color;
        if (cell?.bold) out.bold = true;
        if (cell?.strike) out.strike = true;
        return out;
      });
      if (cells.some((c) => c.text.trim() !== "")) rows.push(cells);
    }
    return {
      lang,
      sheetName: sheet.getName(),
      title: textOf(1, columns[0]?.column ?? 1) || sheet.getName(),
      header,
      ...(bilan ? { bilan } : {}),
      columns: columns.map((c) => ({ label: textOf(headerRow, c.column), width: c.width })),
      rows,
    };
  }
  return null;
}
