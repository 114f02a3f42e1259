/**
 * Call accounting for everything the emulator hands to add-on code: one generic Proxy counts each method
 * call under `<ServiceGlobal>.<Class>.<method>` (or `<ServiceGlobal>.<method>` on the service itself), adds
 * the latency model's delay to the virtual clock, checks the authorization mode, and throws injected faults
 * at the k-th call; a test may also make something else happen in the world just before a call (a colleague
 * typing between the add-on's read and its write). Objects returned by methods are wrapped in turn, by their `__class` tag, so the whole
 * object graph reached from a global is instrumented without any counting inside the services.
 */
import type { VirtualClock } from "./clock.ts";

export interface CallLog {
  count(key: string): number;
  total(): number;
  entries(): Array<{ key: string; count: number }>;
  reset(): void;
  injectFault(spec: FaultSpec): void;
  /** Drops every injected fault not yet thrown. */
  clearFaults(): void;
  setLatency(model: ((key: string) => number) | null): void;
  /** Runs `hook` before each call reaches the service, with the raw object it is made on. */
  onCall(hook: CallHook | null): void;
}

/** Something that happens just before a call: `target` is the emulated object (a Range, a Sheet…). */
export type CallHook = (key: string, target: object, args: readonly unknown[]) => void;

export interface FaultSpec {
  key: string;
  at: number;
  error: Error | (() => Error);
  times?: number;
}

interface ActiveFault {
  key: string;
  at: number;
  times: number;
  seen: number;
  error: Error | (() => Error);
}

/** A method key matches a spec key when equal, or when the spec key is a prefix ending at a dot. */
export function keyMatches(specKey: string, key: string): boolean {
  return key === specKey || key.startsWith(specKey + ".");
}

export class CallRecorder implements CallLog {
  private readonly counts = new Map<string, number>();
  private faults: ActiveFault[] = [];
  private latency: ((key: string) => number) | null = null;
  private hook: CallHook | null = null;

  constructor(private readonly clock: VirtualClock) {}

  count(key: string): number {
    let n = 0;
    for (const [k, c] of this.counts) if (keyMatches(key, k)) n += c;
    return n;
  }
  total(): number {
    let n = 0;
    for (const c of this.counts.values()) n += c;
    return n;
  }
  entries(): Array<{ key: string; count: number }> {
    return [...this.counts]
      .map(([key, count]) => ({ key, count }))
      .sort((a, b) => a.key.localeCompare(b.key));
  }
  reset(): void {
    this.counts.clear();
  }
  clearFaults(): void {
    this.faults = [];
  }
  injectFault(spec: FaultSpec): void {
    if (!Number.isInteger(spec.at) || spec.at < 1) throw new Error("injectFault: `at` is 1-based.");
    this.faults.push({ key: spec.key, at: spec.at, times: spec.times ?? 1, seen: 0, error: spec.error });
  }
  setLatency(model: ((key: string) => number) | null): void {
    this.latency = model;
  }
  onCall(hook: CallHook | null): void {
    this.hook = hook;
  }
  /** Runs the test's hook, if any, just before a call applies (after it is counted and its faults checked). */
  beforeApply(key: string, target: object, args: readonly unknown[]): void {
    this.hook?.(key, target, args);
  }

  /** Records one call: count, latency, then any fault due at this call (thrown). */
  record(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    if (this.latency) {
      const ms = this.latency(key);
      if (ms > 0) this.clock.advance(ms);
    }
    let due: ActiveFault | undefined;
    for (const fault of this.faults) {
      if (!keyMatches(fault.key, key)) continue;
      fault.seen++;
      if (!due && fault.seen >= fault.at && fault.seen < fault.at + fault.times) due = fault;
    }
    this.faults = this.faults.filter((f) => f.seen < f.at + f.times - 1);
    if (due) throw typeof due.error === "function" ? due.error() : due.error;
  }
}

/**
 * Where Dates handed to add-on code are made. The loader sets `makeDate` to its context's Date, so that
 * Dates read from cells behave like the add-on's own (script time zone, `instanceof Date`).
 */
export interface DateRealm {
  makeDate: ((ms: number) => Date) | null;
}

/** The guard run before every instrumented call (authorization checks); throws to refuse. */
export type CallGuard = (key: string) => void;

/** Reads the class tag of an emulated object, if it has one. */
export function classOf(value: unknown): string | undefined {
  if (value === null || typeof value !== "object") return undefined;
  const tag = (value as { __class?: unknown }).__class;
  return typeof tag === "string" ? tag : undefined;
}

/**
 * Wraps emulated objects in instrumenting proxies. One Instrumenter per service global; proxies are cached
 * per target so that the add-on sees stable identities within a run.
 */
export class Instrumenter {
  private readonly proxies = new WeakMap<object, object>();
  private static readonly targets = new WeakMap<object, object>();

  constructor(
    private readonly service: string,
    private readonly log: CallRecorder,
    private readonly guard: CallGuard,
    private readonly realm: DateRealm = { makeDate: null },
  ) {}

  /** The raw object behind a proxy (or the value itself). Arrays are unwrapped element by element. */
  static unwrap(value: unknown): unknown {
    if (value === null || typeof value !== "object") return value;
    const target = Instrumenter.targets.get(value);
    if (target) return target;
    if (Array.isArray(value) && value.some((v) => v !== null && typeof v === "object" && !isDateLike(v))) {
      return value.map((v) => Instrumenter.unwrap(v));
    }
    return value;
  }

  /** Wraps the service object itself: its methods are keyed `<service>.<method>`. */
  wrapService<T extends object>(service: T): T {
    return this.wrapObject(service, null) as T;
  }

  /** Wraps a value returned to add-on code. */
  wrap(value: unknown): unknown {
    if (value === null || typeof value !== "object") return value;
    if (Instrumenter.targets.has(value)) return value;
    const cls = classOf(value);
    if (cls !== undefined) return this.wrapObject(value, cls);
    const makeDate = this.realm.makeDate;
    if (makeDate && isDateLike(value)) return makeDate(value.getTime());
    if (Array.isArray(value) && (holdsClassed(value) || (makeDate && holdsDate(value)))) {
      return value.map((v) => this.wrap(v));
    }
    return value;
  }

  private wrapObject(target: object, cls: string | null): object {
    const cached = this.proxies.get(target);
    if (cached) return cached;
    const prefix = cls === null ? this.service : `${this.service}.${cls}`;
    const proxy = new Proxy(target, {
      get: (t, prop, _receiver) => {
        const value = Reflect.get(t, prop, t);
        if (typeof prop === "symbol" || prop === "__class" || prop === "constructor") return value;
        // As in Apps Script: String(range) is "Range" and JSON.stringify(range) is "{}"; neither is a call.
        if (prop === "toString" && !Object.hasOwn(t, "toString") && value === Object.prototype.toString)
          return () => cls ?? this.service;
        if (prop === "toJSON" && value === undefined) return () => ({});
        if (typeof value !== "function") {
          // A service's plain, unfrozen sub-object (e.g. Calendar.Events) is instrumented as a class.
          if (cls === null && isPlainNamespace(value)) return this.wrapObject(value as object, prop);
          return this.wrap(value);
        }
        const key = `${prefix}.${prop}`;
        return (...args: unknown[]) => {
          this.guard(key);
          this.log.record(key);
          const rawArgs = args.map((a) => Instrumenter.unwrap(a));
          this.log.beforeApply(key, t, rawArgs);
          const result = (value as (...a: unknown[]) => unknown).apply(t, rawArgs);
          return result === t ? proxy : this.wrap(result);
        };
      },
      set: (t, prop, value) => Reflect.set(t, prop, Instrumenter.unwrap(value), t),
    });
    this.proxies.set(target, proxy);
    Instrumenter.targets.set(proxy, target);
    return proxy;
  }
}

export function isDateLike(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === "[object Date]";
}

function isPlainNamespace(v: unknown): boolean {
  if (v === null || typeof v !== "object" || Array.isArray(v) || Object.isFrozen(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return (proto === Object.prototype || proto === null) && classOf(v) === undefined;
}

/** True when an array (at any depth) holds an emulated object: getDataValidations, getMergedRanges… */
function holdsClassed(value: unknown[]): boolean {
  return value.some((v) => classOf(v) !== undefined || (Array.isArray(v) && holdsClassed(v)));
}

function holdsDate(value: unknown[]): boolean {
  return value.some((v) => isDateLike(v) || (Array.isArray(v) && holdsDate(v)));
}
