/**
 * The playground with a 2,000-row plan, measured in Chromium through its own performance timeline (printed
 * numbers, not timed tests): how long the page takes to open (navigation start to the grid drawn and ready,
 * performance.now() in the page; of which the sheet's view, GET /api/view, by Resource Timing), the frames
 * while the grid scrolls, two ways — dragged from top to bottom at 600 px a frame (the whole plan in about a
 * second: every frame draws rows never seen; each frame timed by requestAnimationFrame, long-animation-frame
 * entries too), and turned by a mouse wheel as a person does (200 notches of 100 px, real input events
 * through Chromium, a notch every 16 ms or as fast as the page takes them) — and how long a typed character
 * takes to show in the cell editor (PerformanceObserver "event": the keydown's duration, from the key to the
 * next paint).
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
  /** Dragged top to bottom, 600 px a frame. */
  drag: FrameTimes;
  /** Turned by the wheel, 100 px a notch. */
  wheel: FrameTimes;
  typingMs: number;
}

export interface FrameTimes {
  frames: number;
  medianMs: number;
  /** The 95th percentile. */
  p95Ms: number;
  longestMs: number;
  over50Ms: number;
}

// Page scripts as text: the bundler's helpers (keepNames) do not exist in the page.
/** Drags the grid to its bottom, 600 px a frame, timing each frame; long-animation-frame entries too. */
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
  return { frames: frames.slice(1), long };
})()`;

/** Times every frame until window.stopFrames is set (window.frameTimes). */
const FRAMES_SCRIPT = `(() => {
  window.frameTimes = [];
  window.stopFrames = false;
  let previous = performance.now();
  const step = () => {
    const t = performance.now();
    window.frameTimes.push(t - previous);
    previous = t;
    if (!window.stopFrames) requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
})()`;

function frameTimes(frames: number[], long: number[] = []): FrameTimes {
  const sorted = [...frames].sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0);
  return {
    frames: frames.length,
    medianMs: at(0.5),
    p95Ms: at(0.95),
    longestMs: Math.round(Math.max(0, ...frames, ...long)),
    over50Ms: frames.filter((f) => f > 50).length,
  };
}

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

    const dragged = (await page.evaluate(SCROLL_SCRIPT)) as { frames: number[]; long: number[] };

    await page.evaluate('document.getElementById("grid-scroll").scrollTop = 0');
    await page.waitForTimeout(300);
    const area = (await page.locator("#grid-scroll").boundingBox())!;
    await page.mouse.move(area.x + area.width / 2, area.y + area.height / 2);
    await page.evaluate(FRAMES_SCRIPT);
    for (let notch = 0; notch < 200; notch++) {
      await page.mouse.wheel(0, 100);
      await page.waitForTimeout(16);
    }
    await page.waitForTimeout(300);
    const wheeled = (await page.evaluate("window.stopFrames = true, window.frameTimes.slice(1)")) as number[];

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
      drag: frameTimes(dragged.frames, dragged.long),
      wheel: frameTimes(wheeled),
      typingMs: Math.round(typingMs),
    };
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
