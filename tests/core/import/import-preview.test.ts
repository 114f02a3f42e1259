/**
 * The import preview on plain data: each row's deadline worded as the dialog shows it (a day or a range,
 * recurring, none, not understood, or waiting for the Période), and the objectives grouped the way the
 * plan sheet will group consecutive rows.
 */
import { describe, expect, it } from "vitest";
import { describeDeadline, importPreview } from "../../../src/core/import/import-preview";
import { importedPeriod } from "../../../src/core/import/imported-period";
import { emptyRow, type ImportedPlan, type ImportedRow } from "../../../src/core/import/types";

const PERIOD = { start: "2020-01-01", end: "2022-12-31" };
const TODAY = "2020-02-01";

function plan(rows: Partial<ImportedRow>[], periode?: string): ImportedPlan {
  return {
    layout: "six-column-table",
    header: { comite: "Comité Entraide", periode },
    rows: rows.map((row) => ({ ...emptyRow(), ...row })),
    unplaced: ["ligne perdue"],
    skippedLists: [{ title: "Dossiers", items: ["Un dossier"] }],
  };
}

describe("describeDeadline", () => {
  it("words what the échéancier module understood", () => {
    expect(describeDeadline("mars 2020", PERIOD, TODAY, "fr")).toEqual({
      deadline: "01/03/2020 – 31/03/2020",
      understood: true,
    });
    expect(describeDeadline("15 mars 2020", PERIOD, TODAY, "fr")).toEqual({
      deadline: "15/03/2020",
      understood: true,
    });
    expect(describeDeadline("  ", PERIOD, TODAY, "fr")).toEqual({ deadline: "aucune", understood: true });
    expect(describeDeadline("2 fois par année", PERIOD, TODAY, "en")).toEqual({
      deadline: "recurring",
      understood: true,
    });
    expect(describeDeadline("à déterminer", PERIOD, TODAY, "fr")).toEqual({
      deadline: "non compris",
      understood: false,
    });
  });

  it("leaves a deadline whose year depends on the Période to be dated once the Période is entered", () => {
    expect(describeDeadline("mars", null, TODAY, "fr")).toEqual({
      deadline: "à dater (Période à inscrire)",
      understood: true,
    });
    expect(describeDeadline("mandat complet", null, TODAY, "en")).toEqual({
      deadline: "to be dated (enter the Period)",
      understood: true,
    });
    expect(describeDeadline("mars", PERIOD, TODAY, "fr").deadline).toBe("01/03/2020 – 31/03/2020");
  });
});

describe("importPreview", () => {
  it("gives the rows, the Période stated by the text and the consecutive objectives", () => {
    const preview = importPreview(
      plan(
        [
          { objectif: "A", moyens: "Un", responsables: "Julie", echeancier: "mars 2020" },
          { objectif: "A", moyens: "Deux", echeancier: "" },
          { objectif: "B", moyens: "Trois", echeancier: "à déterminer" },
          { objectif: "A", moyens: "Quatre", echeancier: "en continu" },
        ],
        "2020-2022",
      ),
      TODAY,
      "fr",
    );
    const { columnChoices, ...rest } = preview;
    expect(columnChoices.map((c) => c.label)).toContain("Responsables");
    expect(rest).toEqual({
      ok: true,
      columns: [],
      correctable: false,
      tables: [],
      unplacedLines: [],
      tooLong: [],
      layout: "six-column-table",
      comite: "Comité Entraide",
      // "2020-2022" is two committee years, September → August (issue 21), not whole calendar years
      period: { start: "2020-09-01", end: "2022-08-31" },
      periodSource: "document",
      documentPeriod: { start: "2020-09-01", end: "2022-08-31" },
      rows: [
        {
          objectif: "A",
          moyens: "Un",
          responsables: "Julie",
          echeancier: "mars 2020",
          deadline: "01/03/2020 – 31/03/2020",
          understood: true,
          line: -1,
        },
        {
          objectif: "A",
          moyens: "Deux",
          responsables: "",
          echeancier: "",
          deadline: "aucune",
          understood: true,
          line: -1,
        },
        {
          objectif: "B",
          moyens: "Trois",
          responsables: "",
          echeancier: "à déterminer",
          deadline: "non compris",
          understood: false,
          line: -1,
        },
        {
          objectif: "A",
          moyens: "Quatre",
          responsables: "",
          echeancier: "en continu",
          deadline: "01/09/2020 – 31/08/2022",
          understood: true,
          line: -1,
        },
      ],
      objectives: [
        { name: "A", rows: 3 },
        { name: "B", rows: 1 },
      ],
      unplaced: ["ligne perdue"],
      skippedLists: [{ title: "Dossiers", items: ["Un dossier"] }],
    });
  });

  it("has no Période when the text states none, and an empty committee when it names none", () => {
    const preview = importPreview(
      { ...plan([{ objectif: "A", moyens: "Un", echeancier: "mars" }]), header: {} },
      TODAY,
      "en",
    );
    expect(preview.period).toBeNull();
    expect(preview.comite).toBe("");
    expect(preview.rows[0].deadline).toBe("to be dated (enter the Period)");
  });
});

describe("the Période of an imported plan", () => {
  const planWith = (periode: string) => ({
    layout: "unknown" as const,
    header: { periode },
    rows: [],
    unplaced: [],
    skippedLists: [],
  });

  it("is taken when the text states it with its years, never guessed", () => {
    // committee years, September → August (issue 21)
    expect(importedPeriod(planWith("2018-2021"), "2026-01-15")).toEqual({
      start: "2018-09-01",
      end: "2021-08-31",
    });
    expect(importedPeriod(planWith("septembre à juin"), "2026-01-15")).toBeNull();
    expect(importedPeriod(planWith("ANNÉE 1, MISE SUR PIED"), "2026-01-15")).toBeNull();
  });
});
