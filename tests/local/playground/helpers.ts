/**
 * Shared set-up of the playground tests: a throw-away state directory, a fixed "today" (20 May 2026,
 * when the example plan has actions done, under way, late and to come), the server started on a free
 * port, and Debian's Chromium.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";
import { Playground, type PlaygroundOptions } from "../../../src/local/playground/runtime.ts";
import { type PlaygroundServer, startServer } from "../../../src/local/playground/server.ts";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../../src/tools/screenshot-playground.ts";

export const TODAY = Date.parse("2026-05-20T15:00:00Z");
export const now = () => TODAY;

export function tempDir(): { dir: string; statePath: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), "playground-test-"));
  return {
    dir,
    statePath: join(dir, "state.json"),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export function quietPlayground(
  statePath: string,
  messages: string[] = [],
  options: Partial<PlaygroundOptions> = {},
): Playground {
  return new Playground({ statePath, now, log: (m) => messages.push(m), ...options });
}

export function serve(statePath: string, messages: string[] = []): Promise<PlaygroundServer> {
  return startServer({ port: 0, statePath, now, log: (m) => messages.push(m) });
}

export async function launch(dir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(join(dir, `profile-${Math.random().toString(36).slice(2)}`), {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    viewport: { width: 1500, height: 900 },
    acceptDownloads: true,
  });
}

/** The add-on menu has this function (the calendar sync arrived with its own issue). */
export function hasMenuItem(playground: Playground, functionName: string): boolean {
  return playground.menus.some((menu) =>
    menu.items.some((item) => "functionName" in item && item.functionName === functionName),
  );
}

/** Clicks "Charger un exemple" and confirms, as a person would. */
export async function loadExampleInPage(page: import("playwright-core").Page): Promise<void> {
  await page.click("#btn-example");
  await page.locator("#modal-buttons button[data-value=OK]").click();
  await page.locator("#overlay").waitFor({ state: "hidden" });
}

/**
 * The text a grid cell shows: in its `.cell-text` (text that may spill over or be cut with an ellipsis), or
 * straight in the cell (wrapped text), leaving out an open editor and its list.
 */
export function shownText(cell: import("playwright-core").Locator): Promise<string> {
  return cell.evaluate((td) => {
    const spilled = td.querySelector(".cell-text");
    if (spilled) return spilled.textContent ?? "";
    return Array.from(td.childNodes)
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent)
      .join("");
  });
}
