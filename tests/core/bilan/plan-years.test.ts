/** The years of a Période (core/bilan/plan-years.ts) and which actions a year's bilan counts. */
import { describe, expect, it } from "vitest";
import { planForYear, planYears } from "../../../src/core/bilan/plan-years";
import type { PlanRow, PlanTable } from "../../../src/core/plan/plan-model";

describe("planYears", () => {
  it("makes one year of a Période of a year or a little more", () => {
    expect(planYears("2026-01-01", "2026-12-31")).toEqual([
      { index: 1, start: "2026-01-01", end: "2026-12-31" },
    ]);
    expect(planYears("2025-12-01", "2026-12-31")).toHaveLength(1);
  });

  it("cuts a mandate into years from its start, the last ending with the Période", () => {
    expect(planYears("2024-09-01", "2027-08-31")).toEqual([
      { index: 1, start: "2024-09-01", end: "2025-08-31" },
      { index: 2, start: "2025-09-01", end: "2026-08-31" },
      { index: 3, start: "2026-09-01", end: "2027-08-31" },
    ]);
    // A remainder of less than a month joins the last year; more makes a short last year.
    expect(planYears("2024-09-01", "2026-09-15").map((y) => y.end)).toEqual(["2025-08-31", "2026-09-15"]);
    expect(planYears("2024-09-01", "2026-12-31").map((y) => y.end)).toEqual([
      "2025-08-31",
      "2026-08-31",
      "2026-12-31",
    ]);
  });

  it("has no year without a Période, or with one that ends before it starts", () => {
    expect(planYears(null, "2026-01-01")).toEqual([]);
    expect(planYears("2026-01-01", "2025-01-01")).toEqual([]);
  });
});

describe("planForYear", () => {
  const row = (n: number, debut: string | null, echeance: string | null) =>
    ({ row: n, debut, echeance }) as PlanRow;
  const plan = {
    rows: [
      row(8, null, "2025-10-31"),
      row(9, "2026-09-01", null),
      row(10, null, null),
      row(11, "2025-01-01", "2026-09-30"),
    ],
  } as PlanTable;

  it("keeps the actions due within the year (Début when there is no Échéance), never an undated one", () => {
    const year = { index: 2, start: "2026-09-01", end: "2027-08-31" };
    expect(planForYear(plan, year).rows.map((r) => r.row)).toEqual([9, 11]);
    expect(planForYear(plan, null).rows).toHaveLength(4);
  });
});
