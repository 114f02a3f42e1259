/**
 * "Rétablir les couleurs" through the built add-on (dist/Code.js) in the emulator, on the
 * year-1 plan of seed 002 with a controlled today: the colour every data cell actually shows (evaluated
 * from the conditional-format rules), colours that follow edits and the passing days with no script
 * run, moved columns, idempotence next to a user's own rules, a constant number of calls, and a clear
 * message when there is no plan.
 */
import { describe, expect, it } from "vitest";
import { type Meaning, PALETTE } from "../../src/core/colours/palette";
import { langFromLocale } from "../../src/core/i18n";
import { typeset } from "../../src/core/typography";
import { EmuDataValidationBuilder } from "../../src/local/emulator/data-validation";
import { effectiveFormat } from "../../src/local/emulator/formula-format";
import { type Harness, installTemplate, planSheet, seedText, startAddon } from "../support/addon";

const SHEET = "Plan d'action";
const TODAY = "2026-03-10T15:00:00Z"; // 10:00 in Toronto, the spreadsheet's zone
const WIDTH = 12; // the installed table: A (Objectifs) … L (Clé, hidden)
const FIRST_ROW = 8;

/** The year-1 table of seed 002: objective, expected result, action, resources, échéancier. */
function seedYearOne(): string[][] {
  const lines = seedText("002_ffaaf15c85753dfa.txt").split("\n");
  const start = lines.findIndex((line) => line.startsWith("Objectifs\t"));
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === "") break;
    rows.push(
      line.split("\t").map((cell) =>
        cell
          .replace(/<[^>]+>/g, " ")
          .replace(/\\\$/g, "$")
          .replace(/\s+/g, " ")
          .trim(),
      ),
    );
  }
  return rows;
}

interface RowPlan {
  statut: string;
  due: string;
  expected: Meaning | null;
}

/** Statut and Échéance given to each row, and the colour each row must show on 2026-03-10. */
const ROWS: RowPlan[] = [
  { statut: "Terminé", due: "2026-02-28", expected: "termine" }, // done although past due
  { statut: "En cours", due: "2026-03-31", expected: "enCours" }, // 21 days away
  { statut: "À faire", due: "2026-03-01", expected: "enRetard" }, // overdue
  { statut: "", due: "2026-03-20", expected: "bientot" }, // blank Statut, due in 10 days
  { statut: "Annulé", due: "2026-02-01", expected: "annule" }, // cancelled although past due
  { statut: "Reporté", due: "2026-06-30", expected: "reporte" },
  { statut: "To do", due: "2026-12-01", expected: "aFaire" }, // English label
  { statut: "done", due: "2026-01-15", expected: "termine" }, // any case
];

function paletteOf(meaning: Meaning) {
  const entry = PALETTE.find((candidate) => candidate.meaning === meaning);
  if (!entry) throw new Error(meaning);
  return entry;
}

/** Installs the template and types the plan rows, as a committee would. */
function installedPlan(extraRows = 0): Harness {
  const harness = startAddon({ now: TODAY });
  installTemplate(harness, "Comité Entraide");
  const seed = seedYearOne();
  const values = ROWS.map((plan, i) => {
    const [objectif, resultat, moyens, ressources, , echeancier] = seed[i % seed.length];
    const action = i < seed.length ? moyens : `Bilan ${i + 1}`;
    return [
      objectif,
      resultat,
      action,
      ressources,
      "Julie, Marc",
      echeancier,
      "",
      plan.due,
      plan.statut,
      "",
      "",
      "",
    ];
  });
  for (let i = 0; i < extraRows; i++) {
    values.push(["", "", `Action ${i}`, "", "Julie", "", "", "2026-12-01", "En cours", "", "", ""]);
  }
  planSheet(harness).getRange(FIRST_ROW, 1, values.length, WIDTH).setValues(values);
  return harness;
}

/** The colour of every data cell of the table (rows 8..8+ROWS+1; the last row is empty). */
function expectRowColours(harness: Harness) {
  ROWS.forEach((plan, i) => {
    const row = FIRST_ROW + i;
    for (let column = 1; column <= WIDTH; column++) {
      const format = effectiveFormat(harness.emulator, SHEET, row, column);
      const entry = paletteOf(plan.expected as Meaning);
      expect({ row, column, background: format.background, fontColor: format.fontColor }).toEqual({
        row,
        column,
        background: entry.background,
        fontColor: entry.fontColor,
      });
      expect(format.strikethrough).toBe(plan.expected === "annule");
      expect(format.bold).toBe(plan.expected === "enRetard");
    }
  });
  const emptyRow = FIRST_ROW + ROWS.length;
  for (let column = 1; column <= WIDTH; column++) {
    expect(effectiveFormat(harness.emulator, SHEET, emptyRow, column).background).toBeNull();
  }
  // Outside the table, nothing.
  expect(effectiveFormat(harness.emulator, SHEET, FIRST_ROW, WIDTH + 1).background).toBeNull();
}

function ruleData(harness: Harness) {
  return JSON.parse(JSON.stringify(planSheet(harness).conditionalFormatData()));
}

describe("applyStatusColours", () => {
  it("colours every data cell by status, overdue and due soon, with Terminé and Annulé winning", () => {
    const harness = installedPlan();
    harness.addon.call("applyStatusColours");
    expectRowColours(harness);
    expect(harness.emulator.ui.toasts.at(-1)?.message).toMatch(
      /^Couleurs rétablies dans la feuille «\u00a0Plan d'action\u00a0»/,
    );
  });

  it("follows edits and the passing days with no script run", () => {
    const harness = installedPlan();
    harness.addon.call("applyStatusColours");
    harness.emulator.calls.reset();
    const sheet = planSheet(harness);
    sheet.getRange("I10").setValue("Terminé"); // the overdue row is now done
    expect(effectiveFormat(harness.emulator, SHEET, 10, 3).background).toBe(paletteOf("termine").background);
    sheet.getRange("I8").setValue("En cours"); // a past-due row reopened: overdue again
    expect(effectiveFormat(harness.emulator, SHEET, 8, 8).background).toBe(paletteOf("enRetard").background);
    sheet.getRange("H9").setValue("2026-03-12"); // moved closer: due soon
    expect(effectiveFormat(harness.emulator, SHEET, 9, 1).background).toBe(paletteOf("bientot").background);
    harness.emulator.clock.set("2026-03-13T15:00:00Z"); // three days later it is late
    expect(effectiveFormat(harness.emulator, SHEET, 9, 1).background).toBe(paletteOf("enRetard").background);
    expect(harness.emulator.calls.total()).toBe(0);
  });

  it("still colours right after the Échéance and Statut columns were moved", () => {
    const harness = installedPlan();
    harness.addon.call("applyStatusColours");
    const sheet = planSheet(harness);
    // Cut and paste: Échéance goes to B, Statut to K (header row 7 and the data move together).
    const block = sheet.getRange(7, 1, ROWS.length + 1, WIDTH).getValues();
    const order = [0, 7, 1, 2, 3, 4, 5, 6, 9, 10, 8, 11];
    sheet.getRange(7, 1, block.length, WIDTH).setValues(block.map((row) => order.map((c) => row[c])));
    harness.addon.call("applyStatusColours");
    const formulas = planSheet(harness)
      .conditionalFormatData()
      .map((rule) => String(rule.values[0]));
    expect(formulas.find((f) => f.includes("plan-daction:enRetard"))).toContain("$B8<TODAY()");
    expect(formulas.find((f) => f.includes("plan-daction:termine"))).toContain('TRIM($K8)="Terminé"');
    expectRowColours(harness);
  });

  it("gives the same rules when applied twice, keeping a user's rules in place", () => {
    const harness = installedPlan();
    const sheet = planSheet(harness);
    const ours = ruleData(harness); // installing already applied them
    expect(ours).toHaveLength(7);
    // The user's rules, made with the raw builder: one before ours, one after.
    const raw = sheet.getConditionalFormatRules();
    const builder = (criteria: string, a1: string, color: string) => {
      const rule = raw[0].copy();
      rule
        .whenTextContains(criteria)
        .setBackground(color)
        .setRanges([sheet.getRange(a1)]);
      return rule.build();
    };
    sheet.setConditionalFormatRules([
      builder("URGENT", "M1:M50", "#ff0000"),
      ...raw,
      builder("OK", "N1:N50", "#00ff00"),
    ]);
    const before = ruleData(harness);

    harness.addon.call("applyStatusColours");
    const once = ruleData(harness);
    harness.addon.call("applyStatusColours");
    const twice = ruleData(harness);
    expect(once).toEqual(before);
    expect(twice).toEqual(once);
    expect(twice[0].values).toEqual(["URGENT"]);
    expect(twice[8].values).toEqual(["OK"]);
    expect(twice.slice(1, 8)).toEqual(ours);
  });

  it("writes the legend on row 6 in the user's language", () => {
    const harness = installedPlan();
    const sheet = planSheet(harness);
    expect(sheet.getRange("A6:H6").getValues()[0]).toEqual([
      "Légende :",
      "À faire",
      "En cours",
      "Terminé",
      "Reporté",
      "Annulé",
      "En retard",
      "Bientôt (14 j)",
    ]);
    expect(sheet.getRange("B6:H6").getBackgrounds()[0]).toEqual(PALETTE.map((entry) => entry.background));
    expect(sheet.getRange("F6").getFontLine()).toBe("line-through");
  });

  it("never writes over formulas that display nothing, nor a note or a validation: it says why it skipped", () => {
    const harness = installedPlan();
    const sheet = planSheet(harness);
    sheet.getRange("A6:H6").clear();
    // Row 6 of a real plan: formulas that show "" until row 3 is filled in (the data lost before); D3 and
    // E3 are empty (the emulator computes such formulas, as Sheets does).
    const formulas = [['=IF(D3="","",D3)', '=IF(E3="","",E3)', "", "", "", "", "", ""]];
    sheet.getRange("A6:H6").setFormulas(formulas);
    expect(sheet.getRange("A6:B6").getDisplayValues()[0]).toEqual(["", ""]);
    harness.addon.call("applyStatusColours");
    expect(sheet.getRange("A6:H6").getFormulas()).toEqual(formulas);
    expect(
      sheet
        .getRange("A6:H6")
        .getValues()[0]
        .every((value) => value === ""),
    ).toBe(true);
    expect(harness.emulator.ui.toasts.at(-1)?.message).toMatch(
      /La légende des couleurs n'a pas été écrite.: la ligne 6 n'est pas libre \(A6, B6 contient/,
    );

    // A note alone, or a validation alone, also keeps the legend out.
    sheet.getRange("A6:H6").clear();
    sheet.getRange("G6").setNote("Réservé au trésorier");
    sheet.getRange("C6").setDataValidation(listValidation(harness, ["Oui", "Non"]));
    harness.addon.call("applyStatusColours");
    expect(
      sheet
        .getRange("A6:H6")
        .getValues()[0]
        .every((value) => value === ""),
    ).toBe(true);
    expect(sheet.getRange("G6").getNote()).toBe("Réservé au trésorier");
    expect(harness.emulator.ui.toasts.at(-1)?.message).toMatch(/ligne 6 n'est pas libre \(C6, G6 /);

    // Freed again, the legend comes back; re-applying over our own legend is fine.
    sheet.getRange("A6:H6").clear().clearNote().clearDataValidations();
    harness.addon.call("applyStatusColours");
    harness.addon.call("applyStatusColours");
    expect(sheet.getRange("A6:B6").getValues()[0]).toEqual(["Légende :", "À faire"]);
    expect(harness.emulator.ui.toasts.at(-1)?.message).not.toMatch(/légende/);
  });

  it("costs the same exact number of spreadsheet calls for 10 and 500 rows", () => {
    const counts = [2, 492].map((extra) => {
      const harness = installedPlan(extra);
      harness.addon.call("applyStatusColours"); // the first run may fill Début from the Échéancier
      harness.emulator.calls.reset();
      harness.addon.call("applyStatusColours");
      return harness.emulator.calls.count("SpreadsheetApp");
    });
    expect(counts).toEqual([APPLY_SPREADSHEET_CALLS, APPLY_SPREADSHEET_CALLS]);
  });

  it("costs two more calls per rule already on the sheet (reading each rule's condition), nothing per row", () => {
    const harness = installedPlan();
    harness.addon.call("applyStatusColours"); // fills Début once
    const sheet = planSheet(harness);
    const extra = sheet
      .getConditionalFormatRules()[0]
      .copy()
      .whenCellEmpty()
      .setRanges([sheet.getRange("Z1:Z5")]);
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), extra.build(), extra.build()]);
    harness.emulator.calls.reset();
    harness.addon.call("applyStatusColours");
    expect(harness.emulator.calls.count("SpreadsheetApp")).toBe(APPLY_SPREADSHEET_CALLS + 2 * 2);
  });
});

describe("in English", () => {
  it("installs the same rules, an English legend, and says so in English", () => {
    const fr = installedPlan();
    const en = startAddon({ locale: "en_US", now: TODAY });
    installTemplate(en, "Mutual-aid committee");
    const sheet = planSheet(en, "Action plan");
    expect(sheet.getRange("A6:C6").getValues()[0]).toEqual(["Legend:", "To do", "In progress"]);
    expect(JSON.stringify(sheet.conditionalFormatData())).toBe(
      JSON.stringify(planSheet(fr).conditionalFormatData()),
    );
    sheet.getRange("C8:I8").setValues([["Recruit helpers", "", "", "", "", "2026-03-01", "In progress"]]);
    en.addon.call("applyStatusColours");
    expect(en.emulator.ui.toasts.at(-1)).toMatchObject({
      title: "Status colours",
      message: expect.stringMatching(/^Colours restored in the sheet "Action plan"/),
    });
    expect(effectiveFormat(en.emulator, "Action plan", 8, 3).background).toBe(
      paletteOf("enRetard").background,
    );
  });
});

describe("no plan", () => {
  it("says what is missing, in French and English, and changes nothing", () => {
    for (const [locale, words] of [
      [
        "fr_CA",
        /Aucun plan d'action trouvé dans la feuille « .+ » : il faut une ligne d'en-tête avec les colonnes « Moyens \/ Actions \/ Activités » et « Statut »/,
      ],
      [
        "en_US",
        /No action plan found in the sheet ".+": it needs a header row with the columns "Means \/ Actions \/ Activities" and "Status"/,
      ],
    ] as const) {
      const harness = startAddon({ locale, now: TODAY });
      harness.emulator.spreadsheet
        .getActiveSheet()
        .getRange("A1:B2")
        .setValues([
          ["Nom", "Budget"],
          ["x", 3],
        ]);
      const result = harness.addon.call<{ ok: boolean; message: string }>("applyColoursForSidebar");
      expect(result.ok).toBe(false);
      expect(result.message).toMatch(words);
      harness.addon.call("applyStatusColours");
      // The sidebar gets the words and typesets them; the alert shows them typeset.
      expect(harness.emulator.ui.alerts.at(-1)?.message).toBe(
        typeset(langFromLocale(locale), result.message),
      );
      expect(harness.emulator.spreadsheet.getActiveSheet().conditionalFormatData()).toEqual([]);
    }
  });

  it("names the Statut column when the header lacks it", () => {
    const harness = installedPlan();
    planSheet(harness).getRange("I7").setValue("Commentaire");
    const result = harness.addon.call<{ ok: boolean; message: string }>("applyColoursForSidebar");
    expect(result).toEqual({
      ok: false,
      message:
        "La ligne d'en-tête du plan (ligne 7 de la feuille « Plan d'action ») n'a pas de colonne « Statut ». Ajoutez-la, puis appliquez les couleurs de nouveau. Rien n'a été modifié.",
    });
  });
});

/**
 * One run on a plan that carries our 7 rules and nothing else: loadPlan's batched read (no date ledger:
 * the day of each date cell is named in its note), 8 calls per rule
 * built (newConditionalFormatRule, whenFormulaSatisfied, 5 setters, build), one getConditionalFormatRules
 * and one setConditionalFormatRules, 2 getters per rule already on the sheet (getBooleanCondition,
 * getCriteriaValues: no server round trip in Apps Script), the legend's row read (getRange, getFormulas, getNotes, getDataValidations), the legend (getRange + 5 batch setters) and
 * the toast. None depends on the number of rows.
 */
const APPLY_SPREADSHEET_CALLS = 94;

/** A list validation built with the emulator's own builder (as a user's dropdown would be). */
function listValidation(harness: Harness, items: string[]) {
  const resolve = harness.emulator.spreadsheet.resolveRuleRange;
  return new EmuDataValidationBuilder(resolve).requireValueInList(items, true).build();
}
