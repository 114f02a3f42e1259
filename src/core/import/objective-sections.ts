/**
 * Recogniser for plans written as prose with `OBJECTIF n : …` sections, each holding `MOYENS ET
 * ACTIONS`, numbered means (`1.1 Stages intersyndicaux`) and bullet actions (seeds/003). Choices:
 * - one row per bullet action under a numbered means; moyens = the action text (a bullet runs on over
 *   the following lines until a blank line or the next bullet/heading);
 * - objectif = the section heading as written (`OBJECTIF 1 : Créer et renforcer…`);
 * - the means title, number kept (`1.1 Stages intersyndicaux`), goes to resultat: it names what the
 *   actions are meant to achieve, and keeps moyens short enough for a calendar title;
 * - a deadline in parentheses closing the action is moved to echeancier (the seed has none: `(2014).`
 *   or `(2025).` followed by a period are references, not deadlines); actions without one are kept;
 * - prose (context paragraphs, the summary list of objectives, bullets outside a means) is not an
 *   action: it goes to unplaced, in order, so the user can see what was not imported.
 */

import { bulletText, NUMBERED } from "./clean-text";
import { readPreamble } from "./header";
import { splitTrailingDeadline } from "./trailing-deadline";
import { emptyRow, type ImportedPlan, type ImportedRow } from "./types";

const SECTION = /^objectif\s+\d{1,2}\s*:/i;
const MOYENS_HEADING = /^moyens(?:\s+et\s+actions)?\s*:?$/i;
const MEANS = /^\d{1,2}\.\d{1,2}\.?\s+\S/;

export function recogniseObjectiveSections(lines: string[]): ImportedPlan | null {
  const first = lines.findIndex((l) => SECTION.test(l));
  if (first < 0) return null;
  const plan: ImportedPlan = {
    layout: "objective-sections",
    header: {},
    rows: [],
    unplaced: [],
    skippedLists: [],
  };
  plan.unplaced.push(...readPreamble(plan.header, lines.slice(0, first)));

  let section = "";
  let means = "";
  let current: ImportedRow | null = null; // the bullet still running on
  let currentText = "";
  const finish = (): void => {
    if (!current) return;
    const s = splitTrailingDeadline(currentText);
    current.moyens = s.text;
    current.echeancier = s.echeance;
    plan.rows.push(current);
    current = null;
  };

  for (let i = first; i < lines.length; i++) {
    const line = lines[i];
    if (line === "") {
      finish();
      continue;
    }
    if (SECTION.test(line)) {
      finish();
      section = line;
      means = "";
      continue;
    }
    if (MOYENS_HEADING.test(line)) {
      finish();
      continue;
    }
    if (section !== "" && MEANS.test(line)) {
      finish();
      means = line;
      continue;
    }
    const bullet = bulletText(line);
    if (bullet !== null) {
      finish();
      if (means !== "") {
        current = emptyRow();
        current.objectif = section;
        current.resultat = means;
        currentText = bullet;
      } else {
        plan.unplaced.push(line);
      }
      continue;
    }
    if (current && !NUMBERED.test(line)) {
      currentText += " " + line;
      continue;
    }
    finish();
    plan.unplaced.push(line);
  }
  finish();
  if (plan.rows.length === 0) return null;
  return plan;
}
