/**
 * Progress bars that assistive technology can read: role="progressbar" with aria-valuemin/max/now, a
 * spoken aria-valuetext ("42 %", "12 / 40") and an accessible name (the visible label's text).
 */
import { el } from "./dom";

export interface ProgressBar {
  element: HTMLElement;
  /** Moves the bar to `value` out of `max`, read out as `valueText`. */
  set(value: number, max: number, valueText: string): void;
}

export function progressBar(
  name: string,
  value: number,
  max: number,
  valueText: string,
  tone: "normal" | "late" = "normal",
): ProgressBar {
  const fill = el("div", { className: "bar-fill" });
  const element = el(
    "div",
    { className: `bar bar-${tone}`, role: "progressbar", aria: { label: name } },
    fill,
  );
  const bar: ProgressBar = {
    element,
    set(nextValue, nextMax, nextText) {
      const safeMax = nextMax > 0 ? nextMax : 1;
      const clamped = Math.min(safeMax, Math.max(0, nextValue));
      element.setAttribute("aria-valuemin", "0");
      element.setAttribute("aria-valuemax", String(nextMax > 0 ? nextMax : 100));
      element.setAttribute("aria-valuenow", String(nextMax > 0 ? clamped : 0));
      element.setAttribute("aria-valuetext", nextText);
      fill.style.width = `${(clamped / safeMax) * 100}%`;
    },
  };
  bar.set(value, max, valueText);
  return bar;
}
