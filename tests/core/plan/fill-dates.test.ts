/**
 * The pure write-back decision of Début/Échéance: only the cells whose value or note changes are
 * listed, and they are grouped into blocks of consecutive rows that never span an unchanged cell.
 */
import { describe, expect, it } from "vitest";
import { changeRuns, fillDates } from "../../../src/core/plan/fill-dates";
import { readPlan } from "../../../src/core/plan/read-plan";
import { DEFAULT_TEMPLATE } from "../../../src/core/template";
import type { CellValue } from "../../../src/shared/cell";

const HEADER = [
  "Objectifs",
  "Résultats attendus",
  "Moyens",
  "Ressources",
  "Responsables",
  "Échéancier",
  "Début",
  "Échéance",
  "Statut",
];

/** A plan sheet's values: Période on row 3, the table header on row 7, data rows from row 8. */
function sheet(rows: Array<[string, CellValue, CellValue]>): CellValue[][] {
  const values: CellValue[][] = [
    ["Plan d'action : Comité"],
    ["Comité / instance", "Comité"],
    ["Période", "2026-01-01", "2026-12-31"],
    [],
    [],
    [],
    HEADER,
    ...rows.map(([echeancier, debut, echeance]) => [
      "",
      "",
      "Action",
      "",
      "",
      echeancier,
      debut,
      echeance,
      "À faire",
    ]),
  ];
  const width = HEADER.length;
  return values.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ""));
}

function fill(values: CellValue[][], notes: { debut?: string[]; echeance?: string[] } = {}) {
  const read = readPlan(values, DEFAULT_TEMPLATE, "America/Toronto");
  if (!read.ok) throw new Error(read.reason);
  const first = read.plan.headerRow + 1;
  const column = (c: number, own?: string[]) => ({
    values: values.slice(first - 1).map((row) => row[c - 1]),
    formulas: values.slice(first - 1).map(() => ""),
    notes: values.slice(first - 1).map((_, i) => own?.[i] ?? ""),
  });
  const { debut, echeance } = read.plan.columns;
  if (!debut || !echeance) throw new Error("no date columns");
  return fillDates(
    read.plan,
    { debut: column(debut, notes.debut), echeance: column(echeance, notes.echeance) },
    first,
    "2026-03-15",
    "America/Toronto",
    "fr",
  );
}

describe("fillDates", () => {
  it("lists only the cells it changes, by sheet row", () => {
    const filled = fill(
      sheet([
        ["mars", "", ""],
        ["", "", ""],
        ["mai", "2026-05-10", ""],
      ]),
    );
    expect(filled.debut.changes.map((c) => [c.row, c.value])).toEqual([[8, "2026-03-01"]]);
    expect(filled.echeance.changes.map((c) => [c.row, c.value])).toEqual([
      [8, "2026-03-31"],
      [10, "2026-05-31"],
    ]);
    expect(filled.echeance.changes[0].note).toMatch(/«\u00a0mars\u00a0».*\[auto:2026-03-31\]$/);
  });

  it("lists nothing once the cells hold the computed dates and their notes", () => {
    const first = fill(sheet([["mars", "", ""]]));
    const notes = {
      debut: [first.debut.changes[0].note],
      echeance: [first.echeance.changes[0].note],
    };
    const again = fill(sheet([["mars", "2026-03-01", "2026-03-31"]]), notes);
    expect(again.debut.changes).toEqual([]);
    expect(again.echeance.changes).toEqual([]);
  });
});

describe("changeRuns", () => {
  it("groups consecutive rows and never spans an unchanged one", () => {
    const change = (row: number) => ({ row, value: `v${row}`, note: `n${row}` });
    expect(changeRuns([change(8), change(9), change(11), change(14), change(15), change(16)])).toEqual([
      { firstRow: 8, values: ["v8", "v9"], notes: ["n8", "n9"] },
      { firstRow: 11, values: ["v11"], notes: ["n11"] },
      { firstRow: 14, values: ["v14", "v15", "v16"], notes: ["n14", "n15", "n16"] },
    ]);
    expect(changeRuns([change(12), change(10), change(11)])).toEqual([
      { firstRow: 10, values: ["v10", "v11", "v12"], notes: ["n10", "n11", "n12"] },
    ]);
    expect(changeRuns([])).toEqual([]);
  });
});
