/**
 * Header rows of multi-year plans (seed 001's layout, as Word tables carry it): year columns are part of
 * the header and give the Échéancier; of two objective-like columns the later (the more specific) is the
 * objective; a label row above the header reads less surely than the header itself (header-row-at.ts).
 */
import { describe, expect, it } from "vitest";
import { headerRowAt } from "../../../src/core/import/header-row-at";
import { isHeaderRow, mapHeaderRow } from "../../../src/core/import/header-synonyms";

describe("year columns and nested objective columns in a header", () => {
  it("counts year columns as header cells and keeps them apart", () => {
    const row = ["BUTS", "OBJECTIFS", "ACTIONS", "2024-2025", "2025-2026", "2026-2027", "REMARQUES"];
    expect(isHeaderRow(row)).toBe(true);
    expect(mapHeaderRow(row)).toMatchObject({
      columns: [null, "objectif", "moyens", null, null, null, "remarques"],
      years: [3, 4, 5],
    });
    expect(mapHeaderRow(["Action", "2025", "2026"]).years).toEqual([1, 2]);
    // Years never become the action column.
    expect(mapHeaderRow(["Objectif", "2024-25", "Qui"]).columns).toEqual(["objectif", null, "responsables"]);
  });

  it("takes the later of two objective columns as the objective", () => {
    expect(mapHeaderRow(["Orientation", "Objectif", "Action", "Responsable"]).columns).toEqual([
      null,
      "objectif",
      "moyens",
      "responsables",
    ]);
  });

  it("finds the header under a label row", () => {
    const rows = [
      ["NOS ORIENTATIONS", "", "NOS ACTIONS", "", "", "", ""],
      ["BUTS", "OBJECTIFS", "ACTIONS", "2024-2025", "2025-2026", "2026-2027", "REMARQUES"],
      ["1. Assurer", "1.1 Actualiser", "a. publier", "✓", "", "", ""],
    ];
    expect(headerRowAt(rows)).toBe(1);
    expect(headerRowAt([["Bonjour", "tout le monde"]])).toBe(-1);
  });
});
