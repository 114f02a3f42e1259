/**
 * Takes the README's screenshots of the playground with Debian's Chromium (playwright-core): starts the
 * playground server on a free port with a throw-away state and a fixed "today", loads the example, syncs
 * the calendar, selects a range in the grid and captures the page with its Agenda panel and legend
 * (docs/playground.png), then the *Version imprimable* of the plan (docs/playground-print.png).
 * Run with `npx tsx src/tools/screenshot-playground.ts [out.png] [print.png]` after `npm run build`.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startServer } from "../local/playground/server.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

async function main(): Promise<void> {
  const out = resolve(process.argv[2] ?? join(ROOT, "docs", "playground.png"));
  const printOut = resolve(process.argv[3] ?? join(ROOT, "docs", "playground-print.png"));
  const work = mkdtempSync(join(tmpdir(), "playground-shot-"));
  const server = await startServer({
    port: 0,
    statePath: join(work, "state.json"),
    now: () => Date.parse("2026-05-20T15:00:00Z"),
    log: () => {},
  });
  const browser = await chromium.launchPersistentContext(join(work, "profile"), {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    viewport: { width: 1500, height: 860 },
  });
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(server.url);
    await page.waitForSelector("body[data-ready]");
    await page.click("#btn-example");
    await page.click("#modal-buttons button[data-value=OK]");
    await page.waitForSelector('.cell[data-cell="C8"]');
    const runMenu = async (caption: string) => {
      await page.click("#menu-extensions");
      await page.click(".submenu-opener");
      await page.click(`.submenu button[role=menuitem]:text-is("${caption}")`);
    };
    if (await hasMenuItem(server, "syncCalendar")) {
      await runMenu("Synchroniser l'agenda");
      await page.waitForSelector(".event", { timeout: 10_000 }).catch(() => undefined);
      await closeAnyModal(page);
    }
    await page.click('.tab:text-is("Plan d\'action")');
    await page.waitForSelector('.tab[aria-selected="true"]:text-is("Plan d\'action")');
    await page.waitForTimeout(300);
    await page.click('.cell[data-cell="C10"]');
    await page.click('.cell[data-cell="E11"]', { modifiers: ["Shift"] });
    while ((await page.locator(".toast-close").count()) > 0)
      await page.locator(".toast-close").first().click();
    await page.waitForTimeout(300);
    mkdirSync(dirname(out), { recursive: true });
    await page.screenshot({ path: out });
    console.log(`wrote ${out}`);
    const print = await browser.newPage();
    await print.setViewportSize({ width: 1100, height: 850 });
    await print.goto(`${server.url}print`);
    await print.waitForSelector("body[data-ready]");
    await print.emulateMedia({ media: "print" });
    await print.screenshot({ path: printOut });
    console.log(`wrote ${printOut}`);
  } finally {
    await browser.close();
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
}

async function hasMenuItem(server: { playground: { menus: Array<{ items: unknown[] }> } }, name: string) {
  return server.playground.menus.some((m) =>
    m.items.some(
      (i) => typeof i === "object" && i !== null && (i as { functionName?: string }).functionName === name,
    ),
  );
}

async function closeAnyModal(page: import("playwright-core").Page): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await page.waitForTimeout(300);
    if (await page.locator("#overlay").isHidden()) return;
    await page.click("#modal-close");
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
