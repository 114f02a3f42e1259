/**
 * The playground with a 2,000-row plan, measured in Chromium through its own performance timeline (printed
 * numbers, not timed tests): how long the page takes to open (navigation start to the grid drawn and ready,
 * performance.now() in the page; of which the sheet's view, GET /api/view, by Resource Timing), the longest
 * animation frame while the grid scrolls from top to bottom (PerformanceObserver "long-animation-frame",
 * with each frame also timed by requestAnimationFrame as a fallback), and how long a typed character takes
 * to show in the cell editor (PerformanceObserver "event": the keydown's duration, from the key to the next
 * paint).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { startServer } from "../../local/playground/server.ts";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../screenshot-playground.ts";

export interface PlaygroundBench {
  rows: number;
  openMs: number;
  /** Of which the sheet's view (GET /api/view: the server's time and the transfer), by Resource Timing. */
  viewMs: number;
  /** The view's size (bytes of JSON). */
  viewBytes: number;
  longestFrameMs: number;
  framesOver50Ms: number;
  frames: number;
  typingMs: number;
}

// Page scripts as text: the bundler's helpers (keepNames) do not exist in the page.
/** Scrolls the grid to its bottom, 600 px a frame, timing each frame; long-animation-frame entries too. */
const SCROLL_SCRIPT = `(async () => {
  const long = [];
  const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) long.push(e.duration); });
  try { observer.observe({ type: "long-animation-frame", buffered: false }); } catch (e) {}
  const scroller = document.getElementById("grid-scroll");
  const frames = [];
  let previous = performance.now();
  await new Promise((done) => {
    const step = () => {
      const t = performance.now();
      frames.push(t - previous);
      previous = t;
      if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2) return done();
      scroller.scrollTop += 600;
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
  await new Promise((r) => setTimeout(r, 200));
  observer.disconnect();
  const timed = frames.slice(1);
  return { longest: Math.max(0, ...timed, ...long), over: timed.filter((f) => f > 50).length, frames: timed.length };
})()`;

/** Keeps the keydown events' durations (Event Timing: from the key to the next paint). */
const KEY_SCRIPT = `(() => {
  window.keyDurations = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === "keydown") window.keyDurations.push(e.duration);
  }).observe({ type: "event", durationThreshold: 16, buffered: false });
})()`;

export async function runPlaygroundBench(rows = 2000): Promise<PlaygroundBench> {
  const dir = mkdtempSync(join(tmpdir(), "playground-bench-"));
  const now = () => Date.parse("2026-05-20T15:00:00Z");
  const server = await startServer({ port: 0, statePath: join(dir, "state.json"), now, log: () => {} });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const playground = server.playground;
    playground.loadExample();
    const sheet = playground.emulator.spreadsheet.getSheetByName("Plan d'action")!;
    const last = 7 + rows;
    if (sheet.getMaxRows() < last + 5)
      sheet.insertRowsAfter(sheet.getMaxRows(), last + 5 - sheet.getMaxRows());
    sheet
      .getRange(8, 1, rows, 9)
      .setValues(
        Array.from({ length: rows }, (_, i) => [
          `Objectif ${Math.floor(i / 10) + 1}`,
          "",
          `Action ${i + 1}`,
          "",
          "",
          "mars",
          "",
          "",
          i % 3 === 0 ? "Terminé" : "En cours",
        ]),
      );
    playground.save();
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // A first visit warms the server's bundle and the browser's caches, as a person's second visit would be.
    await page.goto(server.url);
    await page.waitForSelector("body[data-ready]");
    await page.reload();
    await page.waitForSelector("body[data-ready]", { timeout: 60_000 });
    const openMs = await page.evaluate(() => performance.now());
    const view = (await page.evaluate(
      `(() => { const e = performance.getEntriesByType("resource").find((r) => r.name.includes("/api/view")); return e ? { ms: e.responseEnd - e.startTime, bytes: e.encodedBodySize } : { ms: 0, bytes: 0 }; })()`,
    )) as { ms: number; bytes: number };

    const scroll = (await page.evaluate(SCROLL_SCRIPT)) as { longest: number; over: number; frames: number };

    await page.evaluate('document.getElementById("grid-scroll").scrollTop = 0');
    await page.locator('td.cell[data-cell="C8"]').click();
    await page.evaluate(KEY_SCRIPT);
    // The first key opens the editor; the next ones type in it.
    await page.keyboard.type("Nouvelle action", { delay: 60 });
    await page.waitForTimeout(300);
    const durations = (await page.evaluate("window.keyDurations")) as number[];
    await page.keyboard.press("Escape");
    // Event timing reports only events of 16 ms or more (its lowest threshold): below that, 16 is an upper bound.
    const typingMs = Math.max(16, ...durations);
    return {
      rows,
      openMs: Math.round(openMs),
      viewMs: Math.round(view.ms),
      viewBytes: view.bytes,
      longestFrameMs: Math.round(scroll.longest),
      framesOver50Ms: scroll.over,
      frames: scroll.frames,
      typingMs: Math.round(typingMs),
    };
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
