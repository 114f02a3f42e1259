/**
 * Rule: a paragraph is, in order — a header line (document-header.ts); a date line (date-line.ts); the
 * title of the list below it (a short line without a final stop, followed by items or by lines that read
 * like actions or open with a date); an action, when it opens with its deadline (`Février 2017 : Lancer…`)
 * or reads like one (looks-like-action.ts) under a section, a date or another action; else prose, kept as
 * not placed, which marks the section above as a text's section rather than the plan's.
 */
import { isDeadlinePhrase, splitActionDeadline } from "../action-deadline";
import type { Block, ParagraphBlock } from "../blocks";
import type { MappingState } from "../mapping-state";
import { readDateLine, startsWithDeadline } from "./date-line";
import { readDocumentHeader } from "./document-header";
import { looksLikeAction } from "./looks-like-action";

export function readParagraph(state: MappingState, block: ParagraphBlock, next: Block | undefined): void {
  const text = block.text;
  const sections = state.sections;
  if (readDocumentHeader(state, text, block.line)) return;
  if (isDeadlinePhrase(text)) {
    readDateLine(state, text, block.line);
    return;
  }
  const leadsList =
    next?.kind === "item" ||
    (next?.kind === "paragraph" && !looksLikeAction(text) && looksLikeAction(next.text)) ||
    (next?.kind === "paragraph" &&
      startsWithDeadline(next.text) &&
      !startsWithDeadline(text) &&
      text.length <= 80);
  if (
    leadsList &&
    text.length <= 150 &&
    !/[.!?]$/.test(text) &&
    !/:\s*\S/.test(text) &&
    !startsWithDeadline(text)
  ) {
    // the title line of the list below it (`Dossiers statutaires` ⏎ `- Immigration`)
    state.openSection(
      sections.length > 0 ? sections[sections.length - 1].level + 1 : 1,
      text,
      block.line,
      false,
    );
    state.setDateContext(null);
    return;
  }
  const split = splitActionDeadline(text);
  const dateFirst = split.echeance !== "" && text.trim().startsWith(split.echeance);
  if (
    dateFirst ||
    (looksLikeAction(text) && (sections.length > 0 || state.hasDateContext() || state.anyAction))
  ) {
    state.addAction(text, block.line, dateFirst ? 0.9 : 0.6);
    return;
  }
  state.plan.unplaced.push({ line: block.line, text });
  const top = sections[sections.length - 1];
  if (top && !top.used) top.prose = true;
}
