/**
 * The optional union columns of a plan — « Mandat / résolution », « Indicateur de réussite », « Résultat
 * de l'indicateur », « Budget prévu », « Budget réel », « Libérations (jours) » — as the core sees them:
 * where they sit in a plan's header row (found by their French or English label or an alias, like the
 * template's own columns), the number format of the money and days columns, and how a cell of those
 * columns reads as a number. A plan without them has none of this: nothing here changes how the
 * template's columns are read.
 */
import type { CellValue } from "../../shared/cell";
import type { Lang } from "../i18n";
import type { PlanTemplate, UnionColumn, UnionColumnKey, UnionColumnKind } from "../template";
import { textKey } from "../text-key";

/** 1-based sheet column of each union column a plan has. */
export type UnionColumnPositions = Partial<Record<UnionColumnKey, number>>;

/**
 * The union columns found in the plan's header row (row 1 of `headerRow` is sheet column 1). The first
 * cell naming a column wins, as for the template's columns.
 */
export function findUnionColumns(
  headerRow: readonly CellValue[],
  template: PlanTemplate,
): UnionColumnPositions {
  const keys = new Map<string, UnionColumnKey>();
  for (const column of template.unionColumns) {
    for (const text of [column.label.fr, column.label.en, ...column.aliases]) {
      if (!keys.has(textKey(text))) keys.set(textKey(text), column.key);
    }
  }
  const found: UnionColumnPositions = {};
  headerRow.forEach((cell, index) => {
    if (typeof cell !== "string") return;
    const key = keys.get(textKey(cell));
    if (key && found[key] === undefined) found[key] = index + 1;
  });
  return found;
}

/** The template's definition of one union column. */
export function unionColumn(template: PlanTemplate, key: UnionColumnKey): UnionColumn {
  const column = template.unionColumns.find((candidate) => candidate.key === key);
  if (!column) throw new Error(`No union column ${key} in template ${template.id}`);
  return column;
}

/**
 * The number format of a money or days column (null for text). Sheets shows the digits with the
 * spreadsheet locale's own separators (a fr_CA sheet: « 1 234,50 $ »); the pattern only places the
 * dollar sign as each language writes it: after the amount in French, before it in English. Days keep
 * one decimal (a half day is common), so 2 shows « 2,0 » — `0.#` would show « 2, » in Sheets.
 */
export function unionNumberFormat(kind: UnionColumnKind, lang: Lang): string | null {
  if (kind === "money") return lang === "fr" ? '#,##0.00" $"' : '"$"#,##0.00';
  if (kind === "days") return "#,##0.0";
  return null;
}

export type UnionNumber =
  | { kind: "blank" }
  | { kind: "number"; value: number }
  /** Anything else: text, a date, TRUE/FALSE. Never counted; validation names it. */
  | { kind: "not-a-number" };

/**
 * A money or days cell as a number: only a number cell is one (a formula that gives a number too).
 * Text — even « 250 $ » or « 250 » kept as text — is not, as Sheets' own SUM would not count it either:
 * validation says so, and the sums leave it out.
 */
export function readUnionNumber(value: CellValue | undefined): UnionNumber {
  if (value === undefined || value === null) return { kind: "blank" };
  if (typeof value === "number")
    return Number.isFinite(value) ? { kind: "number", value } : { kind: "not-a-number" };
  if (typeof value === "string" && value.trim() === "") return { kind: "blank" };
  return { kind: "not-a-number" };
}

/** The union cells of one sheet row (`row` is the sheet's values row, index 0 = column A). */
export function unionCellsOf(
  row: readonly CellValue[],
  positions: UnionColumnPositions,
): Partial<Record<UnionColumnKey, CellValue>> {
  const cells: Partial<Record<UnionColumnKey, CellValue>> = {};
  for (const [key, column] of Object.entries(positions) as [UnionColumnKey, number][]) {
    cells[key] = row[column - 1] ?? "";
  }
  return cells;
}

/**
 * The language a plan's headers are written in: English when its Statut (or else Objectifs) header is
 * the English label, French when it is the French one, null when neither (an alias: the caller decides).
 * New union columns take the same language as the plan's other headers.
 */
export function planHeaderLang(
  headerRow: readonly CellValue[],
  columns: Partial<Record<string, number>>,
  template: PlanTemplate,
): Lang | null {
  for (const key of ["statut", "objectif", "moyens"]) {
    const column = columns[key];
    const def = template.columns.find((candidate) => candidate.key === key);
    if (column === undefined || !def) continue;
    const text = textKey(headerRow[column - 1]);
    if (text === textKey(def.label.en) && text !== textKey(def.label.fr)) return "en";
    if (text === textKey(def.label.fr)) return "fr";
  }
  return null;
}

/** Digits with optional groups and decimals, a $ before or after: « 1 234,50 $ », "$1,234.50", « 0,5 ». */
const AMOUNT_TEXT =
  /^([-+]?)\s*\$?\s*([-+]?)(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+(?:[.,]\d{3})*)(?:([.,])(\d+))?\s*\$?$/;

/**
 * A number written as text — what an imported plan's Budget or Libérations cell holds (« 1 234,50 $ »,
 * "$1,234.50", « 0,5 ») — or null when it is anything else (« à voir », « 2 jours et demi »). A comma
 * followed by exactly three digits and nothing else groups thousands ("1,500"); any other comma is the
 * decimal comma (« 250,50 », « 0,5 »).
 */
export function numberFromText(text: string): number | null {
  const match = AMOUNT_TEXT.exec(text.trim());
  if (!match) return null;
  const [, sign1, sign2, whole, separator, decimals] = match;
  const negative = sign1 === "-" || sign2 === "-";
  let integer = whole.replace(/[ \u00a0\u202f]/g, "");
  let fraction = decimals ?? "";
  if (/[.,]/.test(integer)) {
    // « 1.234.567 » or "1,234,567": groups of thousands.
    integer = integer.replace(/[.,]/g, "");
  } else if (separator === "," && fraction.length === 3 && !/[ \u00a0\u202f]/.test(whole)) {
    integer += fraction;
    fraction = "";
  }
  const value = Number(fraction ? `${integer}.${fraction}` : integer);
  if (!Number.isFinite(value)) return null;
  return negative ? -value : value;
}

/** The union column a header names (by its label or an alias), or null. */
export function unionColumnNamed(header: string, template: PlanTemplate): UnionColumn | null {
  const key = textKey(header);
  if (key === "") return null;
  return (
    template.unionColumns.find((column) =>
      [column.label.fr, column.label.en, ...column.aliases].some((name) => textKey(name) === key),
    ) ?? null
  );
}

/**
 * An imported plan's block of cells (the template's columns, then `added` ones, every text written as
 * literal text): under a union money or days header (« Budget prévu », « Libérations (jours) »), a
 * number written as text (« 1 234,50 $ », « 0,5 ») becomes that number, so the plan can add it up;
 * anything else stays the words pasted (validation names it). Other columns are returned as they were.
 */
export function withUnionNumbers(
  block: string[][],
  firstAdded: number,
  added: readonly string[],
  template: PlanTemplate,
): (string | number)[][] {
  const numeric = added.map((header) => {
    const column = unionColumnNamed(header, template);
    return column !== null && column.kind !== "text";
  });
  if (!numeric.some(Boolean)) return block;
  return block.map((row) =>
    row.map((cell, index) => {
      if (!numeric[index - firstAdded]) return cell;
      const value = numberFromText(cell.replace(/^'/, ""));
      return value === null ? cell : value;
    }),
  );
}

/** True for the union column next year's plan starts empty (« Budget réel »): the rest are carried. */
export function emptiedNextYear(header: string, template: PlanTemplate): boolean {
  return unionColumnNamed(header, template)?.key === "budgetReel";
}
