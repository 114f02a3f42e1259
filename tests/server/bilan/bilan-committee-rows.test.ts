/**
 * The bilan keeps the committee's rows (issue 20, item 5), through the built add-on: rows the committee
 * inserted inside the bilan survive a refresh with their text, after the line they followed; what the
 * add-on writes is identified by the record on its rows (developer metadata), never by a key in a cell;
 * an old bilan with the hidden key column is taken over (column emptied, comments and inserted rows
 * kept); one whose key column was deleted is kept as it is and the message says its comments were not
 * carried.
 */
import { describe, expect, it } from "vitest";
import { CHART_BAND_LINES, objectiveKey, personKey } from "../../../src/core/bilan/bilan-layout";
import { BILAN_ROWS_METADATA_KEY, lineId } from "../../../src/core/bilan/bilan-record";
import { LEGACY_KEY_LABEL } from "../../../src/core/bilan/bilan-text";
import { PALETTE } from "../../../src/core/colours/palette";
import { readPlan } from "../../../src/core/plan/read-plan";
import { DEFAULT_TEMPLATE } from "../../../src/core/template";
import type { BilanResult } from "../../../src/shared/bilan-wire";
import type { CellValue } from "../../../src/shared/cell";
import type { SidebarReady } from "../../../src/shared/sidebar-wire";
import { type Harness, planSheet } from "../../support/addon";
import { actionRows, bilanRecord, bilanRows, byId, byKey, COL, samplePlanHarness } from "./bilan-helpers";

function prepare(harness: Harness): Extract<BilanResult, { ok: true }> {
  const result = harness.addon.call("prepareBilan", 0) as BilanResult;
  if (!result.ok) throw new Error(result.message);
  return result;
}

/** Any text that looks like one of the add-on's keys: "h:title", "f:total", a plan row key, the old label. */
const TECHNICAL = /^(h|f|fo|fp|o|s|b|t):|^[0-9a-v]{10}$|Clé du bilan|Bilan key/;

function technicalCells(harness: Harness, sheetName: string): string[] {
  const sheet = harness.emulator.spreadsheet.getSheetByName(sheetName)!;
  return sheet
    .getDataRange()
    .getValues()
    .flat()
    .map(String)
    .filter((cell) => TECHNICAL.test(cell));
}

describe("the bilan keeps the committee's rows", () => {
  // Whether the record's rows grow with a row inserted inside is Google's unsaid detail: both ways.
  for (const grows of [true, false])
    it(`a refresh keeps rows the committee inserted, with their text, after the line they followed (record ${grows ? "grows" : "keeps its length"})`, () => {
      const harness = samplePlanHarness(undefined, undefined, { metadataGrowsInside: grows });
      const { sheetName } = prepare(harness);
      const bilan = harness.emulator.spreadsheet.getSheetByName(sheetName)!;
      const plan = planSheet(harness);

      // The committee inserts a row under an action and one under the overall figure, and writes in them.
      const actions = actionRows(bilanRows(harness, sheetName), harness);
      const recruit = actions.find((row) => String(row.values[COL.action - 1]).includes("Recruter"))!;
      bilan.insertRowAfter(recruit.row);
      bilan
        .getRange(recruit.row + 1, 1, 1, 7)
        .setValues([["Note", "Six recrues en mai", "", "", "", "", "Bravo"]]);
      bilan.getRange(recruit.row + 1, 9).setFormula("=1+1");
      const overall = byKey(bilanRows(harness, sheetName), "f:overall");
      bilan.insertRowsBefore(overall.row + 1, 1);
      bilan.getRange(overall.row + 1, 2).setValue("Chiffres vérifiés par la trésorière");
      for (const row of actionRows(bilanRows(harness, sheetName), harness))
        bilan.getRange(row.row, COL.comment).setValue(`AG ${row.id}`);

      // The plan changes: one action done, one cancelled (they move within their objective).
      plan.getRange(8, 9).setValue("Terminé");
      plan.getRange(10, 9).setValue("Annulé");
      const again = prepare(harness);
      expect(again.refreshed).toBe(true);
      expect(again.message).toContain(
        "Les 2 lignes ajoutées par le comité dans le bilan sont restées à leur place",
      );

      const rows = bilanRows(harness, sheetName);
      const recruitNow = byId(rows, recruit.id);
      expect(bilan.getRange(recruitNow.row + 1, 1, 1, 7).getValues()[0]).toEqual([
        "Note",
        "Six recrues en mai",
        "",
        "",
        "",
        "",
        "Bravo",
      ]);
      expect(bilan.getRange(recruitNow.row + 1, 9).getFormula()).toBe("=1+1");
      const overallNow = byKey(rows, "f:overall");
      expect(bilan.getRange(overallNow.row + 1, 2).getValue()).toBe("Chiffres vérifiés par la trésorière");
      for (const row of actionRows(rows, harness)) expect(row.values[COL.comment - 1]).toBe(`AG ${row.id}`);
      expect(actionRows(rows, harness).filter((row) => row.values[0] === "Annulée")).toHaveLength(1);
      // The record spans the bilan's rows, the committee's two included, and no key is in a cell.
      const record = bilanRecord(harness, sheetName);
      expect(record.lines).toHaveLength(rows.length);
      expect(record.rows).toBe(rows.length + 2);
      expect(technicalCells(harness, sheetName)).toEqual([]);

      // A third preparation changes nothing.
      const snapshot = bilan.getDataRange().getValues();
      const third = prepare(harness);
      expect(third.message).toContain("Les 2 lignes ajoutées");
      expect(bilan.getDataRange().getValues()).toEqual(snapshot);
    });

  it("keeps a row whose text the committee changed, and writes the add-on's line again beside it", () => {
    const harness = samplePlanHarness();
    const { sheetName } = prepare(harness);
    const bilan = harness.emulator.spreadsheet.getSheetByName(sheetName)!;
    const action = actionRows(bilanRows(harness, sheetName), harness)[0];
    const text = `${String(action.values[COL.action - 1])} (corrigé par le comité)`;
    bilan.getRange(action.row, COL.action).setValue(text);
    prepare(harness);
    const column = bilan
      .getDataRange()
      .getValues()
      .map((row) => row[COL.action - 1]);
    expect(column).toContain(text);
    expect(column).toContain(action.values[COL.action - 1]);
  });

  it("takes over an old bilan with the hidden key column: keys emptied, comments and inserted rows kept", () => {
    const harness = samplePlanHarness();
    const sidebar = harness.addon.call("getSidebarData") as SidebarReady;
    const { sheetName } = prepare(harness);
    const bilan = harness.emulator.spreadsheet.getSheetByName(sheetName)!;
    // Made the old way: every line's key in a hidden column H, no record on the rows.
    const planRead = readPlan(
      planSheet(harness).getDataRange().getValues() as CellValue[][],
      DEFAULT_TEMPLATE,
      "America/Toronto",
    );
    if (!planRead.ok) throw new Error("no plan");
    const keys = [
      ...["h:title", "h:period", "h:prepared", "h:hint", "b:figures", "s:figures", "f:overall", "f:total"],
      ...PALETTE.map((entry) => `f:${entry.meaning}`),
      "f:autre",
      "f:unassigned",
      ...sidebar.summary.byObjective.flatMap((o) => [
        objectiveKey("fo", o.objectif),
        objectiveKey("o", o.objectif),
      ]),
      ...sidebar.summary.people.map((p) => personKey(p.name)),
      ...Array.from({ length: CHART_BAND_LINES }, (_, i) => `c:${i + 1}`),
      "b:actions",
      "s:actions",
      ...planRead.plan.rows.map((row) => row.key),
    ];
    const keyOf = new Map(keys.map((key) => [lineId(key), key]));
    const rows = bilanRows(harness, sheetName);
    const header = byKey(rows, "h:table");
    for (const row of rows)
      bilan.getRange(row.row, 8).setValue(row === header ? LEGACY_KEY_LABEL.fr : (keyOf.get(row.id) ?? ""));
    expect(rows.filter((row) => row !== header && !keyOf.has(row.id))).toEqual([]);
    bilan.hideColumns(8);
    for (const meta of bilan.createDeveloperMetadataFinder().withKey(BILAN_ROWS_METADATA_KEY).find())
      meta.remove();
    // The committee's comment, and a row it inserted (the old refresh wrote over such rows).
    const action = actionRows(rows, harness)[1];
    bilan.getRange(action.row, COL.comment).setValue("Reprise !");
    bilan.insertRowAfter(action.row);
    bilan.getRange(action.row + 1, 2).setValue("Ligne du comité");

    const again = prepare(harness);
    expect(again.sheetName).toBe(sheetName);
    expect(again.message).toContain("« Clé du bilan » de l'ancien bilan a été vidée");
    expect(again.message).toContain("La ligne ajoutée par le comité dans le bilan est restée à sa place");
    const after = bilanRows(harness, sheetName);
    const actionNow = byId(after, action.id);
    expect(actionNow.values[COL.comment - 1]).toBe("Reprise !");
    expect(bilan.getRange(actionNow.row + 1, 2).getValue()).toBe("Ligne du comité");
    expect(bilan.isColumnHiddenByUser(8)).toBe(false);
    expect(technicalCells(harness, sheetName)).toEqual([]);
  });

  it("says the truth about an old bilan whose key column was deleted: kept, comments not carried", () => {
    const harness = samplePlanHarness();
    const { sheetName } = prepare(harness);
    const bilan = harness.emulator.spreadsheet.getSheetByName(sheetName)!;
    for (const meta of bilan.createDeveloperMetadataFinder().withKey(BILAN_ROWS_METADATA_KEY).find())
      meta.remove();
    bilan.getRange(20, COL.comment).setValue("Un commentaire");
    const snapshot = bilan.getDataRange().getValues();

    const fresh = prepare(harness);
    expect(fresh.sheetName).toBe(`${sheetName} (2)`);
    expect(fresh.message).toContain("n'a pas pu être relu");
    expect(fresh.message).toContain("ses commentaires n'ont pas été repris");
    expect(fresh.message).not.toContain("ont été repris ici");
    expect(bilan.getDataRange().getValues()).toEqual(snapshot);
  });
});
