/**
 * The formula evaluator behind effectiveFormat: parsing, Sheets' comparison rules (case-insensitive
 * text, blanks as "" or 0, numbers before text), relative and `$`-anchored references shifted from the
 * rule's anchor, date arithmetic with TODAY(), the functions the status rules use, and clear errors.
 */
import { describe, expect, it } from "vitest";
import {
  evaluateFormula,
  type FormulaContext,
  FormulaError,
  formulaHolds,
} from "../../../src/local/emulator/formula";

/** A grid: cells["B3"] = value. */
function context(
  cells: Record<string, number | string | boolean>,
  at = "A1",
  anchor = "A1",
  today = 46000,
): FormulaContext {
  const position = (a1: string) => {
    const match = /^([A-Z]+)(\d+)$/.exec(a1)!;
    return { row: Number(match[2]), column: match[1].charCodeAt(0) - 64 };
  };
  const here = position(at);
  const top = position(anchor);
  return {
    row: here.row,
    column: here.column,
    anchorRow: top.row,
    anchorColumn: top.column,
    today,
    cell: (row, column) => cells[`${String.fromCharCode(64 + column)}${row}`],
  };
}

const value = (
  formula: string,
  cells: Record<string, number | string | boolean> = {},
  at?: string,
  anchor?: string,
) => evaluateFormula(formula, context(cells, at, anchor));

describe("evaluateFormula", () => {
  it("computes literals, arithmetic and precedence", () => {
    expect(value("=1+2*3")).toBe(7);
    expect(value("=(1+2)*3")).toBe(9);
    expect(value("=-2+5")).toBe(3);
    expect(value('="a""b"')).toBe('a"b');
    expect(value("=TRUE")).toBe(true);
    expect(value('="x"&1&TRUE')).toBe("x1TRUE");
    expect(value("=1/0")).toEqual({ error: "#DIV/0!" });
    expect(value('="abc"+1')).toEqual({ error: "#VALUE!" });
  });

  it("compares text case-insensitively, but not accent-insensitively", () => {
    expect(value('="Terminé"="TERMINÉ"')).toBe(true);
    expect(value('="Terminé"="termine"')).toBe(false);
    expect(value('="a"<"B"')).toBe(true);
    expect(value('="abc"<>"ABC"')).toBe(false);
  });

  it('treats blanks as "" next to text and 0 next to numbers, and sorts numbers before text', () => {
    expect(value('=A2=""')).toBe(true);
    expect(value("=A2=0")).toBe(true);
    expect(value("=A2<1")).toBe(true);
    expect(value("=ISBLANK(A2)")).toBe(true);
    expect(value('=ISBLANK("")')).toBe(false);
    expect(value('=1<"a"')).toBe(true);
    expect(value('=1="1"')).toBe(false);
    expect(value("=A1<TODAY()", { A1: "à déterminer" })).toBe(false);
  });

  it("shifts relative references from the anchor and keeps $-anchored parts", () => {
    const cells = { A5: "x", B5: 10, B6: 20, C6: "y" };
    // The rule is anchored at A5; evaluated at C6 the reference $B5 becomes $B6, and A5 becomes C6.
    expect(value("=$B5", cells, "C6", "A5")).toBe(20);
    expect(value("=A5", cells, "C6", "A5")).toBe("y");
    expect(value("=$B$5", cells, "C6", "A5")).toBe(10);
    expect(value("=B$5", cells, "C6", "A5")).toBeNull(); // D5: blank
  });

  it("does date arithmetic with TODAY() as a serial day", () => {
    const cells = { A1: 46010 };
    expect(value("=TODAY()")).toBe(46000);
    expect(value("=AND(A1>=TODAY(), A1<=TODAY()+14)", cells)).toBe(true);
    expect(value("=A1<=TODAY()+9", cells)).toBe(false);
  });

  it("implements AND, OR, NOT, IF, N, ISNUMBER, ISTEXT, LEN, TRIM, LOWER, UPPER", () => {
    expect(value('=AND(N("plan-daction:x")=0, TRUE, 1)')).toBe(true);
    expect(value("=AND(TRUE, FALSE)")).toBe(false);
    expect(value("=OR(FALSE, 0, 2)")).toBe(true);
    expect(value("=AND(A9)")).toEqual({ error: "#VALUE!" });
    expect(value("=NOT(A9)")).toBe(true);
    expect(value('=IF(1>2, "a", "b")')).toBe("b");
    expect(value("=N(TRUE)+N(4)")).toBe(5);
    expect(value("=ISNUMBER(A1)", { A1: 3 })).toBe(true);
    expect(value("=ISTEXT(A1)", { A1: "3" })).toBe(true);
    expect(value('=LEN(TRIM("  a   b "))')).toBe(3);
    expect(value("=TRIM(A9)")).toBe("");
    expect(value('=LOWER("ÀB")&UPPER("c")')).toBe("àbC");
  });

  it("says clearly what it does not support", () => {
    expect(() => value("=VLOOKUP(A1, B1, 2)")).toThrow(FormulaError);
    expect(() => value("=VLOOKUP(A1, B1, 2)")).toThrow(/cannot evaluate VLOOKUP/);
    expect(() => value("=SUM(A1:A3)")).toThrow(/Ranges/);
    expect(() => value("=Other!A1:B2")).toThrow(/Ranges/);
    expect(() => value("=AND(1,")).toThrow(FormulaError);
    expect(() => value('="open')).toThrow(/Unterminated/);
  });

  it("passes a reference's sheet name to the context, quotes undone", () => {
    const seen: Array<string | undefined> = [];
    const where: FormulaContext = {
      ...context({}),
      cell: (_row, _column, sheet) => {
        seen.push(sheet);
        return 1;
      },
    };
    expect(evaluateFormula("='Plan d''action'!$J$12+Membres!A2+B3", where)).toBe(3);
    expect(seen).toEqual(["Plan d'action", "Membres", undefined]);
  });

  it("computes EOMONTH as Sheets does: the last day of the month, months truncated", () => {
    // 46023 = 2026-01-01; 46053 = 2026-01-31; 46081 = 2026-02-28; 45716 = 2025-02-28.
    expect(value("=EOMONTH(46023, 0)")).toBe(46053);
    expect(value("=EOMONTH(A1, 1.9)", { A1: 46053 })).toBe(46081);
    expect(value("=EOMONTH(46023, -11)")).toBe(45716);
    expect(value('=EOMONTH("x", 0)')).toEqual({ error: "#VALUE!" });
  });

  it("decides whether a rule holds: TRUE or non-zero; errors and text do not", () => {
    expect(formulaHolds("=1", context({}))).toBe(true);
    expect(formulaHolds("=0", context({}))).toBe(false);
    expect(formulaHolds('="x"', context({}))).toBe(false);
    expect(formulaHolds("=1/0", context({}))).toBe(false);
  });
});
