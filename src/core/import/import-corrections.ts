/**
 * The corrections a person makes in the import preview, as they cross the wire from the dialog: "this
 * column is: Responsables" (per table, the column of each cell, "" for none) and "this line is an
 * objective / an action / not part of the plan" (per source line). `readCorrections` keeps only what is
 * well formed — known column keys and roles, numeric ids, bounded sizes — so a hand-made call cannot
 * make the importer do anything but read differently. The Période the person set in the preview travels
 * with them (`withChosenPeriod`): two real days in order, or null for « left blank »; it changes no
 * reading, only the Période the plan gets. Pure; used by src/server/import*.ts.
 */

import { isIsoDay } from "../dates";
import type { HeaderColumn } from "./header-synonyms";
import type { ImportCorrections, LineRole } from "./map-blocks";
import type { ImportedPlan } from "./types";

const COLUMNS: HeaderColumn[] = [
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
const ROLES: LineRole[] = ["objectif", "action", "ignore"];
const MAX_ENTRIES = 5000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The corrections in `value`, or undefined when it holds none. */
export function readCorrections(value: unknown): ImportCorrections | undefined {
  if (!isRecord(value)) return undefined;
  const out: ImportCorrections = {};
  if (isRecord(value.columns)) {
    const columns: Record<string, (HeaderColumn | "")[]> = {};
    for (const [id, list] of Object.entries(value.columns).slice(0, MAX_ENTRIES)) {
      if (!/^\d{1,6}$/.test(id) || !Array.isArray(list) || list.length > 100) continue;
      columns[id] = list.map((c) => (COLUMNS.indexOf(c as HeaderColumn) >= 0 ? (c as HeaderColumn) : ""));
    }
    if (Object.keys(columns).length > 0) out.columns = columns;
  }
  if (isRecord(value.lines)) {
    const lines: Record<string, LineRole> = {};
    for (const [id, role] of Object.entries(value.lines).slice(0, MAX_ENTRIES)) {
      if (/^\d{1,6}$/.test(id) && ROLES.indexOf(role as LineRole) >= 0) lines[id] = role as LineRole;
    }
    if (Object.keys(lines).length > 0) out.lines = lines;
  }
  return out.columns || out.lines ? out : undefined;
}

/** The name of the empty plan sheet the person chose to fill (`value.into`), or undefined. */
export function readInto(value: unknown): string | undefined {
  if (!isRecord(value) || typeof value.into !== "string") return undefined;
  const name = value.into.trim();
  return name !== "" && name.length <= 200 ? name : undefined;
}

/**
 * `plan` with the Période the person set in the preview (`value.period`: two ISO days, start not after
 * end, or null when they emptied it); `plan` unchanged when the corrections carry none or a malformed one.
 */
export function withChosenPeriod(plan: ImportedPlan, value: unknown): ImportedPlan {
  if (!isRecord(value) || !("period" in value)) return plan;
  const period = value.period;
  if (period === null) return { ...plan, chosenPeriod: null };
  if (!isRecord(period) || !isIsoDay(period.start) || !isIsoDay(period.end)) return plan;
  if (period.start > period.end) return plan;
  return { ...plan, chosenPeriod: { start: period.start, end: period.end } };
}
