/**
 * Rule: a heading opens a section, whose text becomes the objective of the actions under it when it is
 * named like one (`OBJECTIF 3`, `But`, `Goal`) or is the innermost heading. A heading that is a date is a
 * deadline for the actions below (date-line.ts); a heading that only names a column or a list (`Actions :`,
 * `Moyens d'action`) is structure and opens nothing; a header line is the document's (document-header.ts).
 */
import { isDeadlinePhrase } from "../action-deadline";
import type { HeadingBlock } from "../blocks";
import { columnForLabel } from "../header-synonyms";
import type { MappingState } from "../mapping-state";
import { readDocumentHeader } from "./document-header";

const OBJECTIVE_WORD = /^(?:objectifs?|buts?|goals?|objectives?)\b/i;

/** A heading that only names a column or a list (`Actions :`, `Moyens d'action`) is structure. */
function isColumnLabel(text: string): boolean {
  const t = text.replace(/[:\s]+$/, "");
  const m = columnForLabel(t);
  return m !== null && m.confidence === 1;
}

export function readHeading(state: MappingState, block: HeadingBlock): void {
  const text = block.text;
  if (readDocumentHeader(state, text, block.line)) return;
  const bare = text.replace(/[:\s]+$/, "");
  if (isDeadlinePhrase(bare)) {
    // a month heading over a list: the actions below are due then
    state.setDateContext({ text: bare, line: block.line });
    return;
  }
  if (isColumnLabel(bare)) return;
  state.openSection(block.level, text, block.line, OBJECTIVE_WORD.test(text));
  state.setDateContext(null);
}
