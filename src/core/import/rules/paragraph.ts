/**
 * Rule: a paragraph is, in order — a header line (document-header.ts); a date line (date-line.ts); the
 * rest of the list item right above it (no blank line between, and the item cut mid-sentence: it ends on a
 * comma or a word that never ends one, or the paragraph opens in lower case — a line broken by the PDF or
 * the page, `- Exposition … et les valoristes du` ⏎ `Québec en collaboration …`); a line of minutes naming
 * who will do something (named-doer.ts: `Omar Haddad will book …`, `Marie s'occupe de …`); a title
 * line (after a blank line) followed by exactly one line that opens with a date: that title is an action,
 * the line gives its date and, in Remarques, its description (`Pique-nique familial` ⏎ `Le 8 juillet
 * 2023 – pique-nique au parc…`); the
 * title of the list below it (a short line without a final stop, followed by items or by lines that read
 * like actions or open with a date; never a paragraph holding two sentences, which introduces the list
 * rather than naming it: the list's items are still actions); an action, when it opens with its deadline (`Février 2017 : Lancer…`)
 * or reads like one (looks-like-action.ts) under a section, a date or another action; else prose, kept as
 * not placed, which marks the section above as a text's section rather than the plan's.
 */
import { isDeadlinePhrase, splitActionDeadline } from "../action-deadline";
import type { Block, ParagraphBlock } from "../blocks";
import { appendText, type MappingState } from "../mapping-state";
import { readDateLine, startsWithDeadline } from "./date-line";
import { readDocumentHeader } from "./document-header";
import { looksLikeAction } from "./looks-like-action";
import { readNamedDoer } from "./named-doer";

/** Whether `block` goes on the action read from the list item `previous` (see the header). */
function continuesItem(state: MappingState, block: ParagraphBlock, previous: Block | undefined): boolean {
  if (previous?.kind !== "item" || block.gapBefore) return false;
  if (!state.lastRowIsLatest() || state.plan.rowLines[state.lastRowIndex] !== previous.line) return false;
  const item = previous.text.trim();
  if (/[.!?;:)»"]$/.test(item) || /^[-–—•*]/.test(block.text)) return false;
  return CUT_MID_SENTENCE.test(item) || /^\p{Ll}/u.test(block.text);
}

/** An item cut mid-sentence: it ends on a comma, a hyphen or a word that never ends a sentence. */
const CUT_MID_SENTENCE =
  /(?:[,\-–]|(?:^|\s)(?:du|de|des|d['’]|la|le|les|l['’]|un|une|et|ou|à|a|au|aux|en|par|pour|avec|sur|sous|dans|chez|vers|entre|que|qui|dont|leur|leurs|son|sa|ses|notre|nos|votre|vos|ce|cette|ces|the|of|and|or|to|for|with|in|on|at|by|from|a|an))$/i;

/** A paragraph that opens with its date (`Le 8 juillet 2023 – pique-nique…`), with no blank line before. */
function isDateFirstLine(block: Block | undefined): boolean {
  return block?.kind === "paragraph" && !block.gapBefore && startsWithDeadline(block.text);
}

export function readParagraph(
  state: MappingState,
  block: ParagraphBlock,
  next: Block | undefined,
  previous?: Block,
  after?: Block,
): void {
  const text = block.text;
  const sections = state.sections;
  const title = state.titleAwaitingDate;
  state.titleAwaitingDate = null;
  if (title && previous?.line === title.line && startsWithDeadline(text)) {
    // `Pique-nique familial` ⏎ `Le 8 juillet 2023 – pique-nique au parc…`: the title is the action, the
    // line its date and its description
    const split = splitActionDeadline(text);
    const row = state.addAction(title.text, title.line, 0.9);
    if (split.echeance !== "") row.echeancier = split.echeance;
    row.remarques = appendText(row.remarques, split.text.replace(/^[-–—:,\s]+/, ""));
    return;
  }
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
  // `Karen Li will send …`, `Marie s'occupe de …`: an action, the name its responsable (named-doer.ts)
  const doer = readNamedDoer(text);
  if (doer) {
    const row = state.addAction(doer.action, block.line, 0.9);
    row.responsables = row.responsables === "" ? doer.responsable : row.responsables;
    return;
  }
  // A short title line, then one line that opens with a date, then none: one dated action.
  // (the cheap tests first: reading a date is the costly one)
  if (
    (block.gapBefore === true || previous === undefined) &&
    text.length <= 120 &&
    !/[.!?:]$/.test(text) &&
    isDateFirstLine(next) &&
    !isDateFirstLine(after) &&
    !startsWithDeadline(text)
  ) {
    state.titleAwaitingDate = { text, line: block.line };
    return;
  }
  const leadsList =
    next?.kind === "item" ||
    (next?.kind === "paragraph" &&
      !looksLikeAction(text) &&
      looksLikeAction(next.text) &&
      !(next.gapBefore === true && isDateFirstLine(after))) ||
    (next?.kind === "paragraph" &&
      startsWithDeadline(next.text) &&
      !startsWithDeadline(text) &&
      text.length <= 80);
  if (
    leadsList &&
    text.length <= 150 &&
    !/[.!?]\s+\p{Lu}/u.test(text) &&
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
