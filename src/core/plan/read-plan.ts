/**
 * Reads a plan out of one block of sheet values (a single getValues of the sheet's used range). The
 * table is found by its header text — French or English, any case, with or without accents — wherever
 * it sits, so inserted, hidden and reordered columns, and a header moved down a few rows, all work.
 * Above the table, the header block (comité, Période, besoin, résultats attendus) is found by its
 * labels. Blank Objectifs cells continue the objective above, as merged cells do on paper.
 */
import type { CellValue } from "../../shared/cell";
import { isDateValue } from "../../shared/cell";
import { cellA1 } from "../a1";
import { cellIsoDay } from "../dates";
import type { ColumnKey, HeaderFieldKey, PlanTemplate, StatusKey } from "../template";
import { textKey } from "../text-key";
import { type Avancement, readAvancement } from "./avancement";
import type { PlanHeader, PlanRow, PlanTable, ReadPlanResult } from "./plan-model";
import { statusFromText } from "./status-text";

/** How far down the header row is looked for. */
export const HEADER_SEARCH_ROWS = 40;
/** A row is the table header when at least this many cells name template columns. */
const MIN_HEADER_MATCHES = 3;

/** The column key for each header text key, built once per template. */
function headerKeys(template: PlanTemplate): Map<string, ColumnKey> {
  const keys = new Map<string, ColumnKey>();
  for (const column of template.columns) {
    for (const text of [column.label.fr, column.label.en, ...column.aliases]) {
      if (!keys.has(textKey(text))) keys.set(textKey(text), column.key);
    }
  }
  return keys;
}

function cellText(value: CellValue | undefined): string {
  if (value === undefined || value === null) return "";
  if (isDateValue(value)) return "";
  return String(value).trim();
}

function findHeaderRow(values: CellValue[][], keys: Map<string, ColumnKey>) {
  let best: { index: number; columns: Partial<Record<ColumnKey, number>>; matches: number } | null = null;
  const limit = Math.min(values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const columns: Partial<Record<ColumnKey, number>> = {};
    let matches = 0;
    values[r].forEach((cell, c) => {
      const key = keys.get(textKey(cellText(cell)));
      if (key && columns[key] === undefined) {
        columns[key] = c + 1;
        matches++;
      }
    });
    if (matches >= MIN_HEADER_MATCHES && (!best || matches > best.matches))
      best = { index: r, columns, matches };
  }
  return best;
}

function readHeaderBlock(
  values: CellValue[][],
  headerIndex: number,
  timeZone: string,
  template: PlanTemplate,
): PlanHeader {
  const header: PlanHeader = {
    title: "",
    comite: "",
    periodStart: null,
    periodEnd: null,
    periodStartCell: null,
    periodEndCell: null,
    periodLabelFound: false,
    periodText: "",
    besoin: "",
    resultatsGlobaux: "",
  };
  const labelKeys = new Map<string, HeaderFieldKey>();
  for (const field of template.headerBlock) {
    for (const label of [field.label.fr, field.label.en, ...field.aliases])
      labelKeys.set(textKey(label), field.key);
  }
  for (let r = 0; r < headerIndex; r++) {
    const row = values[r];
    for (let c = 0; c < row.length; c++) {
      const text = cellText(row[c]);
      if (!text) continue;
      if (!header.title && /^(plan d.action|plan de travail|action plan)\b/i.test(textKey(text))) {
        header.title = text;
        const inline = /:\s*(.+)$/.exec(text);
        if (inline && !header.comite) header.comite = inline[1].trim();
        continue;
      }
      const field = labelKeys.get(textKey(text));
      if (!field) continue;
      const rest = row.slice(c + 1);
      const firstFilled = rest.findIndex((cell) => cellText(cell) !== "" || isDateValue(cell));
      if (field === "periode") {
        header.periodLabelFound = true;
        header.periodStart = cellIsoDay(row[c + 1], timeZone);
        header.periodEnd = cellIsoDay(row[c + 2], timeZone);
        header.periodStartCell = cellA1(r + 1, c + 2);
        header.periodEndCell = cellA1(r + 1, c + 3);
        if (!header.periodStart || !header.periodEnd) {
          header.periodText = [row[c + 1], row[c + 2]].map(cellText).filter(Boolean).join(" ");
        }
      } else if (firstFilled >= 0) {
        const value = cellText(rest[firstFilled]);
        if (field === "comite") header.comite = value;
        if (field === "besoin") header.besoin = value;
        if (field === "resultatsGlobaux") header.resultatsGlobaux = value;
      }
      break;
    }
  }
  return header;
}

function ratioOf(avancement: Avancement): number | null {
  return avancement.kind === "ratio" ? avancement.ratio : null;
}

/**
 * Reads the plan in `values` (row 1 of `values` is sheet row 1). `timeZone` is the spreadsheet's, used
 * to read date cells as the day they show.
 */
export function readPlan(values: CellValue[][], template: PlanTemplate, timeZone: string): ReadPlanResult {
  if (values.length === 0 || values.every((row) => row.every((cell) => cellText(cell) === ""))) {
    return { ok: false, reason: "empty" };
  }
  const found = findHeaderRow(values, headerKeys(template));
  if (!found) return { ok: false, reason: "no-header" };
  const { columns } = found;
  const missingColumns = template.columns
    .filter((column) => column.required && columns[column.key] === undefined)
    .map((column) => column.key);

  const at = (row: CellValue[], key: ColumnKey): CellValue => {
    const column = columns[key];
    return column === undefined ? "" : (row[column - 1] ?? "");
  };
  const userKeys = template.columns.filter((c) => c.kind !== "key").map((c) => c.key);

  const rows: PlanRow[] = [];
  let currentObjective = "";
  for (let r = found.index + 1; r < values.length; r++) {
    const row = values[r];
    if (userKeys.every((key) => cellText(at(row, key)) === "" && !isDateValue(at(row, key)))) continue;
    const ownObjective = cellText(at(row, "objectif"));
    if (ownObjective) currentObjective = ownObjective;
    const statutText = cellText(at(row, "statut"));
    const status: StatusKey | undefined = statutText === "" ? "aFaire" : statusFromText(statutText, template);
    const echeancierValue = at(row, "echeancier");
    rows.push({
      row: r + 1,
      objectif: currentObjective,
      resultat: cellText(at(row, "resultat")),
      moyens: cellText(at(row, "moyens")),
      ressources: cellText(at(row, "ressources")),
      responsables: cellText(at(row, "responsables")),
      echeancierValue,
      echeancier: isDateValue(echeancierValue) ? "" : cellText(echeancierValue),
      debutValue: at(row, "debut"),
      echeanceValue: at(row, "echeance"),
      debut: cellIsoDay(at(row, "debut"), timeZone),
      echeance: cellIsoDay(at(row, "echeance"), timeZone),
      statutText,
      status,
      avancementValue: at(row, "avancement"),
      avancement: ratioOf(readAvancement(at(row, "avancement"))),
      remarques: cellText(at(row, "remarques")),
      key: cellText(at(row, "cle")),
    });
  }
  const plan: PlanTable = {
    headerRow: found.index + 1,
    columns,
    missingColumns,
    header: readHeaderBlock(values, found.index, timeZone, template),
    rows,
    lastRow: values.length,
  };
  return { ok: true, plan };
}
