/**
 * Reading never depends on writing: when a protection (a range another member protected, Données ▸
 * Protéger des feuilles et des plages) refuses the Début/Échéance dates that reading the plan computes,
 * or the row keys the add-on gives new rows in its hidden column, the cells are left as they were, every
 * feature works on what it computed, and its result names the cells in plain words. The sentences are
 * shared by validation, colours, sync, sharing, the sidebar, the bilan and next year's plan;
 * `writeUnlessProtected` is the one way to try such a write.
 */
import { type Lang, localize } from "../core/i18n";
import type { LoadedPlan } from "./plan-sheet";

type Range = GoogleAppsScript.Spreadsheet.Range;

const REFUSED = {
  fr: "Les dates calculées de {cells} (feuille « {sheet} ») n'ont pas été écrites : ces cellules sont protégées contre vos modifications (Données ▸ Protéger des feuilles et des plages). Le reste a été fait avec ces dates ; la personne qui a protégé la plage peut les écrire en ouvrant le plan.",
  en: 'The computed dates of {cells} (sheet "{sheet}") were not written: these cells are protected against your edits (Data ▸ Protect sheets and ranges). Everything else was done with these dates; the person who protected the range can write them by opening the plan.',
};

const REFUSED_KEYS = {
  fr: "Les clés de ligne de {cells} (colonne cachée « Clé », feuille « {sheet} ») n'ont pas été écrites : ces cellules sont protégées contre vos modifications. Ces lignes n'auront leur événement dans l'agenda qu'une fois leur clé écrite par une personne qui peut modifier ces cellules (il lui suffit de synchroniser).",
  en: 'The row keys of {cells} (hidden "Key" column, sheet "{sheet}") were not written: these cells are protected against your edits. These rows get their calendar event only once their key is written by someone who may edit these cells (a sync is enough).',
};

/**
 * Runs `write` on `range`; false (nothing written) when it threw because a protection keeps the person
 * running out of the range (Range.canEdit() false), any other failure thrown again.
 */
export function writeUnlessProtected(range: Range, write: (range: Range) => unknown): boolean {
  try {
    write(range);
    return true;
  } catch (error) {
    if (editable(range)) throw error;
    return false;
  }
}

/**
 * Runs `write` on each run of consecutive `rows` (`rangeOf` gives a run's range); a run a protection
 * refuses is tried again row by row, so only the rows actually protected are left as they were. Returns
 * the rows left as they were, as blocks in A1 notation and as a set.
 */
export function writeRowsUnlessProtected(
  rows: number[],
  rangeOf: (run: number[]) => Range,
  write: (range: Range, run: number[]) => unknown,
): { rows: Set<number>; cells: string[] } {
  const refused: number[] = [];
  const attempt = (run: number[]) => writeUnlessProtected(rangeOf(run), (range) => write(range, run));
  for (const run of runsOf(rows)) {
    if (attempt(run)) continue;
    if (run.length === 1) refused.push(run[0]);
    else for (const row of run) if (!attempt([row])) refused.push(row);
  }
  return {
    rows: new Set(refused),
    cells: runsOf(refused).map((run) => rangeOf(run).getA1Notation()),
  };
}

/** Row numbers sorted and cut into runs of consecutive rows. */
export function runsOf(rows: number[]): number[][] {
  const runs: number[][] = [];
  for (const row of [...rows].sort((a, b) => a - b)) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === row - 1) run.push(row);
    else runs.push([row]);
  }
  return runs;
}

/** Whether the person running may edit every cell of `range` (false when a protection excludes them). */
function editable(range: Range): boolean {
  try {
    return range.canEdit();
  } catch (_error) {
    return true;
  }
}

/** The sentence naming the date cells a protection kept as they were, or "" when every write went through. */
export function refusedDatesSentence(loaded: Pick<LoadedPlan, "refusedDates" | "sheet">, lang: Lang): string {
  if (!loaded.refusedDates.length) return "";
  const cells = loaded.refusedDates.join(", ");
  return localize(lang, REFUSED, { cells, sheet: loaded.sheet.getName() });
}

/** The sentence naming the key cells a protection kept empty, or "" when every key was written. */
export function refusedKeysSentence(loaded: Pick<LoadedPlan, "refusedKeys" | "sheet">, lang: Lang): string {
  if (!loaded.refusedKeys.length) return "";
  const cells = loaded.refusedKeys.join(", ");
  return localize(lang, REFUSED_KEYS, { cells, sheet: loaded.sheet.getName() });
}

/** `message` followed by the sentences (dates, then keys), when there are some. */
export function withRefusedDates(
  message: string,
  loaded: Pick<LoadedPlan, "refusedDates" | "refusedKeys" | "sheet">,
  lang: Lang,
): string {
  const sentences = [refusedDatesSentence(loaded, lang), refusedKeysSentence(loaded, lang)].filter(Boolean);
  return [message, ...sentences].join(" ");
}
