/**
 * The Période of an imported plan: the one its header states when it reads as dates ("2018-2021",
 * "septembre 2022 à juin 2023"); otherwise the whole years its deadlines name explicitly (seed 000
 * names 2019 to 2022, so 1 January 2019 – 31 December 2022); otherwise null, and the caller uses the
 * default period. Approximate guesses (a month without a year) never decide the period.
 */
import { parseEcheance } from "../echeance";
import type { ImportedPlan } from "./types";

const YEAR = /\b(19|20)\d{2}\b/g;

export function importedPeriod(plan: ImportedPlan, reference: string): { start: string; end: string } | null {
  if (plan.header.periode) {
    const parsed = parseEcheance(plan.header.periode, { reference });
    if (parsed.kind === "dated" && parsed.start < parsed.end) return { start: parsed.start, end: parsed.end };
  }
  const years: number[] = [];
  for (const row of plan.rows) {
    for (const match of row.echeancier.match(YEAR) ?? []) years.push(Number(match));
  }
  if (years.length === 0) return null;
  return { start: `${Math.min(...years)}-01-01`, end: `${Math.max(...years)}-12-31` };
}
