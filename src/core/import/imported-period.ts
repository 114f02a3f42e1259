/**
 * The Période of an imported plan: the one the person set in the preview when they changed it (or
 * emptied it), else the one of the empty plan it fills (kept), else the one its header states, when it reads as dates ("2018-2021", "septembre 2022 à
 * juin 2023"). Otherwise null: the Période is left blank for the committee to fill in, rather than
 * guessed from the years the deadlines mention — a wrong Période would shift every deadline written
 * without a year, and validation asks for the missing one in plain words.
 */
import { parseEcheance } from "../echeance";
import type { ImportedHeader, ImportedPlan } from "./types";

type Period = { start: string; end: string };

export function importedPeriod(plan: ImportedPlan, reference: string): Period | null {
  if (plan.chosenPeriod !== undefined) return plan.chosenPeriod;
  if (plan.keptPeriod !== undefined) return plan.keptPeriod;
  return statedPeriod(plan.header, reference);
}

/** The Période the document's header states, when it reads as dates; else null. */
export function statedPeriod(header: ImportedHeader, reference: string): Period | null {
  if (!header.periode) return null;
  const parsed = parseEcheance(header.periode, { reference });
  // "septembre à juin" names no year: taking this year's would be a guess.
  return parsed.kind === "dated" && !parsed.approximate && parsed.start < parsed.end
    ? { start: parsed.start, end: parsed.end }
    : null;
}
