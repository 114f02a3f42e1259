/**
 * Draws one embedded chart of the sheet as SVG, the way Sheets shows the chart types the add-on makes:
 * BAR (horizontal bars, a category per line), COLUMN (vertical bars) and PIE (slices with a legend); any
 * other type is drawn as bars, its title saying what it is. Every element is made with createElementNS
 * and every text set with textContent: a cell's label is user input. The SVG has role="img" and its
 * title as accessible name; each bar and slice carries its label and value in a <title>.
 */
import type { ChartView } from "../chart-view.ts";

const SVG = "http://www.w3.org/2000/svg";
const DEFAULT_COLOURS = ["#4285f4", "#ea4335", "#fbbc04", "#34a853", "#ff6d01", "#46bdc6", "#7baaf7"];

function node<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

function valueText(value: number, format: string): string {
  if (format === "percent") return `${Math.round(value * 100)} %`;
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

function tooltip(element: SVGElement, text: string): void {
  element.append(node("title", {}, text));
}

function bars(svg: SVGSVGElement, chart: ChartView, top: number, horizontal: boolean): void {
  const values = chart.series[0]?.values ?? [];
  const colour = chart.colors[0] ?? DEFAULT_COLOURS[0]!;
  const max = Math.max(chart.valueFormat === "percent" ? 1 : 0, ...values, 0) || 1;
  const count = Math.max(1, chart.categories.length);
  if (horizontal) {
    const labelWidth = Math.min(180, chart.width * 0.4);
    const band = (chart.height - top - 8) / count;
    const room = chart.width - labelWidth - 60;
    chart.categories.forEach((label, i) => {
      const y = top + i * band;
      const value = values[i] ?? 0;
      const width = Math.max(0, (value / max) * room);
      svg.append(
        node(
          "text",
          { x: labelWidth - 6, y: y + band / 2 + 4, "text-anchor": "end", class: "chart-label" },
          label,
        ),
      );
      const bar = node("rect", {
        x: labelWidth,
        y: y + band * 0.15,
        width,
        height: band * 0.7,
        fill: colour,
        class: "chart-bar",
      });
      tooltip(bar, `${label} : ${valueText(value, chart.valueFormat)}`);
      svg.append(bar);
      svg.append(
        node(
          "text",
          { x: labelWidth + width + 4, y: y + band / 2 + 4, class: "chart-value" },
          valueText(value, chart.valueFormat),
        ),
      );
    });
    return;
  }
  const bottom = chart.height - 24;
  const band = (chart.width - 20) / count;
  chart.categories.forEach((label, i) => {
    const value = values[i] ?? 0;
    const height = Math.max(0, (value / max) * (bottom - top - 16));
    const x = 10 + i * band;
    const bar = node("rect", {
      x: x + band * 0.15,
      y: bottom - height,
      width: band * 0.7,
      height,
      fill: colour,
      class: "chart-bar",
    });
    tooltip(bar, `${label} : ${valueText(value, chart.valueFormat)}`);
    svg.append(bar);
    svg.append(
      node("text", { x: x + band / 2, y: bottom + 14, "text-anchor": "middle", class: "chart-label" }, label),
    );
  });
}

function pie(svg: SVGSVGElement, chart: ChartView, top: number): void {
  const values = (chart.series[0]?.values ?? []).map((value) => Math.max(0, value));
  const total = values.reduce((sum, value) => sum + value, 0);
  const radius = Math.max(10, Math.min(chart.height - top - 12, chart.width * 0.55) / 2);
  const cx = 12 + radius;
  const cy = top + (chart.height - top) / 2;
  let angle = -Math.PI / 2;
  values.forEach((value, i) => {
    const colour = chart.colors[i] ?? DEFAULT_COLOURS[i % DEFAULT_COLOURS.length]!;
    const label = chart.categories[i] ?? "";
    const legendY = top + 16 + i * 18;
    svg.append(
      node("rect", {
        x: cx + radius + 20,
        y: legendY - 10,
        width: 12,
        height: 12,
        fill: colour,
        stroke: "#5f6368",
      }),
    );
    svg.append(
      node(
        "text",
        { x: cx + radius + 38, y: legendY, class: "chart-label" },
        `${label} (${valueText(value, "")})`,
      ),
    );
    if (total === 0 || value === 0) return;
    const sweep = (value / total) * 2 * Math.PI;
    const slice =
      sweep >= 2 * Math.PI - 1e-9
        ? node("circle", { cx, cy, r: radius, fill: colour, class: "chart-slice" })
        : node("path", {
            d: `M ${cx} ${cy} L ${cx + radius * Math.cos(angle)} ${cy + radius * Math.sin(angle)} A ${radius} ${radius} 0 ${sweep > Math.PI ? 1 : 0} 1 ${cx + radius * Math.cos(angle + sweep)} ${cy + radius * Math.sin(angle + sweep)} Z`,
            fill: colour,
            stroke: "#ffffff",
            class: "chart-slice",
          });
    tooltip(slice, `${label} : ${valueText(value, "")}`);
    svg.append(slice);
    angle += sweep;
  });
}

/** The chart as an SVG element, `chart.width` × `chart.height` pixels. */
export function chartSvg(chart: ChartView): SVGSVGElement {
  const svg = node("svg", {
    width: chart.width,
    height: chart.height,
    viewBox: `0 0 ${chart.width} ${chart.height}`,
    role: "img",
    class: "chart",
    "data-chart-type": chart.type,
  });
  svg.setAttribute("aria-label", chart.title || chart.type);
  svg.append(
    node("rect", {
      x: 0.5,
      y: 0.5,
      width: chart.width - 1,
      height: chart.height - 1,
      fill: "#ffffff",
      stroke: "#dadce0",
    }),
  );
  const top = chart.title ? 30 : 10;
  if (chart.title) svg.append(node("text", { x: 10, y: 20, class: "chart-title" }, chart.title));
  if (chart.type === "PIE") pie(svg, chart, top);
  else bars(svg, chart, top, chart.type !== "COLUMN");
  return svg;
}
