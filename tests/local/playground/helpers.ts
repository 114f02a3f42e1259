/**
 * Shared set-up of the playground tests: a throw-away state directory, a fixed "today" (20 May 2026,
 * when the example plan has actions done, under way, late and to come), the server started on a free
 * port, and Debian's Chromium.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";
import { exportXlsx } from "../../../src/local/playground/exports.ts";
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

/**
 * Clicks "Charger un exemple" and confirms, as a person would, and waits until the example is in: the
 * confirmation closes at once, the page stays busy until the server has loaded it.
 */
export async function loadExampleInPage(page: import("playwright-core").Page): Promise<void> {
  await page.click("#btn-example");
  await page.locator("#modal-buttons button[data-value=OK]").click();
  await page.locator("#overlay").waitFor({ state: "hidden" });
  await page.waitForFunction(() => !document.body.classList.contains("busy"), undefined, { timeout: 30_000 });
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

/**
 * The workbook exported as .xlsx (Exporter en .xlsx) and turned into a PDF by LibreOffice, as a person
 * would print it; returns the PDF's path (`name`.pdf in `dir`). LibreOffice runs with its own profile,
 * so that it never waits on another LibreOffice running on the machine.
 */
export async function xlsxAsPdf(
  emulator: Playground["emulator"],
  dir: string,
  name: string,
): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const xlsx = join(dir, `${name}.xlsx`);
  writeFileSync(xlsx, await exportXlsx(emulator));
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${join(dir, "profile")}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      xlsx,
    ],
    { stdio: "ignore", timeout: 170_000 },
  );
  return join(dir, `${name}.pdf`);
}

/** The colour of the page's pixel at (x, y) as the screen shows it: a screenshot decoded by a canvas. */
export async function shownPixelAt(
  page: import("playwright-core").Page,
  x: number,
  y: number,
): Promise<string> {
  const png = await page.screenshot({ clip: { x: Math.floor(x), y: Math.floor(y), width: 1, height: 1 } });
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext("2d")!;
    context.drawImage(image, 0, 0);
    const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
    return `rgb(${r}, ${g}, ${b})`;
  }, png.toString("base64"));
}
