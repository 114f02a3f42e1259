/**
 * Recogniser for plans written as numbered orientations (`1. Le CCSNE développe…`), numbered objectives
 * (`1.1 Créer une unité de mobilisation`) and bullet actions each ending with its deadline in parentheses
 * (`- Mettre sur pied l'unité (mars 2020)`), as in seeds/000. Choices:
 * - objectif keeps its number as written (`1.1 Créer une unité de mobilisation`), so the plan's own
 *   numbering survives in the sheet;
 * - the orientation goes to remarques as `Orientation 1. Le CCSNE développe…` (lines that follow the
 *   orientation, like `B) …`, are part of it);
 * - the trailing deadline is moved to echeancier and removed from moyens; an action without one keeps
 *   an empty echeancier;
 * - a bullet group under unnumbered heading lines (`Dossier spécial` / `Engager le CCSNE dans…`) is a
 *   block of actions when at least half of its items carry a deadline: the last heading line is the
 *   objective, the earlier ones go to remarques. Otherwise it is a list of standing files or
 *   delegations (`Dossiers statutaires`, `Organismes et délégations`): not actions, so it goes to
 *   skippedLists with its heading as title and the items verbatim (an item's own `(1er mai)` stays) —
 *   unless the heading is a section of actions (`Suivis`, `Prochaines étapes`, rules/action-sections.ts):
 *   its items are actions, dated or not, with no objective and the heading in remarques.
 * A text with no numbering at all is read with the same grammar (header lines, then dated bullet groups
 * under plain headings) and reported with layout "unknown"; undated bullet lists alone give no rows.
 */

import { bulletText, LETTERED } from "./clean-text";
import { applyHeaderLine, readPreamble } from "./header";
import { isActionSection } from "./rules/action-sections";
import { splitTrailingDeadline } from "./trailing-deadline";
import { emptyRow, type ImportedPlan, type ImportedRow } from "./types";

const ORIENTATION = /^\d{1,2}\.\s+\S/;
const OBJECTIVE = /^\d{1,2}\.\d{1,2}\.?\s+\S/;

interface Group {
  heading: string[];
  items: string[];
}

export function recogniseNumberedOrientations(lines: string[]): ImportedPlan | null {
  let first = lines.findIndex((l) => ORIENTATION.test(l) || OBJECTIVE.test(l));
  const numbered = first >= 0;
  const plan: ImportedPlan = {
    layout: numbered ? "numbered-orientations" : "unknown",
    header: {},
    rows: [],
    unplaced: [],
    skippedLists: [],
  };
  if (numbered) {
    plan.unplaced.push(...readPreamble(plan.header, lines.slice(0, first)));
  } else {
    // No numbering at all: the same grammar still finds dated bullet groups under plain headings.
    if (!lines.some((l) => bulletText(l) !== null)) return null;
    first = 0;
  }
  let seenBullet = false;

  let orientation = "";
  let orientationOpen = false; // lines right after an orientation extend it
  let objective = ""; // current numbered objective
  let objectiveHasBullets = false;
  let pending: string[] = []; // unnumbered paragraphs waiting for bullets
  let group: Group | null = null;

  const closeGroup = (): void => {
    if (!group) return;
    const g = group;
    group = null;
    const splits = g.items.map(splitTrailingDeadline);
    const dated = splits.filter((s) => s.echeance !== "").length;
    // `Suivis`, `Prochaines étapes`: a section of actions, dated or not, naming no objective
    if (g.heading.length > 0 && isActionSection(g.heading[g.heading.length - 1])) {
      for (const s of splits) {
        const row: ImportedRow = emptyRow();
        row.moyens = s.text;
        row.echeancier = s.echeance;
        row.remarques = g.heading.join(" — ");
        plan.rows.push(row);
      }
    } else if (g.heading.length > 0 && dated * 2 >= g.items.length) {
      const obj = g.heading[g.heading.length - 1];
      const context = g.heading.slice(0, -1).join(" — ");
      for (const s of splits) {
        const row: ImportedRow = emptyRow();
        row.objectif = obj;
        row.moyens = s.text;
        row.echeancier = s.echeance;
        row.remarques = context;
        plan.rows.push(row);
      }
    } else {
      plan.skippedLists.push({ title: g.heading.join(" — "), items: g.items });
    }
  };
  const flushPending = (): void => {
    plan.unplaced.push(...pending);
    pending = [];
  };

  for (let i = first; i < lines.length; i++) {
    const line = lines[i];
    if (line === "") continue;
    const bullet = bulletText(line);
    if (bullet !== null) {
      seenBullet = true;
      orientationOpen = false;
      if (group) {
        group.items.push(bullet);
      } else if (objective !== "" && pending.length === 0) {
        const s = splitTrailingDeadline(bullet);
        const row = emptyRow();
        row.objectif = objective;
        row.moyens = s.text;
        row.echeancier = s.echeance;
        row.remarques = orientation;
        plan.rows.push(row);
        objectiveHasBullets = true;
      } else {
        group = { heading: pending, items: [bullet] };
        pending = [];
        objective = "";
      }
      continue;
    }
    if (OBJECTIVE.test(line)) {
      closeGroup();
      flushPending();
      objective = line;
      objectiveHasBullets = false;
      orientationOpen = false;
      continue;
    }
    if (ORIENTATION.test(line) && !LETTERED.test(line)) {
      closeGroup();
      flushPending();
      orientation = "Orientation " + line;
      orientationOpen = true;
      objective = "";
      continue;
    }
    if (orientationOpen) {
      orientation += " " + line;
      continue;
    }
    if (objective !== "" && !objectiveHasBullets && pending.length === 0) {
      objective += " " + line;
      continue;
    }
    if (!numbered && !seenBullet && applyHeaderLine(plan.header, line) === "placed") continue;
    closeGroup();
    objective = "";
    pending.push(line);
  }
  closeGroup();
  flushPending();
  if (plan.rows.length === 0) return null;
  return plan;
}
