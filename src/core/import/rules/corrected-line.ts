/**
 * Rule: what the person said in the preview about a line comes before every guess — "this line is an
 * objective" opens an objective section, "this line is an action" places it as an action, "not part of
 * the plan" skips it (map-blocks.ts). Table rows are corrected inside the table rule.
 */
import { type Block, blockText } from "../blocks";
import type { MappingState } from "../mapping-state";

/** Applies the person's correction of `block`, if any; true when the block is done with. */
export function applyLineCorrection(state: MappingState, block: Block): boolean {
  const role = state.roles[String(block.line)];
  if (role === "ignore") return true;
  if (role === "objectif" && block.kind !== "row") {
    state.openSection(
      block.kind === "heading" ? block.level : 50,
      blockText(block).replace(/^[-–•]\s+/, ""),
      block.line,
      true,
    );
    state.setDateContext(null);
    return true;
  }
  if (role === "action" && block.kind !== "row") {
    const text = block.kind === "field" ? block.value : block.kind === "item" ? block.text : blockText(block);
    state.addAction(text, block.line, 1);
    return true;
  }
  return false;
}
