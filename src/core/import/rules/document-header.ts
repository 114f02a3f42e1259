/**
 * Rule: the document's header block, before its first action — `Plan d'action : Comité Entraide` (title
 * and committee), `Période : …`, `Comité : …`, a title line naming a plan (`CALENDRIER DES ACTIONS –
 * COMITÉ…`, `Comité SST – plan 2024`, its years as the Période), or a short line holding a year range.
 * A line it takes is never an action nor a deadline (the « Période : » line above all).
 */
import { applyHeaderLine } from "../header";
import type { MappingState } from "../mapping-state";

/** Words that name a plan document in its title. */
const TITLE_WORDS =
  /\b(?:plan|calendrier|programme|programmation|bilan|work ?plan|action plan|actions \d{4})\b/i;
const YEAR_RANGE = /((?:19|20)\d\d\s*[-–/]\s*(?:(?:19|20)?\d\d))\b/;

function yearRange(text: string): string | undefined {
  const range = YEAR_RANGE.exec(text);
  return range ? range[1].replace(/\s+/g, "").replace(/[/–]/, "-") : undefined;
}

/** `Période : du 1er septembre 2025 au 30 juin 2026`, `Period: 2025-2026`: the plan's stated Période. */
const PERIOD_LINE = /^(?:p[ée]riode|period)(?:\s+(?:de|du plan|of the plan))?\s*:\s*(\S.*)$/i;
/** A Période only as a bare year range, as a title gives it: a stated one replaces it. */
const BARE_RANGE = /^(?:19|20)\d\d(?:-(?:19|20)?\d\d)?$/;

/**
 * The « Période : » line, wherever it stands (a Word file may put it after the first table): the plan's
 * Période when none was stated yet (a year range read from the title gives way to it), else not placed —
 * never an action's deadline.
 */
export function readPeriodLine(state: MappingState, text: string, line: number): boolean {
  const m = PERIOD_LINE.exec(text.trim());
  if (!m) return false;
  const header = state.plan.header;
  const value = m[1].trim();
  if (/^_+$/.test(value)) return true;
  if (header.periode === undefined || BARE_RANGE.test(header.periode)) header.periode = value;
  else if (header.periode !== value) state.plan.unplaced.push({ line, text });
  return true;
}

/** Reads `text` into the plan's header when it is a header line; true when it did. */
export function readDocumentHeader(state: MappingState, text: string, line = -1): boolean {
  if (readPeriodLine(state, text, line)) return true;
  if (state.anyAction) return false;
  const header = state.plan.header;
  // `Plan d'action : Comité Entraide` names the committee as well as the title (header.ts).
  if (/^plan (?:d['’]action|de travail)\s*:/i.test(text) && applyHeaderLine(header, text) === "placed")
    return true;
  if (
    header.titre === undefined &&
    state.sections.length === 0 &&
    TITLE_WORDS.test(text) &&
    text.length <= 120
  ) {
    // `CALENDRIER DES ACTIONS – COMITÉ…`, `Comité SST – plan 2024`: the document's title
    header.titre = text;
    const years = yearRange(text) ?? /\b((?:19|20)\d\d)\b/.exec(text)?.[1];
    if (years && header.periode === undefined) header.periode = years;
    return true;
  }
  const period = yearRange(text);
  if (applyHeaderLine(header, text) === "placed") {
    if (period && header.periode === undefined) header.periode = period;
    return true;
  }
  if (period && text.length <= 90 && header.periode === undefined && state.sections.length === 0) {
    header.periode = period;
    if (header.titre === undefined) header.titre = text;
    return true;
  }
  return false;
}
