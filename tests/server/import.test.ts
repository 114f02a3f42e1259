/**
 * "Importer un plan existant…" through the built add-on in the emulator: the dialog's server side
 * previews and imports seed 002 into a new plan sheet that validation accepts; pasted text that looks
 * like a formula lands as literal text; garbage gets a clear message and writes no sheet.
 */
import { describe, expect, it } from "vitest";
import {
  type Harness,
  installTemplate,
  planSheet,
  seedText,
  serviceRange,
  startAddon,
  workbookSnapshot,
} from "../support/addon";

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

const LOISIRS = [
  "Plan d'action 2025-2026 — Comité des loisirs",
  "",
  "Objectif\tAction\tPorte-parole\tQuand\tPartenaires",
  "Animer le quartier\tOrganiser le pique-nique\tJulie\tjuin 2026\tVille de Granby",
  "\tPréparer le tournoi de quilles\tMarc\tfévrier 2026\tSalle Bowlerama",
  "",
  "Familles",
  "Fête de Noël des enfants, décembre 2025",
  "Sortie aux pommes, septembre 2025",
].join("\n");

type Corrected = Preview & {
  correctable: boolean;
  tables: { table: number; headers: string[]; columns: string[] }[];
  unplacedLines: { line: number; text: string }[];
  rows: (Preview["rows"][number] & { responsables: string; line: number })[];
};

describe("corrections made in the preview", () => {
  it("reads a column and lines as the person says, in the preview and in the import", () => {
    const harness = startAddon({ now: "2026-01-15T15:00:00Z" });
    const first = harness.addon.call<Corrected>("previewImport", LOISIRS);
    expect(first.correctable).toBe(true);
    expect(first.tables[0].columns).toEqual(["objectif", "moyens", "responsables", "echeancier", ""]);
    expect(first.unplacedLines.map((u) => u.text)).toEqual([
      "Familles",
      "Fête de Noël des enfants, décembre 2025",
      "Sortie aux pommes, septembre 2025",
    ]);
    const [familles, noel, pommes] = first.unplacedLines.map((u) => String(u.line));
    const corrections = {
      columns: {
        [String(first.tables[0].table)]: ["objectif", "moyens", "responsables", "echeancier", "ressources"],
      },
      lines: { [familles]: "objectif", [noel]: "action", [pommes]: "action" },
    };
    const before = workbookSnapshot(harness);
    const fixed = harness.addon.call<Corrected>("previewImport", LOISIRS, corrections);
    expect(workbookSnapshot(harness)).toEqual(before);
    expect(fixed.unplacedLines).toEqual([]);
    expect(fixed.rows.map((r) => [r.objectif, r.moyens, r.echeancier])).toEqual([
      ["Animer le quartier", "Organiser le pique-nique", "juin 2026"],
      ["Animer le quartier", "Préparer le tournoi de quilles", "février 2026"],
      ["Familles", "Fête de Noël des enfants", "décembre 2025"],
      ["Familles", "Sortie aux pommes", "septembre 2025"],
    ]);

    const done = harness.addon.call<Done>("importPlanText", LOISIRS, "Comité des loisirs", corrections);
    expect(done).toMatchObject({ ok: true, rows: 4 });
    const sheet = harness.emulator.spreadsheet.getSheetByName("Plan d'action")!;
    const values = sheet.getRange(8, 1, 4, 6).getValues();
    expect(values.map((r) => [r[0], r[2], r[3], r[4]])).toEqual([
      ["Animer le quartier", "Organiser le pique-nique", "Ville de Granby", "Julie"],
      ["Animer le quartier", "Préparer le tournoi de quilles", "Salle Bowlerama", "Marc"],
      ["Familles", "Fête de Noël des enfants", "", ""],
      ["Familles", "Sortie aux pommes", "", ""],
    ]);
  });

  it("ignores corrections that are not well formed", () => {
    const harness = startAddon({ now: "2026-01-15T15:00:00Z" });
    const plain = harness.addon.call<Corrected>("previewImport", LOISIRS);
    const odd = harness.addon.call<Corrected>("previewImport", LOISIRS, {
      columns: { x: ["moyens"], "0": "moyens" },
      lines: { "3": "delete", abc: "objectif" },
    });
    expect(odd.rows).toEqual(plain.rows);
  });
});

describe("one phrase, one meaning: the sheet and the import read an Échéancier the same", () => {
  const PHRASES = [
    "Responsable-juin 2 fois par année",
    "janvier prochain",
    "le 5 janvier prochain",
    "fin 2026",
    "les 27 et 28 août 2026",
    "par trimestre à partir d'avril",
    "mars",
  ];
  it.each(PHRASES)("%s", (phrase) => {
    // typed in a plan sheet: onEdit fills Début and Échéance
    const typed = startAddon({ now: "2026-03-15T15:00:00Z" });
    installTemplate(typed);
    const sheet = planSheet(typed);
    sheet.getRange("B3:C3").setValues([["2026-01-01", "2026-12-31"]]);
    sheet.getRange("C8").setValue("Une action");
    sheet.getRange("F8").setValue(phrase);
    typed.addon.call("onEdit", {
      range: serviceRange(typed, "Plan d'action", "F8"),
      value: phrase,
      authMode: "LIMITED",
    });
    const inSheet = sheet.getRange("G8:H8").getDisplayValues()[0];

    // imported from a pasted plan with the same Période
    const imported = startAddon({ now: "2026-03-15T15:00:00Z" });
    const text = [
      "Plan d'action : Comité X",
      "Période : du 1er janvier 2026 au 31 décembre 2026",
      "Objectifs\tMoyens\tResponsables\tÉchéancier",
      `Un objectif\tUne action\tMarie\t${phrase}`,
    ].join("\n");
    const preview = imported.addon.call<Preview>("previewImport", text);
    imported.addon.call<Done>("importPlanText", text, "Comité X");
    const inImport = planSheet(imported).getRange("G8:H8").getDisplayValues()[0];

    expect(inImport).toEqual(inSheet);
    const [start, end] = inSheet;
    expect(preview.rows[0].deadline.startsWith(start === end ? end : `${start} – ${end}`)).toBe(true);
  });
});
