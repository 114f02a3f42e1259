/**
 * Backup copies of the playground's workbook and calendar, kept before a button replaces them
 * (Charger un exemple, Réinitialiser, Restaurer): `.playground/backup-<time>.json` beside the state
 * file, in the state file's own format, written atomically. The newest KEEP_BACKUPS are kept; Restaurer
 * lists them, newest first, with their time and their number of sheets, and reads back the one chosen.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { checkState, type PlaygroundState } from "./state.ts";
import { saveStateFile } from "./store.ts";

const BACKUP_NAME = /^backup-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-(\d+))?\.json$/;

export interface BackupInfo {
  file: string;
  /** ISO instant the copy was made. */
  savedAt: string;
  /** How many sheets its workbook has (null when the file cannot be read). */
  sheets: number | null;
}

/** How many copies are kept: enough to go back several steps, not a folder that grows forever. */
export const KEEP_BACKUPS = 20;

/** Sheet counts by file (a backup never changes once written). */
const sheetCounts = new Map<string, number | null>();

function sheetCount(dir: string, file: string): number | null {
  const path = join(dir, file);
  if (!sheetCounts.has(path)) {
    try {
      sheetCounts.set(path, checkState(JSON.parse(readFileSync(path, "utf8"))).spreadsheet.sheets.length);
    } catch {
      sheetCounts.set(path, null);
    }
  }
  return sheetCounts.get(path) ?? null;
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
  sheetCounts.set(join(dir, file), state.spreadsheet.sheets.length);
  for (const old of listBackups(statePath).slice(KEEP_BACKUPS)) {
    rmSync(join(dir, old.file), { force: true });
    sheetCounts.delete(join(dir, old.file));
  }
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
    .map(({ file, savedAt }) => ({ file, savedAt, sheets: sheetCount(dir, file) }));
}

/** The backup `file` (one of listBackups' names: nothing else is read). */
export function readBackup(statePath: string, file: string): PlaygroundState {
  if (!BACKUP_NAME.test(file)) throw new Error(`Not a backup copy: ${file}`);
  return checkState(JSON.parse(readFileSync(join(dirname(statePath), file), "utf8")));
}
