/**
 * The plan the sidebar tests run on: seed 002's year 1 (Comité Entraide, six actions under one objective,
 * its Échéancier texts as written) plus three actions under year 2's first objective, installed through
 * the add-on's own installTemplate (the committee name answered to its prompt) and filled with
 * responsables, statuses and progress through the emulator — Début/Échéance are left for the add-on to
 * compute from the Échéancier. The template is installed on 2025-09-02 (Période September 2025 to
 * August 2026) and the tests look at the plan on TODAY.
 */
import { readFileSync } from "node:fs";
import { importPlan } from "../../src/core/import/import-plan";
import { createEmulator, type Emulator } from "../../src/local/emulator/index";
import { type Addon, loadAddon } from "../../src/local/loader";

export const INSTALL_DAY = "2025-09-02T14:00:00Z";
/** The day the committee looks at the plan: 10 March 2026, mid-day in Montréal. */
export const TODAY = "2026-03-10T16:00:00Z";
export const COMITE = "Comité Entraide";
export const PLAN_SHEET = { fr: "Plan d'action", en: "Action plan" } as const;
export const FIRST_DATA_ROW = 8;

export const OBJECTIVE_A = "Mise sur pied d'un Comité d'entraide";
export const OBJECTIVE_B = "VISIBILITÉ Faire connaître les membres et le rôle du RÉSEAU d'entraide";

const SEED_002 = new URL("../fixtures/seeds/002_ffaaf15c85753dfa.txt", import.meta.url);

export interface FixtureRow {
  objectif: string;
  resultat: string;
  moyens: string;
  ressources: string;
  responsables: string;
  echeancier: string;
  statut: string;
  avancement: number | "";
}

/** Year 1 of seed 002 as the importer reads it. */
export function seedYearOne(): FixtureRow[] {
  const imported = importPlan(readFileSync(SEED_002, "utf8"));
  if (!imported.ok) throw new Error("seed 002 does not import");
  return imported.plan.rows.map((row) => ({
    objectif: row.objectif,
    resultat: row.resultat,
    moyens: row.moyens,
    ressources: row.ressources,
    responsables: row.responsables,
    echeancier: row.echeancier,
    statut: "",
    avancement: "",
  }));
}

/** Responsables, Statut and Avancement given to seed 002's six actions, in order (French labels). */
const YEAR_ONE_FOLLOW_UP: Array<Pick<FixtureRow, "responsables" | "statut" | "avancement">> = [
  { responsables: "Marie Tremblay", statut: "En cours", avancement: 0.5 }, // Janvier-Février: overdue
  { responsables: "Luc Gagnon et Marie Tremblay", statut: "À faire", avancement: "" }, // Mars: in 21 days
  { responsables: "Luc Gagnon", statut: "Terminé", avancement: "" }, // Février-Mars
  { responsables: "Sophie Roy", statut: "À faire", avancement: "" }, // Printemps-été
  { responsables: "Sophie Roy", statut: "Terminé", avancement: "" }, // Septembre (2025)
  { responsables: "", statut: "Reporté", avancement: "" }, // 2 fois par année: no date
];

const YEAR_TWO_ROWS: FixtureRow[] = [
  {
    objectif: OBJECTIVE_B,
    resultat: "Les membres connaissent le réseau",
    moyens: "Publier un article dans le journal syndical",
    ressources: "Journal syndical",
    responsables: "Luc Gagnon",
    echeancier: "15 mars 2026",
    statut: "En cours",
    avancement: "",
  },
  {
    objectif: "",
    resultat: "",
    moyens: "Tenir un kiosque à l'assemblée générale",
    ressources: "Dépliants",
    responsables: "Sophie Roy, Marie Tremblay",
    echeancier: "Février 2026",
    statut: "À faire",
    avancement: "",
  },
  {
    objectif: "",
    resultat: "",
    moyens: "Créer une page Web du réseau",
    ressources: "",
    responsables: "Luc Gagnon",
    echeancier: "avril 2026",
    statut: "Annulé",
    avancement: "",
  },
];

export function fixtureRows(): FixtureRow[] {
  const yearOne = seedYearOne().map((row, i) => ({ ...row, ...YEAR_ONE_FOLLOW_UP[i] }));
  return [...yearOne, ...YEAR_TWO_ROWS];
}

const STATUS_EN: Record<string, string> = {
  "À faire": "To do",
  "En cours": "In progress",
  Terminé: "Done",
  Reporté: "Postponed",
  Annulé: "Cancelled",
};

export interface PlanFixture {
  emulator: Emulator;
  addon: Addon;
  sheetName: string;
}

export interface PlanFixtureOptions {
  lang?: "fr" | "en";
  /** Rows to write instead of fixtureRows(). */
  rows?: FixtureRow[];
  /** Members written in the Membres sheet (name per line). */
  members?: string[];
}

/** Writes `rows` into the plan table from FIRST_DATA_ROW, the columns in template order. */
export function writeRows(
  emulator: Emulator,
  sheetName: string,
  rows: FixtureRow[],
  lang: "fr" | "en",
): void {
  const sheet = emulator.spreadsheet.getSheetByName(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const values = rows.map((row) => [
    row.objectif,
    row.resultat,
    row.moyens,
    row.ressources,
    row.responsables,
    row.echeancier,
    "",
    "",
    lang === "en" ? (STATUS_EN[row.statut] ?? row.statut) : row.statut,
    row.avancement,
    "",
  ]);
  if (values.length > 0) sheet.getRange(FIRST_DATA_ROW, 1, values.length, 11).setValues(values);
}

/** Installs the template through the add-on, then writes the plan's rows and members. */
export function buildPlan(options: PlanFixtureOptions = {}): PlanFixture {
  const lang = options.lang ?? "fr";
  const emulator = createEmulator({ locale: lang === "en" ? "en_CA" : "fr_CA", now: INSTALL_DAY });
  const addon = loadAddon(emulator);
  emulator.ui.scriptPrompt(COMITE);
  addon.call("installTemplate");
  const sheetName = PLAN_SHEET[lang];
  writeRows(emulator, sheetName, options.rows ?? fixtureRows(), lang);
  const members = options.members ?? ["Marie Tremblay", "Luc Gagnon", "Sophie Roy"];
  const membersSheet = emulator.spreadsheet.getSheetByName(lang === "en" ? "Members" : "Membres");
  if (membersSheet && members.length > 0) {
    membersSheet.getRange(2, 1, members.length, 1).setValues(members.map((name) => [name]));
  }
  emulator.clock.set(TODAY);
  return { emulator, addon, sheetName };
}
