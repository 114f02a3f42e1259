/**
 * The pure write-back decision of Début/Échéance: only the cells whose value or note changes are
 * listed, and they are grouped into blocks of consecutive rows that never span an unchanged cell. The
 * day the add-on wrote is named in the cell's own note (no ledger, no cap); the notes of the two earlier
 * versions (an `[auto:…]` marker; no day, the day in a ledger) are read and rewritten.
 */
import { describe, expect, it } from "vitest";
import { type DateLedger, parseLedger } from "../../../src/core/plan/date-ledger";
import { changeRuns, fillDates, needsLedger } from "../../../src/core/plan/fill-dates";
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
    // The note reads naturally and names the day written, which is how the add-on knows the cell is its.
    expect(filled.echeance.changes[0].note).toBe(
      "31/03/2026\u00a0: date calculée à partir de l'Échéancier «\u00a0mars\u00a0». Tapez une autre date pour la fixer vous-même.",
    );
    expect(filled.debut.changes[0].note).toMatch(/^01\/03\/2026\u00a0: date calculée/);
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
  it("follows a changed Échéancier where the cell still holds the day its note names, never a typed one", () => {
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
    // Row 8's Échéancier becomes "mai"; on row 9 someone typed their own Échéance over the add-on's.
    const rows: Array<[string, CellValue, CellValue]> = [
      ["mai", "2026-03-01", "2026-03-31"],
      ["juin", "2026-04-01", "2026-04-20"],
    ];
    const again = fill(sheet(rows), notes);
    expect(again.debut.changes.map((c) => [c.row, c.value])).toEqual([
      [8, "2026-05-01"],
      [9, "2026-06-01"],
    ]);
    expect(again.echeance.changes.map((c) => [c.row, c.value])).toEqual([[8, "2026-05-31"]]);
  });

  it("takes an old note's [auto:…] day and rewrites the note in today's form", () => {
    const old =
      "Note du comité\n\nDate calculée à partir de l'Échéancier « mars ». Tapez une autre date pour la fixer vous-même. [auto:2026-03-31]";
    const filled = fill(sheet([["mai", "", "2026-03-31"]]), { echeance: [old] });
    expect(filled.echeance.changes).toEqual([
      {
        row: 8,
        value: "2026-05-31",
        note: "Note du comité\n\n31/05/2026\u00a0: date calculée à partir de l'Échéancier «\u00a0mai\u00a0». Tapez une autre date pour la fixer vous-même.",
        wasEmpty: false,
      },
    ]);
    // Same day, old note: only the note changes.
    const same = fill(sheet([["mars", "2026-03-01", "2026-03-31"]]), { echeance: [old] });
    expect(same.echeance.changes.map((c) => [c.value, c.note])).toEqual([
      [
        "2026-03-31",
        "Note du comité\n\n31/03/2026\u00a0: date calculée à partir de l'Échéancier «\u00a0mars\u00a0». Tapez une autre date pour la fixer vous-même.",
      ],
    ]);
  });

  it("reads the ledger of the version whose notes named no day, by row key or row, and migrates the note", () => {
    const ledgerEra =
      "Date calculée à partir de l'Échéancier « mars ». Tapez une autre date pour la fixer vous-même.";
    const rows: Array<[string, CellValue, CellValue]> = [
      ["mai", "2026-03-01", "2026-03-31"],
      ["mai", "2026-03-01", "2026-03-31"],
    ];
    const notes = { debut: [ledgerEra, ledgerEra], echeance: [ledgerEra, ledgerEra] };
    expect(
      needsLedger({
        debut: { values: [], formulas: [], notes: notes.debut },
        echeance: { values: [], formulas: [], notes: [] },
      }),
    ).toBe(true);
    // The ledger says the add-on wrote row 8's dates; row 9's are not in it: typed by hand, kept.
    const ledger: DateLedger = parseLedger('{"v":1,"rows":{"#8":["2026-03-01","2026-03-31"]}}');
    const filled = fill(sheet(rows), notes, ledger);
    expect(filled.echeance.changes.map((c) => [c.row, c.value])).toEqual([[8, "2026-05-31"]]);
    expect(filled.echeance.changes[0].note).toMatch(/^31\/05\/2026\u00a0: date calculée/);
    // Without the ledger, a date that is not what the Échéancier gives now counts as typed by hand.
    expect(fill(sheet(rows), notes).echeance.changes).toEqual([]);
    // Today's notes need no ledger.
    const today = fill(sheet([["mars", "", ""]]));
    const todayNotes = today.echeance.changes.map((c) => c.note);
    expect(
      needsLedger({
        debut: { values: [], formulas: [], notes: todayNotes },
        echeance: { values: [], formulas: [], notes: [""] },
      }),
    ).toBe(false);
  });

  it("names the day in English notes too, and each language reads the other's", () => {
    const values = sheet([["mars", "", ""]]);
    const read = readPlan(values, DEFAULT_TEMPLATE, "America/Toronto");
    if (!read.ok) throw new Error(read.reason);
    const column = (c: number, notes: string[] = [""]) => ({
      values: [values[7][c - 1]],
      formulas: [""],
      notes,
    });
    const english = fillDates(
      read.plan,
      { debut: column(7), echeance: column(8) },
      8,
      "2026-03-15",
      "America/Toronto",
      "en",
    );
    expect(english.echeance.changes[0].note).toBe(
      '2026-03-31: date computed from the Schedule "mars". Type another date to set it yourself.',
    );
    // A French member reading the English note: the cell is up to date, nothing is rewritten.
    const filledValues = sheet([["mars", "2026-03-01", "2026-03-31"]]);
    const readAgain = readPlan(filledValues, DEFAULT_TEMPLATE, "America/Toronto");
    if (!readAgain.ok) throw new Error(readAgain.reason);
    const again = fillDates(
      readAgain.plan,
      {
        debut: { values: [filledValues[7][6]], formulas: [""], notes: [english.debut.changes[0].note] },
        echeance: { values: [filledValues[7][7]], formulas: [""], notes: [english.echeance.changes[0].note] },
      },
      8,
      "2026-03-15",
      "America/Toronto",
      "fr",
    );
    expect([...again.debut.changes, ...again.echeance.changes]).toEqual([]);
  });

  it("reads unreadable ledger text as an empty ledger", () => {
    expect(parseLedger('{"v":1,"rows":{"k2":["2026-01-01",""]}}').get("k2")).toEqual(["2026-01-01", ""]);
    expect(parseLedger("{oops").size).toBe(0);
    expect(parseLedger('{"rows":{"a":["2026-13-99x",3]}}').size).toBe(0);
  });
});

describe("changeRuns", () => {
  it("groups consecutive rows and never spans an unchanged one", () => {
    const change = (row: number) => ({ row, value: `v${row}`, note: `n${row}`, wasEmpty: false });
    expect(changeRuns([change(8), change(9), change(11), change(14), change(15), change(16)])).toEqual([
      { firstRow: 8, values: ["v8", "v9"], notes: ["n8", "n9"], notesFirst: false },
      { firstRow: 11, values: ["v11"], notes: ["n11"], notesFirst: false },
      { firstRow: 14, values: ["v14", "v15", "v16"], notes: ["n14", "n15", "n16"], notesFirst: false },
    ]);
    expect(changeRuns([change(12), change(10), change(11)])).toEqual([
      { firstRow: 10, values: ["v10", "v11", "v12"], notes: ["n10", "n11", "n12"], notesFirst: false },
    ]);
    // Empty cells (notes written first) and filled cells (values first) are never in one block.
    const empty = (row: number) => ({ ...change(row), wasEmpty: true });
    expect(
      changeRuns([empty(8), empty(9), change(10), empty(11)]).map((run) => [run.firstRow, run.notesFirst]),
    ).toEqual([
      [8, true],
      [10, false],
      [11, true],
    ]);
    expect(changeRuns([])).toEqual([]);
  });
});
