/**
 * The playground's state file (.playground/state.json, git-ignored): read at start, written after every
 * change atomically — a temporary file in the same directory, then a rename — so a crash never leaves
 * half a file. A file that cannot be read or does not hold a valid state is never discarded: it is
 * renamed aside (state.corrupt-<timestamp>.json) and the caller gets a plain message to show.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { checkState, type PlaygroundState } from "./state.ts";

export interface LoadedState {
  state: PlaygroundState | null;
  /** Why the file was set aside, for the terminal and the page; null when all went well. */
  problem: string | null;
  mtimeMs: number;
}

/** The modification time of the state file, or null when there is none. */
export function stateFileMtime(path: string): number | null {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
}

function asidePath(path: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const stem = basename(path).replace(/\.json$/, "");
  let candidate = join(dirname(path), `${stem}.corrupt-${stamp}.json`);
  for (let n = 2; existsSync(candidate); n++)
    candidate = join(dirname(path), `${stem}.corrupt-${stamp}-${n}.json`);
  return candidate;
}

/**
 * Reads the state at `path`. No file: a fresh start, no problem. `forceAside` sets a readable file aside
 * anyway (the caller could not restore it) with that reason.
 */
export function loadStateFile(path: string, options: { forceAside?: string } = {}): LoadedState {
  if (!existsSync(path)) return { state: null, problem: null, mtimeMs: 0 };
  let reason = options.forceAside ?? null;
  let state: PlaygroundState | null = null;
  if (reason === null) {
    try {
      state = checkState(JSON.parse(readFileSync(path, "utf8")));
    } catch (error) {
      reason = error instanceof SyntaxError ? "it is not valid JSON" : (error as Error).message;
    }
  }
  if (reason === null) return { state, problem: null, mtimeMs: stateFileMtime(path) ?? 0 };
  const aside = asidePath(path);
  renameSync(path, aside);
  return {
    state: null,
    problem: `L'état sauvegardé n'a pas pu être relu (${reason}). Il a été mis de côté dans ${aside} et un classeur vide a été ouvert. / The saved state could not be read (${reason}); it was kept as ${aside} and a fresh workbook was started.`,
    mtimeMs: 0,
  };
}

/** Writes `state` to `path` atomically; returns the file's new modification time. */
export function saveStateFile(path: string, state: PlaygroundState): number {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(temporary, `${JSON.stringify(state)}\n`);
  renameSync(temporary, path);
  return stateFileMtime(path) ?? 0;
}
