/**
 * Status colours survive rows and columns inserted or deleted after "Rétablir les couleurs",
 * with no second run: Sheets moves the rules' ranges AND rewrites the references inside their custom
 * formulas ($I8 → $I11 after 3 rows inserted above, → $K8 after 2 columns inserted before Statut), so
 * every row keeps its colour at its new place. Through the built add-on (dist/Code.js) in the emulator.
 */
import { describe, expect, it } from "vitest";
import { type Meaning, PALETTE } from "../../src/core/colours/palette";
import { effectiveFormat } from "../../src/local/emulator/formula-format";
import { type Harness, installTemplate, planSheet, startAddon } from "../support/addon";

const SHEET = "Plan d'action";
const TODAY = "2026-03-10T15:00:00Z"; // 10:00 in Toronto, the spreadsheet's zone
const WIDTH = 12; // the installed table: A (Objectifs) … L (Clé, hidden)

/** Action, Échéance (H), Statut (I) of each typed row and the colour it shows on 2026-03-10. */
const ROWS: { action: string; due: string; statut: string; expected: Meaning }[] = [
  { action: "Recruter des bénévoles", due: "2026-03-01", statut: "À faire", expected: "enRetard" },
  { action: "Réserver la salle", due: "2026-02-20", statut: "Terminé", expected: "termine" },
  { action: "Préparer le bilan", due: "2026-04-30", statut: "En cours", expected: "enCours" },
];

function paletteOf(meaning: Meaning) {
  const entry = PALETTE.find((candidate) => candidate.meaning === meaning);
  if (!entry) throw new Error(meaning);
  return entry;
}

/** The template installed, three rows typed from row 8, colours applied. */
function colouredPlan(): Harness {
  const harness = startAddon({ now: TODAY });
  installTemplate(harness, "Comité Entraide");
  const values = ROWS.map((r) => [
    "Mobiliser",
    "",
    r.action,
    "",
    "Julie",
    "",
    "",
    r.due,
    r.statut,
    "",
    "",
    "",
  ]);
  planSheet(harness).getRange(8, 1, values.length, WIDTH).setValues(values);
  harness.addon.call("applyStatusColours");
  return harness;
}

/**
 * The table's rows start at `firstRow` and its columns span `firstColumn`..`lastColumn`: every cell of
 * each typed row shows that row's colours, the row below the data and the column after the table none.
 */
function expectColours(harness: Harness, firstRow: number, firstColumn: number, lastColumn: number) {
  ROWS.forEach((plan, i) => {
    const row = firstRow + i;
    const entry = paletteOf(plan.expected);
    for (let column = firstColumn; column <= lastColumn; column++) {
      const format = effectiveFormat(harness.emulator, SHEET, row, column);
      expect({ row, column, background: format.background, fontColor: format.fontColor }).toEqual({
        row,
        column,
        background: entry.background,
        fontColor: entry.fontColor,
      });
      expect({ row, column, bold: format.bold }).toEqual({ row, column, bold: plan.expected === "enRetard" });
    }
  });
  for (let column = firstColumn; column <= lastColumn; column++)
    expect(effectiveFormat(harness.emulator, SHEET, firstRow + ROWS.length, column).background).toBeNull();
  expect(effectiveFormat(harness.emulator, SHEET, firstRow, lastColumn + 1).background).toBeNull();
  if (firstColumn > 1)
    expect(effectiveFormat(harness.emulator, SHEET, firstRow, firstColumn - 1).background).toBeNull();
}

/** Where Statut is now, read from the header row as a user would see it. */
function statutColumn(harness: Harness, headerRow: number): number {
  const sheet = planSheet(harness);
  const header = sheet.getRange(headerRow, 1, 1, sheet.getMaxColumns()).getValues()[0]!;
  return header.indexOf("Statut") + 1;
}

describe("status colours after inserting and deleting rows and columns, without re-applying", () => {
  it("start where they were typed", () => {
    expectColours(colouredPlan(), 8, 1, WIDTH);
  });

  it("stay on the right rows when the first action row is deleted", () => {
    const harness = colouredPlan();
    planSheet(harness).deleteRow(8); // the overdue row goes; the Terminé and En cours rows move up
    expect(planSheet(harness).getRange("C8").getValue()).toBe(ROWS[1]!.action);
    expect(effectiveFormat(harness.emulator, SHEET, 8, 3).background).toBe(paletteOf("termine").background);
    expect(effectiveFormat(harness.emulator, SHEET, 9, 3).background).toBe(paletteOf("enCours").background);
    expect(effectiveFormat(harness.emulator, SHEET, 10, 3).background).toBeNull();
  });

  it("follow the rows when 3 rows are inserted above the table header", () => {
    const harness = colouredPlan();
    planSheet(harness).insertRowsBefore(7, 3);
    expect(planSheet(harness).getRange("C11").getValue()).toBe(ROWS[0]!.action);
    expectColours(harness, 11, 1, WIDTH);
    // The row typed next, at the table's new first empty row, is coloured too.
    planSheet(harness)
      .getRange("C14:I14")
      .setValues([["Nouvelle action", "", "", "", "", "2026-03-02", ""]]);
    expect(effectiveFormat(harness.emulator, SHEET, 14, 1).background).toBe(paletteOf("enRetard").background);
  });

  it("follow Statut when 2 columns are inserted before it", () => {
    const harness = colouredPlan();
    planSheet(harness).insertColumnsBefore(9, 2);
    expect(statutColumn(harness, 7)).toBe(11);
    expectColours(harness, 8, 1, WIDTH + 2);
    // Changing the Statut in its new column changes the colour: the rules read column K now.
    planSheet(harness).getRange("K9").setValue("En cours");
    expect(effectiveFormat(harness.emulator, SHEET, 9, 1).background).toBe(paletteOf("enRetard").background);
  });

  it("follow the table when a column left of it is deleted", () => {
    const harness = colouredPlan();
    const sheet = planSheet(harness);
    sheet.insertColumnBefore(1); // a column the user added left of the table…
    expectColours(harness, 8, 2, WIDTH + 1);
    sheet.deleteColumn(1); // …and deleted again
    expect(statutColumn(harness, 7)).toBe(9);
    expectColours(harness, 8, 1, WIDTH);
  });

  it("follow the table when its first column (left of Échéance and Statut) is deleted", () => {
    const harness = colouredPlan();
    planSheet(harness).deleteColumn(1);
    expect(statutColumn(harness, 7)).toBe(8);
    expectColours(harness, 8, 1, WIDTH - 1);
  });

  it("follow all three changes one after the other", () => {
    const harness = colouredPlan();
    const sheet = planSheet(harness);
    sheet.insertRowsBefore(7, 3);
    expectColours(harness, 11, 1, WIDTH);
    sheet.insertColumnsBefore(statutColumn(harness, 10), 2);
    expectColours(harness, 11, 1, WIDTH + 2);
    sheet.deleteColumn(1);
    expect(statutColumn(harness, 10)).toBe(10);
    expectColours(harness, 11, 1, WIDTH + 1);
    const formula = String(
      sheet.conditionalFormatData().find((r) => String(r.values[0]).includes("enRetard"))!.values[0],
    );
    expect(formula).toContain("ISNUMBER($G11), $G11<TODAY()");
    expect(formula).toContain('TRIM($J11)="Terminé"');
  });
});
