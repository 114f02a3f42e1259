/**
 * Recogniser for multi-year orientation tables (seeds/001): per axis (`AXE 1 : ORGANISATION SYNDICALE`),
 * tab-separated rows BUTS / OBJECTIFS / ACTIONS / one column per year (`2018-2019`…) / REMARQUES, with
 * several lettered actions (`a. …; b. …`) in one ACTIONS cell. Choices:
 * - one row per lettered action; moyens is the action without its letter and trailing `;`;
 * - objectif = the OBJECTIF cell, number kept (`1.1 Actualiser…`); a blank BUT or OBJECTIF cell means
 *   the one above;
 * - the BUT is not an expected result: it goes to remarques as `<axe> — But : <but>`, followed by the
 *   REMARQUES cell when there is one;
 * - echeancier comes from the year columns of the row (shared by all its actions): a marked column
 *   (`X`, `✓`, `oui`…) gives its year, adjacent marked years merge (`2018-2019` + `2019-2020` →
 *   `2018-2020`), separate ones are listed (`2018-2019, 2020-2021`), text under a year is kept as
 *   `2019-2020 : <text>`. When the extraction lost the marks (every year cell empty, as in seed 001),
 *   echeancier stays empty: the year is never guessed.
 * Table-of-contents lines (`AXE 2 : … page 3`) and prose before the first table go to unplaced.
 */

import { isTableRow } from "./clean-text";
import { readPreamble } from "./header";
import { cellAt, isLabelRow, readTableHeader, splitCells, type TableHeader } from "./table";
import { emptyRow, type ImportedPlan } from "./types";

const AXIS = /^axe\s+\d{1,2}\s*[:.–-]/i;
const TOC = /\bpage\s+\d{1,3}$/i;
const MARK = /^(?:x|✓|✔|✗|•|\*|oui|yes)$/i;

/** Splits `a. un; b. deux` into `["un", "deux"]`; text without a leading `a.` is one action. */
export function splitLetteredActions(cell: string): string[] {
  const text = cell.trim();
  if (!/^a[.)]\s/i.test(text)) return text === "" ? [] : [text];
  const starts: number[] = [0];
  let letter = "b";
  let from = 2;
  for (;;) {
    const found = findLetter(text, letter, from);
    if (found < 0) break;
    starts.push(found);
    from = found + 2;
    letter = String.fromCharCode(letter.charCodeAt(0) + 1);
    if (letter > "z") break;
  }
  const out: string[] = [];
  for (let i = 0; i < starts.length; i++) {
    const part = text
      .slice(starts[i] + 2, i + 1 < starts.length ? starts[i + 1] : text.length)
      .trim()
      .replace(/;$/, "")
      .trim();
    if (part !== "") out.push(part);
  }
  return out;
}

/** Index of `<letter>.` / `<letter>)` followed by a space and preceded by `;`, `.` or the start of a paragraph. */
function findLetter(text: string, letter: string, from: number): number {
  for (let i = text.indexOf(letter, from); i >= 0; i = text.indexOf(letter, i + 1)) {
    const after = text[i + 1];
    if ((after !== "." && after !== ")") || !/\s/.test(text[i + 2] ?? "")) continue;
    let j = i - 1;
    while (j >= 0 && /\s/.test(text[j])) j--;
    if (j < 0 || text[j] === ";" || text[j] === ".") return i;
  }
  return -1;
}

/** The échéancier of a row from its year columns (see the file comment). */
export function yearsToEcheancier(years: { label: string; value: string }[]): string {
  const marked = years.map((y, i) => ({ ...y, i })).filter((y) => y.value !== "");
  if (marked.length === 0) return "";
  if (marked.every((y) => MARK.test(y.value))) {
    const runs: string[] = [];
    let start = marked[0];
    let prev = marked[0];
    const flush = (): void => {
      const a = start.label.split(/[-–]/)[0];
      const b = prev.label.split(/[-–]/).pop() ?? "";
      runs.push(start === prev ? start.label : a + "-" + (b.length === 2 ? a.slice(0, 2) + b : b));
    };
    for (let k = 1; k < marked.length; k++) {
      if (marked[k].i !== prev.i + 1) {
        flush();
        start = marked[k];
      }
      prev = marked[k];
    }
    flush();
    return runs.join(", ");
  }
  return marked.map((y) => (MARK.test(y.value) ? y.label : y.label + " : " + y.value)).join("; ");
}

export function recogniseYearColumns(lines: string[]): ImportedPlan | null {
  const plan: ImportedPlan = { layout: "year-columns", header: {}, rows: [], unplaced: [], skippedLists: [] };
  const firstTable = lines.findIndex((l) => isTableRow(l));
  if (firstTable < 0) return null;
  let firstAxis = lines.findIndex((l) => AXIS.test(l) && !TOC.test(l));
  if (firstAxis < 0 || firstAxis > firstTable) firstAxis = firstTable;
  const preamble = lines.slice(0, firstAxis);
  plan.unplaced.push(...readPreamble(plan.header, preamble));

  let axis = "";
  let table: TableHeader | null = null;
  let but = "";
  let objectif = "";
  for (let n = firstAxis; n < lines.length; n++) {
    const line = lines[n];
    if (line === "") continue;
    if (!isTableRow(line)) {
      table = null;
      if (AXIS.test(line) && !TOC.test(line)) axis = line;
      else plan.unplaced.push(line);
      continue;
    }
    const cells = splitCells(line);
    const header = /objectif/i.test(line) ? readTableHeader(cells) : null;
    if (header && header.years.length > 0) {
      table = header;
      continue;
    }
    // A label row above the header (`NOS ORIENTATIONS … NOS ACTIONS`) is structure, not content.
    if (isLabelRow(cells)) continue;
    if (!table) {
      const text = cells.filter((c) => c !== "").join(" ");
      if (text !== "") plan.unplaced.push(text);
      continue;
    }
    const c = table.columns;
    const cellBut = cellAt(cells, c.but);
    const cellObj = cellAt(cells, c.objectif);
    if (cellBut !== "") but = cellBut;
    if (cellObj !== "") objectif = cellObj;
    const echeancier = yearsToEcheancier(
      table.years.map((y) => ({ label: y.label, value: cellAt(cells, y.index) })),
    );
    const remark = cellAt(cells, c.remarques);
    const context = [axis, but !== "" ? "But : " + but : "", remark].filter((s) => s !== "").join(" — ");
    const actions = splitLetteredActions(cellAt(cells, c.moyens));
    if (actions.length === 0) {
      if (cellObj !== "" || echeancier !== "" || remark !== "") {
        const row = emptyRow();
        row.objectif = objectif;
        row.echeancier = echeancier;
        row.remarques = context;
        plan.rows.push(row);
      }
      continue;
    }
    for (const action of actions) {
      const row = emptyRow();
      row.objectif = objectif;
      row.moyens = action;
      row.resultat = cellAt(cells, c.resultat);
      row.ressources = cellAt(cells, c.ressources);
      row.responsables = cellAt(cells, c.responsables);
      row.echeancier = echeancier;
      row.remarques = context;
      plan.rows.push(row);
    }
  }
  if (plan.rows.length === 0) return null;
  return plan;
}
