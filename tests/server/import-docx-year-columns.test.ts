/**
 * Word tables with year columns under merged objectives, through the built add-on: Objectifs | Actions |
 * 2025-2026 | 2026-2027 | 2027-2028, each objective cell merged down over its actions, years ticked ✓ or
 * X (a ✓ merged over two rows): every action keeps its objective and gets the years ticked on its row as
 * its Échéancier — with the header on one row, or on two (Échéancier spanning the years written under
 * it, the other header cells merged down). Both .docx made by LibreOffice (tests/fixtures/docx).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ImportDoneResult, ImportPreview } from "../../src/shared/import-wire";
import { REPO, startAddon } from "../support/addon";

const FIXTURES = join(REPO, "tests/fixtures/docx");

const PARTICIPATION = "Augmenter la participation des femmes aux instances";
const PARENTAUX = "Faire connaître les droits parentaux";
const EXPECTED = [
  [PARTICIPATION, "Offrir une formation sur la prise de parole", "2025-2027"],
  [PARTICIPATION, "Organiser un déjeuner-causerie avant chaque conseil", "2025-2028"],
  [PARTICIPATION, "Recenser les freins à la participation", "2025-2026, 2027-2028"],
  [PARENTAUX, "Publier une fiche sur les congés parentaux", "2026-2027"],
  [PARENTAUX, "Tenir un kiosque lors de la semaine de la famille", "2027-2028"],
];

describe("year columns under merged objectives in a Word table", () => {
  for (const name of [
    "year-columns-merged.libreoffice.docx",
    "year-columns-two-row-header.libreoffice.docx",
  ]) {
    it(`every action keeps its objective and its ticked years (${name})`, () => {
      const harness = startAddon({ now: "2026-01-15T15:00:00Z" });
      const file = { name, base64: readFileSync(join(FIXTURES, name)).toString("base64") };
      const preview = harness.addon.call<ImportPreview>("previewDocxImport", file);
      expect(preview.ok).toBe(true);
      expect(preview.columns[0]!.map((c) => c.header)).toEqual([
        "Objectifs",
        "Actions",
        "2025-2026",
        "2026-2027",
        "2027-2028",
      ]);
      expect(preview.unplaced).toEqual([]); // the title line is the document header
      const done = harness.addon.call<ImportDoneResult>(
        "importDocxPlan",
        file,
        "Comité de la condition des femmes",
      );
      expect(done.ok).toBe(true);
      const sheet = harness.emulator.spreadsheet.getSheetByName(done.ok ? done.sheetName : "")!;
      const cells = sheet.getRange(8, 1, 5, 6).getDisplayValues();
      expect(cells.map((r) => [r[0], r[2], r[5]])).toEqual(EXPECTED);
    });
  }
});
