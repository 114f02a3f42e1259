/**
 * Validation of the union columns a plan has: a money or days cell must hold a number (Budget prévu,
 * Budget réel, Libérations). Each finding names the cell and says what to type; nothing is rewritten.
 * A plan without union columns gets no finding from here. Error values (#REF!…) are left to the
 * general rule that already reports them, so one cell gives one finding.
 */
import type { CellValue } from "../../shared/cell";
import { isDateValue } from "../../shared/cell";
import type { Finding } from "../../shared/validation-wire";
import { cellA1 } from "../a1";
import { cellIsoDay, displayDay } from "../dates";
import { type Lang, localize } from "../i18n";
import type { PlanTable } from "../plan/plan-model";
import type { PlanTemplate, UnionColumnKey } from "../template";
import { findUnionColumns, readUnionNumber, unionColumn } from "./union-columns";
import { UNION_MESSAGES as M } from "./union-messages";

/** The rule id of a money or days cell that is not a number. */
export const NOT_A_NUMBER_RULE = "nombre-attendu";
const ERROR_VALUE = /^#(?:REF!|N\/A|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!)$/;

export interface UnionValidationInput {
  plan: PlanTable;
  values: CellValue[][];
  template: PlanTemplate;
  lang: Lang;
  sheetName: string;
  timeZone?: string;
}

/** How a value that is not a number shows in the message: a date as a day, text as typed (clipped). */
function shown(value: CellValue, lang: Lang, timeZone: string): string {
  if (isDateValue(value)) {
    const day = cellIsoDay(value, timeZone);
    return day ? displayDay(day, lang) : String(value);
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value).slice(0, 60);
}

export function unionFindings(input: UnionValidationInput): Finding[] {
  const { plan, values, template, lang } = input;
  const positions = findUnionColumns(values[plan.headerRow - 1] ?? [], template);
  const findings: Finding[] = [];
  const numeric = (Object.keys(positions) as UnionColumnKey[]).filter(
    (key) => unionColumn(template, key).kind !== "text",
  );
  if (numeric.length === 0) return findings;
  for (const row of plan.rows) {
    const cells = values[row.row - 1] ?? [];
    for (const key of numeric) {
      const column = positions[key]!;
      const value = cells[column - 1];
      if (readUnionNumber(value).kind !== "not-a-number") continue;
      if (typeof value === "string" && ERROR_VALUE.test(value.trim())) continue;
      const def = unionColumn(template, key);
      const message = def.kind === "money" ? M.moneyNotANumber : M.daysNotANumber;
      findings.push({
        severity: "erreur",
        ruleId: NOT_A_NUMBER_RULE,
        sheet: input.sheetName,
        cell: cellA1(row.row, column),
        message: localize(lang, message, {
          column: def.label[lang],
          value: shown(value as CellValue, lang, input.timeZone ?? "UTC"),
        }),
      });
    }
  }
  return findings;
}
