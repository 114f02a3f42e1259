/**
 * Property: for any Statut label (French or English, any case), any due day and any today, the first
 * status rule whose formula holds (evaluated by the emulator's formula evaluator, as Sheets would) is
 * the meaning the plan model derives: Terminé and Annulé first, then En retard, Bientôt, then the status.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Meaning } from "../../../src/core/colours/palette";
import { statusRuleSpecs } from "../../../src/core/colours/status-rules";
import { statusFromText } from "../../../src/core/plan/status-text";
import { DEFAULT_TEMPLATE } from "../../../src/core/template";
import { formulaHolds } from "../../../src/local/emulator/formula";

const COLUMNS = { objectif: 1, moyens: 2, echeance: 3, statut: 4 };
const specs = statusRuleSpecs({ columns: COLUMNS, headerRow: 1, maxRows: 10 }, DEFAULT_TEMPLATE);
const LABELS = DEFAULT_TEMPLATE.statuses.flatMap((status) => [status.fr, status.en]);

function expected(statut: string, action: string, due: number | null, today: number): Meaning | null {
  const status = statut.trim() === "" ? "aFaire" : statusFromText(statut, DEFAULT_TEMPLATE);
  if (status === "termine" || status === "annule") return status;
  if (due !== null && due < today) return "enRetard";
  if (due !== null && due <= today + 14) return "bientot";
  if (status === "enCours" || status === "reporte") return status;
  if (statut.trim() === "" ? action.trim() !== "" : status === "aFaire") return "aFaire";
  return null;
}

describe("status rules agree with the plan model", () => {
  it("for any status, action, due day and today", () => {
    if (!specs.ok) throw new Error("no rules");
    const statut = fc.oneof(
      fc.constantFrom(...LABELS, "", "  "),
      fc.constantFrom(...LABELS).map((label) => label.toUpperCase()),
      fc.constantFrom(...LABELS).map((label) => ` ${label.toLowerCase()} `),
    );
    fc.assert(
      fc.property(
        statut,
        fc.constantFrom("", "Recruter", "  "),
        fc.option(fc.integer({ min: 45000, max: 45100 }), { nil: null }),
        fc.integer({ min: 45000, max: 45100 }),
        (status, action, due, today) => {
          const cells: Record<number, string | number> = { 2: action, 4: status };
          if (due !== null) cells[3] = due;
          const context = {
            row: 2,
            column: 1,
            anchorRow: 2,
            anchorColumn: 1,
            today,
            cell: (_row: number, column: number) => cells[column],
          };
          const first = specs.rules.find((rule) => formulaHolds(rule.formula, context));
          expect(first?.meaning ?? null).toBe(expected(status, action, due, today));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
