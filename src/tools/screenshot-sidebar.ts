/**
 * Takes the README's screenshot of the sidebar (docs/sidebar.png): installs the template in the emulator
 * on a fixed day, types the playground's example plan (seed 002, src/local/playground/sample-plan.ts),
 * opens the built dist/Sidebar.html at its real 300 px width in Debian's Chromium with the test harness's
 * google.script.run shim, and captures the whole page. Run `npm run build` first, then
 * `npx tsx src/tools/screenshot-sidebar.ts [out.png]`.
 */
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium, openSurface } from "../../tests/sidebar/harness.ts";
import { createEmulator } from "../local/emulator/index.ts";
import { loadAddon } from "../local/loader.ts";
import { SAMPLE_COMITE, writeSamplePlan } from "../local/playground/sample-plan.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** The day the screenshot shows: early June, when the example has work done, under way, late and due soon. */
const SCREENSHOT_NOW = "2026-06-05T15:00:00Z";

async function main(): Promise<void> {
  const out = resolve(process.argv[2] ?? join(ROOT, "docs", "sidebar.png"));
  const emulator = createEmulator({ locale: "fr_CA", now: SCREENSHOT_NOW });
  const addon = loadAddon(emulator);
  emulator.ui.scriptPrompt(SAMPLE_COMITE);
  addon.call("installTemplate");
  writeSamplePlan(emulator, addon, emulator.clock.now());

  const browser = await launchChromium();
  try {
    const sidebar = await openSurface(browser, { emulator, height: 700 });
    await sidebar.page.locator("#overall").waitFor();
    mkdirSync(dirname(out), { recursive: true });
    await sidebar.page.screenshot({ path: out, fullPage: true });
    await sidebar.close();
  } finally {
    await browser.close();
  }
  console.log(`wrote ${out}`);
}

await main();
