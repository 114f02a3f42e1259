/**
 * Recogniser for the canonical template pasted as tab-separated tables (seeds/002): header block
 * (`Plan d'action : …`, `Période de : …`, `Besoin identifié… : …`, `Résultats attendus : …`), then the
 * columns Objectifs / Résultats attendus / Moyens-Actions-Activités / Ressources requises / Responsables /
 * Échéancier (found by label, in any order; a Remarques column is read too). A blank objective means
 * "same objective as the row above" (merged cells on paper). Cells lose their web-export debris
 * (`<ul …>`, `<u> X </u>`, `\$`, `_____`). A row with nothing but an objective (the blank yearly
 * templates that only name their objectives) is not an action: its objective goes to unplaced, and an
 * all-blank row is dropped. The Échéancier is kept as written, even when the extraction ran two columns
 * together (`Responsable-juin 2 fois par année`): guessing where one ends would risk a wrong split.
 * A repeated header block for a later year fills only what is missing; differing values go to unplaced.
 */

import { isTableRow } from "./clean-text";
import { applyHeaderLine } from "./header";
import { cellAt, readTableHeader, splitCells, type TableHeader } from "./table";
import { emptyRow, type ImportedPlan } from "./types";

export function recogniseSixColumnTable(lines: string[]): ImportedPlan | null {
  const plan: ImportedPlan = {
    layout: "six-column-table",
    header: {},
    rows: [],
    unplaced: [],
    skippedLists: [],
  };
  let table: TableHeader | null = null;
  let lastObjective = "";
  let sawHeader = false;
  for (const line of lines) {
    if (line === "") continue;
    if (!isTableRow(line)) {
      table = null;
      if (applyHeaderLine(plan.header, line) !== "placed") plan.unplaced.push(line);
      continue;
    }
    const cells = splitCells(line);
    const header = /objectif/i.test(line) ? readTableHeader(cells) : null;
    if (header && header.years.length === 0) {
      table = header;
      sawHeader = true;
      lastObjective = "";
      continue;
    }
    if (!table) {
      const text = cells.filter((c) => c !== "").join(" ");
      if (text !== "") plan.unplaced.push(text);
      continue;
    }
    const c = table.columns;
    const row = emptyRow();
    row.objectif = cellAt(cells, c.objectif);
    row.resultat = cellAt(cells, c.resultat);
    row.moyens = cellAt(cells, c.moyens);
    row.ressources = cellAt(cells, c.ressources);
    row.responsables = cellAt(cells, c.responsables);
    row.echeancier = cellAt(cells, c.echeancier);
    row.remarques = cellAt(cells, c.remarques);
    const hasAction =
      row.resultat !== "" ||
      row.moyens !== "" ||
      row.ressources !== "" ||
      row.responsables !== "" ||
      row.echeancier !== "" ||
      row.remarques !== "";
    if (!hasAction) {
      if (row.objectif !== "") plan.unplaced.push(row.objectif);
      continue;
    }
    if (row.objectif === "") row.objectif = lastObjective;
    else lastObjective = row.objectif;
    plan.rows.push(row);
  }
  if (!sawHeader || plan.rows.length === 0) return null;
  return plan;
}
