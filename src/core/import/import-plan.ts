/**
 * Entry point of the text-plan importer: `importPlan(text)` turns the text of a plan pasted from Word or
 * a PDF into rows of the template (DESIGN.md §3). It refuses garbage first and cheaply (empty paste,
 * more than `maxChars` characters — checked before any scan —, binary-looking text), repairs extraction
 * debris once (clean-text.ts), then runs every layout recogniser and keeps the one that places the most
 * actions (ties go to the more specific layout, in the order: six-column table, year columns, objective
 * sections, numbered orientations; their rows then name their source lines, source-lines.ts, for the
 * preview's corrections). When none finds a single action, it says so and tells the user what
 * to paste instead. Every message comes in French and English. Pure: no Apps Script, Node or DOM API.
 */

import { readStructuredBlocks, readStructuredText } from "./blocks-plan";
import { cleanLines } from "./clean-text";
import { YEAR_COLUMN } from "./header-synonyms";
import type { ImportCorrections } from "./map-blocks";
import { recogniseNumberedOrientations } from "./numbered-orientations";
import { recogniseObjectiveSections } from "./objective-sections";
import { recogniseSixColumnTable } from "./six-column-table";
import { sourceLinesOf } from "./source-lines";
import type { ImportErrorCode, ImportedPlan, ImportResult } from "./types";
import { recogniseYearColumns } from "./year-columns";

export type { ImportedHeader, ImportedPlan, ImportedRow, ImportResult, SkippedList } from "./types";

export const DEFAULT_MAX_CHARS = 200000;

const MESSAGES: Record<ImportErrorCode, { fr: string; en: string }> = {
  empty: {
    fr: "Le texte collé est vide. Copiez le texte de votre plan d'action (depuis Word ou un PDF) et collez-le ici.",
    en: "The pasted text is empty. Copy the text of your action plan (from Word or a PDF) and paste it here.",
  },
  "too-large": {
    fr: "Le texte collé est trop long ({n} caractères, maximum {max}). Collez seulement le plan d'action, sans les annexes, ou importez-le en plusieurs parties.",
    en: "The pasted text is too long ({n} characters, at most {max}). Paste only the action plan, without appendices, or import it in several parts.",
  },
  binary: {
    fr: "Le texte collé ne ressemble pas à du texte (caractères illisibles). Ouvrez le document dans Word ou un lecteur PDF, sélectionnez le texte du plan, copiez-le et collez-le ici.",
    en: "The pasted content does not look like text (unreadable characters). Open the document in Word or a PDF reader, select the plan's text, copy it and paste it here.",
  },
  "no-structure": {
    fr: "Aucune action n'a été reconnue dans ce texte. Collez un plan dont les actions sont en tableau (Objectifs, Moyens, Échéancier…), en liste à puces sous des objectifs numérotés (1.1, 1.2…) ou sous des sections « OBJECTIF 1 : … », ou remplissez le modèle directement.",
    en: "No action was recognised in this text. Paste a plan whose actions are in a table (Objectives, Means, Schedule…), in bullet lists under numbered objectives (1.1, 1.2…) or under “OBJECTIVE 1: …” sections, or fill in the template directly.",
  },
};

function fail(code: ImportErrorCode, vars: Record<string, string> = {}): ImportResult {
  const fill = (s: string): string => s.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
  return { ok: false, error: { code, fr: fill(MESSAGES[code].fr), en: fill(MESSAGES[code].en) } };
}

/**
 * Binary-looking: a NUL, or more than 1 % control characters (other than tab, line feed, carriage
 * return, form feed), or more than 10 % `�` replacement characters (a binary file decoded as text).
 */
function looksBinary(text: string): boolean {
  let control = 0;
  let replacement = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 127) control++;
    else if (c === 0xfffd) replacement++;
  }
  return control > text.length * 0.01 || (text.length >= 50 && replacement > text.length * 0.1);
}

function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}

/**
 * The score of a reading: its actions, each counted by how sure the reader is of it (a structured
 * reading says so row by row; a layout recogniser is sure of every row it places), a little more for each
 * row with a deadline or a responsible person, a little less for each line left unplaced.
 */
export function readingScore(plan: ImportedPlan): number {
  const rows = plan.structure ? plan.structure.score : plan.rows.length;
  const filled =
    plan.rows.filter((r) => r.echeancier !== "").length +
    plan.rows.filter((r) => r.responsables !== "").length;
  return rows + 0.1 * filled - 0.05 * plan.unplaced.length;
}

/** How much better than a layout recogniser's the structured reading must score to replace it. */
const STRUCTURED_MARGIN = 1.1;
/** The mean confidence of its rows below which a structured reading is not a plan (slides, a letter). */
const MIN_MEAN_CONFIDENCE = 0.6;

function isPlausible(plan: ImportedPlan): boolean {
  const s = plan.structure;
  if (!s || plan.rows.length === 0) return false;
  return s.score / plan.rows.length >= MIN_MEAN_CONFIDENCE;
}

/** Follow-up columns the layout recognisers' fixed six columns do not read. */
const FOLLOW_UP = ["statut", "avancement", "debut", "echeance"];

/** A table with a header row naming a column the layout recognisers would drop (Statut, Budget…). */
function keepsMoreColumns(table: NonNullable<ImportedPlan["structure"]>["tables"][number]): boolean {
  if (table.source !== "labels") return false;
  return table.headers.some((header, i) => {
    const column = table.columns[i] ?? null;
    return (
      header.trim() !== "" &&
      !YEAR_COLUMN.test(header.trim()) &&
      (column === null || FOLLOW_UP.includes(column))
    );
  });
}

export interface ImportOptions {
  maxChars?: number;
  /** Corrections made in the preview: when present, the structured reading is the one used. */
  corrections?: ImportCorrections;
}

export function importPlan(text: string, options: ImportOptions = {}): ImportResult {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  if (typeof text !== "string") return fail("empty");
  if (text.length > maxChars) {
    return fail("too-large", { n: formatCount(text.length), max: formatCount(maxChars) });
  }
  if (!/\S/.test(text)) return fail("empty");
  if (looksBinary(text)) return fail("binary");

  if (options.corrections) {
    const corrected = readStructuredText(text, options.corrections);
    return corrected.rows.length > 0 ? { ok: true, plan: corrected } : fail("no-structure");
  }
  const lines = cleanLines(text);
  const candidates: (ImportedPlan | null)[] = [
    recogniseSixColumnTable(lines),
    recogniseYearColumns(lines),
    recogniseObjectiveSections(lines),
    recogniseNumberedOrientations(lines),
  ];
  const { blocks, plan: structured } = readStructuredBlocks(text);
  let best: ImportedPlan | null = null;
  let bestScore = 0;
  for (const plan of candidates) {
    if (!plan || plan.rows.length === 0) continue;
    const score = readingScore(plan);
    if (!best || score > bestScore) {
      best = plan;
      bestScore = score;
    }
  }
  // The structured reading replaces a layout recogniser's only when clearly better (a recogniser that
  // found its layout reads it exactly), and counts only when its rows read as actions on average.
  if (structured && isPlausible(structured)) {
    const score = readingScore(structured);
    // A table with a header row is read through the structured reading, as a Word file's or a sheet's:
    // every column kept (Statut, Budget…), which the layout recognisers' fixed columns would drop.
    const labelledTable = structured.structure?.tables.some(keepsMoreColumns) ?? false;
    if (!best || score > bestScore * STRUCTURED_MARGIN + 1) best = structured;
    else if (labelledTable && structured.rows.length >= best.rows.length) best = structured;
  }
  if (!best) return fail("no-structure");
  // A layout recogniser's rows and unplaced lines, found again among the blocks: the preview offers a
  // correction on each (applying one switches to the structured reading, with that line corrected).
  if (best !== structured && structured.structure)
    best = { ...best, correctionBasis: structured.structure, sourceLines: sourceLinesOf(best, blocks) };
  return { ok: true, plan: best };
}
