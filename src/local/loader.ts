/**
 * The loader: runs the built add-on (dist/Code.js, a classic script) in a fresh node:vm context whose
 * globals are only the emulator's services plus the ECMAScript built-ins — no require, process, timers,
 * fetch, URL, TextEncoder or Buffer, as in Apps Script — with a `Date` whose now follows the emulator's
 * virtual clock and whose local time is the script's time zone; Dates the services hand to the script are
 * made with that Date. Top-level function declarations become callable by name, like menu handlers and RPCs.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { type Emulator, REPO_ROOT } from "./emulator/index.ts";
import { instantToWall, wallToInstant } from "./emulator/timezone.ts";

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
 * Replaces the context's Date by one that behaves as in Apps Script: `new Date()`, `Date()` and
 * `Date.now()` read the virtual clock, and local-time methods (getHours, setDate, new Date(y, m, d),
 * toString, parsing of zone-less strings…) use the script's time zone instead of the host's.
 * Instances stay genuine Dates of the context (same prototype, "[object Date]").
 */
const VIRTUAL_DATE = `(function (host) {
  "use strict";
  var RealDate = Date;
  var P = RealDate.prototype;
  var orig = {};
  Object.getOwnPropertyNames(P).forEach(function (k) { orig[k] = P[k]; });
  var define = function (name, fn) {
    Object.defineProperty(P, name, { value: fn, writable: true, configurable: true, enumerable: false });
  };
  var time = function (d) { return orig.getTime.call(d); };
  ["FullYear", "Month", "Date", "Day", "Hours", "Minutes", "Seconds", "Milliseconds"].forEach(function (unit) {
    var get = orig["getUTC" + unit];
    define("get" + unit, function () {
      var t = time(this);
      return t !== t ? NaN : get.call(new RealDate(host.toWall(t)));
    });
    if (unit === "Day") return;
    var set = orig["setUTC" + unit];
    define("set" + unit, function () {
      var t = time(this);
      var wall = new RealDate(t !== t ? (unit === "FullYear" ? 0 : NaN) : host.toWall(t));
      set.apply(wall, arguments);
      var w = orig.getTime.call(wall);
      return orig.setTime.call(this, w !== w ? NaN : host.fromWall(w));
    });
  });
  define("getTimezoneOffset", function () {
    var t = time(this);
    return t !== t ? NaN : (t - host.toWall(t)) / 60000;
  });
  ["toString", "toDateString", "toTimeString"].forEach(function (name) {
    define(name, function () {
      var t = time(this);
      return t !== t ? "Invalid Date" : host.describe(t, name);
    });
  });
  ["toLocaleString", "toLocaleDateString", "toLocaleTimeString"].forEach(function (name) {
    define(name, function (locales, options) {
      var o = Object.assign({}, options);
      if (o.timeZone === undefined) o.timeZone = host.zone();
      return orig[name].call(this, locales, o);
    });
  });
  var ABSOLUTE = /^\\s*\\d{4}(-\\d{2}(-\\d{2})?)?\\s*$|\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})|GMT|UTC/i;
  var parse = function (s) {
    var hostTime = RealDate.parse(s);
    if (hostTime !== hostTime || ABSOLUTE.test(s)) return hostTime;
    var hostWall = hostTime - orig.getTimezoneOffset.call(new RealDate(hostTime)) * 60000;
    return host.fromWall(hostWall);
  };
  var VirtualDate = function Date(year, monthIndex, day, hours, minutes, seconds, ms) {
    if (!new.target) return P.toString.call(new RealDate(host.now()));
    var n = arguments.length;
    var t;
    if (n === 0) t = host.now();
    else if (n === 1) {
      var v = year;
      if (Object.prototype.toString.call(v) === "[object Date]") t = orig.getTime.call(v);
      else {
        var prim = v !== null && typeof v === "object" ? v.valueOf() : v;
        t = typeof prim === "string" ? parse(prim) : Number(prim);
      }
    } else {
      var w = RealDate.UTC.apply(null, arguments);
      t = w !== w ? NaN : host.fromWall(w);
    }
    return Reflect.construct(RealDate, [t], new.target);
  };
  Object.defineProperty(VirtualDate, "prototype", { value: P, writable: false, enumerable: false, configurable: false });
  VirtualDate.now = function now() { return host.now(); };
  VirtualDate.parse = function parse_(s) { return parse(String(s)); };
  VirtualDate.UTC = RealDate.UTC;
  define("constructor", VirtualDate);
  Object.defineProperty(globalThis, "Date", { value: VirtualDate, writable: true, configurable: true, enumerable: false });
  return function (ms) { return new VirtualDate(ms); };
})`;

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The host side of the context's Date: clock and script-time-zone arithmetic. */
function dateHost(emulator: Emulator) {
  const zone = () => emulator.scriptTimeZone();
  return {
    now: () => emulator.clock.now(),
    zone,
    toWall: (t: number) => instantToWall(zone(), t),
    fromWall: (w: number) => wallToInstant(zone(), w),
    /** Date.prototype.toString and friends, as V8 prints them, in the script's zone. */
    describe(t: number, kind: string): string {
      const tz = zone();
      const wall = new Date(instantToWall(tz, t));
      const pad = (n: number) => String(n).padStart(2, "0");
      const offset = (instantToWall(tz, t) - t) / 60_000;
      const sign = offset < 0 ? "-" : "+";
      const gmt = `GMT${sign}${pad(Math.floor(Math.abs(offset) / 60))}${pad(Math.abs(offset) % 60)}`;
      const name =
        new Intl.DateTimeFormat("en-US", { timeZone: tz, timeZoneName: "long" })
          .formatToParts(new Date(t))
          .find((p) => p.type === "timeZoneName")?.value ?? tz;
      const date = `${DAYS[wall.getUTCDay()]} ${MONTHS[wall.getUTCMonth()]} ${pad(wall.getUTCDate())} ${String(wall.getUTCFullYear()).padStart(4, "0")}`;
      const time = `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())} ${gmt} (${name})`;
      if (kind === "toDateString") return date;
      if (kind === "toTimeString") return time;
      return `${date} ${time}`;
    },
  };
}

export function loadAddon(emulator: Emulator, options: LoadOptions = {}): Addon {
  const codePath = options.codePath ?? join(REPO_ROOT, "dist", "Code.js");
  const code = options.code ?? readFileSync(codePath, "utf8");
  const context = vm.createContext(Object.create(null) as object, { name: "Apps Script (emulated)" });
  const installDate = vm.runInContext(VIRTUAL_DATE, context) as (
    host: ReturnType<typeof dateHost>,
  ) => (ms: number) => Date;
  emulator.useDateFactory(installDate(dateHost(emulator)));
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
