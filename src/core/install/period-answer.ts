/**
 * The Période as the person answers it at install ("du 1er septembre 2026 au 31 août 2027",
 * "01/09/2026 au 31/08/2027", "septembre 2026 à août 2027", "2026-2027"), read by the échéancier parser
 * so every way of writing a span it knows works here too. An empty answer keeps the default Période; an
 * answer that is not a span of more than one day is not guessed at: the default is kept and the install
 * message says so.
 */
import { parseEcheance } from "../echeance";

export type PeriodAnswer =
  | { kind: "period"; start: string; end: string }
  | { kind: "empty" }
  | { kind: "unreadable"; text: string };

export function readPeriodAnswer(answer: string, today: string): PeriodAnswer {
  const text = answer.replace(/^\s*(?:du|de|from)\s+/i, "").trim();
  if (text === "") return { kind: "empty" };
  const parsed = parseEcheance(text, { reference: today });
  // a span without its year (`à la rentrée`, `septembre à juin`) would be a guess, as in imported-period.ts
  if (parsed.kind !== "dated" || parsed.approximate || parsed.start >= parsed.end)
    return { kind: "unreadable", text: text.slice(0, 60) };
  return { kind: "period", start: parsed.start, end: parsed.end };
}
