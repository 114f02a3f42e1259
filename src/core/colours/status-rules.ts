/**
 * The status colours as conditional-format rule specifications, decided here and only applied by the
 * edge: one rule per meaning over the whole data area of the plan table, with custom formulas written
 * in the syntax Apps Script expects (English function names, comma separators, `$`-anchored column
 * references relative to the area's top-left cell). Columns come from the plan's current header, so a
 * plan whose columns were moved gets rules that point at the right cells.
 *
 * Order matters: Sheets applies, for each cell, only the first rule in the list whose condition holds.
 * Terminé and Annulé come first so that they always win over En retard and Bientôt; then En retard,
 * Bientôt, and the plain statuses.
 *
 * Recognising our own rules: every formula is `=AND(N("plan-daction:<meaning>")=0, …)`. N() of a text
 * is 0, so the marker is always true and changes nothing, but the string literal travels with the rule:
 * Sheets rewrites cell references when columns move and keeps string literals untouched, a user copying
 * our rule elsewhere keeps our colours anyway, and no user writes that text by accident. Matching on
 * colours or on formula shape would break as soon as the palette or the columns change; developer
 * metadata cannot be attached to a conditional-format rule.
 */
import { columnLetter } from "../a1";
import type { ColumnKey, PlanTemplate, StatusKey } from "../template";
import { DUE_SOON_DAYS, type Meaning, paletteEntry } from "./palette";

/** The prefix of the marker every rule of ours carries. */
export const RULE_MARKER_PREFIX = "plan-daction:";
const OWN_RULE = /N\(\s*"plan-daction:[a-z-]+"\s*\)/i;

/** Where the rules go: the columns found in the header, the header row and the sheet size. */
export interface RuleGeometry {
  columns: Partial<Record<ColumnKey, number>>;
  headerRow: number;
  maxRows: number;
}

export interface StatusRuleSpec {
  meaning: Meaning;
  /** A custom formula, for whenFormulaSatisfied. */
  formula: string;
  background: string;
  fontColor: string;
  bold: boolean;
  strikethrough: boolean;
  /** A1 ranges on the plan sheet (no sheet name). */
  a1Ranges: string[];
}

/** The data area every rule covers: first data row to the sheet's last row, across the table. */
export interface DataArea {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export type StatusRulesResult =
  | { ok: true; rules: StatusRuleSpec[]; area: DataArea; dateRules: boolean }
  | { ok: false; missing: ColumnKey[] };

/** True when a custom formula carries our marker (the rule was made by this add-on). */
export function isOwnRuleFormula(formula: unknown): boolean {
  return typeof formula === "string" && OWN_RULE.test(formula);
}

/** `text` as a formula's string literal (a quote doubled). */
export function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The data area: below the header, from the table's first to its last found column. */
export function dataArea(geometry: RuleGeometry): DataArea {
  const found = Object.values(geometry.columns).filter((c): c is number => typeof c === "number");
  const first = Math.min(...found);
  const last = Math.max(...found);
  const row = geometry.headerRow + 1;
  return {
    row,
    column: first,
    numRows: Math.max(1, geometry.maxRows - geometry.headerRow),
    numColumns: last - first + 1,
  };
}

function areaA1(area: DataArea): string {
  return `${columnLetter(area.column)}${area.row}:${columnLetter(area.column + area.numColumns - 1)}${area.row + area.numRows - 1}`;
}

/**
 * A formula condition: `status` (a Statut cell's trimmed text, as `TRIM($I8)`) is one of status `key`'s
 * labels, French or English (Sheets compares text case-insensitively). The plan's colours and the
 * chronologie's bars read Statut through it.
 */
export function statusIs(template: PlanTemplate, status: string, key: StatusKey): string {
  const def = template.statuses.find((candidate) => candidate.key === key);
  if (!def) throw new Error(`Unknown status ${key}`);
  const labels = def.fr === def.en ? [def.fr] : [def.fr, def.en];
  return `OR(${labels.map((label) => `${status}=${quote(label)}`).join(", ")})`;
}

/**
 * The ordered rules for a plan whose columns sit at `geometry.columns`. Statut is required; without an
 * Échéance column the En retard and Bientôt rules are left out (`dateRules: false`).
 */
export function statusRuleSpecs(geometry: RuleGeometry, template: PlanTemplate): StatusRulesResult {
  const statusColumn = geometry.columns.statut;
  const actionColumn = geometry.columns.moyens;
  const missing: ColumnKey[] = [];
  if (statusColumn === undefined) missing.push("statut");
  if (actionColumn === undefined) missing.push("moyens");
  if (statusColumn === undefined || actionColumn === undefined) return { ok: false, missing };

  const area = dataArea(geometry);
  const row = area.row;
  const status = `TRIM($${columnLetter(statusColumn)}${row})`;
  const action = `$${columnLetter(actionColumn)}${row}`;
  const is = (key: StatusKey) => statusIs(template, status, key);
  const notClosed = `NOT(${is("termine")}), NOT(${is("annule")})`;
  const when = (meaning: Meaning, condition: string) =>
    `=AND(N(${quote(RULE_MARKER_PREFIX + meaning)})=0, ${condition})`;

  const conditions: [Meaning, string][] = [
    ["termine", is("termine")],
    ["annule", is("annule")],
  ];
  const dueColumn = geometry.columns.echeance;
  if (dueColumn !== undefined) {
    const due = `$${columnLetter(dueColumn)}${row}`;
    conditions.push(["enRetard", `ISNUMBER(${due}), ${due}<TODAY(), ${notClosed}`]);
    conditions.push([
      "bientot",
      `ISNUMBER(${due}), ${due}>=TODAY(), ${due}<=TODAY()+${DUE_SOON_DAYS}, ${notClosed}`,
    ]);
  }
  conditions.push(["enCours", is("enCours")], ["reporte", is("reporte")]);
  // A blank Statut means À faire, but only on a row that holds an action: empty rows stay white.
  conditions.push(["aFaire", `OR(${is("aFaire")}, AND(${status}="", LEN(TRIM(${action}))>0))`]);

  const a1 = areaA1(area);
  const rules = conditions.map(([meaning, condition]) => {
    const entry = paletteEntry(meaning);
    return {
      meaning,
      formula: when(meaning, condition),
      background: entry.background,
      fontColor: entry.fontColor,
      bold: entry.bold,
      strikethrough: entry.strikethrough,
      a1Ranges: [a1],
    };
  });
  return { ok: true, rules, area, dateRules: dueColumn !== undefined };
}

/**
 * The new rule list: the sheet's rules with ours replaced by `ours`, in place. The user's rules keep
 * their order and position; our block goes where our first old rule was, or after every user rule
 * when there was none (a user's rule keeps its priority over ours).
 */
export function mergeRules<T>(existing: readonly T[], isOwn: (rule: T) => boolean, ours: readonly T[]): T[] {
  // isOwn is asked once per rule: at the edge each answer costs service calls.
  const own = existing.map(isOwn);
  const firstOwn = own.indexOf(true);
  const users = existing.filter((_rule, i) => !own[i]);
  if (firstOwn < 0) return [...users, ...ours];
  const before = existing.slice(0, firstOwn);
  return [...before, ...ours, ...users.slice(before.length)];
}
