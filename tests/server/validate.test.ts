/**
 * "Valider le plan" through the built add-on in the emulator: a plan from seed 002 (Comité Entraide,
 * year 1) with a few broken rows gives exactly the expected findings, in French, pointing at the right
 * cells; no cell the committee typed changes; Début/Échéance are filled from the Échéancier but a date
 * typed by hand always wins; and the spreadsheet calls do not grow with the plan's size.
 */
import { describe, expect, it } from "vitest";
import { type Harness, installTemplate, planSheet, startAddon } from "../support/addon";

const OBJECTIF = "Mise sur pied d'un Comité d'entraide";
/** Seed 002, year 1, columns Objectifs … Échéancier, then Statut; the first row carries the objective. */
const SEED_ROWS: string[][] = [
  [
    OBJECTIF,
    "1. Identifier un « responsable de l'entraide au comité exécutif du syndicat »",
    "Présenter les rôles et responsabilités du porteur de dossier et vérifier l'intérêt personnel des officiers en place",
    "Documents explicatifs, responsable régionale",
    "Julie Tremblay",
    "Janvier-Février",
    "À faire",
  ],
  [
    "",
    "2. Présenter le projet aux membres (et à la partie patronale s'il y a lieu)",
    "Où, quand et comment exemple : Assemblée générale, kiosque lors de journée thématique, lettre ou courriel, etc.",
    "Documents promotionnels et autres selon les moyens choisis, responsable régionale",
    "Marc Gagnon",
    "Mars",
    "En cours",
  ],
  [
    "",
    "3. Obtenir l'engagement de l'employeur et définir les modalités de sa participation",
    "Documents de promotion, articles de journaux, exemple de clause de cc, etc.",
    "Boîte à outils Web, responsable régionale",
    "Julie Tremblay et Marc Gagnon",
    "Février-Mars",
    "Terminé",
  ],
  [
    "",
    "4. Recruter X personnes entraidantes",
    "Définir quels moyens utilisés exemple : Affiches de personnes recherchées, sondage auprès des membres, entrevues de sélection, etc",
    "$ pour la création et production de matériel papier",
    "Sophie Roy",
    "Printemps-été",
    "À faire",
  ],
  [
    "",
    "5. Offrir la formation de base",
    "Déterminer la date et le lieu (milieu de travail ou CCM)",
    "$ libérations syndicale",
    "Sophie Roy",
    "Septembre",
    "À faire",
  ],
  [
    "",
    "6. S'assurer de la continuité du Comité d'entraide",
    "Définir la fréquence des rencontres et la composition du Comité d'entraide",
    "Identifier un entraidant « responsable local », $ libérations",
    "Marc Gagnon",
    "Responsable-juin 2 fois par année",
    "À faire",
  ],
];

function writeRows(harness: Harness, rows: string[][], firstRow = 8): void {
  const sheet = planSheet(harness);
  const block = rows.map(([objectif, resultat, moyens, ressources, responsables, echeancier, statut]) => [
    objectif,
    resultat,
    moyens,
    ressources,
    responsables,
    echeancier,
    "",
    "",
    statut,
  ]);
  sheet.getRange(firstRow, 1, block.length, 9).setValues(block);
}

function setupSeedPlan(now = "2026-03-15T15:00:00Z"): Harness {
  const harness = startAddon({ now });
  installTemplate(harness);
  planSheet(harness)
    .getRange("B3:C3")
    .setValues([["2026-01-01", "2026-12-31"]]); // year 1 of the plan
  harness.emulator.spreadsheet
    .getSheetByName("Membres")!
    .getRange("A2:A4")
    .setValues([["Julie Tremblay"], ["Marc Gagnon"], ["Sophie Roy"]]);
  writeRows(harness, SEED_ROWS);
  return harness;
}

/** The cells a user typed: every column but Début (G) and Échéance (H), which the add-on may fill. */
function userCells(harness: Harness) {
  const range = planSheet(harness).getDataRange();
  const strip = (rows: unknown[][]) => rows.map((row) => row.filter((_, c) => c !== 6 && c !== 7));
  return { values: strip(range.getDisplayValues()), formulas: strip(range.getFormulas()) };
}

describe("Valider le plan on seed 002", () => {
  it("opens the findings dialog from the menu", () => {
    const harness = setupSeedPlan();
    harness.addon.call("validatePlan");
    expect(harness.emulator.ui.dialogs.at(-1)?.dialogTitle).toBe("Validation du plan");
  });

  it("finds nothing wrong in the clean seed plan but the overdue action", () => {
    const harness = setupSeedPlan();
    const report = harness.addon.call<{ findings: { cell: string; ruleId: string }[]; summary: string }>(
      "getValidationReport",
    );
    // Janvier-Février ends on 28/02/2026, before today (15/03/2026), and is still À faire.
    expect(report.findings.map((f) => [f.cell, f.ruleId])).toEqual([["H8", "en-retard"]]);
    expect(report.summary).toBe("0 erreur, 1 avertissement");
    expect(harness.emulator.ui.toasts.at(-1)?.message).toBe("0 erreur, 1 avertissement");
  });

  it("reports each broken row exactly, in French, and changes no user cell", () => {
    const harness = setupSeedPlan();
    const sheet = planSheet(harness);
    sheet.getRange("I9").setValue("Fini?"); // not a status
    sheet.getRange("C10").setValue(""); // no action
    sheet.getRange("F11").setValue("avant le congrès"); // not a date
    sheet.getRange("E12").setValue("Sophie Roy, Pierre Lavoie"); // Pierre is not in Membres
    sheet.getRange("D13").setValue("#REF!"); // an error value
    sheet.getRange("H13").setValue("2027-03-01"); // typed by hand, after the Période
    writeRows(harness, [["", "7. Doublon", SEED_ROWS[0][2], "", "Julie Tremblay", "avril", "À faire"]], 14);
    const before = userCells(harness);

    const report = harness.addon.call<{
      ok: boolean;
      summary: string;
      findings: { severity: string; cell: string; ruleId: string; message: string; sheet: string }[];
    }>("getValidationReport");

    // Errors first, then warnings, each in sheet order.
    expect(report.findings.map((f) => [f.cell, f.ruleId, f.severity])).toEqual([
      ["I9", "statut-inconnu", "erreur"],
      ["C10", "moyens-manquant", "erreur"],
      ["D13", "valeur-erreur", "erreur"],
      ["H8", "en-retard", "avertissement"],
      ["F11", "echeancier-incompris", "avertissement"],
      ["E12", "responsable-inconnu", "avertissement"],
      ["H13", "hors-periode", "avertissement"],
      ["C14", "action-en-double", "avertissement"],
    ]);
    const message = (cell: string) => report.findings.find((f) => f.cell === cell)!.message;
    expect(message("H8")).toBe(
      "En retard depuis 2 semaines : l'échéance était le 28/02/2026. Mettez à jour le Statut ou reportez l'échéance.",
    );
    expect(message("I9")).toBe(
      "Statut « Fini? » inconnu : choisissez À faire, En cours, Terminé, Reporté ou Annulé.",
    );
    expect(message("C10")).toBe(
      "Cette ligne n'a pas d'action : décrivez le moyen ou l'activité dans « Moyens / Actions / Activités ».",
    );
    expect(message("F11")).toMatch(/^Échéancier non compris : « avant le congrès » n'est pas une date\./);
    expect(message("E12")).toBe(
      "« Pierre Lavoie » n'est pas dans la feuille Membres : ajoutez cette personne ou corrigez l'orthographe.",
    );
    expect(message("D13")).toBe("La cellule affiche l'erreur #REF! : corrigez ou effacez la formule.");
    expect(message("H13")).toBe(
      "L'échéance (01/03/2027) tombe hors de la Période du plan (01/01/2026 – 31/12/2026).",
    );
    expect(message("C14")).toBe("Action en double : la même action est déjà à la ligne 8 pour cet objectif.");
    expect(report.ok).toBe(false);
    expect(report.summary).toBe("3 erreurs, 5 avertissements");
    expect(new Set(report.findings.map((f) => f.sheet))).toEqual(new Set(["Plan d'action"]));
    expect(userCells(harness)).toEqual(before);
  });

  it("says plainly when there is no plan, instead of throwing", () => {
    const harness = startAddon();
    const report = harness.addon.call<{ ok: boolean; problem: string }>("getValidationReport");
    expect(report.ok).toBe(false);
    expect(report.problem).toMatch(/^Aucun plan d'action trouvé/);
  });

  it("speaks English to an English user", () => {
    const harness = setupSeedPlan();
    harness.emulator.setLocale("en");
    const report = harness.addon.call<{ findings: { message: string }[]; summary: string }>(
      "getValidationReport",
    );
    expect(report.findings[0].message).toBe(
      "Overdue for 2 weeks: it was due on 2026-02-28. Update the Status or move the deadline.",
    );
    expect(report.summary).toBe("0 errors, 1 warning");
  });

  it("finds the table when the header moved down and columns were reordered", () => {
    const harness = setupSeedPlan();
    const sheet = planSheet(harness);
    sheet.insertRowsBefore(7, 3);
    const header = sheet.getRange(10, 1, 1, 9).getValues()[0];
    const data = sheet.getRange(11, 1, 6, 9).getValues();
    const order = [8, 5, 2, 0, 1, 3, 4, 6, 7];
    sheet.getRange(10, 1, 1, 9).setValues([order.map((i) => header[i])]);
    sheet.getRange(11, 1, 6, 9).setValues(data.map((row) => order.map((i) => row[i])));
    const report = harness.addon.call<{ findings: { cell: string; ruleId: string }[] }>(
      "getValidationReport",
    );
    // Échéance now sits in column I; the overdue row is sheet row 11.
    expect(report.findings.map((f) => [f.cell, f.ruleId])).toEqual([["I11", "en-retard"]]);
  });
});

describe("Début / Échéance from the Échéancier", () => {
  it("fills empty cells, follows the Échéancier while the add-on owns them, and never overwrites a typed date", () => {
    const harness = setupSeedPlan();
    const sheet = planSheet(harness);
    sheet.getRange("H9").setValue("2026-03-10"); // typed by hand for "Mars"
    harness.addon.call("getValidationReport");
    expect(sheet.getRange("G8:H8").getDisplayValues()[0]).toEqual(["01/01/2026", "28/02/2026"]);
    expect(sheet.getRange("G9:H9").getDisplayValues()[0]).toEqual(["01/03/2026", "10/03/2026"]);
    expect(sheet.getRange("H8").getNote()).toMatch(/Janvier-Février/);
    expect(sheet.getRange("H9").getNote()).toBe("");

    sheet.getRange("F8").setValue("avril");
    sheet.getRange("F9").setValue("mai");
    sheet.getRange("G10").setValue("2026-02-15"); // the user overrides a computed Début
    harness.addon.call("getValidationReport");
    expect(sheet.getRange("G8:H8").getDisplayValues()[0]).toEqual(["01/04/2026", "30/04/2026"]);
    expect(sheet.getRange("G9:H9").getDisplayValues()[0]).toEqual(["01/05/2026", "10/03/2026"]);
    expect(sheet.getRange("G10").getDisplayValue()).toBe("15/02/2026");

    sheet.getRange("F8").setValue("à déterminer"); // no date any more: the computed cells empty
    harness.addon.call("getValidationReport");
    expect(sheet.getRange("G8:H8").getValues()[0]).toEqual(["", ""]);
  });

  it("keeps a formula in Échéance", () => {
    const harness = setupSeedPlan();
    const sheet = planSheet(harness);
    sheet.getRange("H10").setFormula("=DATE(2026,3,31)");
    harness.addon.call("getValidationReport");
    expect(sheet.getRange("H10").getFormula()).toBe("=DATE(2026,3,31)");
  });
});

describe("validation cost", () => {
  function bigPlan(rows: number): Harness {
    const harness = startAddon({ now: "2026-03-15T15:00:00Z" });
    installTemplate(harness);
    const sheet = planSheet(harness);
    sheet.getRange("B3:C3").setValues([["2026-01-01", "2026-12-31"]]);
    if (sheet.getMaxRows() < rows + 7)
      sheet.insertRowsAfter(sheet.getMaxRows(), rows + 7 - sheet.getMaxRows());
    const block = Array.from({ length: rows }, (_, i) =>
      SEED_ROWS[i % SEED_ROWS.length].map((cell, c) => (c === 2 ? `${cell} ${i}` : cell)),
    );
    writeRows(harness, block);
    return harness;
  }

  it("uses the same exact number of spreadsheet calls for 20 and 2,000 rows", () => {
    const small = bigPlan(20);
    const large = bigPlan(2000);
    for (const harness of [small, large]) harness.addon.call("getValidationReport"); // first read fills dates
    small.emulator.calls.reset();
    large.emulator.calls.reset();
    small.addon.call("getValidationReport");
    large.addon.call("getValidationReport");
    expect(large.emulator.calls.count("SpreadsheetApp")).toBe(small.emulator.calls.count("SpreadsheetApp"));
    expect(large.emulator.calls.count("SpreadsheetApp")).toBe(VALIDATION_SPREADSHEET_CALLS);
  });
});

/** Counted once from the emulator and kept here: a change in this number must be deliberate. */
/** (No ledger to read any more: the day each date cell was written is named in its note, read anyway.) */
const VALIDATION_SPREADSHEET_CALLS = 14;
