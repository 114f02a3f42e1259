/**
 * "Importer un plan existant…" through the built add-on in the emulator: the dialog's server side
 * previews and imports seed 002 into a new plan sheet that validation accepts; pasted text that looks
 * like a formula lands as literal text; garbage gets a clear message and writes no sheet.
 */
import { describe, expect, it } from "vitest";
import { type Harness, seedText, startAddon, workbookSnapshot } from "../support/addon";

type Preview = {
  ok: boolean;
  message?: string;
  rows: { objectif: string; moyens: string; echeancier: string; deadline: string; understood: boolean }[];
  objectives: { name: string; rows: number }[];
  unplaced: string[];
};
type Done = { ok: boolean; sheetName?: string; rows?: number; message: string };

function sheetNames(harness: Harness): string[] {
  return harness.emulator.spreadsheet.getSheets().map((sheet) => sheet.getName());
}

describe("import of seed 002", () => {
  it("previews, imports into a new plan sheet, and the plan validates", () => {
    const harness = startAddon({ now: "2026-01-15T15:00:00Z" });
    harness.addon.call("showImportDialog");
    expect(harness.emulator.ui.dialogs.at(-1)?.dialogTitle).toBe("Importer un plan existant");

    const text = seedText("002_ffaaf15c85753dfa.txt");
    const before = workbookSnapshot(harness);
    const preview = harness.addon.call<Preview>("previewImport", text);
    expect(preview.ok).toBe(true);
    expect(workbookSnapshot(harness)).toEqual(before); // a preview writes nothing
    expect(preview.rows.map((row) => row.echeancier)).toEqual([
      "Janvier-Février",
      "Mars",
      "Février-Mars",
      "Printemps-été",
      "Septembre",
      "Responsable-juin 2 fois par année",
    ]);
    expect(preview.rows.every((row) => row.understood)).toBe(true);
    // "ANNÉE 1, MISE SUR PIED" is not a Période: months without a year wait for one, no year is guessed.
    expect(preview.rows[0].deadline).toBe("à dater (Période à inscrire)");

    const done = harness.addon.call<Done>("importPlanText", text, "Comité Entraide");
    expect(done).toMatchObject({ ok: true, sheetName: "Plan d'action", rows: 6 });
    expect(done.message).toBe(
      "6 actions importées dans la feuille « Plan d'action ». Le texte ne donnait pas la Période : inscrivez ses dates de début et de fin (ligne 3) pour dater les échéances sans année. Puis validez le plan.",
    );
    const sheet = harness.emulator.spreadsheet.getSheetByName("Plan d'action")!;
    expect(sheet.getRange("A1").getValue()).toBe("Plan d'action : Comité Entraide");
    expect(
      sheet
        .getRange(8, 6, 6, 1)
        .getValues()
        .map((row) => row[0]),
    ).toEqual(preview.rows.map((r) => r.echeancier));
    expect(
      sheet
        .getRange(8, 9, 6, 1)
        .getValues()
        .every((row) => row[0] === "À faire"),
    ).toBe(true);
    expect(String(sheet.getRange("A8").getValue())).toMatch(/^Mise sur pied d.un Comité d.entraide/);

    expect(sheet.getRange("B3:C3").getValues()[0]).toEqual(["", ""]);
    const withoutPeriod = harness.addon.call<{ findings: { ruleId: string }[] }>("getValidationReport");
    expect(withoutPeriod.findings.map((f) => f.ruleId)).toContain("periode-manquante");
    sheet.getRange("B3:C3").setValues([["2026-01-01", "2026-12-31"]]); // the committee enters its Période
    const report = harness.addon.call<{ errors: number; findings: { ruleId: string }[] }>(
      "getValidationReport",
    );
    expect(report.errors).toBe(0);
    expect(sheet.getRange("H8").getDisplayValue()).toBe("28/02/2026");

    let progress = harness.addon.call<{ finished: boolean; report: { status: string } }>("syncStep", {});
    for (let step = 0; !progress.finished && step < 5; step++) progress = harness.addon.call("syncStep", {});
    expect(progress.report.status).toBe("done");
    const [calendar] = harness.calendar.listCalendars();
    const events = harness.calendar.allEvents(calendar.id, { includeCancelled: false });
    expect(events.map((event) => event.end?.date).sort()).toEqual(
      ["2026-03-01", "2026-04-01", "2026-04-01", "2026-07-01", "2026-09-23", "2026-10-01"].sort(),
    );
  });

  it("never writes into an existing plan: a second import gets its own sheet", () => {
    const harness = startAddon();
    const text = seedText("002_ffaaf15c85753dfa.txt");
    harness.addon.call("importPlanText", text);
    const first = workbookSnapshot(harness) as { name: string }[];
    const done = harness.addon.call<Done>("importPlanText", text);
    expect(done.sheetName).toBe("Plan d'action (2)");
    const after = workbookSnapshot(harness) as { name: string }[];
    expect(after.find((s) => s.name === "Plan d'action")).toEqual(
      first.find((s) => s.name === "Plan d'action"),
    );
  });
});

describe("pasted text is written as text, never as a formula", () => {
  it("keeps =, +, @ and - cells literal", () => {
    const harness = startAddon();
    const text = [
      "Objectifs\tRésultats attendus\tMoyens/Actions/Activités\tRessources requises\tResponsables\tÉchéancier",
      '=IMPORTXML("http://exemple.org","//a")\t+1\t@SUM(A1:A9)\t-2\t=1+1\tmars 2026',
      "\tRésultat\tAction deux\t2021\t'apostrophe\t15/03/2026",
    ].join("\n");
    const done = harness.addon.call<Done>("importPlanText", text);
    expect(done.ok).toBe(true);
    const sheet = harness.emulator.spreadsheet.getSheetByName("Plan d'action")!;
    const block = sheet.getRange(8, 1, 2, 6);
    expect(
      block
        .getFormulas()
        .flat()
        .every((formula) => formula === ""),
    ).toBe(true);
    expect(block.getValues()[0]).toEqual([
      '=IMPORTXML("http://exemple.org","//a")',
      "+1",
      "@SUM(A1:A9)",
      "-2",
      "=1+1",
      "mars 2026",
    ]);
    expect(block.getValues()[1].slice(1, 4)).toEqual(["Résultat", "Action deux", "2021"]);
  });
});

describe("garbage in: a clear message and no sheet written", () => {
  const cases: [string, string, RegExp][] = [
    ["an empty paste", "   \n\n  ", /vide|coll/i],
    [
      "binary-looking text",
      "\u0000\u0001\u0002PK\u0003\u0004\u0000\u0000".repeat(200),
      /binaire|fichier|texte/i,
    ],
    ["1 MB of text", "Objectif : mieux faire. ".repeat(45_000), /trop long|volumineux|taille/i],
    [
      "text with no structure",
      "Bonjour à tous,\nmerci d'être venus à l'assemblée.\nÀ bientôt.",
      /structure|reconn|aucune action/i,
    ],
  ];
  it.each(cases)("%s", (_name, text, pattern) => {
    const harness = startAddon();
    const names = sheetNames(harness);
    const preview = harness.addon.call<Preview>("previewImport", text);
    const done = harness.addon.call<Done>("importPlanText", text);
    expect(preview.ok).toBe(false);
    expect(done.ok).toBe(false);
    expect(done.message).toMatch(pattern);
    expect(sheetNames(harness)).toEqual(names);
  });
});
