/**
 * The échéancier parser (DESIGN.md §4): turns what a committee writes in the Échéancier column —
 * "Janvier-Février", "mars 2020", "mandat complet", "2 fois par année" — into ISO dates, a recurrence,
 * or "none" with a reason. This module is the stable import path; the parts live in ./echeance/:
 * text.ts (cleaning, tokens), lexicon.ts (words), grammar.ts (shapes), resolve.ts (calendar placement,
 * year conventions), parse.ts (the cell as a whole), trailing.ts (deadline at the end of an action).
 */

export { parseEcheance } from "./echeance/parse";
export { REASON_EMPTY, REASON_NO_PERIOD } from "./echeance/reasons";
export { findTrailingEcheance } from "./echeance/trailing";
export type { EcheanceContext, ParsedEcheance, Precision, Reason } from "./echeance/types";
