/**
 * summarizePlan on small hand-checked plans: empty, all cancelled, percentages and the Avancement
 * refinement, overdue / due-soon / upcoming lists, and people named several ways in Responsables.
 */
import { describe, expect, it } from "vitest";
import { splitNames } from "../../../src/core/plan/names";
import type { PlanRow, PlanTable } from "../../../src/core/plan/plan-model";
import { summarizePlan } from "../../../src/core/summary/summarize";

const TODAY = "2026-03-10";

function row(n: number, fields: Partial<PlanRow>): PlanRow {
  return {
    row: n,
    objectif: "Objectif A",
    resultat: "",
    moyens: `Action ${n}`,
    ressources: "",
    responsables: "",
    echeancierValue: "",
    echeancier: "",
    debutValue: "",
    echeanceValue: "",
    debut: null,
    echeance: null,
    statutText: "",
    status: "aFaire",
    avancementValue: "",
    avancement: null,
    remarques: "",
    key: "",
    ...fields,
  };
}

function plan(rows: PlanRow[]): PlanTable {
  return {
    headerRow: 7,
    columns: {},
    missingColumns: [],
    header: {
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
    },
    rows,
    lastRow: 7 + rows.length,
  };
}

describe("summarizePlan", () => {
  it("an empty plan has zero counts, no ratio and empty lists", () => {
    const summary = summarizePlan(plan([]), TODAY);
    expect(summary.counts.total).toBe(0);
    expect(summary.overall).toEqual({ done: 0, counted: 0, ratio: null });
    expect(summary.byObjective).toEqual([]);
    expect(summary.overdue).toEqual([]);
    expect(summary.upcoming).toEqual([]);
    expect(summary.people).toEqual([]);
    expect(summary.unassignedOpen).toBe(0);
  });

  it("an all-cancelled plan has no ratio, nothing late and nobody loaded", () => {
    const rows = [1, 2, 3].map((n) =>
      row(7 + n, { status: "annule", statutText: "Annulé", echeance: "2026-01-01", responsables: "Julie" }),
    );
    const summary = summarizePlan(plan(rows), TODAY);
    expect(summary.counts.annule).toBe(3);
    expect(summary.counts.enRetard).toBe(0);
    expect(summary.overall.ratio).toBeNull();
    expect(summary.byObjective).toEqual([
      { objectif: "Objectif A", actions: 3, done: 0, counted: 0, ratio: null },
    ]);
    expect(summary.people).toEqual([]);
  });

  it("counts Terminé as done, leaves Annulé out and refines open rows with Avancement", () => {
    const rows = [
      row(8, { status: "termine", statutText: "Terminé" }),
      row(9, { status: "termine", statutText: "Terminé", avancement: 0.2 }), // Terminé wins over 20 %
      row(10, { status: "enCours", statutText: "En cours", avancement: 0.5 }),
      row(11, { status: "enCours", statutText: "En cours" }),
      row(12, { status: "annule", statutText: "Annulé" }),
      row(13, { objectif: "Objectif B", status: "aFaire" }),
      row(14, { objectif: "Objectif B", status: "reporte", statutText: "Reporté", avancement: 1.5 }),
    ];
    const summary = summarizePlan(plan(rows), TODAY);
    // (1 + 1 + 0.5 + 0 + 0 + 1) / 6 counted rows (1.5 is clamped to 1).
    expect(summary.overall.counted).toBe(6);
    expect(summary.overall.done).toBeCloseTo(3.5);
    expect(summary.overall.ratio).toBeCloseTo(3.5 / 6);
    expect(summary.byObjective.map((o) => [o.objectif, o.actions, o.counted, o.ratio])).toEqual([
      ["Objectif A", 5, 4, 2.5 / 4],
      ["Objectif B", 2, 2, 0.5],
    ]);
    expect(summary.counts).toMatchObject({
      aFaire: 1,
      enCours: 2,
      termine: 2,
      reporte: 1,
      annule: 1,
      total: 7,
    });
  });

  it("derives En retard and Bientôt, and lists overdue and upcoming actions with row numbers", () => {
    const rows = [
      row(8, { echeance: "2026-03-09", responsables: "Julie" }), // 1 day late
      row(9, { echeance: "2026-02-01", status: "enCours", statutText: "En cours" }), // late
      row(10, { echeance: "2026-01-01", status: "termine", statutText: "Terminé" }), // done: not late
      row(11, { echeance: "2026-01-01", status: "annule", statutText: "Annulé" }), // cancelled: not late
      row(12, { echeance: "2026-03-10" }), // today: due soon
      row(13, { echeance: "2026-03-24" }), // +14: due soon
      row(14, { echeance: "2026-03-25" }), // +15: upcoming, not soon
      row(15, { echeance: "2026-04-09" }), // +30: upcoming
      row(16, { echeance: "2026-04-10" }), // +31: neither
      row(17, { echeance: null, statutText: "bof", status: undefined }),
    ];
    const summary = summarizePlan(plan(rows), TODAY);
    expect(summary.counts.enRetard).toBe(2);
    expect(summary.counts.bientot).toBe(2);
    expect(summary.counts.autre).toBe(1);
    expect(summary.overdue.map((a) => [a.row, a.echeance, a.daysFromToday])).toEqual([
      [9, "2026-02-01", -37],
      [8, "2026-03-09", -1],
    ]);
    expect(summary.overdue[1]).toMatchObject({
      action: "Action 8",
      responsables: ["Julie"],
      status: "aFaire",
    });
    expect(summary.upcoming.map((a) => a.row)).toEqual([12, 13, 14, 15]);
  });

  it("splits Responsables and matches people case- and accent-insensitively, keeping the first spelling", () => {
    const rows = [
      row(8, { responsables: "Hélène Roy, Marc et Sophie", echeance: "2026-03-01" }),
      row(9, { responsables: "helene roy & MARC", status: "enCours", statutText: "En cours" }),
      row(10, { responsables: "Sophie/Hélène  Roy", status: "termine", statutText: "Terminé" }),
      row(11, { responsables: "Marc\nJean and Sophie", status: "annule", statutText: "Annulé" }),
      row(12, { responsables: "" }),
    ];
    const summary = summarizePlan(plan(rows), TODAY);
    expect(summary.people).toEqual([
      { name: "Hélène Roy", open: 2, overdue: 1, done: 1 },
      { name: "Marc", open: 2, overdue: 1, done: 0 },
      { name: "Sophie", open: 1, overdue: 1, done: 1 },
    ]);
    expect(summary.unassignedOpen).toBe(1);
  });

  it("returns plain JSON", () => {
    const summary = summarizePlan(plan([row(8, { echeance: "2026-03-01", responsables: "A" })]), TODAY);
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });
});

describe("splitNames", () => {
  it("splits on commas, et, and, &, / and new lines", () => {
    expect(splitNames("A, B et C & D / E and F\nG; H")).toEqual(["A", "B", "C", "D", "E", "F", "G", "H"]);
    expect(splitNames("  ")).toEqual([]);
    expect(splitNames("Pierre-Étienne")).toEqual(["Pierre-Étienne"]);
  });
});
