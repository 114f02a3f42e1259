/**
 * The pure write-back decision of Début/Échéance: only the cells whose value or note changes are
 * listed, and they are grouped into blocks of consecutive rows that never span an unchanged cell.
 */
import { describe, expect, it } from "vitest";
import { type DateLedger, parseLedger, serializeLedger } from "../../../src/core/plan/date-ledger";
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

function fill(
  values: CellValue[][],
  notes: { debut?: string[]; echeance?: string[] } = {},
  ledger: DateLedger = new Map(),
) {
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
    ledger,
    true,
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
    // The note reads naturally: no ownership marker; the ledger records what was written.
    expect(filled.echeance.changes[0].note).toBe(
      "Date calculée à partir de l'Échéancier «\u00a0mars\u00a0». Tapez une autre date pour la fixer vous-même.",
    );
    expect(filled.ledger.get("#8")).toEqual(["2026-03-01", "2026-03-31"]);
    expect(filled.ledger.get("#10")).toEqual(["", "2026-05-31"]);
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

describe("ownership without a marker in the note", () => {
  it("follows a changed Échéancier where the ledger says the add-on wrote the date, never a typed one", () => {
    const first = fill(
      sheet([
        ["mars", "", ""],
        ["avril", "", ""],
      ]),
    );
    const notes = {
      debut: first.debut.changes.map((c) => c.note),
      echeance: first.echeance.changes.map((c) => c.note),
    };
    // Row 8's Échéancier becomes "mai"; on row 9 someone typed their own Échéance (no note of ours).
    const rows: Array<[string, CellValue, CellValue]> = [
      ["mai", "2026-03-01", "2026-03-31"],
      ["avril", "2026-04-01", "2026-04-20"],
    ];
    const again = fill(sheet(rows), { debut: notes.debut, echeance: [notes.echeance[0], ""] }, first.ledger);
    expect(again.debut.changes.map((c) => [c.row, c.value])).toEqual([[8, "2026-05-01"]]);
    expect(again.echeance.changes.map((c) => [c.row, c.value])).toEqual([[8, "2026-05-31"]]);
    expect(again.ledger.get("#9")).toEqual(["2026-04-01", ""]); // the typed day is not the add-on's

    // Without the ledger, a date that is not what the Échéancier gives now counts as typed by hand.
    const lost = fill(sheet(rows), notes);
    expect(lost.debut.changes).toEqual([]);
  });

  it("takes an old note's [auto:…] day into the ledger and rewrites the note without it", () => {
    const old =
      "Note du comité\n\nDate calculée à partir de l'Échéancier « mars ». Tapez une autre date pour la fixer vous-même. [auto:2026-03-31]";
    const filled = fill(sheet([["mai", "", "2026-03-31"]]), { echeance: [old] });
    expect(filled.echeance.changes).toEqual([
      {
        row: 8,
        value: "2026-05-31",
        note: "Note du comité\n\nDate calculée à partir de l'Échéancier «\u00a0mai\u00a0». Tapez une autre date pour la fixer vous-même.",
      },
    ]);
    expect(filled.ledger.get("#8")).toEqual(["2026-05-01", "2026-05-31"]);
    expect(filled.ledgerChanged).toBe(true);
    // Same day, old note: only the note changes.
    const same = fill(sheet([["mars", "2026-03-01", "2026-03-31"]]), { echeance: [old] });
    expect(same.echeance.changes.map((c) => c.note)).toEqual([
      "Note du comité\n\nDate calculée à partir de l'Échéancier «\u00a0mars\u00a0». Tapez une autre date pour la fixer vous-même.",
    ]);
  });

  it("stores the ledger as stable text, unreadable text as an empty ledger", () => {
    const ledger: DateLedger = new Map([
      ["k2", ["2026-01-01", ""]],
      ["#9", ["", "2026-02-28"]],
    ]);
    const text = serializeLedger(ledger);
    expect(parseLedger(text)).toEqual(ledger);
    expect(serializeLedger(parseLedger(text))).toBe(text);
    expect(parseLedger("{oops").size).toBe(0);
    expect(parseLedger('{"rows":{"a":["2026-13-99x",3]}}').size).toBe(0);
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
