/**
 * The size of the built sidebar (dist/Sidebar.html, script and style inlined), which the sidebar must
 * keep under 100 KB: Apps Script serves it on every open. The bench runner (src/tools/bench.ts) prints
 * it; tests/sidebar checks the limit.
 */
import { statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/** The limit the issue sets for the built sidebar, in bytes. */
export const SIDEBAR_SIZE_LIMIT_BYTES = 100 * 1024;

/** Bytes of dist/<surface>.html (default the sidebar); run `npm run build` first. */
export function sidebarSizeBytes(surface = "Sidebar"): number {
  return statSync(join(ROOT, "dist", `${surface}.html`)).size;
}
