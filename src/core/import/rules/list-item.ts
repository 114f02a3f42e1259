/**
 * Rule: a list item is an action, wherever the list starts; a deadline inside it is taken out
 * (action-deadline.ts). An item followed by deeper items heads them (its text goes to their Résultats
 * attendus); an item that is only a date is a date line (date-line.ts); an item naming who will do it
 * (`Karen will send…`) gives its responsable (named-doer.ts).
 */
import { isDeadlinePhrase } from "../action-deadline";
import type { Block, ItemBlock } from "../blocks";
import type { MappingState } from "../mapping-state";
import { readDateLine } from "./date-line";
import { readNamedDoer } from "./named-doer";

export function readListItem(state: MappingState, block: ItemBlock, next: Block | undefined): void {
  const sections = state.sections;
  const hasChildren = next !== undefined && next.kind === "item" && next.level > block.level;
  if (hasChildren) {
    state.openSection(100 + block.level, block.text.replace(/\s*:$/, ""), block.line, false);
    sections[sections.length - 1].used = true;
    return;
  }
  // an item closes the item-headers deeper than itself
  while (sections.length > 0 && sections[sections.length - 1].level >= 100 + block.level) sections.pop();
  if (isDeadlinePhrase(block.text)) {
    readDateLine(state, block.text, block.line);
    return;
  }
  // `- Karen Li will send …`: the name is the responsable (named-doer.ts)
  const doer = readNamedDoer(block.text);
  if (doer) {
    const row = state.addAction(doer.action, block.line, "item");
    row.responsables = row.responsables === "" ? doer.responsable : row.responsables;
    return;
  }
  state.addAction(block.text, block.line, "item");
}
