/**
 * The sheet's embedded charts over the grid, where Sheets puts them: each chart's top-left corner at its
 * anchor cell plus its offsets, in a layer inside the grid's scroll area (so the charts scroll with the
 * cells). Row tops come from the grid window (grid-window.ts), column lefts from the columns' widths.
 */
import type { SheetView } from "../view.ts";
import { chartSvg } from "./chart-svg.ts";
import { $, el } from "./dom.ts";
import { rowTopPx } from "./grid-window.ts";

const ROW_HEADER_PX = 46;

export function drawCharts(sheet: SheetView): void {
  document.getElementById("chart-layer")?.remove();
  if (sheet.charts.length === 0) return;
  const layer = el("div", { id: "chart-layer", className: "chart-layer" });
  for (const chart of sheet.charts) {
    const left =
      ROW_HEADER_PX +
      sheet.columns.filter((c) => c.column < chart.anchorColumn).reduce((sum, c) => sum + c.width, 0) +
      chart.offsetX;
    const top = (rowTopPx(chart.anchorRow) ?? 0) + chart.offsetY;
    const box = el("div", { className: "chart-box", style: `left:${left}px;top:${top}px` }, [
      chartSvg(chart),
    ]);
    layer.append(box);
  }
  $("grid-scroll").append(layer);
}
