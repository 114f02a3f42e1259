/**
 * The loader: runs the built add-on (dist/Code.js, a classic script) in a fresh node:vm context whose
 * globals are only the emulator's services plus the ECMAScript built-ins — no require, process, timers,
 * fetch, URL, TextEncoder or Buffer, as in Apps Script — with a `Date` whose now follows the emulator's
 * virtual clock. Top-level function declarations become callable by name, like menu handlers and RPCs.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { type Emulator, REPO_ROOT } from "./emulator/index.ts";

export interface Addon {
  /** The top-level function names defined by the script. */
  names: string[];
  /** Calls a top-level function in the context; arguments and result are passed as is. */
  call<T = unknown>(name: string, ...args: unknown[]): T;
  context: vm.Context;
}

export interface LoadOptions {
  /** Path of the script; default <repo>/dist/Code.js. */
  codePath?: string;
  /** The script's source, instead of reading codePath. */
  code?: string;
}

/**
 * Replaces the context's Date by a constructor that reads the virtual clock for `new Date()`, `Date()` and
 * `Date.now()`. Instances are genuine Dates of the context (same prototype, "[object Date]").
 */
const VIRTUAL_DATE = `(function (now) {
  "use strict";
  var RealDate = Date;
  var VirtualDate = function Date(y, m, d, h, mi, s, ms) {
    if (!new.target) return new RealDate(now()).toString();
    var args = Array.prototype.slice.call(arguments);
    if (args.length === 0) args = [now()];
    return Reflect.construct(RealDate, args, new.target);
  };
  Object.defineProperty(VirtualDate, "prototype", { value: RealDate.prototype, writable: false, enumerable: false, configurable: false });
  VirtualDate.now = function now_() { return now(); };
  VirtualDate.parse = RealDate.parse;
  VirtualDate.UTC = RealDate.UTC;
  Object.defineProperty(RealDate.prototype, "constructor", { value: VirtualDate, writable: true, configurable: true, enumerable: false });
  Object.defineProperty(globalThis, "Date", { value: VirtualDate, writable: true, configurable: true, enumerable: false });
})`;

export function loadAddon(emulator: Emulator, options: LoadOptions = {}): Addon {
  const codePath = options.codePath ?? join(REPO_ROOT, "dist", "Code.js");
  const code = options.code ?? readFileSync(codePath, "utf8");
  const context = vm.createContext(Object.create(null) as object, { name: "Apps Script (emulated)" });
  const installDate = vm.runInContext(VIRTUAL_DATE, context) as (now: () => number) => void;
  installDate(() => emulator.clock.now());
  for (const [name, value] of Object.entries(emulator.globals)) {
    Object.defineProperty(context, name, { value, writable: true, configurable: true, enumerable: false });
  }
  const before = new Set(Object.getOwnPropertyNames(context));
  vm.runInContext(code, context, { filename: options.code === undefined ? codePath : "Code.js" });
  const names = Object.getOwnPropertyNames(context).filter(
    (n) => !before.has(n) && typeof (context as Record<string, unknown>)[n] === "function",
  );
  return {
    names,
    context,
    call<T = unknown>(name: string, ...args: unknown[]): T {
      const fn = (context as Record<string, unknown>)[name];
      if (typeof fn !== "function") throw new Error(`Script function not found: ${name}`);
      return (fn as (...a: unknown[]) => T)(...args);
    },
  };
}
