/**
 * What the import dialog shows before anything is written: each imported row with its deadline as the
 * échéancier module understands it (worded for the user: a day, a range, "récurrent", "non compris"), the
 * distinct objectives with how many rows each has, the Période the text states, what could not be
 * placed, and how a table's columns were read (columns-read.ts). Pure: the server reads the text, calls
 * importPreview and returns its answer over the wire.
 */

import type { ImportPreview, ImportPreviewRow } from "../../shared/import-wire";
import { displayDay } from "../dates";
import { parseEcheance, REASON_NO_PERIOD } from "../echeance";
import { type Lang, localize } from "../i18n";
import { rowSpan } from "../plan/fill-dates";
import { type ColumnKey, columnLabel, DEFAULT_TEMPLATE } from "../template";
import { clipWarnings } from "./cell-limit";
import { columnsRead } from "./columns-read";
import { importedRowsBlock } from "./import-rows";
import { importedPeriod, statedPeriod } from "./imported-period";
import type { ImportedPlan } from "./types";

export const PREVIEW_MESSAGES = {
  recurring: { fr: "récurrent", en: "recurring" },
  notUnderstood: { fr: "non compris", en: "not understood" },
  none: { fr: "aucune", en: "none" },
  needsPeriod: { fr: "à dater (Période à inscrire)", en: "to be dated (enter the Period)" },
  /** a phrase with two readings (« T3 » in a September plan): the committee writes the one it means */
  toClarify: { fr: "à préciser", en: "to be clarified" },
};

type Period = { start: string; end: string } | null;

/** The deadline of one imported row as the preview words it, and whether it was understood. */
export function describeDeadline(
  text: string,
  period: Period,
  today: string,
  lang: Lang,
): { deadline: string; understood: boolean } {
  if (text.trim() === "") return { deadline: localize(lang, PREVIEW_MESSAGES.none), understood: true };
  const parsed = parseEcheance(text, { period: period ?? undefined, reference: today });
  if (parsed.kind === "dated" && !period && parsed.approximate) {
    // Without a Période its year would be a guess: it is dated once the committee enters the Période.
    return { deadline: localize(lang, PREVIEW_MESSAGES.needsPeriod), understood: true };
  }
  if (parsed.kind === "none" && !period && parsed.reason.fr === REASON_NO_PERIOD.fr) {
    return { deadline: localize(lang, PREVIEW_MESSAGES.needsPeriod), understood: true };
  }
  // One phrase, one meaning: the days shown are the ones the sheet will fill in Début and Échéance
  // (fill-dates.ts rowSpan), a recurrence's first occurrence included (`juin 2 fois par année`).
  const span = rowSpan(parsed, period !== null);
  if (span) {
    const end = displayDay(span.end, lang);
    const start = displayDay(span.start, lang);
    const days = start === end ? end : `${start} – ${end}`;
    const recurring = parsed.kind === "recurring" ? ` (${localize(lang, PREVIEW_MESSAGES.recurring)})` : "";
    return { deadline: days + recurring, understood: true };
  }
  if (parsed.kind === "recurring")
    return { deadline: localize(lang, PREVIEW_MESSAGES.recurring), understood: true };
  if (parsed.kind === "none" && parsed.ambiguous)
    return { deadline: localize(lang, PREVIEW_MESSAGES.toClarify), understood: false };
  return { deadline: localize(lang, PREVIEW_MESSAGES.notUnderstood), understood: false };
}

/** Each distinct objective (in order of first appearance) with its number of rows; rows without one are left out. */
function objectivesOf(plan: ImportedPlan): { name: string; rows: number }[] {
  const objectives: { name: string; rows: number }[] = [];
  for (const row of plan.rows) {
    if (!row.objectif) continue;
    const known = objectives.find((objective) => objective.name === row.objectif);
    if (known) known.rows++;
    else objectives.push({ name: row.objectif, rows: 1 });
  }
  return objectives;
}

/** The preview of `plan` read on `today` (ISO day), in `lang`: exactly what the dialog receives. */
export function importPreview(plan: ImportedPlan, today: string, lang: Lang): ImportPreview {
  const period = importedPeriod(plan, today);
  // The source line of each row and unplaced line: the structured reading's own, or those found again
  // for a layout recogniser's reading (source-lines.ts), so a correction is offered on every one.
  const lines = plan.structure?.rowLines ?? plan.sourceLines?.rows ?? [];
  const rows: ImportPreviewRow[] = plan.rows.map((row, i) => ({
    objectif: row.objectif,
    moyens: row.moyens,
    responsables: row.responsables,
    echeancier: row.echeancier,
    ...describeDeadline(row.echeancier, period, today, lang),
    line: lines[i] ?? -1,
  }));
  const structure = plan.structure ?? plan.correctionBasis;
  return {
    ok: true,
    layout: plan.layout,
    comite: plan.header.comite ?? "",
    period,
    periodSource:
      plan.chosenPeriod !== undefined
        ? "chosen"
        : plan.keptPeriod !== undefined && period
          ? "plan"
          : period
            ? "document"
            : "none",
    documentPeriod: statedPeriod(plan.header, today),
    rows,
    objectives: objectivesOf(plan),
    unplaced: plan.unplaced,
    skippedLists: plan.skippedLists,
    tooLong: clipWarnings(importedRowsBlock(plan.rows, DEFAULT_TEMPLATE, lang), DEFAULT_TEMPLATE, lang),
    columns: columnsRead(plan, lang),
    correctable: structure !== undefined,
    tables: (structure?.tables ?? []).map((t) => ({
      table: t.table,
      headers: t.headers,
      columns: t.columns.map((c) => c ?? ""),
    })),
    unplacedLines: plan.structure?.unplacedLines ?? plan.sourceLines?.unplaced ?? [],
    columnChoices: CORRECTABLE_COLUMNS.map((key) => ({
      key,
      label: columnLabel(DEFAULT_TEMPLATE, key, lang),
    })),
  };
}

/** The columns a table cell can be said to be, in template order. */
const CORRECTABLE_COLUMNS: ColumnKey[] = [
  "objectif",
  "resultat",
  "moyens",
  "ressources",
  "responsables",
  "echeancier",
  "debut",
  "echeance",
  "statut",
  "avancement",
  "remarques",
];
