/**
 * A header on two rows (header-row-at.ts `withHeaderBelow`): the years written under a spanning
 * « Échéancier », the other cells merged down, make one header row; a row of data under the header —
 * actions, ticks, a cell under a label of its own — never does.
 */
import { describe, expect, it } from "vitest";
import { withHeaderBelow } from "../../../src/core/import/header-row-at";

describe("a header on two rows", () => {
  it("takes the years written under a spanning label", () => {
    const rows = [
      ["Objectifs", "Actions", "Échéancier", "", ""],
      ["Objectifs", "Actions", "2025-2026", "2026-2027", "2027-2028"],
      ["Mobiliser", "Tenir une assemblée", "✓", "", ""],
    ];
    expect(withHeaderBelow(rows, 0)).toEqual(["Objectifs", "Actions", "2025-2026", "2026-2027", "2027-2028"]);
  });

  it("takes column names written under a spanning label", () => {
    const rows = [
      ["Objectif", "Mise en œuvre", ""],
      ["Objectif", "Responsable", "Échéance"],
    ];
    expect(withHeaderBelow(rows, 0)).toEqual(["Objectif", "Responsable", "Échéance"]);
  });

  it("leaves a row of data alone", () => {
    expect(
      withHeaderBelow(
        [
          ["Objectifs", "Actions", "2025-2026", "2026-2027"],
          ["Mobiliser", "Tenir une assemblée", "✓", "X"],
        ],
        0,
      ),
    ).toBeNull();
    expect(
      withHeaderBelow(
        [
          ["Objectifs", "Actions", "Responsable", ""],
          ["Objectifs", "Former les délégués", "Exécutif", "2025"],
        ],
        0,
      ),
    ).toBeNull();
    expect(withHeaderBelow([["Objectifs", "Actions"]], 0)).toBeNull();
  });
});
