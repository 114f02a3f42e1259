/**
 * Public types of the échéancier parser (DESIGN.md §4): the context a deadline is read in (the plan's
 * Période and a reference date) and the three kinds of result — a dated span, a recurrence, or "none"
 * with a plain-language reason in French and English. Dates are always ISO `YYYY-MM-DD` strings.
 */
import type { Localized } from "../i18n";
import type { RecurrenceRule } from "./recurrence-rule";

/** `period` is the plan's Période (mandate); `reference` is the day the plan was written, or today. */
export interface EcheanceContext {
  period?: { start: string; end: string };
  reference: string;
}

/**
 * How fine the span is, finest first. "week" is used for the ten-day spans of `début/mi/fin <mois>`
 * (the closest finer unit than a month); "period" for the mandate phrases.
 */
export type Precision = "day" | "week" | "month" | "season" | "quarter" | "half" | "year" | "period";

/** Why a deadline was not understood, in both languages. */
export type Reason = Localized;

export type ParsedEcheance =
  | {
      kind: "dated";
      start: string;
      end: string;
      precision: Precision;
      approximate: boolean;
      matched: string;
      dueBy?: boolean;
    }
  | {
      kind: "recurring";
      frequency: "daily" | "weekly" | "monthly" | "yearly";
      interval: number;
      timesPerYear?: number;
      first?: { start: string; end: string };
      /** The days it names (`tous les jeudis`), when it names them: it can then be a recurring event. */
      rule?: RecurrenceRule;
      matched: string;
    }
  /** `ambiguous`: the reason names two readings, and the person should write the one they mean */
  | { kind: "none"; reason: Reason; matched: string; ambiguous?: boolean };
