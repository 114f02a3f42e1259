/**
 * "Préparer le bilan" through the built add-on (dist/Code.js in the emulator): on the seed-002 example
 * plan, the bilan's figures are the sidebar's; refreshing after the committee changed statuses and
 * sorted the plan keeps every comment with its action and changes no other cell anyone typed; a bilan
 * of one year of a three-year Période counts only that year's actions.
 */
import { describe, expect, it } from "vitest";
import { objectiveKey, personKey } from "../../../src/core/bilan/bilan-layout";
import { PALETTE } from "../../../src/core/colours/palette";
import type { BilanChoices, BilanResult } from "../../../src/shared/bilan-wire";
import type { SidebarReady } from "../../../src/shared/sidebar-wire";
import { type Harness, installTemplate, planSheet, startAddon } from "../../support/addon";
import {
  actionRows,
  bilanRows,
  bilanSheetsOf,
  byId,
  byKey,
  byKeys,
  COL,
  samplePlanHarness,
} from "./bilan-helpers";

const percent = (ratio: number | null) => Math.round((ratio ?? 0) * 100);

function prepare(harness: Harness, year = 0): Extract<BilanResult, { ok: true }> {
  const result = harness.addon.call("prepareBilan", year) as BilanResult;
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe("Préparer le bilan", () => {
  it("is in the menu and opens its dialog", () => {
    const harness = samplePlanHarness();
    harness.addon.call("onOpen");
    const items = harness.emulator.ui.menus[0].items;
    expect(items).toContainEqual({ caption: "Préparer le bilan…", functionName: "showBilanDialog" });
    harness.addon.call("showBilanDialog");
    expect(harness.emulator.ui.dialogs.at(-1)?.dialogTitle).toBe("Préparer le bilan");
  });

  it("shows the sidebar's figures on the seed-002 plan", () => {
    const harness = samplePlanHarness();
    const sidebar = harness.addon.call("getSidebarData") as SidebarReady;
    const result = prepare(harness);
    expect(result.sheetName).toBe("Bilan — Comité Entraide — 2026");
    expect(harness.emulator.spreadsheet.getActiveSheet().getName()).toBe(result.sheetName);
    const rows = bilanRows(harness, result.sheetName);
    const summary = sidebar.summary;

    expect(percent(byKey(rows, "f:overall").values[2] as number)).toBe(percent(summary.overall.ratio));
    expect(byKey(rows, "f:overall").display[2]).toMatch(
      new RegExp(`^${percent(summary.overall.ratio)}\\s?%$`),
    );
    expect(byKey(rows, "f:total").values[2]).toBe(summary.counts.total);
    for (const entry of PALETTE)
      expect(byKey(rows, `f:${entry.meaning}`).values[2]).toBe(summary.counts[entry.meaning]);
    const objectives = byKeys(
      rows,
      summary.byObjective.map((objective) => objectiveKey("fo", objective.objectif)),
    );
    expect(objectives.map((row) => percent(row.values[2] as number))).toEqual(
      summary.byObjective.map((objective) => percent(objective.ratio)),
    );
    const people = byKeys(
      rows,
      summary.people.map((person) => personKey(person.name)),
    );
    expect(people.map((row) => row.values[1])).toEqual(summary.people.map((person) => person.name));

    // Every action once, its state in words (never only in colour), with its people and notes.
    const actions = actionRows(rows, harness);
    expect(actions).toHaveLength(summary.counts.total);
    const late = actions.filter((row) => row.values[COL.situation - 1] === "En retard");
    expect(late.map((row) => row.values[COL.action - 1])).toEqual(
      summary.overdue.map((a) => expect.stringContaining(a.action)),
    );
    const done = actions.filter((row) => row.values[COL.situation - 1] === "Réalisée");
    expect(done).toHaveLength(summary.counts.termine);
    for (const row of done) expect(row.display[COL.avancement - 1]).toMatch(/^100\s?%$/);
    const employer = actions.find((row) =>
      String(row.values[COL.action - 1]).includes("l'engagement de l'employeur"),
    );
    expect(employer?.values[5]).toBe("L'employeur demande une deuxième rencontre.");
    expect(employer?.values[4]).toBe("Nadia Roy");
    expect(employer?.values[COL.dates - 1]).toBe("Février-Mars · du 01/02/2026 au 31/03/2026");
  });

  it("is laid out to print: title, widths, wrapping, header in words, no key in any cell", () => {
    const harness = samplePlanHarness();
    const { sheetName } = prepare(harness);
    const sheet = harness.emulator.spreadsheet.getSheetByName(sheetName)!;
    expect(sheet.getRange("A1").getValue()).toBe("Bilan — Comité Entraide — 2026");
    expect(sheet.getRange("A1").getFontWeight()).toBe("bold");
    // The title block spans the add-on's columns (A:F), the comment column stays the committee's.
    expect(
      sheet
        .getRange("A1:A5")
        .getMergedRanges()
        .map((range) => range.getA1Notation()),
    ).toEqual(["A1:F1", "A2:F2", "A3:F3", "A4:F4", "A5:F5"]);
    // Nothing but the bilan's seven columns, none hidden, and no technical key in any cell.
    expect(sheet.getLastColumn()).toBe(7);
    for (let c = 1; c <= 7; c++) expect(sheet.isColumnHiddenByUser(c)).toBe(false);
    const cells = sheet.getDataRange().getValues().flat().map(String);
    const keys = /^(h|f|fo|fp|o|s|b|t):|^[0-9a-v]{10}$|Clé du bilan/;
    expect(cells.filter((cell) => keys.test(cell))).toEqual([]);
    expect(sheet.getColumnWidth(COL.action)).toBe(300);
    expect(sheet.getColumnWidth(COL.comment)).toBe(260);
    const header = sheet
      .getDataRange()
      .getValues()
      .find((row) => row[COL.comment - 1] === "Commentaire pour l'assemblée");
    expect(header?.slice(0, 7)).toEqual([
      "Situation",
      "Action",
      "Dates",
      "Avancement atteint",
      "Porté par",
      "Remarques du plan",
      "Commentaire pour l'assemblée",
    ]);
    expect(sheet.getRange(10, COL.action).getWrap()).toBe(true);
  });

  it("keeps every comment with its action after statuses change and the plan is sorted", () => {
    const harness = samplePlanHarness();
    const { sheetName } = prepare(harness);
    const bilan = harness.emulator.spreadsheet.getSheetByName(sheetName)!;
    const plan = planSheet(harness);

    // The committee writes a comment on every action, one on the overall figure, one with a formula,
    // and notes of its own beside and below the table.
    const before = bilanRows(harness, sheetName);
    const commentOf = new Map<string, string>();
    for (const row of actionRows(before, harness)) {
      const comment = `Pour l'AG : ${String(row.values[COL.action - 1]).slice(0, 30)}`;
      commentOf.set(row.id, comment);
      bilan.getRange(row.row, COL.comment).setValue(comment);
    }
    bilan.getRange(byKey(before, "f:overall").row, COL.comment).setValue("Belle année !");
    bilan.getRange(byKey(before, "h:title").row, COL.comment).setFormula("=1+1");
    const lastRow = bilan.getLastRow();
    bilan.getRange(3, 10).setValue("Présenté par Julie");
    bilan.getRange(lastRow + 2, COL.action).setValue("Adopté à l'unanimité");

    // Statuses change, then the plan is sorted (rows reversed, as Data ▸ Sort range would move them).
    const statusColumn = 9;
    plan.getRange(8, statusColumn).setValue("Annulé");
    plan.getRange(9, statusColumn).setValue("Terminé");
    const block = plan.getRange(8, 1, 6, plan.getLastColumn());
    block.setValues(block.getValues().reverse());
    const planBefore = plan.getDataRange().getDisplayValues();

    const refreshed = prepare(harness);
    expect(refreshed.refreshed).toBe(true);
    expect(refreshed.sheetName).toBe(sheetName);
    expect(bilanSheetsOf(harness)).toHaveLength(1);

    const after = bilanRows(harness, sheetName);
    const actions = actionRows(after, harness);
    expect(actions.map((row) => row.id).sort()).toEqual([...commentOf.keys()].sort());
    for (const row of actions) expect(row.values[COL.comment - 1]).toBe(commentOf.get(row.id));
    expect(byKey(after, "f:overall").values[COL.comment - 1]).toBe("Belle année !");
    expect(bilan.getRange(byKey(after, "h:title").row, COL.comment).getFormula()).toBe("=1+1");
    // The new statuses are read: one more cancelled action.
    expect(actions.filter((row) => row.values[0] === "Annulée")).toHaveLength(1);
    // Nothing else anyone typed moved or changed.
    expect(bilan.getRange(3, 10).getValue()).toBe("Présenté par Julie");
    const flat = bilan
      .getDataRange()
      .getValues()
      .map((row) => row[COL.action - 1]);
    expect(flat).toContain("Adopté à l'unanimité");
    expect(plan.getDataRange().getDisplayValues()).toEqual(planBefore);
  });

  it("keeps the comment of an action deleted from the plan, in a last section", () => {
    const harness = samplePlanHarness();
    const { sheetName } = prepare(harness);
    const bilan = harness.emulator.spreadsheet.getSheetByName(sheetName)!;
    const plan = planSheet(harness);
    const first = actionRows(bilanRows(harness, sheetName), harness).find((row) =>
      String(row.values[1]).includes("Recruter"),
    )!;
    bilan.getRange(first.row, COL.comment).setValue("Six recrues !");
    const planRow = plan
      .getDataRange()
      .getValues()
      .findIndex((row) => String(row[1]).includes("Recruter"));
    plan.deleteRow(planRow + 1);

    prepare(harness);
    const rows = bilanRows(harness, sheetName);
    const orphan = byId(rows, first.id);
    expect(orphan.values[0]).toBe("Plus dans le bilan");
    expect(orphan.values[1]).toBe(first.values[1]);
    expect(orphan.values[COL.comment - 1]).toBe("Six recrues !");
    expect(actionRows(rows, harness).filter((row) => row.values[0] !== "Plus dans le bilan")).toHaveLength(5);
  });

  it("costs the same number of spreadsheet calls whatever the plan's size", () => {
    const callsFor = (rows: number) => {
      const harness = startAddon({ now: "2026-06-15T16:00:00Z" });
      installTemplate(harness);
      const plan = planSheet(harness);
      plan.insertRowsAfter(plan.getMaxRows(), rows);
      plan
        .getRange(8, 1, rows, 9)
        .setValues(
          Array.from({ length: rows }, (_, i) => [
            i % 10 === 0 ? `Objectif ${i / 10 + 1}` : "",
            "",
            `Action ${i + 1}`,
            "",
            i % 2 ? "Julie Tremblay" : "Marc Gagnon",
            ["Mars", "Juin", "Septembre", "mandat complet"][i % 4],
            "",
            "",
            ["Terminé", "En cours", "À faire", "Reporté", "Annulé"][i % 5],
          ]),
        );
      harness.addon.call("getSidebarData"); // dates and row keys are the plan's own business
      harness.addon.call("prepareBilan", 0);
      const calls = harness.emulator.calls;
      calls.reset();
      prepare(harness);
      const refresh = calls.count("SpreadsheetApp");
      return refresh;
    };
    const small = callsFor(6);
    expect(callsFor(120)).toBe(small);
  });

  it("counts only the chosen year of a three-year Période", () => {
    const harness = startAddon({ now: "2027-10-20T16:00:00Z" });
    installTemplate(harness);
    const plan = planSheet(harness);
    plan.getRange("B3:C3").setValues([["2025-09-01", "2028-08-31"]]);
    const rows = [
      ["Recrutement", "", "Tenir un kiosque", "", "Julie", "octobre 2025", "", "", "Terminé"],
      ["", "", "Former les entraidants", "", "Marc", "mars 2026", "", "", "Terminé"],
      ["", "", "Bilan de mi-mandat", "", "Julie", "novembre 2026", "", "", "Terminé"],
      ["", "", "Deuxième kiosque", "", "Nadia", "avril 2027", "", "", "En cours"],
      ["", "", "Troisième kiosque", "", "Nadia", "printemps 2028", "", "", "À faire"],
      ["", "", "Rencontres régulières", "", "Samuel", "à déterminer", "", "", "À faire"],
    ];
    plan.getRange(8, 1, rows.length, 9).setValues(rows);
    const sidebar = harness.addon.call("getSidebarData") as SidebarReady;
    expect(sidebar.summary.counts.total).toBe(6);

    const choices = harness.addon.call("getBilanChoices") as Extract<BilanChoices, { ok: true }>;
    expect(choices.years.map((y) => [y.index, y.start, y.end])).toEqual([
      [1, "2025-09-01", "2026-08-31"],
      [2, "2026-09-01", "2027-08-31"],
      [3, "2027-09-01", "2028-08-31"],
    ]);
    const result = prepare(harness, 2);
    expect(result.sheetName).toBe("Bilan — Comité Entraide — 2026-2027 (année 2)");
    const bilan = bilanRows(harness, result.sheetName);
    expect(byKey(bilan, "f:total").values[2]).toBe(2);
    expect(byKey(bilan, "f:termine").values[2]).toBe(1);
    expect(byKey(bilan, "f:enCours").values[2]).toBe(1);
    expect(byKey(bilan, "f:enRetard").values[2]).toBe(1);
    expect(actionRows(bilan, harness).map((row) => row.values[1])).toEqual([
      "Bilan de mi-mandat",
      "Deuxième kiosque",
    ]);
    expect(byKey(bilan, "h:scope").values[0]).toContain("(4 hors de l'année ou sans date)");

    // The whole Période's bilan is another sheet, and counts like the sidebar.
    const whole = prepare(harness, 0);
    expect(whole.sheetName).toBe("Bilan — Comité Entraide — 2025-2028");
    expect(byKey(bilanRows(harness, whole.sheetName), "f:total").values[2]).toBe(6);
    const again = harness.addon.call("getBilanChoices") as Extract<BilanChoices, { ok: true }>;
    expect(again.wholeSheetName).toBe(whole.sheetName);
    expect(again.years[1].sheetName).toBe(result.sheetName);
    expect(again.years[0].sheetName).toBe("");
    // A year the Période does not have is refused in words.
    const wrong = harness.addon.call("prepareBilan", 4) as BilanResult;
    expect(wrong).toEqual({
      ok: false,
      message: expect.stringContaining("ne fait pas partie de la Période"),
    });
  });

  it("refreshes the bilan when it is the active sheet, and is never read as a plan", () => {
    const harness = samplePlanHarness();
    const { sheetName } = prepare(harness);
    expect(harness.emulator.spreadsheet.getActiveSheet().getName()).toBe(sheetName);
    const sidebar = harness.addon.call("getSidebarData") as SidebarReady;
    expect(sidebar.state).toBe("ready");
    expect(sidebar.sheetName).toBe("Plan d'action");
    const choices = harness.addon.call("getBilanChoices") as Extract<BilanChoices, { ok: true }>;
    expect(choices.planSheetName).toBe("Plan d'action");
    const again = prepare(harness);
    expect(again).toMatchObject({ refreshed: true, sheetName });
  });

  it("writes the bilan in English for an English-speaking user", () => {
    const harness = samplePlanHarness();
    harness.emulator.setLocale("en_CA");
    const { sheetName, message } = prepare(harness);
    expect(sheetName).toBe("Report — Comité Entraide — 2026");
    expect(message).toContain("Comment for the assembly");
    const header = harness.emulator.spreadsheet
      .getSheetByName(sheetName)!
      .getDataRange()
      .getValues()
      .find((row) => row[COL.comment - 1] === "Comment for the assembly");
    expect(header?.[0]).toBe("Standing");
  });

  it("makes a fresh bilan, keeping the old one and its comments, when its columns were moved", () => {
    const harness = samplePlanHarness();
    const { sheetName } = prepare(harness);
    const bilan = harness.emulator.spreadsheet.getSheetByName(sheetName)!;
    const action = actionRows(bilanRows(harness, sheetName), harness)[0];
    bilan.getRange(action.row, COL.comment).setValue("Gardé");
    bilan.insertColumnBefore(2);
    const snapshot = bilan.getDataRange().getValues();

    const fresh = prepare(harness);
    expect(fresh.sheetName).toBe(`${sheetName} (2)`);
    expect(fresh.message).toContain("gardé tel quel");
    expect(bilan.getDataRange().getValues()).toEqual(snapshot);
    expect(byId(bilanRows(harness, fresh.sheetName), action.id).values[COL.comment - 1]).toBe("Gardé");
  });
});
