/**
 * Rule: a table's rows, read together when the table ends, through its header row (header-synonyms.ts),
 * or by position when it has none, or as the person corrected its columns in the preview. A blank
 * objective cell is the one above; a row with only an objective names the objective of the rows below;
 * several bullets in the action cell are several actions sharing the row's other cells; year columns
 * (`2024-2025`) marked `✓`/`X` give the Échéancier (year-columns.ts); cells of columns the template
 * lacks go to Remarques under their label. A column titled `Objectif et moyens` holds both: a cell's
 * lines without a bullet name the objective (of its row and the rows below), its bulleted items are the
 * actions. A table without a header counts as a plan only where its
 * cells read like one (a deadline, an action).
 */

import { namesList } from "../../plan/names";
import { textKey } from "../../text-key";
import { isDeadlinePhrase, splitActionDeadline } from "../action-deadline";
import type { RowBlock } from "../blocks";
import { type HeaderColumn, isHeaderRow, mapHeaderRow, positionalColumns } from "../header-synonyms";
import { appendText, type MappedTable, type MappingState } from "../mapping-state";
import { typedAvancement, typedDay, typedStatus } from "../typed-values";
import { emptyRow, type ImportedRow } from "../types";
import { yearsToEcheancier } from "../year-columns";
import { capitalise, looksLikeAction } from "./looks-like-action";

/** Splits an action cell into its actions: one per bullet paragraph, or the whole cell. */
export function splitCellActions(cell: string): string[] {
  const paragraphs = cell
    .split(/\n|(?:^|\s)[•▪●◦○■□➢►✓](?=\s)/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  const bullet = /^(?:[-–—•▪●◦○■□➢►✓*]|\(?[a-z]\)|[a-z]\.|\d{1,2}[.)])\s+/i;
  const bulleted = paragraphs.filter((p) => bullet.test(p)).length;
  const inlineBullets = /[•▪●◦○■□➢►✓]\s/.test(cell);
  if (bulleted < 2 && !(inlineBullets && paragraphs.length >= 2))
    return paragraphs.length ? [paragraphs.join(" ")] : [];
  const out: string[] = [];
  for (const p of paragraphs) {
    if (bullet.test(p) || out.length === 0 || inlineBullets) out.push(p.replace(bullet, "").trim());
    else out[out.length - 1] += " " + p;
  }
  return out.filter((a) => a !== "");
}

/** A cell of several paragraphs or bullets as one list: "Salle, Budget de 500 $". */
function listCell(cell: string): string {
  return cell
    .split("\n")
    .map((p) => p.replace(/^(?:[-–—•▪●◦○■□➢►✓✔*·])\s+/, "").trim())
    .filter((p) => p !== "")
    .join(", ");
}

/**
 * The Statut, Avancement, Début and Échéance a row typed: `kept` what the sheet will read as such
 * (typed-values.ts), `unread` the rest as Remarques lines under their label — never lost.
 */
function typedCells(values: Partial<Record<HeaderColumn, string>>): {
  kept: Partial<ImportedRow>;
  unread: string[];
} {
  const kept: Partial<ImportedRow> = {};
  const unread: string[] = [];
  if (values.statut) {
    const status = typedStatus(joinCell(values.statut));
    if (status) kept.statut = status;
    else unread.push(`Statut : ${joinCell(values.statut)}`);
  }
  if (values.avancement) {
    const avancement = typedAvancement(joinCell(values.avancement));
    if (avancement !== undefined) kept.avancement = avancement;
    else unread.push(`Avancement : ${joinCell(values.avancement)}`);
  }
  for (const key of ["debut", "echeance"] as const) {
    const text = values[key];
    if (!text) continue;
    const day = typedDay(joinCell(text));
    if (day) kept[key] = day;
    // without an Échéancier, the typed text is the row's Échéancier; beside one, a Remarques line
    else if (values.echeancier !== undefined)
      unread.push(`${key === "debut" ? "Début" : "Échéance"} : ${joinCell(text)}`);
  }
  return { kept, unread };
}

/** A cell's paragraphs on one line. */
export function joinCell(cell: string): string {
  return cell
    .split("\n")
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .join(" ");
}

/** Adds a table row to the table being read; a row of another table first reads the one before. */
export function collectTableRow(state: MappingState, block: RowBlock): void {
  if (state.tableRows.length > 0 && state.tableRows[0].table !== block.table) closeTable(state);
  state.tableRows.push(block);
}

/** Reads the rows collected so far as one table. */
export function closeTable(state: MappingState): void {
  if (state.tableRows.length === 0) return;
  const rows = state.tableRows;
  state.tableRows = [];
  readTable(state, rows);
}

/**
 * `Échéance` beside an `Échéancier` column is the due date (the Échéance column), not a second
 * Échéancier: the synonyms give `échéance` alone to the Échéancier, the cell that said it first wins.
 */
function withDueDate(headers: string[], columns: (HeaderColumn | null)[]): (HeaderColumn | null)[] {
  if (!columns.includes("echeancier") || columns.includes("echeance")) return columns;
  return columns.map((column, i) =>
    column === null &&
    /^(?:echeance|date d'echeance|fin|date de fin|due|due date|end)$/.test(textKey(headers[i] ?? ""))
      ? "echeance"
      : column,
  );
}

function tableColumns(state: MappingState, rows: RowBlock[]): { table: MappedTable; start: number } {
  const id = rows[0].table;
  const corrected = state.corrections.columns?.[String(id)];
  let table: MappedTable;
  let start = 0;
  if (isHeaderRow(rows[0].cells)) {
    table = {
      table: id,
      headers: rows[0].cells,
      columns: withDueDate(rows[0].cells, mapHeaderRow(rows[0].cells).columns),
      source: "labels",
    };
    start = 1;
  } else {
    const width = Math.max(...rows.map((r) => r.cells.length));
    table = { table: id, headers: [], columns: positionalColumns(width), source: "position" };
  }
  if (corrected)
    table = { ...table, columns: corrected.map((c) => (c === "" ? null : c)), source: "corrected" };
  return { table, start };
}

/** A header naming objectives and their means in one column (`Objectif et moyens`, `Objectifs / actions`). */
const OBJECTIVE_AND_MEANS = /^objectifs?\s*(?:et|\/|&|,|-|–)\s*(?:les\s+)?(?:moyens|actions?|activites)\b/;
const ITEM_LINE = /^\s*(?:[-–—•▪●◦○■□➢►✓*]|\d{1,2}[.)]|[a-z][.)])\s+/;

/** A cell of an `Objectif et moyens` column: its lines without a bullet name the objective, its items are actions. */
function objectiveAndItems(cell: string): { objective: string; items: string } {
  const lines = cell.split("\n").filter((l) => l.trim() !== "");
  const items = lines.filter((l) => ITEM_LINE.test(l));
  return {
    objective: joinCell(lines.filter((l) => !ITEM_LINE.test(l)).join("\n")),
    // one item loses its bullet; several keep theirs, for splitCellActions to split them
    items: items.length === 1 ? items[0].replace(ITEM_LINE, "").trim() : items.join("\n"),
  };
}

function readTable(state: MappingState, rows: RowBlock[]): void {
  const plan = state.plan;
  const { table, start } = tableColumns(state, rows);
  plan.tables.push(table);
  const columns = table.columns;
  const combinedAt =
    table.source === "labels" ? table.headers.findIndex((h) => OBJECTIVE_AND_MEANS.test(textKey(h))) : -1;
  // Without an action column, the objective-like column names the actions (`Orientation | Porteur | Quand`).
  const actionColumn =
    combinedAt >= 0 || columns.indexOf("moyens") >= 0
      ? "moyens"
      : columns.indexOf("objectif") >= 0
        ? "objectif"
        : null;
  const headerKey = table.headers.map((h) => h.trim()).join("\t");
  // Year columns (`2024-2025`) not given another column: their marks are the row's Échéancier.
  const yearColumns =
    table.headers.length > 0 ? mapHeaderRow(table.headers).years.filter((i) => columns[i] === null) : [];
  const synonyms = table.headers.length > 0 ? mapHeaderRow(table.headers).columns : [];
  let objective = "";
  const confidence = table.source === "position" ? 0.6 : 0.95;
  for (let r = start; r < rows.length; r++) {
    const row = rows[r];
    const role = state.roles[String(row.line)];
    if (role === "ignore") continue;
    if (row.cells.map((h) => h.trim()).join("\t") === headerKey) continue; // header repeated on a new page
    const values: Partial<Record<HeaderColumn, string>> = {};
    const extra: string[] = [];
    const added: Record<string, string> = {};
    row.cells.forEach((cell, i) => {
      if (yearColumns.includes(i)) return;
      const column = columns[i] ?? null;
      const text =
        column === "moyens" || column === actionColumn || column === "responsables" ? cell : joinCell(cell);
      if (text.trim() === "") return;
      const label = table.headers[i]?.trim() ?? "";
      if (column === null && label !== "") {
        // a column the template lacks (`Budget`, `Partenaires`): its own column after the template's
        added[label] = appendText(added[label] ?? "", joinCell(text), " ; ");
        if (!state.addedColumns.includes(label)) state.addedColumns.push(label);
      } else if (column === null || (column === "remarques" && label !== "" && synonyms[i] !== "remarques")) {
        // no header to name a column, or the person asked for Remarques: there, under its label
        extra.push(label ? `${label} : ${joinCell(text)}` : joinCell(text));
      } else if (values[column] !== undefined) values[column] = appendText(values[column] ?? "", text, " ; ");
      else values[column] = text;
    });
    if (combinedAt >= 0 && columns[combinedAt]) {
      // `Objectif et moyens`: the cell's plain lines are the objective, its items the actions
      const cell = objectiveAndItems(row.cells[combinedAt] ?? "");
      delete values[columns[combinedAt] as HeaderColumn];
      if (cell.objective !== "") {
        objective = cell.objective;
        plan.objectiveLines.push({ line: row.line, text: objective });
      }
      if (cell.items === "") {
        // an objective's own row: what else it holds is shown as not placed, never dropped
        const rest = [...Object.values(values), ...extra].filter((v) => v !== undefined && v.trim() !== "");
        if (rest.length > 0) plan.unplaced.push({ line: row.line, text: rest.map(joinCell).join(" | ") });
        if (cell.objective !== "") continue;
      } else values.moyens = cell.items;
    }
    const filled = Object.keys(values).length + extra.length;
    if (filled === 0) continue;
    if (role === "objectif" || (filled === 1 && values.objectif !== undefined && actionColumn === "moyens")) {
      objective = joinCell(values.objectif ?? row.cells.join(" "));
      plan.objectiveLines.push({ line: row.line, text: objective });
      continue;
    }
    if (actionColumn === "moyens" && values.objectif !== undefined) {
      objective = joinCell(values.objectif);
      plan.objectiveLines.push({ line: row.line, text: objective });
    }
    const actionsText = actionColumn ? (values[actionColumn] ?? "") : "";
    const actions = splitCellActions(actionsText);
    if (actions.length === 0) actions.push("");
    const typed = typedCells(values);
    const deadline =
      [
        values.echeancier,
        ...(values.echeancier === undefined
          ? [
              values.debut && values.echeance
                ? `${values.debut} à ${values.echeance}`
                : (values.echeance ?? values.debut),
            ]
          : []),
      ]
        .filter((s): s is string => s !== undefined && s !== "")
        .map(joinCell)
        .join(" ; ") ||
      yearsToEcheancier(
        yearColumns.map((i) => ({
          label: (table.headers[i] ?? "").replace(/\s+/g, ""),
          value: joinCell(row.cells[i] ?? ""),
        })),
      );
    const ctx = state.objectiveFor();
    for (const action of actions) {
      const out = emptyRow();
      const split = deadline === "" ? splitActionDeadline(action) : { text: action, echeance: "" };
      out.objectif = actionColumn === "moyens" ? objective || ctx.objectif : ctx.objectif;
      out.moyens = split.text;
      out.resultat = appendText(ctx.inner, joinCell(values.resultat ?? ""));
      out.ressources = listCell(values.ressources ?? "");
      out.responsables = namesList(values.responsables ?? "");
      out.echeancier = deadline || split.echeance || state.useDateContext();
      Object.assign(out, typed.kept);
      if (Object.keys(added).length > 0) out.added = { ...added };
      out.remarques = [ctx.outer, ...typed.unread, joinCell(values.remarques ?? ""), ...extra]
        .filter((s) => s !== "")
        .join(" — ");
      const rowConfidence =
        table.source !== "position"
          ? confidence
          : 0.3 +
            (isDeadlinePhrase(out.echeancier) ? 0.4 : 0) +
            (looksLikeAction(capitalise(out.moyens)) ? 0.3 : 0);
      state.pushRow(out, row.line, action === "" ? rowConfidence * 0.5 : rowConfidence);
    }
  }
}
