/**
 * The virtual clock of the emulator: the one notion of "now" shared by the add-on's `Date` (through the
 * loader), Utilities.sleep, LockService waits and the latency model. It never reads the host's clock, so
 * tests and benchmarks are deterministic.
 */

export interface VirtualClock {
  now(): number;
  advance(ms: number): void;
  set(iso: string): void;
}

export function createClock(startIso: string): VirtualClock {
  let current = parseInstant(startIso);
  return {
    now: () => current,
    advance(ms: number) {
      if (!Number.isFinite(ms) || ms < 0) throw new Error(`Cannot advance the clock by ${ms} ms.`);
      current += ms;
    },
    set(iso: string) {
      current = parseInstant(iso);
    },
  };
}

function parseInstant(iso: string): number {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw new Error(`Not an ISO instant: ${iso}`);
  return t;
}
