/**
 * Backup copies of the playground's workbook and calendar, kept before a button replaces them
 * (Charger un exemple, Réinitialiser, Restaurer): `.playground/backup-<time>.json` beside the state
 * file, in the state file's own format, written atomically. Restaurer reads the newest one back.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { checkState, type PlaygroundState } from "./state.ts";
import { saveStateFile } from "./store.ts";

const BACKUP_NAME = /^backup-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-(\d+))?\.json$/;

export interface BackupInfo {
  file: string;
  /** ISO instant the copy was made. */
  savedAt: string;
}

function stampOf(file: string): string | null {
  const m = BACKUP_NAME.exec(file);
  if (!m) return null;
  const [date, time] = m[1]!.split("T") as [string, string];
  const [h, mi, s, ms] = time.replace("Z", "").split("-");
  return `${date}T${h}:${mi}:${s}.${ms}Z`;
}

/** Writes `state` as a new backup beside `statePath`; returns its file name. */
export function writeBackup(statePath: string, state: PlaygroundState, now: Date = new Date()): string {
  const dir = dirname(statePath);
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  let file = `backup-${stamp}.json`;
  for (let n = 2; existsSync(join(dir, file)); n++) file = `backup-${stamp}-${n}.json`;
  saveStateFile(join(dir, file), state);
  return file;
}

/** Every backup beside `statePath`, newest first. */
export function listBackups(statePath: string): BackupInfo[] {
  const dir = dirname(statePath);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((file) => ({ file, savedAt: stampOf(file), n: Number(BACKUP_NAME.exec(file)?.[2] ?? 1) }))
    .filter((b): b is { file: string; savedAt: string; n: number } => b.savedAt !== null)
    .sort((a, b) => (a.savedAt === b.savedAt ? b.n - a.n : a.savedAt < b.savedAt ? 1 : -1))
    .map(({ file, savedAt }) => ({ file, savedAt }));
}

export function readBackup(statePath: string, file: string): PlaygroundState {
  return checkState(JSON.parse(readFileSync(join(dirname(statePath), file), "utf8")));
}
