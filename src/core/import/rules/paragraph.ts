/**
 * Rule: a paragraph is, in order — a header line (document-header.ts); a date line (date-line.ts); the
 * rest of the list item right above it (no blank line between, and the item cut mid-sentence: it ends on a
 * comma or a word that never ends one, or the paragraph opens in lower case — a line broken by the PDF or
 * the page, `- Exposition … et les valoristes du` ⏎ `Québec en collaboration …`); the
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

/** Whether `block` goes on the action read from the list item `previous` (see the header). */
function continuesItem(state: MappingState, block: ParagraphBlock, previous: Block | undefined): boolean {
  if (!previous || previous.kind !== "item" || block.gapBefore) return false;
  if (!state.lastRowIsLatest() || state.plan.rowLines[state.lastRowIndex] !== previous.line) return false;
  const item = previous.text.trim();
  if (/[.!?;:)»"]$/.test(item) || /^[-–—•*]/.test(block.text)) return false;
  return CUT_MID_SENTENCE.test(item) || /^\p{Ll}/u.test(block.text);
}

/** An item cut mid-sentence: it ends on a comma, a hyphen or a word that never ends a sentence. */
const CUT_MID_SENTENCE =
  /(?:[,\-–]|(?:^|\s)(?:du|de|des|d['’]|la|le|les|l['’]|un|une|et|ou|à|a|au|aux|en|par|pour|avec|sur|sous|dans|chez|vers|entre|que|qui|dont|leur|leurs|son|sa|ses|notre|nos|votre|vos|ce|cette|ces|the|of|and|or|to|for|with|in|on|at|by|from|a|an))$/i;

export function readParagraph(
  state: MappingState,
  block: ParagraphBlock,
  next: Block | undefined,
  previous?: Block,
): void {
  const text = block.text;
  const sections = state.sections;
  if (readDocumentHeader(state, text, block.line)) return;
  if (isDeadlinePhrase(text)) {
    readDateLine(state, text, block.line);
    return;
  }
  if (continuesItem(state, block, previous) && state.lastRow) {
    const row = state.lastRow;
    const joined = `${row.moyens} ${text}`;
    const split = row.echeancier === "" ? splitActionDeadline(joined) : { text: joined, echeance: "" };
    row.moyens = split.text;
    if (split.echeance !== "") row.echeancier = split.echeance;
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
