/**
 * `npm run import -- <plan.txt | plan.docx> [--out plan.xlsx] [--state path]`: imports an existing plan —
 * its text (pasted from Word or a PDF), or the Word file itself — with the add-on's own server functions
 * (previewImport then importPlanText; for a .docx, previewDocxImport then importDocxPlan with the file as
 * the dialog sends it, `{ name, base64 }`) running in the emulator on the built dist/Code.js, exactly as the import
 * dialog does. Without --out,
 * the plan goes into the playground's saved workbook (.playground/state.json, or --state), as a new
 * sheet, and a running `npm start` shows it on its next refresh; with --out, into a fresh workbook written
 * as an .xlsx file (the playground's state is left alone). Prints the preview: rows, objectives,
 * deadlines not understood, lines not placed.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { exportXlsx } from "../local/playground/exports.ts";
import { Playground } from "../local/playground/runtime.ts";
import type { ImportDoneResult, ImportPreviewResult } from "../shared/import-wire.ts";

const USAGE =
  "Usage: npm run import -- <plan.txt | plan.docx> [--out plan.xlsx] [--state .playground/state.json]";

/** The two server calls for a file: its text, or (a .docx) the file as the dialog sends it, in base64. */
function importCalls(path: string): { preview: [string, unknown[]]; done: [string, unknown[]] } {
  if (/\.docx$/i.test(path)) {
    const file = { name: basename(path), base64: readFileSync(path).toString("base64") };
    return { preview: ["previewDocxImport", [file]], done: ["importDocxPlan", [file]] };
  }
  const text = readFileSync(path, "utf8");
  return { preview: ["previewImport", [text]], done: ["importPlanText", [text]] };
}

export interface ImportOptions {
  file: string;
  out?: string;
  statePath?: string;
  log?: (line: string) => void;
}

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  if (i >= 0) return argv[i + 1];
  return argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

export function parseArgs(argv: string[]): ImportOptions {
  const file = argv.find((a, i) => !a.startsWith("--") && !["--out", "--state"].includes(argv[i - 1] ?? ""));
  if (!file) throw new Error(USAGE);
  return { file, out: option(argv, "--out"), statePath: option(argv, "--state") };
}

function describe(preview: Extract<ImportPreviewResult, { ok: true }>, log: (line: string) => void): void {
  const period = preview.period
    ? `${preview.period.start} → ${preview.period.end}`
    : "non indiquée (à inscrire dans la feuille)";
  log(`Comité : ${preview.comite || "(non trouvé)"} · Période : ${period}`);
  log(`${preview.rows.length} actions, ${preview.objectives.length} objectifs :`);
  for (const objective of preview.objectives)
    log(`  • ${objective.name || "(sans objectif)"} — ${objective.rows} action(s)`);
  const unclear = preview.rows.filter((r) => !r.understood);
  if (unclear.length) {
    log(`${unclear.length} échéancier(s) non compris (la validation les signalera) :`);
    for (const row of unclear) log(`  • « ${row.echeancier} » — ${row.moyens.slice(0, 70)}`);
  }
  if (preview.unplaced.length) {
    log(`${preview.unplaced.length} ligne(s) non placée(s) :`);
    for (const line of preview.unplaced.slice(0, 20)) log(`  • ${line.slice(0, 100)}`);
  }
  for (const list of preview.skippedLists)
    log(`Liste non importée comme actions : ${list.title} (${list.items.length})`);
}

/** Runs the import; returns the process exit code. */
export async function runImport(options: ImportOptions): Promise<number> {
  const log = options.log ?? ((line: string) => console.log(line));
  const path = resolve(options.file);
  if (!existsSync(path)) {
    log(`Fichier introuvable : ${path}`);
    return 2;
  }
  const calls = importCalls(path);
  const scratch = options.out ? mkdtempSync(join(tmpdir(), "plan-import-")) : null;
  try {
    const playground = new Playground({
      statePath: scratch ? join(scratch, "state.json") : options.statePath,
      log,
    });
    const preview = playground.rpc(...calls.preview);
    if (!preview.ok) {
      log(`Erreur du module : ${preview.error}`);
      return 1;
    }
    const read = preview.value as ImportPreviewResult;
    if (!read.ok) {
      log(read.message);
      return 1;
    }
    describe(read, log);
    const done = playground.rpc(...calls.done);
    const result = (done.ok ? done.value : { ok: false, message: done.error }) as ImportDoneResult;
    if (!result.ok) {
      log(result.message);
      return 1;
    }
    log(result.message);
    if (options.out) {
      const out = resolve(options.out);
      writeFileSync(out, await exportXlsx(playground.emulator));
      log(`Classeur écrit : ${out}`);
    } else {
      log(
        `Ajouté à l'état du bac à sable : ${playground.statePath} (npm start l'affiche au prochain rafraîchissement).`,
      );
    }
    return 0;
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let options: ImportOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  process.exit(await runImport(options));
}
