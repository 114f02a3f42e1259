/**
 * Browser harness for the sidebar and dialogs: launches Debian's Chromium once per test file (through
 * playwright-core, no network), opens a built surface (dist/Sidebar.html, dist/Findings.html…) from
 * disk at the sidebar's 300 px width, and installs a `google.script.run` shim before the page's script
 * runs. The shim has one method per top-level function of the add-on, as Apps Script publishes them
 * (names ending in `_` are private), and routes each call through page.exposeFunction to Node, where
 * dist/Code.js runs in the emulator. Arguments and results cross as JSON, as on the real wire: a Date,
 * function or class instance makes the call fail, and a server exception reaches the page's failure
 * handler as an Error-like object. Each call runs in a fresh load of the script, as each Apps Script
 * execution does. A form argument becomes the object of its named fields, as Apps Script makes it; a form
 * with a file input makes the call fail (the add-on sends files as base64 text: public reports say such a
 * file arrives broken under V8). Tests can hold calls (to see buttons disabled) and rewrite a call's arguments.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import type { Emulator } from "../../src/local/emulator/index";
import { loadAddon } from "../../src/local/loader";

export const REPO = join(import.meta.dirname, "../..");
export const DIST = join(REPO, "dist");
const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
/** The sidebar's fixed width in Google Sheets. */
export const SIDEBAR_WIDTH = 300;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

export interface RpcRecord {
  name: string;
  args: unknown[];
  ok: boolean;
}

export interface OpenSurfaceOptions {
  emulator: Emulator;
  /** The built surface to open: dist/<surface>.html. Default "Sidebar". */
  surface?: string;
  /** The browser's language, as Google's UI would set it. Default "fr-CA". */
  browserLocale?: string;
  width?: number;
  height?: number;
  /** Rewrites a call's arguments before the server sees them (e.g. a shorter sync budget). */
  rewriteArgs?: (name: string, args: unknown[]) => unknown[];
  /** The script to run; default dist/Code.js. */
  codePath?: string;
}

export interface SurfacePage {
  page: Page;
  context: BrowserContext;
  /** Every server call the page made, in order. */
  calls: RpcRecord[];
  /** URLs the page tried to fetch from anywhere but its own file (all blocked). */
  blockedRequests: string[];
  /** Messages the page wrote to the console (errors included). */
  consoleMessages: string[];
  /** Uncaught page errors. */
  pageErrors: string[];
  /** Holds every server call from now until release(). */
  hold(): void;
  release(): void;
  /** Resolves once `count` calls to `name` have been answered. */
  waitForCalls(name: string, count: number): Promise<void>;
  close(): Promise<void>;
}

/** Throws when `value` could not cross google.script.run: Date, function, class instance, undefined in arrays. */
export function assertWireValue(value: unknown, path = "result"): void {
  if (value === null || value === undefined) return;
  const type = typeof value;
  if (type === "string" || type === "boolean") return;
  if (type === "number") {
    if (!Number.isFinite(value)) throw new Error(`${path} is not a finite number`);
    return;
  }
  if (type !== "object") throw new Error(`${path} is a ${type}, which cannot cross google.script.run`);
  const tag = Object.prototype.toString.call(value);
  if (tag === "[object Date]") throw new Error(`${path} is a Date, which cannot cross google.script.run`);
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      assertWireValue(item, `${path}[${i}]`);
    });
    return;
  }
  const proto = Object.getPrototypeOf(value);
  const plain = proto === null || Object.getPrototypeOf(proto) === null;
  if (tag !== "[object Object]" || !plain) throw new Error(`${path} is not a plain object`);
  for (const [key, item] of Object.entries(value as Record<string, unknown>))
    assertWireValue(item, `${path}.${key}`);
}

interface WireReply {
  ok: boolean;
  value?: unknown;
  name?: string;
  message?: string;
}

/**
 * The page side of the shim, as plain JavaScript source (a string, so that no bundler helper leaks into
 * it when the harness runs under tsx): `google.script.run` with one method per public function `names`.
 */
const SHIM_SOURCE = `(function (names) {
  var bridge = window.__planDactionRpc;
  function hasDate(value) {
    if (value instanceof Date) return true;
    if (Array.isArray(value)) return value.some(hasDate);
    return !!value && typeof value === "object" && Object.keys(value).some(function (k) { return hasDate(value[k]); });
  }
  function formFields(form) {
    var fields = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (el.name && !el.disabled && el.type !== "file") fields[el.name] = el.value;
    });
    return fields;
  }
  function hasFileInput(value) {
    return value instanceof HTMLFormElement && !!value.querySelector("input[type=file]");
  }
  function runner(success, failure) {
    var run = {
      withSuccessHandler: function (handler) { return runner(handler, failure); },
      withFailureHandler: function (handler) { return runner(success, handler); },
      withUserObject: function () { return run; },
    };
    names.forEach(function (name) {
      run[name] = function () {
        var args = Array.prototype.slice.call(arguments);
        var fail = function (error) { setTimeout(function () { if (failure) failure(error); }, 0); };
        if (hasDate(args)) { fail(new Error("Failed due to illegal value in property: 0")); return; }
        if (args.some(hasFileInput)) { fail(new Error("A form's file input is not supported through google.script.run: send the file as text.")); return; }
        args = args.map(function (a) { return a instanceof HTMLFormElement ? formFields(a) : a; });
        bridge(name, JSON.stringify(args)).then(function (payload) {
          var reply = JSON.parse(payload);
          if (reply.ok) { if (success) success(reply.value); return; }
          var error = new Error(reply.message);
          error.name = reply.name || "ScriptError";
          if (failure) failure(error);
        }, function (error) { fail(error instanceof Error ? error : new Error(String(error))); });
      };
    });
    return run;
  }
  var noop = function () {};
  window.google = { script: { run: runner(null, null), host: { close: noop, setHeight: noop, setWidth: noop, editor: { focus: noop } } } };
})`;

/** Opens dist/<surface>.html in a new browser context wired to `emulator`. */
export async function openSurface(browser: Browser, options: OpenSurfaceOptions): Promise<SurfacePage> {
  const surface = options.surface ?? "Sidebar";
  const file = join(DIST, `${surface}.html`);
  const code = readFileSync(options.codePath ?? join(DIST, "Code.js"), "utf8");
  const names = loadAddon(options.emulator, { code }).names.filter((name) => !name.endsWith("_"));
  const context = await browser.newContext({
    locale: options.browserLocale ?? "fr-CA",
    viewport: { width: options.width ?? SIDEBAR_WIDTH, height: options.height ?? 900 },
  });
  const page = await context.newPage();
  const calls: RpcRecord[] = [];
  const blockedRequests: string[] = [];
  const consoleMessages: string[] = [];
  const pageErrors: string[] = [];
  const waiters: Array<{ name: string; count: number; resolve: () => void }> = [];
  let gate: Promise<void> | null = null;
  let openGate: (() => void) | null = null;

  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url === pathToFileURL(file).href) return route.continue();
    blockedRequests.push(url);
    return route.abort();
  });
  page.on("console", (message) => consoleMessages.push(`${message.type()}: ${message.text()}`));
  page.on("pageerror", (error) => pageErrors.push(error.message));

  await page.exposeFunction("__planDactionRpc", async (name: string, payload: string): Promise<string> => {
    if (gate) await gate;
    let args = JSON.parse(payload) as unknown[];
    if (options.rewriteArgs) args = options.rewriteArgs(name, args);
    let reply: WireReply;
    try {
      // A fresh execution: Apps Script loads the whole script for every google.script.run call.
      const addon = loadAddon(options.emulator, { code });
      const value = addon.call(name, ...args);
      assertWireValue(value);
      reply = { ok: true, value: value === undefined ? undefined : JSON.parse(JSON.stringify(value)) };
    } catch (error) {
      const message =
        error && typeof error === "object" && "message" in error ? String(error.message) : String(error);
      reply = { ok: false, name: "ScriptError", message };
    }
    calls.push({ name, args, ok: reply.ok });
    for (const waiter of [...waiters]) {
      if (calls.filter((call) => call.name === waiter.name).length >= waiter.count) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
    return JSON.stringify(reply);
  });
  await page.addInitScript({ content: `${SHIM_SOURCE}(${JSON.stringify(names)});` });
  await page.goto(pathToFileURL(file).href);

  return {
    page,
    context,
    calls,
    blockedRequests,
    consoleMessages,
    pageErrors,
    hold() {
      if (!gate) gate = new Promise((resolve) => (openGate = resolve));
    },
    release() {
      openGate?.();
      gate = null;
      openGate = null;
    },
    waitForCalls(name, count) {
      if (calls.filter((call) => call.name === name).length >= count) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ name, count, resolve }));
    },
    close: () => context.close(),
  };
}

/** The text of `selector`'s element, with no-break spaces as spaces and runs of spaces collapsed. */
export async function textOf(page: Page, selector: string): Promise<string> {
  const text = await page.locator(selector).first().textContent();
  return normalise(text ?? "");
}

export function normalise(text: string): string {
  return text
    .replace(/[\u00a0\u202f]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Runs axe-core in the page; returns the violations whose impact is serious or critical. */
export async function seriousAxeViolations(
  page: Page,
): Promise<Array<{ id: string; impact: string; nodes: string[] }>> {
  const axe = readFileSync(join(REPO, "node_modules/axe-core/axe.min.js"), "utf8");
  await page.addScriptTag({ content: axe });
  return page.evaluate(async () => {
    const axeApi = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{
            violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }>;
          }>;
        };
      }
    ).axe;
    const result = await axeApi.run(document, { resultTypes: ["violations"] });
    return result.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact as string,
        nodes: violation.nodes.map((node) => JSON.stringify(node.target)),
      }));
  });
}
