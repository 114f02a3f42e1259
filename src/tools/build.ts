/**
 * The build: bundles the server entry (src/server/main.ts) with esbuild into dist/Code.js, one classic
 * Apps Script file — an IIFE holding everything, then one generated top-level `function name(...args)`
 * per export of the entry, because Apps Script only sees top-level function declarations as menu
 * handlers, triggers and google.script.run targets. It also copies appsscript.json and builds every UI
 * surface listed in UI_SURFACES into one self-contained HTML file (script and style inlined, no CDN).
 * Run by `npm run build`; `--if-needed` skips the work when dist/ is newer than every source.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const DIST = join(ROOT, "dist");
const SERVER_ENTRY = join(ROOT, "src/server/main.ts");
/** The global that holds the bundle; wrappers call into it. */
export const BUNDLE_GLOBAL = "PlanDaction";

/** One HTML file per UI surface: `dist/<name>.html`, served by HtmlService.createHtmlOutputFromFile. */
export const UI_SURFACES: { name: string; entry: string; html: string; css: string }[] = [
  {
    name: "Sidebar",
    entry: "src/sidebar/sidebar.ts",
    html: "src/sidebar/sidebar.html",
    css: "src/sidebar/sidebar.css",
  },
  {
    name: "Findings",
    entry: "src/sidebar/findings-dialog.ts",
    html: "src/sidebar/findings-dialog.html",
    css: "src/sidebar/sidebar.css",
  },
  {
    name: "BilanDialog",
    entry: "src/sidebar/bilan-dialog.ts",
    html: "src/sidebar/bilan-dialog.html",
    css: "src/sidebar/close-year.css",
  },
  {
    name: "NextYearDialog",
    entry: "src/sidebar/next-year-dialog.ts",
    html: "src/sidebar/next-year-dialog.html",
    css: "src/sidebar/close-year.css",
  },
  {
    name: "FollowUpDialog",
    entry: "src/sidebar/follow-up-dialog.ts",
    html: "src/sidebar/follow-up-dialog.html",
    css: "src/sidebar/follow-up.css",
  },
  {
    name: "ImportDialog",
    entry: "src/sidebar/import-dialog.ts",
    html: "src/sidebar/import-dialog.html",
    css: "src/sidebar/sidebar.css",
  },
];

/** The names exported by the server entry, in source order of esbuild's metafile. */
async function serverExports(): Promise<string[]> {
  const probe = await esbuild.build({
    entryPoints: [SERVER_ENTRY],
    bundle: true,
    format: "esm",
    write: false,
    metafile: true,
    outfile: "probe.js",
    logLevel: "silent",
  });
  const output = Object.values(probe.metafile.outputs)[0];
  return [...output.exports].sort();
}

async function buildServer(): Promise<void> {
  const names = await serverExports();
  const result = await esbuild.build({
    entryPoints: [SERVER_ENTRY],
    bundle: true,
    format: "iife",
    globalName: BUNDLE_GLOBAL,
    target: "es2019",
    platform: "neutral",
    charset: "utf8",
    minify: false,
    legalComments: "none",
    write: false,
    outfile: "Code.js",
    logLevel: "warning",
  });
  const bundle = result.outputFiles[0].text;
  // Each entry point runs through runEntry_ (entry-guard.ts), which says a declined core scope in the
  // person's language; runEntry_ itself ends in "_": private, never callable from google.script.run.
  const wrappers = names
    .filter((name) => name !== "runEntry_")
    .map(
      (name) =>
        `function ${name}(...args) {\n  return ${BUNDLE_GLOBAL}.runEntry_(${JSON.stringify(name)}, ${BUNDLE_GLOBAL}.${name}, args);\n}\n`,
    )
    .join("\n");
  const banner =
    "// Plan d'action — built by `npm run build` from src/server/main.ts. Do not edit: edit the sources.\n";
  writeFileSync(join(DIST, "Code.js"), `${banner}${bundle}\n${wrappers}`);
}

/** Escapes a script or style body so that it cannot close its inline element early. */
function inlineSafe(code: string, tag: "script" | "style"): string {
  return code.replace(new RegExp(`</(${tag})`, "gi"), "<\\/$1");
}

async function buildSurface(surface: (typeof UI_SURFACES)[number]): Promise<void> {
  const entry = join(ROOT, surface.entry);
  if (!existsSync(entry)) return;
  const script = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: "iife",
    target: "es2019",
    platform: "browser",
    charset: "utf8",
    minify: true,
    write: false,
    outfile: `${surface.name}.js`,
    logLevel: "warning",
  });
  const css = await esbuild.build({
    entryPoints: [join(ROOT, surface.css)],
    bundle: true,
    minify: true,
    write: false,
    outfile: `${surface.name}.css`,
    logLevel: "warning",
  });
  const html = readFileSync(join(ROOT, surface.html), "utf8");
  const page = html
    .replace("<!-- STYLE -->", () => `<style>${inlineSafe(css.outputFiles[0].text, "style")}</style>`)
    .replace("<!-- SCRIPT -->", () => `<script>${inlineSafe(script.outputFiles[0].text, "script")}</script>`);
  writeFileSync(join(DIST, `${surface.name}.html`), page);
}

function newestMtime(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

function isUpToDate(): boolean {
  const code = join(DIST, "Code.js");
  if (!existsSync(code)) return false;
  const sources = ["src/server", "src/core", "src/shared", "src/sidebar", "templates", "appsscript.json"];
  const newest = Math.max(...sources.map((p) => newestMtime(join(ROOT, p))));
  return statSync(code).mtimeMs >= newest;
}

export async function build(): Promise<void> {
  mkdirSync(DIST, { recursive: true });
  await buildServer();
  writeFileSync(join(DIST, "appsscript.json"), readFileSync(join(ROOT, "appsscript.json")));
  for (const surface of UI_SURFACES) await buildSurface(surface);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes("--if-needed") && isUpToDate()) {
    console.log("dist/ is up to date");
  } else {
    await build();
    console.log("built dist/Code.js, dist/appsscript.json and the UI surfaces");
  }
}
