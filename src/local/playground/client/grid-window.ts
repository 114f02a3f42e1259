/**
 * The grid draws only the rows in view, so a 2,000-row plan opens and scrolls as a 30-row one does: the
 * column letters and the frozen rows are always drawn (sticky), then a spacer as tall as the rows above
 * the window, the rows of the window (what the scroll area shows plus a margin either side), and a spacer
 * for the rows below. Heights come from the sheet's row heights until a row has been drawn, then from the
 * browser's measure (wrapped text makes a row taller), read in the frame after they were drawn. Scrolling
 * past the margin moves the window in the next animation frame — the rows coming into view are added, those
 * leaving removed, the others left alone; `reveal` scrolls a row into view first, so the keyboard can go
 * anywhere.
 */
import type { SheetView } from "../view.ts";
import { isEditing, whenNotEditing } from "./cell-editor.ts";
import { $, el } from "./dom.ts";
import { renderHead, renderRow, stickFrozenRows } from "./grid-render.ts";
import { ensureStyles, STYLED_AHEAD } from "./grid-styles.ts";
import { emptyGeometry, type GridGeometry, sheetGeometry } from "./sheet-data.ts";

/** Rows drawn beyond what is in view, on either side. */
const MARGIN = 12;
/**
 * The px a row of the sheet's default height takes on the page, until measured: the smallest such row
 * measured since the sheet was drawn (a wrapped one is taller). An estimate off by a few px moves every
 * row below on each measure, and the window with them.
 */
let defaultRowPx = 21;
let defaultRowMeasured = false;

let geometry: GridGeometry = emptyGeometry();
/** The rows that scroll (visible rows below the frozen ones), and their tops from the first one. */
let scrolling: number[] = [];
let tops: number[] = [0];
const measured = new Map<number, number>();
let drawn = { first: 0, last: -1 };
let body: HTMLTableSectionElement | null = null;
let above: HTMLTableRowElement | null = null;
let below: HTMLTableRowElement | null = null;
/** The height the column letters and frozen rows take at the top of the scroll area. */
let stickyPx = 0;
let afterDraw: (rows: HTMLTableRowElement[]) => void = () => {};
let frame = 0;
/** Whether the grid is scrolled sideways (the row numbers then stick at the left: page.css). */
let scrolledSideways = false;
/** Rows drawn but not measured yet, and the frame that will measure them. */
let unmeasured: HTMLTableRowElement[] = [];
let measureFrame = 0;

function scroller(): HTMLElement {
  return $("grid-scroll");
}

function rowPx(row: number): number {
  return measured.get(row) ?? Math.round(((geometry.heights.get(row) ?? 21) * defaultRowPx) / 21);
}

function computeTops(): void {
  tops = [0];
  for (const row of scrolling) tops.push(tops.at(-1)! + rowPx(row));
}

/** The index in `scrolling` of the row at `y` px below the first scrolling row. */
function indexAt(y: number): number {
  let lo = 0;
  let hi = scrolling.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tops[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

function spacer(): HTMLTableRowElement {
  const td = el("td", { colspan: geometry.columns.length + 1, className: "spacer-cell" });
  return el("tr", { className: "spacer", "aria-hidden": "true" }, [td]);
}

function setSpacers(): void {
  const total = tops.at(-1) ?? 0;
  const top = tops[drawn.first] ?? 0;
  const bottom = drawn.last >= drawn.first ? total - (tops[drawn.last + 1] ?? total) : total - top;
  (above!.firstChild as HTMLElement).style.height = `${top}px`;
  (below!.firstChild as HTMLElement).style.height = `${bottom}px`;
  above!.hidden = top === 0;
  below!.hidden = bottom === 0;
}

/**
 * Draws the rows from index `first` to `last` of the scrolling rows in place of the previous window: the
 * rows both windows share stay as they are (a scroll adds the rows coming in and removes those going out,
 * instead of drawing some eighty rows again each frame), and only the new rows are measured and painted.
 */
function drawWindow(first: number, last: number): void {
  if (!body || !above || !below) return;
  const make = (from: number, to: number) => {
    const rows: HTMLTableRowElement[] = [];
    for (let i = from; i <= to; i++) rows.push(renderRow(scrolling[i]!, geometry));
    return rows;
  };
  let added: HTMLTableRowElement[];
  const overlaps = drawn.last >= drawn.first && first <= drawn.last && last >= drawn.first;
  if (!overlaps) {
    while (above.nextSibling && above.nextSibling !== below) above.nextSibling.remove();
    added = make(first, last);
    afterDraw(added);
    above.after(...added);
  } else {
    let node = above.nextSibling;
    for (let i = drawn.first; i <= drawn.last && node && node !== below; i++) {
      const next = node.nextSibling;
      if (i < first || i > last) node.remove();
      node = next;
    }
    const top = make(first, drawn.first - 1);
    const bottom = make(drawn.last + 1, last);
    added = [...top, ...bottom];
    // Painted (selection) before they are in the page: one style pass for them, not two.
    afterDraw(added);
    above.after(...top);
    below.before(...bottom);
  }
  drawn = { first, last };
  setSpacers();
  if (last >= first) ensureStyles(geometry, scrolling[first]!, scrolling[last]!, drawRowsAgain);
  unmeasured.push(...added);
  measureSoon();
}

/** Measures the rows drawn in this frame in the next one. */
function measureSoon(): void {
  if (!measureFrame)
    measureFrame = requestAnimationFrame(() => {
      measureFrame = 0;
      measure();
    });
}

/**
 * Reads the heights of the rows drawn since the last time (wrapped text makes a row taller) and corrects
 * the spacers. Done in the next frame, once the browser has laid the rows out anyway, or first thing in
 * the next update: reading them right after drawing them would force a second layout of the table in the
 * same frame.
 */
function measure(): void {
  if (measureFrame) cancelAnimationFrame(measureFrame);
  measureFrame = 0;
  const rows = unmeasured;
  unmeasured = [];
  let changed = false;
  let smallestDefault = Number.POSITIVE_INFINITY;
  for (const tr of rows) {
    if (!tr.isConnected) continue;
    const row = Number(tr.dataset.row);
    const px = tr.getBoundingClientRect().height;
    if (px > 0 && measured.get(row) !== px) {
      measured.set(row, px);
      changed = true;
    }
    if (px > 0 && (geometry.heights.get(row) ?? 21) === 21) smallestDefault = Math.min(smallestDefault, px);
  }
  if (smallestDefault < Number.POSITIVE_INFINITY && (!defaultRowMeasured || smallestDefault < defaultRowPx)) {
    changed ||= smallestDefault !== defaultRowPx;
    defaultRowPx = smallestDefault;
    defaultRowMeasured = true;
  }
  if (!changed) return;
  computeTops();
  setSpacers();
  // The rows moved (a new estimate moves the rows above the window too): check the window still covers
  // the view, in the next frame.
  if (!frame)
    frame = requestAnimationFrame(() => {
      frame = 0;
      update();
    });
}

/** Draws again the window's rows among `rows` (their conditional formats came in: grid-styles.ts). */
function drawRowsAgain(rows: Set<number>): void {
  whenNotEditing(() => {
    if (!above || !below) return;
    const redrawn: HTMLTableRowElement[] = [];
    for (let node = above.nextElementSibling; node && node !== below; ) {
      const next = node.nextElementSibling;
      const row = Number((node as HTMLElement).dataset.row);
      if (rows.has(row)) {
        const tr = renderRow(row, geometry);
        redrawn.push(tr);
        node.replaceWith(tr);
      }
      node = next;
    }
    if (redrawn.length === 0) return;
    afterDraw(redrawn);
    unmeasured.push(...redrawn);
    measureSoon();
  });
}

/**
 * The sheet rows to ask the server to style when the page fetches sheet `sheetId` again: the rows drawn
 * now and as many around them as the styles fetch would ask for next (one request after an edit, not
 * two); null when another sheet is drawn (the server's default then).
 */
export function rowsToStyle(sheetId: number): { from: number; to: number } | null {
  if (geometry.sheetId !== sheetId || drawn.last < drawn.first) return null;
  return {
    from: Math.max(1, scrolling[drawn.first]! - STYLED_AHEAD),
    to: scrolling[drawn.last]! + STYLED_AHEAD,
  };
}

/** The window that covers what the scroll area shows now, with its margins. */
function wanted(): { first: number; last: number } {
  const view = scroller();
  const y = Math.max(0, view.scrollTop);
  const first = indexAt(y);
  const last = indexAt(y + view.clientHeight);
  return {
    first: Math.max(0, first - MARGIN),
    last: Math.min(scrolling.length - 1, last + MARGIN),
  };
}

/** Redraws the window when what is in view comes near its edge (or leaves it). */
export function update(): void {
  // The open editor's cell stays where it is until the edit ends (then the grid is drawn again).
  const view = scroller();
  const sideways = view.scrollLeft > 0;
  if (sideways !== scrolledSideways) {
    scrolledSideways = sideways;
    $("grid").classList.toggle("scrolled-x", sideways);
  }
  if (!body || scrolling.length === 0 || isEditing()) return;
  measure();
  const first = indexAt(Math.max(0, view.scrollTop));
  const last = indexAt(view.scrollTop + view.clientHeight);
  const margin = MARGIN / 5;
  const inside =
    (first >= drawn.first + margin || drawn.first === 0) &&
    (last <= drawn.last - margin || drawn.last === scrolling.length - 1);
  if (inside && drawn.last >= drawn.first) return;
  const next = wanted();
  drawWindow(next.first, next.last);
}

/** Draws `sheet` into `table` (the column letters, the frozen rows and the window in view); the pointer's
 * events reach the page through the table (grid-render.ts's listenToGrid). */
export function renderGrid(
  table: HTMLTableElement,
  sheet: SheetView,
  drawnAgain: (rows: HTMLTableRowElement[]) => void,
): GridGeometry {
  geometry = sheetGeometry(sheet);
  // Emptying the table would clamp the scroll position to 0: keep it, to put it back once the spacers stand.
  const keepTop = scroller().scrollTop;
  afterDraw = drawnAgain;
  measured.clear();
  unmeasured = [];
  table.replaceChildren();
  renderHead(table, sheet);
  const frozen = geometry.rows.filter((r) => r <= sheet.frozenRows).map((r) => renderRow(r, geometry));
  const frozenBody = el("tbody", { role: "rowgroup", className: "frozen-rows" }, frozen);
  body = el("tbody", { role: "rowgroup" });
  table.append(frozenBody, body);
  stickyPx = stickFrozenRows(table, frozenBody);
  defaultRowMeasured = false;
  scrolling = geometry.rows.filter((r) => r > sheet.frozenRows);
  above = spacer();
  below = spacer();
  body.append(above, below);
  computeTops();
  drawn = { first: 0, last: -1 };
  setSpacers();
  scroller().scrollTop = keepTop;
  const next = wanted();
  drawWindow(next.first, next.last);
  measure();
  return geometry;
}

/**
 * The top of sheet row `row` from the top of the grid table, in px (null for a row not shown): a frozen
 * row where it is drawn, a scrolling one below the sticky part by the heights of the rows above it.
 */
export function rowTopPx(row: number): number | null {
  const index = scrolling.indexOf(row);
  if (index >= 0) return stickyPx + (tops[index] ?? 0);
  // A frozen row: the column letters' height and its place in its group (sticky: measured against the
  // group, which stays put while the table scrolls).
  const table = $<HTMLTableElement>("grid");
  const group = table.querySelector<HTMLElement>("tbody.frozen-rows");
  const frozen = group?.querySelector<HTMLElement>(`tr[data-row="${row}"]`);
  if (!group || !frozen) return null;
  const head = table.tHead?.getBoundingClientRect().height ?? 0;
  return head + frozen.getBoundingClientRect().top - group.getBoundingClientRect().top;
}

/** Scrolls the grid so that sheet row `row` is in view (under the frozen rows), and draws it. */
export function reveal(row: number): void {
  const index = scrolling.indexOf(row);
  if (index < 0) return;
  measure();
  const view = scroller();
  const top = tops[index]!;
  const bottom = tops[index + 1]!;
  const shown = view.clientHeight - stickyPx;
  if (top < view.scrollTop) view.scrollTop = top;
  else if (bottom > view.scrollTop + shown) view.scrollTop = bottom - shown;
  update();
}

/** Ctrl+Home: back to the top of the sheet. */
export function scrollToTop(): void {
  scroller().scrollTop = 0;
  update();
}

/** How many rows one screen holds (Page Down moves by this much). */
export function rowsPerPage(): number {
  return Math.max(1, Math.floor((scroller().clientHeight - stickyPx) / defaultRowPx) - 1);
}

/** Scrolls by `pages` screens (Page Up / Page Down) and draws what comes in view. */
export function scrollPages(pages: number): void {
  scroller().scrollTop += pages * (scroller().clientHeight - stickyPx);
  update();
}

/** Wires the scroll area: what comes in view is drawn in the next animation frame. */
export function installGridWindow(): void {
  scroller().addEventListener(
    "scroll",
    () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        update();
      });
    },
    { passive: true },
  );
  window.addEventListener("resize", () => update());
}
