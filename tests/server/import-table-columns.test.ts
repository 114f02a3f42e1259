/**
 * A pasted table with more columns than the template, through the built add-on: every value stays in
 * its row — a typed Statut, Avancement and Début/Échéance in their columns (the typed days kept over the
 * Échéancier's), people as one clean list, and the columns the template lacks (Budget, Partenaires) as
 * columns of their own after the template's.
 */
import { describe, expect, it } from "vitest";
import { startAddon } from "../support/addon";

const HEADER = [
  "Objectifs",
  "Actions",
  "Responsables",
  "Ressources requises",
  "Échéancier",
  "Début",
  "Échéance",
  "Statut",
  "Avancement",
  "Budget",
  "Partenaires",
];
const ROWS = [
  [
    "Mobiliser les membres",
    "Tenir une assemblée générale",
    "Josée Bergeron / Exécutif",
    "Salle",
    "automne 2025",
    "2025-09-15",
    "2025-10-30",
    "Terminé",
    "100 %",
    "500 $",
    "CDEC",
  ],
  [
    "",
    "Publier un bulletin",
    "Martin Ouellet et Sylvie Nadeau",
    "Imprimeur",
    "printemps 2026",
    "",
    "15/03/2026",
    "En cours",
    "40 %",
    "",
    "Ville",
  ],
  [
    "Former les délégués",
    "Offrir une formation SST",
    "Luc Tremblay",
    "Formateur",
    "hiver 2026",
    "",
    "",
    "Fait",
    "",
    "1 200 $",
    "Centrale",
  ],
];
const TEXT = ["Plan d'action : Comité Test", "", HEADER.join("\t"), ...ROWS.map((r) => r.join("\t"))].join(
  "\n",
);

type Preview = { ok: boolean; rows: { moyens: string }[]; columns: { header: string; readAs: string }[][] };

describe("a pasted 11-column table", () => {
  it("keeps every value in its row", () => {
    const harness = startAddon({ now: "2025-09-02T15:00:00Z" });
    const preview = harness.addon.call<Preview>("previewImport", TEXT);
    expect(preview.ok).toBe(true);
    expect(preview.rows.map((r) => r.moyens)).toEqual(ROWS.map((r) => r[1]));
    expect(preview.columns[0]).toContainEqual({
      header: "Budget",
      readAs: "une colonne à part, après celles du modèle",
    });
    expect(preview.columns[0]).toContainEqual({ header: "Statut", readAs: "Statut" });

    const done = harness.addon.call<{ ok: boolean; sheetName: string }>(
      "importPlanText",
      TEXT,
      "Comité Test",
    );
    expect(done.ok).toBe(true);
    const sheet = harness.emulator.spreadsheet.getSheetByName(done.sheetName)!;
    const headers = sheet.getRange(7, 1, 1, 14).getDisplayValues()[0];
    expect(headers.slice(12)).toEqual(["Budget", "Partenaires"]);
    const cells = sheet.getRange(8, 1, 3, 14).getDisplayValues();
    const col = (label: string) => headers.indexOf(label);
    expect(cells.map((r) => r[col("Objectifs")])).toEqual([
      "Mobiliser les membres",
      "Mobiliser les membres",
      "Former les délégués",
    ]);
    expect(cells.map((r) => r[col("Moyens / Actions / Activités")])).toEqual(ROWS.map((r) => r[1]));
    expect(cells.map((r) => r[col("Responsables")])).toEqual([
      "Josée Bergeron, Exécutif",
      "Martin Ouellet, Sylvie Nadeau",
      "Luc Tremblay",
    ]);
    expect(cells.map((r) => r[col("Ressources requises")])).toEqual(["Salle", "Imprimeur", "Formateur"]);
    expect(cells.map((r) => r[col("Échéancier")])).toEqual(["automne 2025", "printemps 2026", "hiver 2026"]);
    expect(cells.map((r) => r[col("Statut")])).toEqual(["Terminé", "En cours", "Terminé"]);
    expect(cells.map((r) => r[col("Budget")])).toEqual(["500 $", "", "1 200 $"]);
    expect(cells.map((r) => r[col("Partenaires")])).toEqual(["CDEC", "Ville", "Centrale"]);
    expect(cells[0][col("Avancement")]).toMatch(/^100\s?%$/);
    expect(cells[1][col("Avancement")]).toMatch(/^40\s?%$/);
    // the typed days, not the Échéancier's season
    const iso = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
    const values = sheet.getRange(8, 1, 3, 14).getValues();
    expect(iso(values[0][col("Début")])).toBe("2025-09-15");
    expect(iso(values[0][col("Échéance")])).toBe("2025-10-30");
    expect(iso(values[1][col("Échéance")])).toBe("2026-03-15");
  });
});
