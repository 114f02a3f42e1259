/**
 * "Charger un exemple": the plan of seed 002 (Comité Entraide, year 1 « Mise sur pied ») typed into a
 * freshly installed template, as a committee would fill it in — its six actions with their objective,
 * expected results, means, resources and Échéancier taken from the seed, plus what the paper plan leaves
 * blank: a Période (the calendar year, so that « Janvier-Février » … « Septembre » follow each other),
 * Responsables drawn from a Membres list, and statuses that are plausible on the day the example is
 * loaded (done in the past, under way now, to do later, and one late action).
 */
import { FIRST_DATA_ROW, FIRST_FIELD_ROW, TABLE_HEADER_ROW } from "../../core/install/install-layout.ts";
import type { Emulator } from "../emulator/index.ts";
import type { Addon } from "../loader.ts";

export interface SampleRow {
  objectif: string;
  resultat: string;
  moyens: string;
  ressources: string;
  responsables: string;
  echeancier: string;
  /** First and last month (1–12) the Échéancier covers, to choose a plausible status. */
  months: [number, number];
  /** Left under way even when past due: the example's late action. */
  late?: boolean;
  remarques?: string;
}

export const SAMPLE_COMITE = "Comité Entraide";

export const SAMPLE_MEMBERS: Array<[string, string, string]> = [
  ["Julie Tremblay", "julie.tremblay@example.org", "Présidente, responsable de l'entraide"],
  ["Marc Gagnon", "marc.gagnon@example.org", "Secrétaire"],
  ["Nadia Roy", "nadia.roy@example.org", "Trésorière"],
  ["Samuel Côté", "samuel.cote@example.org", "Délégué, entraidant"],
];

export const SAMPLE_ROWS: SampleRow[] = [
  {
    objectif: "Mise sur pied d'un Comité d'entraide",
    resultat: "Identifier un « responsable de l'entraide au comité exécutif du syndicat »",
    moyens:
      "Présenter les rôles et responsabilités du porteur de dossier et vérifier l'intérêt personnel des officiers en place",
    ressources: "Documents explicatifs, responsable régionale",
    responsables: "Julie Tremblay",
    echeancier: "Janvier-Février",
    months: [1, 2],
  },
  {
    objectif: "",
    resultat: "Présenter le projet aux membres (et à la partie patronale s'il y a lieu)",
    moyens:
      "Où, quand et comment : assemblée générale, kiosque lors d'une journée thématique, lettre ou courriel",
    ressources: "Documents promotionnels selon les moyens choisis, responsable régionale",
    responsables: "Julie Tremblay et Marc Gagnon",
    echeancier: "Mars",
    months: [3, 3],
  },
  {
    objectif: "",
    resultat:
      "Obtenir l'engagement de l'employeur et définir les modalités de sa participation ($, libération, affichage)",
    moyens: "Documents de promotion, articles de journaux, exemple de clause de convention collective",
    ressources: "Boîte à outils Web, responsable régionale",
    responsables: "Nadia Roy",
    echeancier: "Février-Mars",
    months: [2, 3],
    late: true,
    remarques: "L'employeur demande une deuxième rencontre.",
  },
  {
    objectif: "",
    resultat: "Recruter six personnes entraidantes",
    moyens: "Affiches de personnes recherchées, sondage auprès des membres, entrevues de sélection",
    ressources: "$ pour le matériel papier, $ de libération pour les entrevues",
    responsables: "Marc Gagnon, Samuel Côté",
    echeancier: "Printemps-été",
    months: [3, 9],
  },
  {
    objectif: "",
    resultat: "Offrir la formation de base",
    moyens: "Déterminer la date et le lieu (milieu de travail ou CCM)",
    ressources: "$ libérations syndicales (voter un budget ou utiliser celui de la formation)",
    responsables: "Julie Tremblay",
    echeancier: "Septembre",
    months: [9, 9],
  },
  {
    objectif: "",
    resultat: "S'assurer de la continuité du Comité d'entraide",
    moyens: "Définir la fréquence des rencontres et la composition du Comité d'entraide",
    ressources: "Un entraidant « responsable local », $ libérations",
    responsables: "Samuel Côté",
    echeancier: "Juin",
    months: [6, 6],
    remarques: "Ensuite, rencontres 2 fois par année.",
  },
];

/** The example's year: the current one, or the previous one in January and February. */
export function sampleYear(today: { year: number; month: number }): number {
  return today.month <= 2 ? today.year - 1 : today.year;
}

/** A plausible status on `today` for an action covering `months` of `year`. */
export function sampleStatus(row: SampleRow, year: number, today: { year: number; month: number }): string {
  const now = today.year * 12 + today.month;
  const first = year * 12 + row.months[0];
  const last = year * 12 + row.months[1];
  if (now > last) return row.late ? "En cours" : "Terminé";
  if (now >= first) return "En cours";
  return "À faire";
}

const normalize = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();

/**
 * Types the example into the plan sheet the template installed (columns found by their header text)
 * and into Membres, then lets the add-on read the plan once so that Début and Échéance are filled.
 */
export function writeSamplePlan(emulator: Emulator, addon: Addon, now: number): void {
  const spreadsheet = emulator.spreadsheet;
  const sheet = spreadsheet.getSheetByName("Plan d'action");
  const members = spreadsheet.getSheetByName("Membres");
  if (!sheet || !members) throw new Error("The template is not installed.");
  const [y, m] = new Intl.DateTimeFormat("en-CA", {
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    year: "numeric",
    month: "2-digit",
  })
    .format(new Date(now))
    .split("-")
    .map(Number);
  const today = { year: y!, month: m! };
  const year = sampleYear(today);

  sheet.getRange(FIRST_FIELD_ROW + 1, 2, 1, 2).setValues([[`${year}-01-01`, `${year}-12-31`]]);
  sheet
    .getRange(FIRST_FIELD_ROW + 2, 2)
    .setValue(
      "Implantation d'un réseau d'entraide : une brigade d'intervenants qui sauront répondre aux besoins des membres aux prises avec divers problèmes d'ordre personnel ou professionnel.",
    );
  sheet.getRange(FIRST_FIELD_ROW + 3, 2).setValue("Avoir un comité d'entraide fonctionnel d'ici septembre");

  const header = sheet.getRange(TABLE_HEADER_ROW, 1, 1, sheet.getLastColumn()).getDisplayValues()[0]!;
  const columnOf = (label: string) => {
    const index = header.findIndex((h) => normalize(h) === normalize(label));
    if (index < 0) throw new Error(`The plan sheet has no column « ${label} ».`);
    return index + 1;
  };
  const columns = {
    objectif: columnOf("Objectifs"),
    resultat: columnOf("Résultats attendus"),
    moyens: columnOf("Moyens / Actions / Activités"),
    ressources: columnOf("Ressources requises"),
    responsables: columnOf("Responsables"),
    echeancier: columnOf("Échéancier"),
    statut: columnOf("Statut"),
    avancement: columnOf("Avancement"),
    remarques: columnOf("Remarques"),
  };
  SAMPLE_ROWS.forEach((row, i) => {
    const status = sampleStatus(row, year, today);
    const line = FIRST_DATA_ROW + i;
    const values: Record<keyof typeof columns, string> = {
      objectif: row.objectif,
      resultat: row.resultat,
      moyens: row.moyens,
      ressources: row.ressources,
      responsables: row.responsables,
      echeancier: row.echeancier,
      statut: status,
      avancement: status === "En cours" ? "50%" : "",
      remarques: row.remarques ?? "",
    };
    for (const key of Object.keys(columns) as Array<keyof typeof columns>) {
      if (values[key] !== "") sheet.getRange(line, columns[key]).setValue(values[key]);
    }
  });
  members.getRange(2, 1, SAMPLE_MEMBERS.length, 3).setValues(SAMPLE_MEMBERS);
  sheet.activate();
  sheet.getRange(FIRST_DATA_ROW, 1).activate();
  // Reading the plan fills Début/Échéance from the Échéancier (the add-on owns those cells).
  if (addon.names.includes("getSidebarData")) addon.call("getSidebarData");
}
