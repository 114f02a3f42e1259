/** Carrying actions over to next year's plan (core/next-year/carry-over.ts). */
import { describe, expect, it } from "vitest";
import {
  addedColumns,
  carryCandidates,
  isActionRow,
  nextPlanRows,
  noteWithMention,
  originalAfterCarry,
  suggestedNextPeriod,
} from "../../../src/core/next-year/carry-over";
import type { PlanRow, PlanTable } from "../../../src/core/plan/plan-model";
import { DEFAULT_TEMPLATE } from "../../../src/core/template";

const row = (n: number, objectif: string, moyens: string, extra: Partial<PlanRow> = {}): PlanRow =>
  ({
    row: n,
    objectif,
    resultat: "",
    moyens,
    ressources: "",
    responsables: "",
    echeancier: "Mars",
    debut: null,
    echeance: null,
    statutText: "",
    status: "aFaire",
    avancement: null,
    remarques: "",
    key: `key${n}aaaaaa`.slice(0, 10),
    ...extra,
  }) as PlanRow;

describe("suggestedNextPeriod", () => {
  it("moves the Période by a year: a September–June committee stays September–June", () => {
    expect(suggestedNextPeriod({ start: "2025-09-01", end: "2026-06-30" }, "2026-05-20")).toEqual({
      start: "2026-09-01",
      end: "2027-06-30",
    });
    expect(suggestedNextPeriod({ start: "2027-03-01", end: "2028-02-29" }, "2028-01-20")).toEqual({
      start: "2028-03-01",
      end: "2029-02-28",
    });
    expect(suggestedNextPeriod({ start: "2026-03-01", end: "2027-02-28" }, "2027-01-20")).toEqual({
      start: "2027-03-01",
      end: "2028-02-29",
    });
  });

  it("moves a Période of several years by as many years, so that the next one starts after it", () => {
    expect(suggestedNextPeriod({ start: "2026-01-01", end: "2026-12-31" }, "2026-11-20")).toEqual({
      start: "2027-01-01",
      end: "2027-12-31",
    });
    expect(suggestedNextPeriod({ start: "2024-09-01", end: "2027-08-31" }, "2027-06-01")).toEqual({
      start: "2027-09-01",
      end: "2030-08-31",
    });
    expect(suggestedNextPeriod(null, "2026-11-20")).toEqual({ start: "2026-11-01", end: "2027-10-31" });
  });
});

describe("nextPlanRows", () => {
  const plan = {
    rows: [
      row(8, "A", "one"),
      row(9, "A", "two", { status: "enCours", statutText: "En cours", avancement: 0.4 }),
      row(10, "B", "three", { status: "termine" }),
      row(11, "B", "four", { echeancier: "", echeance: "2026-05-15", remarques: "=note" }),
    ],
  } as PlanTable;

  it("carries only ticked open rows, naming each objective once, without any date", () => {
    const { carried, values } = nextPlanRows({
      plan,
      keys: ["key9aaaaaa", "key10aaaaa", "key11aaaaa"],
      template: DEFAULT_TEMPLATE,
      lang: "fr",
      sourceSheetName: "Plan d'action",
    });
    expect(carried.map((r) => r.row)).toEqual([9, 11]);
    const at = (i: number, key: string) =>
      values[i][DEFAULT_TEMPLATE.columns.findIndex((c) => c.key === key)];
    expect([at(0, "objectif"), at(1, "objectif")]).toEqual(["'A", "'B"]);
    expect([at(0, "statut"), at(0, "avancement"), at(1, "statut")]).toEqual(["En cours", 0.4, ""]);
    expect([at(0, "debut"), at(0, "echeance"), at(0, "cle")]).toEqual(["", "", ""]);
    expect(at(0, "echeancier")).toBe("Mars");
    expect(at(1, "remarques")).toBe(
      "'=note Échéance précédente : 15/05/2026. Reprise du plan « Plan d'action ».",
    );
  });

  it("finds the columns the committee added and carries their values after the template's", () => {
    const withBudget = {
      ...plan,
      headerRow: 7,
      columns: { objectif: 1, moyens: 3, statut: 9, cle: 12 },
    } as PlanTable;
    const values: (string | number)[][] = Array.from({ length: 11 }, () => Array(14).fill(""));
    values[6] = ["Objectif", "", "Moyens", "", "", "", "", "", "Statut", "", "", "Clé", " Budget ", "Note"];
    values[8][12] = 1200;
    values[10][12] = 50;
    values[10][13] = "=à voir";
    const added = addedColumns(withBudget, values);
    expect(added).toEqual([
      { column: 13, header: "Budget" },
      { column: 14, header: "Note" },
    ]);
    const { values: rows } = nextPlanRows({
      plan: withBudget,
      values,
      added,
      keys: ["key9aaaaaa", "key11aaaaa"],
      template: DEFAULT_TEMPLATE,
      lang: "fr",
      sourceSheetName: "Plan d'action",
    });
    const width = DEFAULT_TEMPLATE.columns.length;
    expect(rows.map((r) => r.slice(width))).toEqual([
      [1200, ""],
      [50, "'=à voir"],
    ]);
  });

  it("marks an original Reporté, its mention added to a note once, in the plan's language", () => {
    const after = originalAfterCarry("en", DEFAULT_TEMPLATE, "Action plan — 2027");
    expect(after).toEqual({ statut: "Postponed", mention: 'Carried over to the plan "Action plan — 2027".' });
    expect(noteWithMention("", after.mention)).toBe(after.mention);
    expect(noteWithMention("Ask Julie", after.mention)).toBe(`Ask Julie\n${after.mention}`);
    expect(noteWithMention(`Ask Julie\n${after.mention}`, after.mention)).toBe(`Ask Julie\n${after.mention}`);
  });
});

describe("only action rows", () => {
  const plan = {
    rows: [
      row(8, "Objectif seul", ""),
      row(9, "", "", { resultat: "Un résultat sans action" }),
      row(10, "A", "Une action"),
    ],
  } as PlanTable;

  it("offers, carries and counts only rows with Moyens", () => {
    expect(plan.rows.map(isActionRow)).toEqual([false, false, true]);
    expect(carryCandidates(plan, "2026-11-20", "fr").map((c) => c.action)).toEqual(["Une action"]);
    const { carried } = nextPlanRows({
      plan,
      keys: ["key8aaaaaa", "key9aaaaaa", "key10aaaaa"],
      template: DEFAULT_TEMPLATE,
      lang: "fr",
      sourceSheetName: "Plan d'action",
    });
    expect(carried.map((r) => r.row)).toEqual([10]);
  });
});
