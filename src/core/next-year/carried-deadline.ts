/**
 * A carried action's Échéancier read again in the new Période. A phrase that names a time of year with
 * an explicit year before the new Période ("Hiver 2026", "Mai 2026", "fin mars 2026") is moved by as
 * many years as it takes to end inside or after the start of the new Période (« Hiver 2026 → Hiver
 * 2027 »); a full date already past (« 15 mars 2026 ») is not guessed: it is left undated, with a note
 * asking for a new date. Anything else (no explicit year, a recurrence, a phrase not understood, a
 * deadline already in the new Période) is kept as written. So no carried action is late the day its
 * plan is made.
 */
import { parseEcheance } from "../echeance";

export type CarriedDeadline =
  | { kind: "kept"; text: string }
  | { kind: "redated"; from: string; to: string }
  | { kind: "undated"; from: string };

const YEAR = /\b(?:19|20)\d{2}\b/g;
const HAS_YEAR = /\b(?:19|20)\d{2}\b/;

/** How far a phrase's years are moved at most (a plan carried over from more than 5 years ago is rare). */
const MAX_YEARS = 5;

export function carriedDeadline(
  text: string,
  period: { start: string; end: string },
  reference: string,
): CarriedDeadline {
  const read = parseEcheance(text, { period, reference });
  if (read.kind !== "dated" || read.end >= period.start || !HAS_YEAR.test(text))
    return { kind: "kept", text };
  if (read.precision === "day") return { kind: "undated", from: text };
  for (let years = 1; years <= MAX_YEARS; years++) {
    const moved = text.replace(YEAR, (year) => String(Number(year) + years));
    const again = parseEcheance(moved, { period, reference });
    if (again.kind === "dated" && again.end >= period.start)
      return { kind: "redated", from: text, to: moved };
  }
  return { kind: "undated", from: text };
}
