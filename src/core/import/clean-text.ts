/**
 * Repairs the damage that PDF and Word extraction leaves in a pasted plan, before any layout is
 * recognised: normalises line ends, non-breaking and typographic spaces and tabs (except the tab
 * separators of table rows, i.e. lines with three tabs or more, which are kept verbatim for the table
 * recognisers); drops `�` placeholders, zero-width characters, page numbers alone on a line and page
 * titles repeated on every page (a short line seen twice or more: only its first occurrence is kept);
 * strips web-export markup (`<ul …>`, `<p>`, `<u>`, `**`, `\$`); and rejoins lines broken in the middle
 * of a sentence — including words hyphenated at the line end (`commu-` + `nication`) and a deadline pushed
 * past a blank line (`(élu.es, … ,` ⏎⏎ `syndicats, …) (mandat complet)`). Every step is a linear scan:
 * no regex here can backtrack catastrophically on a long paste.
 */

/** A line is a table row when it carries at least this many tab separators. */
const TABLE_MIN_TABS = 3;

/** Prefixes whose hyphen is real even when the word is split at the line end (`mi-` ⏎ `mars`). */
const KEEP_HYPHEN_PREFIXES = new Set([
  "mi",
  "demi",
  "semi",
  "sous",
  "non",
  "ex",
  "co",
  "anti",
  "auto",
  "vice",
  "porte",
  "après",
  "avant",
  "arrière",
  "contre",
  "néo",
  "quasi",
  "saint",
  "sainte",
]);

export function isTableRow(line: string): boolean {
  let tabs = 0;
  for (let i = 0; i < line.length; i++) {
    if (line.charCodeAt(i) === 9 && ++tabs >= TABLE_MIN_TABS) return true;
  }
  return false;
}

/** `- texte`, `• texte`, `–  texte` (marker followed by white space). `-2` is not a bullet. */
export const BULLET = /^[-–—•▪●◦*]\s+/;
/** `1.`, `1.1`, `2.3.`, `1)` followed by white space. */
export const NUMBERED = /^\d{1,2}(?:\.\d{1,2})*[.)]?\s/;
/** `a.`, `b)`, `A)` followed by white space. */
export const LETTERED = /^[a-zA-Z][.)]\s/;

function isStructuralStart(line: string): boolean {
  return BULLET.test(line) || NUMBERED.test(line) || LETTERED.test(line);
}

/** Removes web-export markup: a closed list of HTML tags, `**` bold marks and backslash escapes. */
export function stripMarkup(text: string): string {
  return text
    .replace(/<\/?(?:ul|ol|li|p|br|u|b|i|em|strong|span|div|font)\b[^<>]{0,500}>/gi, " ")
    .replace(/\*\*/g, "")
    .replace(/\\([$&*_#%\\[\]()<>~`-])/g, "$1");
}

/** Normalises one line's characters (not its tabs): placeholders, odd spaces, markup. */
export function normaliseChars(line: string): string {
  return stripMarkup(
    line
      .replace(/\uFFFD/g, "")
      .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, "")
      .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\f\v]/g, " "),
  );
}

/**
 * Cleans one table cell or header value: markup, `_____` template blanks, bullet characters (several
 * bullet items become `a; b`), a leading `- ` bullet marker, runs of spaces. A cell value such as `-2`,
 * `+1`, `=SUM(A1)` or `@x` is kept exactly (escaping for the sheet is the writer's job).
 */
export function cleanCell(text: string): string {
  const base = normaliseChars(text).replace(/\t/g, " ").replace(/_{3,}/g, " ");
  const parts = base.split(/[•▪●◦]/);
  const kept: string[] = [];
  for (const part of parts) {
    const t = part.replace(/\s+/g, " ").trim().replace(BULLET, "");
    if (t !== "") kept.push(t);
  }
  return kept.join("; ");
}

function endsSentence(line: string): boolean {
  return /[.!?:;]$/.test(line);
}

/** A line that can only be the rest of the previous one. */
function isContinuationStart(line: string): boolean {
  if (isStructuralStart(line)) return false;
  return /^[a-zà-ÿœæ(),;\]»]/.test(line) || /^\d/.test(line);
}

/** Unclosed parentheses after `line`, starting from `depth`. */
function parenDepth(line: string, depth: number): number {
  let d = depth;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "(") d++;
    else if (c === ")" && d > 0) d--;
  }
  return d;
}

function isPageNumber(line: string): boolean {
  return (
    /^(?:page\s*)?\d{1,3}(?:\s*(?:\/|sur|de|of)\s*\d{1,3})?$/i.test(line) ||
    /^[-–]\s*\d{1,3}\s*[-–]$/.test(line)
  );
}

/** Short lines that are structure, not page furniture, even when they repeat. */
const STRUCTURAL_HEADING =
  /^(?:moyens|actions?\b|objectifs?\b|buts?\b|r[ée]sultats|plan d|plan de|p[ée]riode|besoin|nos orientations|nos actions)/i;

/** A page title starts with a capital letter; a repeated `complet)` is a broken line's end, not a title. */
function isRepeatCandidate(line: string): boolean {
  return (
    line.length > 0 &&
    line.length <= 80 &&
    /^[A-ZÀ-ÖØ-Þ]/.test(line) &&
    !isStructuralStart(line) &&
    !STRUCTURAL_HEADING.test(line) &&
    !/_{3,}/.test(line)
  );
}

/**
 * What goes between the end of a broken line (`prevTail`, its last physical line) and the next one:
 * " " normally, "" after a kept hyphen (`mi-` + `mars`, `2020-` + `2022)`, `Saint-` + `Jean`), or null
 * when the hyphen was only hyphenation and must be removed (`commu-` + `nication`).
 */
function joinGlue(prevTail: string, next: string): string | null {
  if (!prevTail.endsWith("-")) return " ";
  const tail = prevTail.slice(-40);
  if (/\d-$/.test(tail)) return "";
  const hy = /([A-Za-zÀ-ÿœæ]+)-$/.exec(tail);
  if (hy && /^[a-zà-ÿœæ]/.test(next) && !KEEP_HYPHEN_PREFIXES.has(hy[1].toLowerCase())) return null;
  return "";
}

interface RawLine {
  text: string;
  table: boolean;
  /** The source line ended in white space (a soft PDF line break). */
  trailingSpace: boolean;
}

export interface CleanOptions {
  /** Drop short lines repeated 2+ times (page titles); default true. */
  dropRepeatedTitles?: boolean;
}

/**
 * Cleans a pasted text into lines: "" marks a blank line, table rows keep their tabs, every other line
 * is trimmed with single spaces.
 */
export function cleanLines(text: string, options: CleanOptions = {}): string[] {
  const source = text.replace(/\r\n?/g, "\n").split("\n");
  const raw: RawLine[] = [];
  for (const line of source) {
    const chars = normaliseChars(line);
    if (isTableRow(chars)) {
      raw.push({ text: chars.replace(/ +/g, " "), table: true, trailingSpace: false });
      continue;
    }
    const spaced = chars.replace(/\t/g, " ");
    const trailingSpace = /\s$/.test(spaced);
    const t = spaced.replace(/\s+/g, " ").trim();
    if (t !== "" && isPageNumber(t)) continue;
    raw.push({ text: t, table: false, trailingSpace });
  }

  if (options.dropRepeatedTitles !== false) {
    const counts = new Map<string, number>();
    for (const r of raw) {
      if (!r.table && isRepeatCandidate(r.text)) counts.set(r.text, (counts.get(r.text) ?? 0) + 1);
    }
    const seen = new Set<string>();
    for (let i = 0; i < raw.length; i++) {
      const r = raw[i];
      if (r.table || (counts.get(r.text) ?? 0) < 2) continue;
      if (seen.has(r.text)) raw[i] = { text: "", table: false, trailingSpace: false };
      else seen.add(r.text);
    }
  }

  // The line being built is kept as parts (joined once at the end) and its state is updated
  // incrementally, so that a long run of broken lines stays linear.
  const out: string[] = [];
  let parts: string[] | null = null; // the last non-blank, non-table line, still joinable
  let openIndex = -1; // its index in out
  let depth = 0; // its unclosed parentheses
  let trailingSpace = false;
  let blankSinceOpen = false;
  const close = (): void => {
    if (parts) out[openIndex] = parts.join("");
    parts = null;
  };
  for (const r of raw) {
    if (r.table) {
      close();
      out.push(r.text);
      continue;
    }
    if (r.text === "") {
      if (parts) blankSinceOpen = true;
      out.push("");
      continue;
    }
    if (parts) {
      const last = parts[parts.length - 1];
      const hyphenEnd = last.endsWith("-") && !/\s-$/.test(last.slice(-2));
      const sentenceEnd = endsSentence(last);
      let join: boolean;
      if (!blankSinceOpen) {
        join =
          (hyphenEnd && /^[A-Za-zÀ-ÿœæ\d]/.test(r.text) && !isStructuralStart(r.text)) ||
          (!sentenceEnd && isContinuationStart(r.text)) ||
          (trailingSpace && !sentenceEnd && !isStructuralStart(r.text));
      } else {
        const stillOpen = depth > 0 || hyphenEnd || (trailingSpace && !sentenceEnd);
        join = stillOpen && isContinuationStart(r.text);
      }
      if (join) {
        // Remove the blank lines pushed since the open line, then extend it.
        while (out.length > 0 && out[out.length - 1] === "") out.pop();
        const glue = joinGlue(last, r.text);
        if (glue === null) parts[parts.length - 1] = last.slice(0, -1);
        else if (glue !== "") parts.push(glue);
        parts.push(r.text);
        depth = parenDepth(r.text, depth);
        trailingSpace = r.trailingSpace;
        blankSinceOpen = false;
        continue;
      }
      close();
    }
    out.push(r.text);
    openIndex = out.length - 1;
    parts = [r.text];
    depth = parenDepth(r.text, 0);
    trailingSpace = r.trailingSpace;
    blankSinceOpen = false;
  }
  close();
  return out;
}

/** The text of a bullet line without its marker, or null when the line is not a bullet. */
export function bulletText(line: string): string | null {
  const m = BULLET.exec(line);
  return m ? line.slice(m[0].length).trim() : null;
}
