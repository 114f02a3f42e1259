/**
 * Tests of the échéancier parser (src/core/echeance.ts): every deadline expression found in the seed plans
 * (000, 001, 002, 003), each expected value written from the seed and DESIGN.md §4 by hand, then one case
 * or more for each convention, the cases that must give `none`, and findTrailingEcheance on seed actions.
 */

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  type EcheanceContext,
  findTrailingEcheance,
  type ParsedEcheance,
  parseEcheance,
  REASON_EMPTY,
  REASON_NO_PERIOD,
} from "../../src/core/echeance";
import { dayNumber, overlapDays, spanDays } from "../../src/core/echeance/dates";

type Expect =
  | { kind: "dated"; start: string; end: string; precision?: string; approximate?: boolean; dueBy?: boolean }
  | {
      kind: "recurring";
      frequency: string;
      interval: number;
      timesPerYear?: number;
      first?: { start: string; end: string };
    }
  | { kind: "none" };

function label(v: unknown): string {
  try {
    return String(v);
  } catch {
    return "(object)";
  }
}

function check(value: unknown, ctx: EcheanceContext, want: Expect, matched?: string): void {
  const got: ParsedEcheance = parseEcheance(value, ctx);
  const text = label(value);
  expect(got.kind, `${text} → ${JSON.stringify(got)}`).toBe(want.kind);
  if (want.kind === "dated" && got.kind === "dated") {
    expect([got.start, got.end], String(text)).toEqual([want.start, want.end]);
    if (want.precision !== undefined) expect(got.precision, String(text)).toBe(want.precision);
    if (want.approximate !== undefined) expect(got.approximate, String(text)).toBe(want.approximate);
    if (want.dueBy !== undefined) expect(got.dueBy === true, String(text)).toBe(want.dueBy);
  }
  if (want.kind === "recurring" && got.kind === "recurring") {
    expect(got.frequency, String(text)).toBe(want.frequency);
    expect(got.interval, String(text)).toBe(want.interval);
    if (want.timesPerYear !== undefined) expect(got.timesPerYear).toBe(want.timesPerYear);
    expect(got.first).toEqual(want.first);
  }
  if (got.kind === "none") {
    expect(got.matched).toBe("");
    expect(got.reason.fr.length).toBeGreaterThan(0);
    expect(got.reason.en.length).toBeGreaterThan(0);
  }
  if (matched !== undefined) expect(got.matched).toBe(matched);
}

const d = (start: string, end: string, extra: Partial<Extract<Expect, { kind: "dated" }>> = {}): Expect => ({
  kind: "dated",
  start,
  end,
  ...extra,
});
const NONE: Expect = { kind: "none" };

// ---------------------------------------------------------------------------------------------------------
// Seed 000 (CCSNE, "QUOI COMMENT et QUAND"): a three-year mandate. Its deadlines run from novembre 2019 to
// novembre 2021 and "(2020-2022)"; a CSN regional council's mandate runs congress to congress (June), so
// Période = 2019-06-01..2022-05-31. Reference = 2019-09-15: the plan was written before its first
// deadline (novembre 2019), at the start of the 2019 autumn.
// ---------------------------------------------------------------------------------------------------------
const SEED000: EcheanceContext = {
  period: { start: "2019-06-01", end: "2022-05-31" },
  reference: "2019-09-15",
};

/** [the action as in the seed (line breaks kept), expected action, expected échéancier, expected parse] */
const SEED000_ACTIONS: [string, string, Expect][] = [
  [
    "Définir le mandat et la composition de l’unité (décembre 2019)",
    "décembre 2019",
    d("2019-12-01", "2019-12-31"),
  ],
  ["Mettre sur pied l’unité (mars 2020)", "mars 2020", d("2020-03-01", "2020-03-31")],
  [
    "Développer les outils nécessaires au fonctionnement de l’unité (communication, rencontres, etc.) (juin 2020)",
    "juin 2020",
    d("2020-06-01", "2020-06-30"),
  ],
  [
    "Faire l’inventaire des outils actuellement utilisés et des outils disponibles sur le marché et dans nos syndicats (juin 2020)",
    "juin 2020",
    d("2020-06-01", "2020-06-30"),
  ],
  [
    "Analyser le rapport coût/bénéfice des différents outils (décembre 2020)",
    "décembre 2020",
    d("2020-12-01", "2020-12-31"),
  ],
  [
    "Adapter, au besoin, la stratégie de communication complète du CCSNE (reste du mandat)",
    "reste du mandat",
    d("2019-09-15", "2022-05-31", { precision: "period" }),
  ],
  ["Évaluer les besoins et les coûts (février 2020)", "février 2020", d("2020-02-01", "2020-02-29")],
  ["Procéder à la mise en place de la salle (mai 2020)", "mai 2020", d("2020-05-01", "2020-05-31")],
  [
    "Déterminer des règles d’utilisation de la salle et de l’équipement (mai 2020)",
    "mai 2020",
    d("2020-05-01", "2020-05-31"),
  ],
  [
    "Offrir des formations pour l’utilisation de la salle (reste du mandat)",
    "reste du mandat",
    d("2019-09-15", "2022-05-31"),
  ],
  [
    "Analyser la situation actuelle de la participation aux instances (décembre 2019)",
    "décembre 2019",
    d("2019-12-01", "2019-12-31"),
  ],
  ["Établir des cibles de participation (décembre 2019)", "décembre 2019", d("2019-12-01", "2019-12-31")],
  [
    "\ufffdDévelopper une stratégie de participation impliquant tous les acteurs régionaux (élu.es, conseillers et conseillères, \n\nsyndicats, regroupement de mobilisation, etc.) (mandat complet)",
    "mandat complet",
    d("2019-06-01", "2022-05-31", { precision: "period", approximate: false }),
  ],
  [
    "\ufffdMaintenir une vigile de l’information pertinente sur ces enjeux dans nos syndicats et dans les différents médias locaux, \nrégionaux et nationaux (mandat complet)",
    "mandat complet",
    d("2019-06-01", "2022-05-31"),
  ],
  [
    "Alimenter notre réflexion régionale sur la base de l’information colligée (mandat complet)",
    "mandat complet",
    d("2019-06-01", "2022-05-31"),
  ],
  [
    "Tenir informés les syndicats par le biais des outils de communication du CCSNE et lors des instances (mandat complet)",
    "mandat complet",
    d("2019-06-01", "2022-05-31"),
  ],
  ["Analyser le portrait des membres du CCSNE (juin 2020)", "juin 2020", d("2020-06-01", "2020-06-30")],
  [
    "\ufffdDéterminer une stratégie de valorisation (communications, activités spéciales, instances, négociation, etc.) (mandat \n\ncomplet)",
    "mandat complet",
    d("2019-06-01", "2022-05-31"),
  ],
  ["Déterminer une formule d’événement (mai 2020)", "mai 2020", d("2020-05-01", "2020-05-31")],
  [
    "\ufffdProcéder à l’organisation de l’événement (mai 2020-novembre 2021, en vue de la tenue de l’événement en \n\nnovembre 2021)",
    "mai 2020-novembre 2021, en vue de la tenue de l’événement en novembre 2021",
    d("2020-05-01", "2021-11-30", { precision: "month", approximate: false }),
  ],
  ["Déterminer les critères de sélection (mars 2020)", "mars 2020", d("2020-03-01", "2020-03-31")],
  ["Former un comité de sélection (novembre 2020)", "novembre 2020", d("2020-11-01", "2020-11-30")],
  [
    "Développer une stratégie de communication des sélections (février 2021)",
    "février 2021",
    d("2021-02-01", "2021-02-28"),
  ],
  [
    "Participer au plus grand nombre possible d’activités et d’instances des syndicats (mandat complet)",
    "mandat complet",
    d("2019-06-01", "2022-05-31"),
  ],
  [
    "Mobiliser les conseillers et conseillères (réseau d’information et invitations) (mandat complet)",
    "mandat complet",
    d("2019-06-01", "2022-05-31"),
  ],
  ["Mobiliser l’unité de mobilisation (mandat complet)", "mandat complet", d("2019-06-01", "2022-05-31")],
  ["Préparer une campagne de diffusion (avril 2020)", "avril 2020", d("2020-04-01", "2020-04-30")],
  ["Lancer la campagne en assemblée générale du CCSNE (mai 2020)", "mai 2020", d("2020-05-01", "2020-05-31")],
  [
    "\ufffdOffrir aux syndicats la possibilité de recevoir l’équipe du CCSNE pour une présentation dans leurs instances locales (2020-\n\n2022)",
    "2020- 2022",
    // issue 21: two committee years of a plan whose year starts in June (it read two whole calendar years)
    d("2020-06-01", "2022-05-31", { precision: "year", approximate: false }),
  ],
  [
    "\ufffdOutiller les AMS actuels en vue de leur participation active au développement de la syndicalisation régionale (mandat \ncomplet)",
    "mandat complet",
    d("2019-06-01", "2022-05-31"),
  ],
  [
    "Solliciter les membres afin d’augmenter le nombre de participant.es au réseau (mandat complet)",
    "mandat complet",
    d("2019-06-01", "2022-05-31"),
  ],
  [
    "Solliciter le réseau AMS et l’unité de mobilisation pour élargir la réflexion (mai 2020)",
    "mai 2020",
    d("2020-05-01", "2020-05-31"),
  ],
  [
    "Définir le discours syndical le plus approprié à la région, notamment en processus de syndicalisation (décembre 2020)",
    "décembre 2020",
    d("2020-12-01", "2020-12-31"),
  ],
  [
    "Construire l’argumentaire et le diffuser à tous les syndicats (février 2021)",
    "février 2021",
    d("2021-02-01", "2021-02-28"),
  ],
  [
    "Lancer la tournée en assemblée générale du CCSNE (novembre 2019)",
    "novembre 2019",
    d("2019-11-01", "2019-11-30"),
  ],
  [
    "Établir un calendrier de visites des exécutifs des syndicats (reste du mandat)",
    "reste du mandat",
    d("2019-09-15", "2022-05-31"),
  ],
  [
    "Tenir au moins deux rencontres interéquipes par année (mandat complet)",
    "mandat complet",
    d("2019-06-01", "2022-05-31"),
  ],
  [
    "Consulter en continu les conseillers et conseillères quant aux enjeux syndicaux et de vie régionale (mandat complet)",
    "mandat complet",
    d("2019-06-01", "2022-05-31"),
  ],
  [
    "Impliquer les conseillers et conseillères dans les instances du Conseil central (mandat complet)",
    "mandat complet",
    d("2019-06-01", "2022-05-31"),
  ],
  [
    "Installer une borne de recharge pour véhicules électriques dans le stationnement du Conseil central (décembre 2019)",
    "décembre 2019",
    d("2019-12-01", "2019-12-31"),
  ],
  [
    "\ufffdDéployer un plan d’éducation populaire en matière d’environnement auprès de nos membres par le biais de nos instances \n\net de nos outils de communication (mandat complet)",
    "mandat complet",
    d("2019-06-01", "2022-05-31"),
  ],
  [
    "Améliorer la gestion des matières résiduelles durant les activités des syndicats au Conseil central (mandat complet)",
    "mandat complet",
    d("2019-06-01", "2022-05-31"),
  ],
  [
    "\ufffdInciter les syndicats à agir dans leur milieu de travail en matière d’amélioration des pratiques favorables à \n\nl’environnement et à nous en informer (mandat complet)",
    "mandat complet",
    d("2019-06-01", "2022-05-31"),
  ],
  [
    "\ufffdÉvaluer les émissions de gaz à effet de serre générées par les activités du CCSNE, dans l’objectif de les compenser \n\n(mandat complet)",
    "mandat complet",
    d("2019-06-01", "2022-05-31"),
  ],
  // The standing files ("Dossiers statutaires") carry dates of yearly events, not deadlines; they still
  // read as days, placed by forward inference from the period start (approximate: the year is inferred).
  [
    "\ufffdFête internationale des travailleuses et des travailleurs \n\n(1er mai)",
    "1er mai",
    d("2020-05-01", "2020-05-01", { precision: "day", approximate: true }),
  ],
  [
    "Journée de la militance (24 septembre)",
    "24 septembre",
    d("2019-09-24", "2019-09-24", { approximate: true }),
  ],
];

describe("seed 000 (CCSNE, period 2019-06-01..2022-05-31, reference 2019-09-15)", () => {
  it.each(SEED000_ACTIONS)("%s", (action, echeancier, want) => {
    const found = findTrailingEcheance(action);
    expect(found).not.toBeNull();
    expect(found!.echeancier).toBe(echeancier);
    expect(found!.action.endsWith(")") || !/\($/.test(found!.action)).toBe(true);
    check(found!.echeancier, SEED000, want);
    // the cell copied with its parentheses reads the same
    check(`(${echeancier})`, SEED000, want);
  });

  it("keeps the action text before the deadline, including earlier parentheses", () => {
    expect(findTrailingEcheance("Mettre sur pied l’unité (mars 2020)")).toEqual({
      action: "Mettre sur pied l’unité",
      echeancier: "mars 2020",
    });
    expect(
      findTrailingEcheance(
        "Développer les outils nécessaires au fonctionnement de l’unité (communication, rencontres, etc.) (juin 2020)",
      ),
    ).toEqual({
      action:
        "Développer les outils nécessaires au fonctionnement de l’unité (communication, rencontres, etc.)",
      echeancier: "juin 2020",
    });
  });

  it("matches only the date part of `mai 2020-novembre 2021, en vue de …`", () => {
    const r = parseEcheance(
      "mai 2020-novembre 2021, en vue de la tenue de l’événement en novembre 2021",
      SEED000,
    );
    expect(r).toMatchObject({ kind: "dated", matched: "mai 2020-novembre 2021" });
  });

  const seedPath = new URL("../fixtures/seeds/000_2205ef17d895db06.txt", import.meta.url);
  it("every trailing parenthesis of the seed file is in the table above", () => {
    // Every parenthesised group of the file (line breaks joined) that reads as a deadline
    const text = readFileSync(seedPath, "utf8").replace(/\s+/g, " ");
    const found = new Set<string>();
    const groups = text.match(/\([^()]*\)/g) || [];
    for (const g of groups) {
      const r = findTrailingEcheance("Action " + g);
      if (r) found.add(r.echeancier);
    }
    const table = new Set(SEED000_ACTIONS.map((row) => row[1]));
    for (const e of found) expect(table.has(e), e).toBe(true);
    expect(found.size).toBeGreaterThanOrEqual(14);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Seed 001 (SEESOCQ 2018-2021): the schedule is a year column, `2018-2019`, `2019-2020`, `2020-2021`, read
// as year ranges (1 January of the first to 31 December of the last, DESIGN.md §4). Période 2018-06-01..
// 2021-05-31 (three union years); reference 2018-06-01.
// ---------------------------------------------------------------------------------------------------------
const SEED001: EcheanceContext = {
  period: { start: "2018-06-01", end: "2021-05-31" },
  reference: "2018-06-01",
};

describe("seed 001 (SEESOCQ, period 2018-06-01..2021-05-31)", () => {
  it.each([
    // issue 21: committee years from June (the Période's start month), not whole calendar years
    ["2018-2019", d("2018-06-01", "2019-05-31", { precision: "year", approximate: false })],
    ["2019-2020", d("2019-06-01", "2020-05-31", { precision: "year" })],
    ["2020-2021", d("2020-06-01", "2021-05-31", { precision: "year" })],
    ["2018-2021", d("2018-06-01", "2021-05-31", { precision: "year" })],
  ] as [string, Expect][])("%s", (text, want) => check(text, SEED001, want, text));

  it("an example list in parentheses is not a deadline", () => {
    expect(
      findTrailingEcheance(
        "a. identifier par les instances du SEESOCQ les activités à venir (1er mai, projets de loi, etc.);",
      ),
    ).toBeNull();
    check("1er mai, projets de loi, etc.", SEED001, NONE);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Seed 002 (Comité Entraide, "ANNÉE 1, MISE SUR PIED"): no dates in the plan. Year 1 read as a calendar
// year, Période 2026-01-01..2026-12-31, reference 2026-01-01 (its first row is "Janvier-Février"); then
// the same column with a September start, Période 2025-09-01..2026-08-31, which moves the months of
// January–August into 2026 and keeps "Septembre" in 2025.
// ---------------------------------------------------------------------------------------------------------
const SEED002: EcheanceContext = {
  period: { start: "2026-01-01", end: "2026-12-31" },
  reference: "2026-01-01",
};
const SEED002_SEPT: EcheanceContext = {
  period: { start: "2025-09-01", end: "2026-08-31" },
  reference: "2025-09-01",
};

describe("seed 002 (Comité Entraide, Échéancier column)", () => {
  it.each([
    ["Janvier-Février", d("2026-01-01", "2026-02-28", { precision: "month", approximate: true })],
    ["Mars", d("2026-03-01", "2026-03-31", { precision: "month", approximate: true })],
    ["Février-Mars", d("2026-02-01", "2026-03-31", { precision: "month" })],
    ["Printemps-été", d("2026-03-20", "2026-09-22", { precision: "season", approximate: true })],
    ["Septembre", d("2026-09-01", "2026-09-30", { precision: "month" })],
  ] as [string, Expect][])("calendar year: %s", (text, want) => check(text, SEED002, want, text));

  it.each([
    ["Janvier-Février", d("2026-01-01", "2026-02-28")],
    ["Mars", d("2026-03-01", "2026-03-31")],
    ["Février-Mars", d("2026-02-01", "2026-03-31")],
    // spring-summer 2025 ends 2025-09-22, after the period start, but only 22 of its 187 days are in the
    // plan: the committee means 2026 (165 of 187 days inside); likewise `été` alone (22 of 94 in 2025)
    ["Printemps-été", d("2026-03-20", "2026-09-22", { precision: "season", approximate: true })],
    ["été", d("2026-06-21", "2026-09-22", { precision: "season", approximate: true })],
    ["Septembre", d("2025-09-01", "2025-09-30")],
  ] as [string, Expect][])("September start: %s", (text, want) => check(text, SEED002_SEPT, want));

  it("Responsable-juin 2 fois par année: every 6 months, first in June (the label is skipped)", () => {
    check(
      "Responsable-juin 2 fois par année",
      SEED002,
      {
        kind: "recurring",
        frequency: "monthly",
        interval: 6,
        timesPerYear: 2,
        first: { start: "2026-06-01", end: "2026-06-30" },
      },
      "juin 2 fois par année",
    );
    check("Responsable-juin 2 fois par année", SEED002_SEPT, {
      kind: "recurring",
      frequency: "monthly",
      interval: 6,
      timesPerYear: 2,
      first: { start: "2026-06-01", end: "2026-06-30" },
    });
  });

  it("blanks of the template are none", () => {
    check("_____", SEED002, NONE);
    check("_____ _____", SEED002, NONE);
    check("d'ici _____", SEED002, NONE);
    check("", SEED002, NONE);
    expect(parseEcheance("_____", SEED002)).toEqual({ kind: "none", reason: REASON_EMPTY, matched: "" });
  });
});

// ---------------------------------------------------------------------------------------------------------
// Seed 003 (CISO, "PLAN D'ACTION 2022-2023"): few explicit dates, mostly inside sentences. Période
// 2022-07-01..2023-06-30 (a CISO year runs from one AGA to the next; July–June chosen), reference
// 2022-07-01. Window of plausible years: 2012..2033.
// ---------------------------------------------------------------------------------------------------------
const SEED003: EcheanceContext = {
  period: { start: "2022-07-01", end: "2023-06-30" },
  reference: "2022-07-01",
};

describe("seed 003 (CISO, period 2022-07-01..2023-06-30)", () => {
  it.each([
    // issue 21: committee years from July (the Période's start month)
    ["2022-2023", d("2022-07-01", "2023-06-30", { precision: "year" })],
    ["2021-2022", d("2021-07-01", "2022-06-30")],
    ["2023-2024", d("2023-07-01", "2024-06-30")],
    ["automne 2023", d("2023-09-23", "2023-12-20", { precision: "season", approximate: true })],
    ["l'automne 2023", d("2023-09-23", "2023-12-20")],
    ["au plus tôt à l'automne 2023", NONE], // "at the earliest": not a deadline
    ["juin 2021", d("2021-06-01", "2021-06-30")],
    ["mars 2020", d("2020-03-01", "2020-03-31")],
    ["2025", d("2025-01-01", "2025-12-31", { precision: "year" })],
    ["en 2025", d("2025-01-01", "2025-12-31")],
    ["2021", d("2021-01-01", "2021-12-31")],
    ["2014", d("2014-01-01", "2014-12-31")],
    ["1989", NONE], // year of ILO Convention 169: more than 10 years before the plan
    ["2011", NONE],
    ["Création d’un calendrier annuel des événements syndicaux.", NONE],
    ["Appel annuel aux membres pour la cotisation.", NONE],
    ["Production régulière d’un bulletin électronique.", NONE],
  ] as [string, Expect][])("%s", (text, want) => check(text, SEED003, want));

  it("finds the trailing (2025) and leaves (Ex. RedLACRE) alone", () => {
    expect(findTrailingEcheance("Réflexion sur la planification du 50¢ du CISO (2025).")).toEqual({
      action: "Réflexion sur la planification du 50¢ du CISO",
      echeancier: "2025",
    });
    expect(
      findTrailingEcheance(
        "Développer de nouveaux partenariats dans les domaines de programmation du CISO. (Ex. RedLACRE).",
      ),
    ).toBeNull();
    expect(
      findTrailingEcheance(
        "Exposition de photographies sur les « pepenadores » (recycleuses/eurs de déchets) du Mexique",
      ),
    ).toBeNull();
    expect(findTrailingEcheance("Organisation des rencontres du CA, du CE et de I'AGA.")).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------------------
// Conventions (DESIGN.md §4), one plan year starting in September: Période 2023-09-01..2024-08-31,
// reference 2023-10-15.
// ---------------------------------------------------------------------------------------------------------
const PLAN: EcheanceContext = { period: { start: "2023-09-01", end: "2024-08-31" }, reference: "2023-10-15" };

// ---------------------------------------------------------------------------------------------------------
// Ranges without any year are placed as a whole (DESIGN.md §4), the end being the first occurrence of its
// unit on or after the start, by the year rule: among the placements ending on or after the period start,
// the first with at least half of its days inside the Période. Période 2026-03-01..2027-02-28 (a plan
// starting in March), so a range ending in February 2026 is too early and moves to the next year, and so
// does one that reaches into March 2026 by less than half its length. Values computed by hand.
// ---------------------------------------------------------------------------------------------------------
const MARCH_PLAN: EcheanceContext = {
  period: { start: "2026-03-01", end: "2027-02-28" },
  reference: "2026-03-01",
};

describe("yearless ranges placed as a whole (period 2026-03-01..2027-02-28)", () => {
  it.each([
    // months
    ["Février-Mars", d("2026-02-01", "2026-03-31", { precision: "month", approximate: true })],
    ["février à mars", d("2026-02-01", "2026-03-31")],
    ["janvier-juin", d("2026-01-01", "2026-06-30", { precision: "month", approximate: true })],
    ["de janvier à juin", d("2026-01-01", "2026-06-30")],
    ["February-March", d("2026-02-01", "2026-03-31")],
    ["janvier-février", d("2027-01-01", "2027-02-28")], // Jan–Feb 2026 ends 2026-02-28, before the period
    // Dec 2025–Mar 2026: only March (31 of 121 days) inside; Dec 2026–Mar 2027: 90 of 121
    ["décembre-mars", d("2026-12-01", "2027-03-31")],
    ["novembre-février", d("2026-11-01", "2027-02-28")], // Nov 2025–Feb 2026 ends before the period
    ["mars-avril", d("2026-03-01", "2026-04-30")],
    // modifiers
    ["début février - fin mars", d("2026-02-01", "2026-03-31", { precision: "week", approximate: true })],
    ["fin février-début mars", d("2026-02-21", "2026-03-10", { precision: "week" })],
    ["mi-janvier à mi-février", d("2027-01-11", "2027-02-20", { precision: "week" })],
    ["fin janvier - mi-février", d("2027-01-21", "2027-02-20")],
    ["début janvier à fin mars", d("2027-01-01", "2027-03-31")], // 2026: 31 of 90 days inside; 2027: 59
    // days
    ["15 février - 15 mars", d("2026-02-15", "2026-03-15", { precision: "day", approximate: true })],
    ["du 15 janvier au 15 février", d("2027-01-15", "2027-02-15", { precision: "day" })],
    // mixed units: the coarser precision
    // issue 21: a quarter without a year in a plan starting in March has two readings: none
    ["février-T2", NONE],
    ["T4-février", NONE],
    // 2025-12-21..2026-04-30: 61 of 131 days inside; 2026-12-21..2027-04-30: 70 of 131
    ["hiver-avril", d("2026-12-21", "2027-04-30", { precision: "season", approximate: true })],
    ["février-printemps", d("2026-02-01", "2026-06-20", { precision: "season" })],
    ["janvier-février 2027", d("2027-01-01", "2027-02-28", { approximate: false })],
    // these already behaved: unchanged
    ["T1-T2", NONE], // issue 21: calendar or plan quarters?
    ["hiver-printemps", d("2025-12-21", "2026-06-20", { precision: "season", approximate: true })],
    // a single unit follows the same rule
    ["février", d("2027-02-01", "2027-02-28")],
    ["mars", d("2026-03-01", "2026-03-31")],
  ] as [string, Expect][])("%s", (text, want) => check(text, MARCH_PLAN, want));
});

// ---------------------------------------------------------------------------------------------------------
// The year rule for anything written without a year (resolve.ts, inferYear): among the occurrences that
// end on or after the period start, the first with at least half of its days inside the Période; if none
// (a very short Période), the first that ends on or after the period start. Without a Période, the first
// that ends on or after the reference. Day counts (inside / total) computed by hand in the comments.
// ---------------------------------------------------------------------------------------------------------
describe("year rule: the first occurrence mostly inside the Période", () => {
  it.each([
    // whole months, month-aligned plan: same as the first occurrence ending on or after the start
    ["Septembre", d("2025-09-01", "2025-09-30", { precision: "month", approximate: true })],
    ["Janvier", d("2026-01-01", "2026-01-31")],
    ["août", d("2026-08-01", "2026-08-31")], // August 2025 ends before the period
    // seasons: summer 2025 22/94, summer 2026 72/94
    ["été", d("2026-06-21", "2026-09-22", { precision: "season", approximate: true })],
    ["summer", d("2026-06-21", "2026-09-22")],
    ["automne", d("2025-09-23", "2025-12-20")], // 89/89
    ["hiver", d("2025-12-21", "2026-03-19")], // 89/89 (winter 2025 ends before the period)
    ["printemps", d("2026-03-20", "2026-06-20")],
    // quarters and halves: Q3 2025 30/92, Q3 2026 62/92; H2 2025 122/184
    // issue 21: a quarter has two readings (calendar, plan): none; a half is the plan's (Sept–Feb, Mar–Aug)
    ["T3", NONE],
    ["Q4", NONE],
    ["deuxième semestre", d("2026-03-01", "2026-08-31", { precision: "half" })],
    ["premier semestre", d("2025-09-01", "2026-02-28")],
    // modifiers: fully inside or fully outside, so only the start matters
    ["fin août", d("2026-08-21", "2026-08-31", { precision: "week" })],
    ["début septembre", d("2025-09-01", "2025-09-10")],
    ["mi-septembre", d("2025-09-11", "2025-09-20")],
    // ranges as a whole: 2025 22/187, 2026 165/187; Jul–Sep 2025 30/92, 2026 62/92
    ["Printemps-été", d("2026-03-20", "2026-09-22", { precision: "season", approximate: true })],
    ["juillet-septembre", d("2026-07-01", "2026-09-30", { precision: "month" })],
    // Aug–Sep 2025 30/61, just under half; Aug–Sep 2026 31/61
    ["août-septembre", d("2026-08-01", "2026-09-30")],
    ["été-automne", d("2025-06-21", "2025-12-20")], // 111/183 inside: stays in 2025
  ] as [string, Expect][])("plan 2025-09-01..2026-08-31: %s", (text, want) =>
    check(text, SEED002_SEPT, want),
  );

  it.each([
    // the examples of the rule (DESIGN.md §4): whole months give the old answers
    ["Février-Mars", d("2026-02-01", "2026-03-31")], // 31/59
    ["janvier-juin", d("2026-01-01", "2026-06-30")], // 122/181
    ["janvier-février", d("2027-01-01", "2027-02-28")], // Jan–Feb 2026 ends before the period
    // winter 2025–26 19/89, winter 2026–27 70/89
    ["hiver", d("2026-12-21", "2027-03-19", { precision: "season", approximate: true })],
    ["T1", NONE], // issue 21: calendar (January–March) or plan (March–May) quarter?
    ["premier semestre", d("2026-03-01", "2026-08-31")], // issue 21: the plan's first half
  ] as [string, Expect][])("plan 2026-03-01..2027-02-28: %s", (text, want) => check(text, MARCH_PLAN, want));

  it.each([
    // exactly half counts: Jul–Aug 2025 has 31 of its 62 days in a plan starting 1 August
    ["juillet-août", d("2025-07-01", "2025-08-31", { precision: "month", approximate: true })],
    ["juin-août", d("2026-06-01", "2026-08-31")], // Jun–Aug 2025 31/92, 2026 61/92
    ["juillet", d("2026-07-01", "2026-07-31")], // July 2025 ends before the period
  ] as [string, Expect][])("plan 2025-08-01..2026-07-31: %s", (text, want) =>
    check(text, { period: { start: "2025-08-01", end: "2026-07-31" }, reference: "2025-08-01" }, want),
  );

  const SHORT: EcheanceContext = {
    period: { start: "2025-09-01", end: "2025-09-30" },
    reference: "2025-09-01",
  };
  it.each([
    // no summer has half its days in September 2025: fallback, the first ending on or after 2025-09-01
    ["été", d("2025-06-21", "2025-09-22", { precision: "season", approximate: true })], // 22/94
    ["T3", NONE], // issue 21: two readings
    ["automne", d("2025-09-23", "2025-12-20")], // 8/89
    ["octobre", d("2025-10-01", "2025-10-31")], // 0/31: after the period, still the first
    ["Printemps-été", d("2025-03-20", "2025-09-22")], // 22/187
    ["juillet-août", d("2026-07-01", "2026-08-31")], // 2025 ends before the period; 2026 0/62
    ["Septembre", d("2025-09-01", "2025-09-30")], // 30/30
    ["mi-septembre", d("2025-09-11", "2025-09-20")],
  ] as [string, Expect][])("short period 2025-09-01..2025-09-30 (fallback): %s", (text, want) =>
    check(text, SHORT, want),
  );

  it.each([
    // no Période: the first occurrence ending on or after the reference, however little is left of it
    ["été", d("2025-06-21", "2025-09-22", { precision: "season", approximate: true })],
    ["Printemps-été", d("2025-03-20", "2025-09-22")],
    ["T3", NONE], // issue 21: without a Période the committee year starts in September: two readings
    ["août-septembre", d("2025-08-01", "2025-09-30")],
    ["Janvier", d("2026-01-01", "2026-01-31")],
  ] as [string, Expect][])("reference 2025-09-01, no period: %s", (text, want) =>
    check(text, { reference: "2025-09-01" }, want),
  );
});

describe("conventions", () => {
  it.each([
    // months
    ["mars 2024", d("2024-03-01", "2024-03-31", { precision: "month", approximate: false })],
    ["Janvier", d("2024-01-01", "2024-01-31", { approximate: true })],
    ["septembre", d("2023-09-01", "2023-09-30", { approximate: true })],
    ["août", d("2024-08-01", "2024-08-31")],
    ["aout 2024", d("2024-08-01", "2024-08-31")],
    ["fevrier 2024", d("2024-02-01", "2024-02-29")],
    ["decembre", d("2023-12-01", "2023-12-31")],
    ["janv. 2024", d("2024-01-01", "2024-01-31")],
    ["févr. 2024", d("2024-02-01", "2024-02-29")],
    ["fév 2024", d("2024-02-01", "2024-02-29")],
    ["avr. 2024", d("2024-04-01", "2024-04-30")],
    ["juil. 2024", d("2024-07-01", "2024-07-31")],
    ["sept. 2023", d("2023-09-01", "2023-09-30")],
    ["oct.", d("2023-10-01", "2023-10-31")],
    ["nov. 2023", d("2023-11-01", "2023-11-30")],
    ["déc. 2023", d("2023-12-01", "2023-12-31")],
    ["  MARS\u00a0 2024 ", d("2024-03-01", "2024-03-31")],
    ["\ufffdmars 2024*", d("2024-03-01", "2024-03-31")],
    ["_mars 2024_.", d("2024-03-01", "2024-03-31")],
    ["en mars 2024", d("2024-03-01", "2024-03-31")],
    ["mars\n2024", d("2024-03-01", "2024-03-31")],
    ["03/2024", d("2024-03-01", "2024-03-31")],
    ["2024-03", d("2024-03-01", "2024-03-31")],
    // ranges
    ["janvier à mars 2024", d("2024-01-01", "2024-03-31", { precision: "month", approximate: false })],
    ["janvier-mars 2024", d("2024-01-01", "2024-03-31")],
    ["janvier – mars 2024", d("2024-01-01", "2024-03-31")],
    ["janvier — mars 2024", d("2024-01-01", "2024-03-31")],
    ["de janvier à mars 2024", d("2024-01-01", "2024-03-31")],
    ["entre janvier et mars 2024", d("2024-01-01", "2024-03-31")],
    ["janvier au mois de mars 2024", d("2024-01-01", "2024-03-31")],
    ["du 3 au 7 mai 2024", d("2024-05-03", "2024-05-07", { precision: "day", approximate: false })],
    ["3-7 mai 2024", d("2024-05-03", "2024-05-07")],
    ["du 28 avril au 3 mai 2024", d("2024-04-28", "2024-05-03")],
    ["novembre-février", d("2023-11-01", "2024-02-29", { approximate: true })],
    ["novembre 2023 à février", d("2023-11-01", "2024-02-29")],
    ["novembre à février 2024", d("2023-11-01", "2024-02-29")],
    ["mai 2020-novembre 2021", d("2020-05-01", "2021-11-30")],
    // spring-summer 2023 ends 2023-09-22, on or after the period start 2023-09-01
    // spring-summer 2023 has 22 of 187 days in the plan (2023-09-01..2024-08-31); 2024: 165 of 187
    ["Printemps-été", d("2024-03-20", "2024-09-22", { precision: "season" })],
    ["automne-hiver", d("2023-09-23", "2024-03-19")],
    ["mars à l'été 2024", d("2024-03-01", "2024-09-22", { precision: "season" })],
    ["15/03/2024-30/04/2024", d("2024-03-15", "2024-04-30", { precision: "day" })],
    ["T1-T2 2024", d("2024-01-01", "2024-06-30", { precision: "quarter" })],
    // years
    ["2024", d("2024-01-01", "2024-12-31", { precision: "year", approximate: false })],
    // issue 21: committee years (September → August), not whole calendar years
    ["2023-2025", d("2023-09-01", "2025-08-31", { precision: "year" })],
    ["2023 à 2024", d("2023-09-01", "2024-08-31")],
    ["l'année 2024", d("2024-01-01", "2024-12-31")],
    ["2023/2024", d("2023-09-01", "2024-08-31", { precision: "year" })],
    // seasons
    ["printemps 2024", d("2024-03-20", "2024-06-20", { precision: "season", approximate: true })],
    ["été 2024", d("2024-06-21", "2024-09-22", { approximate: true })],
    ["automne 2023", d("2023-09-23", "2023-12-20")],
    ["hiver 2024", d("2023-12-21", "2024-03-19")],
    ["hiver 2023-2024", d("2023-12-21", "2024-03-19")],
    ["hiver", d("2023-12-21", "2024-03-19")],
    ["au printemps", d("2024-03-20", "2024-06-20")],
    // summer 2023 ends on 22 September, after the period start (1 September): it is the first occurrence
    ["l'été", d("2024-06-21", "2024-09-22")], // summer 2023: 22 of 94 days in the plan; 2024: 72 of 94
    ["l'été 2024", d("2024-06-21", "2024-09-22")],
    ["ete 2024", d("2024-06-21", "2024-09-22")],
    // quarters and halves
    // issue 21: without a year, in a September plan, a quarter has two readings (calendar, plan): none
    ["T1", NONE],
    ["T4", NONE],
    ["T2 2024", d("2024-04-01", "2024-06-30", { approximate: false })],
    ["1er trimestre", NONE],
    ["2e trimestre 2024", d("2024-04-01", "2024-06-30")],
    ["deuxième trimestre", NONE],
    ["3e trimestre", NONE],
    ["3e trimestre 2024", d("2024-07-01", "2024-09-30")],
    ["Q3 2021", d("2021-07-01", "2021-09-30")],
    ["q4", NONE],
    // issue 21: a half without a year is the plan's (September → February, March → August)
    ["premier semestre", d("2023-09-01", "2024-02-29", { precision: "half" })],
    ["1er semestre 2024", d("2024-01-01", "2024-06-30")],
    ["deuxième semestre", d("2024-03-01", "2024-08-31")],
    ["2e semestre 2024", d("2024-07-01", "2024-12-31")],
    ["H1 2024", d("2024-01-01", "2024-06-30")],
    // modifiers
    ["début mars", d("2024-03-01", "2024-03-10", { precision: "week" })],
    ["début mars 2024", d("2024-03-01", "2024-03-10", { approximate: false })],
    ["au début de mars 2024", d("2024-03-01", "2024-03-10")],
    ["mi-avril 2024", d("2024-04-11", "2024-04-20", { approximate: true })],
    ["mi avril 2024", d("2024-04-11", "2024-04-20")],
    ["fin juin 2024", d("2024-06-21", "2024-06-30")],
    ["fin février 2024", d("2024-02-21", "2024-02-29")],
    ["fin de juin 2024", d("2024-06-21", "2024-06-30")],
    ["à la fin de juin 2024", d("2024-06-21", "2024-06-30")],
    ["début mars à fin avril 2024", d("2024-03-01", "2024-04-30", { precision: "week" })],
    // day dates
    ["1er mai 2024", d("2024-05-01", "2024-05-01", { precision: "day", approximate: false })],
    ["15 mars", d("2024-03-15", "2024-03-15", { approximate: true })],
    ["le 3 juin", d("2024-06-03", "2024-06-03")],
    ["le 3 juin 2024", d("2024-06-03", "2024-06-03", { approximate: false })],
    ["lundi 3 juin 2024", d("2024-06-03", "2024-06-03")],
    ["15/03/2024", d("2024-03-15", "2024-03-15")],
    ["15-03-2024", d("2024-03-15", "2024-03-15")],
    ["15.03.2024", d("2024-03-15", "2024-03-15")],
    ["15/03/24", d("2024-03-15", "2024-03-15")],
    ["5/3/2024", d("2024-03-05", "2024-03-05")],
    ["15/03", d("2024-03-15", "2024-03-15", { approximate: true })],
    ["2024-03-15", d("2024-03-15", "2024-03-15")],
    ["29 février 2024", d("2024-02-29", "2024-02-29")],
    // due by (start = reference 2023-10-15)
    ["d'ici le 15 mai 2024", d("2023-10-15", "2024-05-15", { dueBy: true, precision: "day" })],
    ["d’ici le 15 mai", d("2023-10-15", "2024-05-15", { dueBy: true })],
    ["d'ici mars 2024", d("2023-10-15", "2024-03-31", { dueBy: true, precision: "month" })],
    ["avant le 15 mai 2024", d("2023-10-15", "2024-05-15", { dueBy: true })],
    ["avant mai 2024", d("2023-10-15", "2024-04-30", { dueBy: true })],
    ["au plus tard le 30 juin 2024", d("2023-10-15", "2024-06-30", { dueBy: true })],
    ["au plus tard en juin 2024", d("2023-10-15", "2024-06-30", { dueBy: true })],
    ["30 juin 2024 au plus tard", d("2023-10-15", "2024-06-30", { dueBy: true })],
    ["jusqu'au 30 juin 2024", d("2023-10-15", "2024-06-30", { dueBy: true })],
    ["d'ici le 1er octobre 2023", d("2023-10-01", "2023-10-01", { dueBy: true })], // already past: the day
    // a due-by without year is inferred from the reference (2023-10-15), not the period start: next summer
    ["d'ici l'été", d("2023-10-15", "2024-09-22", { dueBy: true, precision: "season" })],
    ["jusqu'en mars 2024", d("2023-10-15", "2024-03-31", { dueBy: true })],
    // mandate phrases
    ["mandat complet", d("2023-09-01", "2024-08-31", { precision: "period", approximate: false })],
    ["Mandat complet", d("2023-09-01", "2024-08-31")],
    ["tout au long du mandat", d("2023-09-01", "2024-08-31")],
    ["durant le mandat", d("2023-09-01", "2024-08-31")],
    ["en continu", d("2023-09-01", "2024-08-31")],
    ["continu", d("2023-09-01", "2024-08-31")],
    ["reste du mandat", d("2023-10-15", "2024-08-31", { precision: "period" })],
    ["Le reste du mandat", d("2023-10-15", "2024-08-31")],
    ["d'ici la fin du mandat", d("2023-10-15", "2024-08-31", { dueBy: true })],
    // issue 21: in a September plan the year ends on 31 December or 31 August: two readings, none
    ["reste de l'année", NONE],
    ["reste de l’année", NONE],
    ["d'ici la fin de l'année", NONE],
    // the cell copied from an action
    ["(mars 2024)", d("2024-03-01", "2024-03-31")],
    ["(mandat complet)", d("2023-09-01", "2024-08-31")],
  ] as [string, Expect][])("%s", (text, want) => check(text, PLAN, want));

  it("quotes the user's words in matched", () => {
    expect(parseEcheance("  Début  mars\u00a02024. ", PLAN)).toMatchObject({ matched: "Début mars 2024" });
    expect(parseEcheance("(mars 2024)", PLAN)).toMatchObject({ matched: "mars 2024" });
    expect(parseEcheance("d'ici le 15 mai", PLAN)).toMatchObject({ matched: "d'ici le 15 mai" });
  });

  it.each([
    ["2 fois par année", { kind: "recurring", frequency: "monthly", interval: 6, timesPerYear: 2 }],
    ["deux fois par année", { kind: "recurring", frequency: "monthly", interval: 6, timesPerYear: 2 }],
    ["2 fois par an", { kind: "recurring", frequency: "monthly", interval: 6 }],
    ["2 fois l'an", { kind: "recurring", frequency: "monthly", interval: 6 }],
    ["1 fois par année", { kind: "recurring", frequency: "yearly", interval: 1, timesPerYear: 1 }],
    ["4 rencontres par année", { kind: "recurring", frequency: "monthly", interval: 3, timesPerYear: 4 }],
    ["3 rencontres par an", { kind: "recurring", frequency: "monthly", interval: 4, timesPerYear: 3 }],
    ["au moins deux rencontres par année", { kind: "recurring", frequency: "monthly", interval: 6 }],
    ["5 fois par année", { kind: "recurring", frequency: "yearly", interval: 1, timesPerYear: 5 }],
    ["10 réunions/an", { kind: "recurring", frequency: "yearly", interval: 1, timesPerYear: 10 }],
    ["chaque mois", { kind: "recurring", frequency: "monthly", interval: 1, timesPerYear: 12 }],
    ["tous les mois", { kind: "recurring", frequency: "monthly", interval: 1 }],
    ["mensuel", { kind: "recurring", frequency: "monthly", interval: 1 }],
    ["mensuellement", { kind: "recurring", frequency: "monthly", interval: 1 }],
    ["annuellement", { kind: "recurring", frequency: "yearly", interval: 1 }],
    ["chaque année", { kind: "recurring", frequency: "yearly", interval: 1 }],
    ["annuel", { kind: "recurring", frequency: "yearly", interval: 1 }],
    ["trimestriel", { kind: "recurring", frequency: "monthly", interval: 3, timesPerYear: 4 }],
    ["trimestriellement", { kind: "recurring", frequency: "monthly", interval: 3 }],
    ["hebdomadaire", { kind: "recurring", frequency: "weekly", interval: 1, timesPerYear: 52 }],
    ["chaque semaine", { kind: "recurring", frequency: "weekly", interval: 1 }],
    ["aux deux semaines", { kind: "recurring", frequency: "weekly", interval: 2, timesPerYear: 26 }],
    ["tous les 3 mois", { kind: "recurring", frequency: "monthly", interval: 3, timesPerYear: 4 }],
    ["2 fois par mois", { kind: "recurring", frequency: "weekly", interval: 2 }],
    ["monthly", { kind: "recurring", frequency: "monthly", interval: 1 }],
    ["twice a year", { kind: "recurring", frequency: "monthly", interval: 6, timesPerYear: 2 }],
    ["every month", { kind: "recurring", frequency: "monthly", interval: 1 }],
    ["weekly", { kind: "recurring", frequency: "weekly", interval: 1 }],
    ["every other week", { kind: "recurring", frequency: "weekly", interval: 2 }],
    ["quarterly", { kind: "recurring", frequency: "monthly", interval: 3 }],
    ["annually", { kind: "recurring", frequency: "yearly", interval: 1 }],
    ["2 fois par année durant le mandat", { kind: "recurring", frequency: "monthly", interval: 6 }],
    [
      "juin 2 fois par année",
      {
        kind: "recurring",
        frequency: "monthly",
        interval: 6,
        first: { start: "2024-06-01", end: "2024-06-30" },
      },
    ],
    [
      "chaque mois dès septembre",
      {
        kind: "recurring",
        frequency: "monthly",
        interval: 1,
        first: { start: "2023-09-01", end: "2023-09-30" },
      },
    ],
    [
      "chaque mois à partir de janvier 2024",
      {
        kind: "recurring",
        frequency: "monthly",
        interval: 1,
        first: { start: "2024-01-01", end: "2024-01-31" },
      },
    ],
    [
      "monthly from March 2024",
      {
        kind: "recurring",
        frequency: "monthly",
        interval: 1,
        first: { start: "2024-03-01", end: "2024-03-31" },
      },
    ],
  ] as [string, Expect][])("recurrence: %s", (text, want) => check(text, PLAN, want));

  it.each([
    ["by March 31, 2024", d("2023-10-15", "2024-03-31", { dueBy: true, precision: "day" })],
    ["March 31, 2024", d("2024-03-31", "2024-03-31")],
    ["March 31st 2024", d("2024-03-31", "2024-03-31")],
    ["31 March 2024", d("2024-03-31", "2024-03-31")],
    ["end of June", d("2024-06-21", "2024-06-30", { precision: "week" })],
    ["end of June 2024", d("2024-06-21", "2024-06-30")],
    ["early May 2024", d("2024-05-01", "2024-05-10")],
    ["mid-May 2024", d("2024-05-11", "2024-05-20", { approximate: true })],
    ["late May 2024", d("2024-05-21", "2024-05-31")],
    ["Q3 2024", d("2024-07-01", "2024-09-30", { precision: "quarter" })],
    ["Spring 2024", d("2024-03-20", "2024-06-20", { precision: "season", approximate: true })],
    ["Summer 2024", d("2024-06-21", "2024-09-22")],
    ["Fall 2023", d("2023-09-23", "2023-12-20")],
    ["Autumn 2023", d("2023-09-23", "2023-12-20")],
    ["Winter 2024", d("2023-12-21", "2024-03-19")],
    ["ongoing", d("2023-09-01", "2024-08-31", { precision: "period" })],
    ["Ongoing", d("2023-09-01", "2024-08-31")],
    ["throughout", d("2023-09-01", "2024-08-31")],
    ["rest of the mandate", d("2023-10-15", "2024-08-31")],
    ["from January to March 2024", d("2024-01-01", "2024-03-31")],
    ["between January and March 2024", d("2024-01-01", "2024-03-31")],
    ["Jan 2024", d("2024-01-01", "2024-01-31")],
    ["Sept 2023", d("2023-09-01", "2023-09-30")],
    ["before May 2024", d("2023-10-15", "2024-04-30", { dueBy: true })],
    ["no later than June 30, 2024", d("2023-10-15", "2024-06-30", { dueBy: true })],
  ] as [string, Expect][])("English: %s", (text, want) => check(text, PLAN, want));

  it.each([
    "à déterminer",
    "A déterminer",
    "à venir",
    "à confirmer",
    "TBD",
    "tbd",
    "?",
    "??",
    "avant le congrès",
    "Jean Tremblay",
    "Marie-Ève Gagnon",
    "Responsable",
    "_____",
    "Responsable-",
    "31/02/2024",
    "30 février 2024",
    "32 mars 2024",
    "13/13/2024",
    "1989",
    "mars 2045",
    "2010-2012",
    "mai 2024-février 2024",
    "du 7 au 3 mai 2024",
    "mars ou avril",
    "janvier, février et mars",
    "bientôt",
    "asap",
    "ASAP",
    "prochaine AG",
    "lors du congrès",
    "le 15",
    "Mettre sur pied l’unité (mars 2020)",
    "N/A",
    "x",
    "-",
    "au plus tôt à l'automne 2024",
    "dès que possible",
    "2 fois",
    "chaque",
    "semaine",
    "999 fois par année",
    "0 fois par année",
    "sept fois par année",
    "mars/avril 2024",
    "Octobre 2023 et mars 2024",
    "Q5",
    "constructor",
  ])("none: %s", (text) => check(text, PLAN, NONE));

  it("mandate phrases without a period are none, with the period reason", () => {
    const ref: EcheanceContext = { reference: "2024-01-10" };
    for (const t of [
      "mandat complet",
      "reste du mandat",
      "en continu",
      "ongoing",
      "d'ici la fin du mandat",
    ]) {
      expect(parseEcheance(t, ref)).toEqual({ kind: "none", reason: REASON_NO_PERIOD, matched: "" });
    }
    // reste de l'année needs only the reference, and a year that ends in December (issue 21: without a
    // Période the committee year runs September → August, so it has two readings)
    check("reste de l'année", ref, NONE);
    check(
      "reste de l'année",
      { period: { start: "2024-01-01", end: "2024-12-31" }, reference: "2024-01-10" },
      d("2024-01-10", "2024-12-31"),
    );
  });

  it("without a period, a month without year is its first occurrence ending on or after the reference", () => {
    const ref: EcheanceContext = { reference: "2024-05-20" };
    check("mai", ref, d("2024-05-01", "2024-05-31", { approximate: true }));
    check("avril", ref, d("2025-04-01", "2025-04-30"));
    check("hiver", ref, d("2024-12-21", "2025-03-19"));
    check("2030", ref, d("2030-01-01", "2030-12-31"));
    check("2035", ref, NONE);
  });

  it("rest of the mandate after the period end is none", () => {
    const late: EcheanceContext = {
      period: { start: "2019-06-01", end: "2022-05-31" },
      reference: "2023-01-01",
    };
    check("reste du mandat", late, NONE);
    check("mandat complet", late, d("2019-06-01", "2022-05-31"));
    expect(parseEcheance("reste du mandat", late)).toEqual({
      kind: "none",
      reason: {
        fr: "« reste du mandat » : le mandat est déjà terminé (il a pris fin le 31 mai 2022). Indiquez une date précise.",
        en: '"reste du mandat": the mandate is already over (it ended on May 31, 2022). Write a precise date instead.',
      },
      matched: "",
    });
  });

  it("the empty and missing-period reasons are sentences that say what to write", () => {
    expect(REASON_EMPTY).toEqual({
      fr: "Échéancier vide : écrivez quand l'action doit être faite, par exemple « mars 2026 ».",
      en: 'Schedule empty: write when the action is to be done, for example "March 2026".',
    });
    expect(REASON_NO_PERIOD.fr).toMatch(/^Cette échéance dépend de la Période du plan, qui est manquante : /);
    expect(REASON_NO_PERIOD.en).toMatch(/^This deadline depends on the plan's Period, which is missing: /);
  });

  it("every reason is a sentence, and English examples are never day-first", () => {
    const late: EcheanceContext = {
      period: { start: "2019-06-01", end: "2022-05-31" },
      reference: "2023-01-01",
    };
    const cases: [unknown, EcheanceContext][] = [
      ["", PLAN],
      ["mandat complet", { reference: "2024-01-10" }],
      ["reste du mandat", late],
      ["reste de l'année", { reference: "pas une date" }],
      ["avant le congrès", PLAN],
      ["à déterminer", PLAN],
      ["31 février 2024", PLAN],
      ["1989", PLAN],
      ["mai 2024 à mars 2024", PLAN],
      [true, PLAN],
    ];
    for (const [text, ctx] of cases) {
      const r = parseEcheance(text, ctx);
      expect(r.kind, String(text)).toBe("none");
      if (r.kind !== "none") continue;
      for (const sentence of [r.reason.fr, r.reason.en]) {
        expect(sentence, String(text)).toMatch(/^[«"A-ZÀ-Ý]/);
        expect(sentence, String(text)).toMatch(/[.»"]$/);
      }
      expect(r.reason.en, String(text)).not.toMatch(/\d{1,2}\/\d{1,2}\/\d{4}/);
    }
  });

  it("reads cell values of every type", () => {
    check(2024, PLAN, d("2024-01-01", "2024-12-31", { precision: "year" }));
    check(2050, PLAN, NONE);
    check(3.5, PLAN, NONE);
    check(0, PLAN, NONE);
    check(true, PLAN, NONE);
    check(false, PLAN, NONE);
    check(null, PLAN, NONE);
    check(undefined, PLAN, NONE);
    check({}, PLAN, NONE);
    check([], PLAN, NONE);
    check(Object.create(null), PLAN, NONE);
    check(
      new Date(2024, 2, 15, 12),
      PLAN,
      d("2024-03-15", "2024-03-15", { precision: "day", approximate: false }),
    );
    check(new Date(2024, 2, 15), PLAN, d("2024-03-15", "2024-03-15"));
    check(new Date(Number.NaN), PLAN, NONE);
    check(new Date(1980, 0, 1), PLAN, NONE);
    expect(parseEcheance(null, PLAN)).toEqual({ kind: "none", reason: REASON_EMPTY, matched: "" });
    expect(parseEcheance("   ", PLAN)).toEqual({ kind: "none", reason: REASON_EMPTY, matched: "" });
  });

  it("gives a reason that quotes the text and suggests what to write", () => {
    const r = parseEcheance("avant le congrès", PLAN);
    expect(r.kind).toBe("none");
    if (r.kind === "none") {
      expect(r.reason.fr).toBe(
        "Échéancier non compris : « avant le congrès » n'est pas une date. Écrivez par exemple « novembre 2023 » ou « 15/11/2023 ».",
      );
      expect(r.reason.en).toContain('"avant le congrès"');
      // The examples lie inside the plan's Période (September 2023 – August 2024).
      expect(r.reason.en).toContain('"November 2023" or "2023-11-15"');
      const later = parseEcheance("avant le congrès", {
        reference: "2027-03-10",
        period: { start: "2027-01-01", end: "2027-01-31" },
      });
      expect(later.kind === "none" && later.reason.fr).toMatch(/« janvier 2027 » ou « 15\/01\/2027 »/);
      const noPeriod = parseEcheance("avant le congrès", { reference: "2027-11-10" });
      expect(noPeriod.kind === "none" && noPeriod.reason.fr).toMatch(/« décembre 2027 »/);
    }
    const y = parseEcheance("1989", PLAN);
    expect(y.kind === "none" && y.reason.fr.startsWith("Année improbable")).toBe(true);
  });
});

describe("findTrailingEcheance", () => {
  it.each([
    ["Mettre sur pied l’unité (mars 2020)", { action: "Mettre sur pied l’unité", echeancier: "mars 2020" }],
    [
      "Rencontrer les membres (2 fois par année)",
      { action: "Rencontrer les membres", echeancier: "2 fois par année" },
    ],
    ["Faire le bilan (reste du mandat) ", { action: "Faire le bilan", echeancier: "reste du mandat" }],
    ["Lancer la campagne (T1 2024).", { action: "Lancer la campagne", echeancier: "T1 2024" }],
    [
      "Publish the report (by March 31, 2024)",
      { action: "Publish the report", echeancier: "by March 31, 2024" },
    ],
    ["Faire un sondage (membres et non-membres)", null],
    ["Faire un sondage (à déterminer)", null],
    ["(mars 2020)", null],
    ["Réunion (mars 2020) avec l'employeur", null],
    ["Texte sans parenthèse", null],
    ["Parenthèse non fermée (mars 2020", null],
    ["Parenthèse non ouverte mars 2020)", null],
  ])("%s", (text, want) => {
    expect(findTrailingEcheance(text)).toEqual(want);
  });

  it("accepts any year here: the plausibility window is checked when the cell is read against the Période", () => {
    expect(findTrailingEcheance("Convention de l'OIT (1989)")).toEqual({
      action: "Convention de l'OIT",
      echeancier: "1989",
    });
  });
});

describe("bench phrases", () => {
  // Speed is measured by `npm run bench` (phrases per second), not timed here: this checks the bench's
  // list still reads as it should, so the number it prints is about real work.
  it("the bench's phrases parse, and its non-dates stay none", async () => {
    const { runEcheanceBench } = await import("../../src/tools/bench/echeance-bench");
    const r = runEcheanceBench(500);
    expect(r.phrases).toBe(500);
    expect(r.understood).toBeGreaterThan(r.phrases / 2);
    expect(r.understood).toBeLessThan(r.phrases);
  });
});

describe("day arithmetic behind the year rule", () => {
  it("dayNumber agrees with Date.UTC, and overlaps count both ends", () => {
    for (const s of ["1000-01-01", "1900-02-28", "1970-01-01", "2000-02-29", "2024-12-31", "9999-12-31"]) {
      const [y, m, dd] = s.split("-").map(Number);
      const t = new Date(0);
      t.setUTCFullYear(y, m - 1, dd);
      expect(dayNumber(s), s).toBe(Math.round(t.getTime() / 86400000));
    }
    expect(spanDays({ start: "2025-06-21", end: "2025-09-22" })).toBe(94);
    expect(
      overlapDays({ start: "2025-06-21", end: "2025-09-22" }, { start: "2025-09-01", end: "2026-08-31" }),
    ).toBe(22);
    expect(
      overlapDays({ start: "2025-01-01", end: "2025-01-31" }, { start: "2025-02-01", end: "2025-02-28" }),
    ).toBe(0);
  });
});
