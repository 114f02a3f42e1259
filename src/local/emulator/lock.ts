/**
 * LockService: document, script and user locks on the virtual clock. A test can hold a lock "from another
 * execution" (LockState.heldElsewhere); then tryLock waits its timeout on the virtual clock and answers
 * false, and waitLock waits and throws Apps Script's timeout message.
 */
import type { VirtualClock } from "./clock.ts";

export interface LockState {
  /** Held by the add-on's current execution. */
  heldByScript: boolean;
  /** Held by "another execution" (the test handle). */
  heldElsewhere: boolean;
}

export function newLockState(): LockState {
  return { heldByScript: false, heldElsewhere: false };
}

export class EmuLock {
  readonly __class = "Lock";
  constructor(
    private readonly state: LockState,
    private readonly clock: VirtualClock,
  ) {}
  tryLock(timeoutInMillis: number): boolean {
    if (this.state.heldByScript) return true;
    if (this.state.heldElsewhere) {
      this.clock.advance(Math.max(0, Number(timeoutInMillis) || 0));
      return false;
    }
    this.state.heldByScript = true;
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) {
      throw new Error("Lock timeout: another process was holding the lock for too long.");
    }
  }
  releaseLock(): void {
    this.state.heldByScript = false;
  }
  hasLock(): boolean {
    return this.state.heldByScript;
  }
}

export interface LockStates {
  document: LockState;
  script: LockState;
  user: LockState;
}

export function createLockService(states: LockStates, clock: VirtualClock, authMode: () => string) {
  return {
    /** null in AuthMode.NONE, as for a script that cannot reach its document. */
    getDocumentLock: () => (authMode() === "NONE" ? null : new EmuLock(states.document, clock)),
    getScriptLock: () => new EmuLock(states.script, clock),
    getUserLock: () => new EmuLock(states.user, clock),
  };
}
