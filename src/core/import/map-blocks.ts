/**
 * The mapping step of the importer: blocks (blocks.ts, from any reader) → template rows, as a short
 * pipeline of named rules (rules/*, one file per rule, each saying what it recognises). One pass over
 * the blocks with a little look-ahead; what the rules know in common lives in mapping-state.ts:
 * 1. the person's corrections from the preview come first (rules/corrected-line.ts);
 * 2. each block goes to the rule for its kind — table rows (rules/table.ts), headings
 *    (rules/heading.ts), labelled lines (rules/labelled-fields.ts), list items (rules/list-item.ts),
 *    paragraphs (rules/paragraph.ts); these call the shared rules for the document's header
 *    (rules/document-header.ts), date lines (rules/date-line.ts), a responsible named at the end of a
 *    line (rules/responsible-at-end.ts) and whether a line reads like an action
 *    (rules/looks-like-action.ts);
 * 3. after the walk, lists that are standing files rather than actions are set aside
 *    (rules/standing-lists.ts).
 * Each row gets a confidence; their sum is the reading's score. Nothing is dropped: what no rule placed
 * is "not placed", in order.
 */

import type { Block } from "./blocks";
import { type ImportCorrections, type MappedPlan, MappingState } from "./mapping-state";
import { applyLineCorrection } from "./rules/corrected-line";
import { datesComeAfter } from "./rules/date-line";
import { readHeading } from "./rules/heading";
import { closeRecord, collectField } from "./rules/labelled-fields";
import { readListItem } from "./rules/list-item";
import { readParagraph } from "./rules/paragraph";
import { moveStandingLists } from "./rules/standing-lists";
import { closeTable, collectTableRow } from "./rules/table";

export type { ImportCorrections, LineRole, MappedPlan, MappedTable } from "./mapping-state";
export { looksLikeAction } from "./rules/looks-like-action";
export { splitResponsables } from "./rules/responsible-at-end";
export { splitCellActions } from "./rules/table";

export function mapBlocks(blocks: Block[], corrections: ImportCorrections = {}): MappedPlan {
  const state = new MappingState(blocks, corrections);
  state.datesAfter = datesComeAfter(blocks, state.roles);
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    if (block.kind !== "row") closeTable(state);
    if (block.kind !== "field") closeRecord(state);
    if (applyLineCorrection(state, block)) continue;
    switch (block.kind) {
      case "row":
        collectTableRow(state, block);
        break;
      case "heading":
        readHeading(state, block);
        break;
      case "field":
        collectField(state, block);
        break;
      case "item":
        readListItem(state, block, blocks[b + 1]);
        break;
      case "paragraph":
        readParagraph(state, block, blocks[b + 1], blocks[b - 1], blocks[b + 2]);
        break;
    }
  }
  closeTable(state);
  closeRecord(state);
  state.setDateContext(null);
  state.closeAllSections();
  const plan = state.plan;
  while (state.itemGroups.length < plan.rows.length) state.itemGroups.push(null);
  moveStandingLists(plan, state.itemGroups);
  plan.unplaced.sort((a, b) => a.line - b.line);
  plan.score = plan.confidence.reduce((s, c) => s + c, 0);
  return plan;
}
