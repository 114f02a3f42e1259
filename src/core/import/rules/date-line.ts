/**
 * Rule: a line or heading that is only a date (`SEPTEMBRE`, `Février 2017`, `En continu`) is a deadline —
 * for the action just above it when the plan writes its dates after its actions, else for the actions
 * below it (month headings over a list), until another date or section replaces it. Which way a plan
 * writes them is decided once (`datesComeAfter`), at the first date line that stands between two actions.
 */
import { isDeadlinePhrase, splitActionDeadline } from "../action-deadline";
import type { Block } from "../blocks";
import type { LineRole, MappingState } from "../mapping-state";
import { looksLikeAction } from "./looks-like-action";

export function readDateLine(state: MappingState, text: string, line: number): void {
  const bare = text.replace(/[:\s]+$/, "");
  const previous = state.lastRow;
  if (state.datesAfter && previous && previous.echeancier === "" && state.lastRowIsLatest()) {
    previous.echeancier = bare;
    const i = state.lastRowIndex;
    state.plan.confidence[i] = Math.min(1, state.plan.confidence[i] + 0.2);
    return;
  }
  state.setDateContext({ text: bare, line });
}

/** `Février 2017 : Lancer le compostage`: the line opens with its deadline. */
export function startsWithDeadline(text: string): boolean {
  const split = splitActionDeadline(text);
  return split.echeance !== "" && text.trim().startsWith(split.echeance);
}

/**
 * Whether the plan writes its date lines after the action they belong to (`Action` ⏎ `juin 2024`)
 * rather than before (`juin 2024` ⏎ `Action`, or month headings): decided once, at the first date line
 * that stands between two actions — after, when the action above it has no date of its own and the
 * block below is not an action or is one that is followed by another date line.
 */
export function datesComeAfter(blocks: Block[], roles: Record<string, LineRole>): boolean {
  const actionLike = (b: Block | undefined): boolean =>
    b !== undefined &&
    roles[String(b.line)] !== "ignore" &&
    ((b.kind === "item" && !isDeadlinePhrase(b.text)) ||
      (b.kind === "paragraph" && looksLikeAction(b.text) && !isDeadlinePhrase(b.text)));
  const dateLine = (b: Block | undefined): boolean =>
    b !== undefined &&
    ((b.kind === "paragraph" && isDeadlinePhrase(b.text)) || (b.kind === "item" && isDeadlinePhrase(b.text)));
  for (let i = 0; i < blocks.length; i++) {
    if (!dateLine(blocks[i])) continue;
    const before = blocks[i - 1];
    const after = blocks[i + 1];
    if (!actionLike(before)) return false;
    if (before.kind === "item" || before.kind === "paragraph") {
      if (splitActionDeadline(before.text).echeance !== "") return false;
    }
    if (!actionLike(after)) return true;
    // action, date, action: the pattern repeats one way or the other; look at what follows
    return dateLine(blocks[i + 2]);
  }
  return false;
}
