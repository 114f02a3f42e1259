/**
 * Seed 000 (CCSNE, "QUOI COMMENT et QUAND"): numbered orientations, numbered objectives, bullet actions
 * with a trailing deadline; then the lists of standing files and delegations. Expectations written from
 * the seed text.
 */
import { describe, expect, it } from "vitest";
import { expectNoDebris, hierarchy, importSeed } from "./seed-helpers";

const plan = importSeed("000");

describe("seed 000 — numbered orientations", () => {
  it("is recognised as numbered orientations with 44 actions", () => {
    expect(plan.layout).toBe("numbered-orientations");
    expect(plan.rows).toHaveLength(44);
  });

  it("keeps the objectives hierarchy, numbers included, broken lines rejoined", () => {
    expect(hierarchy(plan.rows)).toEqual([
      ["1.1 Créer une unité de mobilisation", 3],
      [
        "1.2 Procéder à l’inventaire et à l’analyse des outils de communication du CCSNE dans le but d’assurer une communication efficace bilatérale avec les syndicats",
        3,
      ],
      ["1.3 Mettre en place une salle d’enregistrement au CCSNE", 4],
      [
        "1.4 Augmenter la participation des syndicats aux instances du CCSNE (assemblées générales, congrès, activités spéciales)",
        3,
      ],
      [
        "2.1 Établir une surveillance continue de l’information en matière de pénurie et de rareté de la main-d’œuvre",
        3,
      ],
      ["2.2 Valoriser les différents titres d’emplois représentés au CCSNE", 2],
      [
        "2.3 Organiser au moins un événement ouvert aux syndicats et aux employeurs de la région sur la situation régionale de pénurie et de rareté de la main-d’œuvre",
        2,
      ],
      [
        "2.4 Développer une activité de couronnement des bons et moins bons employeurs en matière de pénurie et de rareté de la main-d’œuvre",
        3,
      ],
      ["3.1 Multiplier les occasions pour le CCSNE d’être « sur le terrain »", 3],
      [
        "3.2 Diffuser largement l’information relative aux services de la CSN et du CCSNE auprès des syndicats",
        3,
      ],
      ["3.3 Développer le réseau AMS en collaboration avec le service de syndicalisation de la CSN", 2],
      ["3.4 Effectuer une réflexion large sur le discours syndical propre à notre région", 3],
      ["3.5 Faire une tournée « réseaux d’entraide » dans les syndicats", 2],
      ["3.6 Améliorer l’efficacité du travail interéquipes", 3],
      ["Engager le CCSNE dans la lutte aux changements climatiques", 5],
    ]);
  });

  it("moves every parenthesised deadline, in order, to echeancier", () => {
    const mc = "mandat complet";
    expect(plan.rows.map((r) => r.echeancier)).toEqual([
      // 1.1 – 1.4
      "décembre 2019",
      "mars 2020",
      "juin 2020",
      "juin 2020",
      "décembre 2020",
      "reste du mandat",
      "février 2020",
      "mai 2020",
      "mai 2020",
      "reste du mandat",
      "décembre 2019",
      "décembre 2019",
      mc,
      // 2.1 – 2.4
      mc,
      mc,
      mc,
      "juin 2020",
      mc,
      "mai 2020",
      "mai 2020-novembre 2021, en vue de la tenue de l’événement en novembre 2021",
      "mars 2020",
      "novembre 2020",
      "février 2021",
      // 3.1 – 3.6
      mc,
      mc,
      mc,
      "avril 2020",
      "mai 2020",
      "2020-2022",
      mc,
      mc,
      "mai 2020",
      "décembre 2020",
      "février 2021",
      "novembre 2019",
      "reste du mandat",
      mc,
      mc,
      mc,
      // Dossier spécial
      "décembre 2019",
      mc,
      mc,
      mc,
      mc,
    ]);
  });

  it("removes the deadline from moyens and keeps other parentheses", () => {
    expect(plan.rows[0].moyens).toBe("Définir le mandat et la composition de l’unité");
    expect(plan.rows[2].moyens).toBe(
      "Développer les outils nécessaires au fonctionnement de l’unité (communication, rencontres, etc.)",
    );
    // deadline on a line of its own after a blank line
    expect(plan.rows[12].moyens).toBe(
      "Développer une stratégie de participation impliquant tous les acteurs régionaux (élu.es, conseillers et conseillères, syndicats, regroupement de mobilisation, etc.)",
    );
    expect(plan.rows[13].moyens).toBe(
      "Maintenir une vigile de l’information pertinente sur ces enjeux dans nos syndicats et dans les différents médias locaux, régionaux et nationaux",
    );
    expect(plan.rows[43].moyens).toBe(
      "Évaluer les émissions de gaz à effet de serre générées par les activités du CCSNE, dans l’objectif de les compenser",
    );
    for (const row of plan.rows) {
      expect(row.moyens).not.toMatch(/\((?:mandat|reste|[a-zé]+ 20\d\d|20\d\d)[^()]*\)$/);
    }
  });

  it("puts the orientation in remarques", () => {
    expect(plan.rows[0].remarques).toBe(
      "Orientation 1. Le CCSNE développe et encourage la solidarité aux niveaux local et régional.",
    );
    expect(plan.rows[13].remarques).toBe(
      "Orientation 2. A) Le CCSNE stimule et soutient les syndicats pour l’amélioration de la qualité de leurs emplois. B) Le CCSNE organise des événements qui visent l’amélioration de la qualité de nos emplois.",
    );
    expect(plan.rows[23].remarques).toBe(
      "Orientation 3. Le CCSNE déploie ses forces sur l’ensemble du territoire.",
    );
    expect(plan.rows[39].remarques).toBe("Dossier spécial");
  });

  it("drops the repeated page title and keeps the first as the title", () => {
    expect(plan.header.titre).toBe("QUOI COMMENT et QUAND");
    expect(plan.unplaced).toEqual([]);
    for (const row of plan.rows) expect(Object.values(row).join(" ")).not.toContain("QUOI COMMENT");
    expectNoDebris(plan);
  });

  it("puts the standing files and delegations in skippedLists, not in rows", () => {
    expect(plan.skippedLists).toEqual([
      {
        title: "Dossiers statutaires",
        items: [
          "Information et représentations externes",
          "Immigration",
          "Instances politiques",
          "International",
          "Assurance emploi (politique)",
          "Campagnes CSN (info externe)",
          "Développement local et régional",
          "Vie régionale",
          "Mobilisation",
          "Syndicalisation",
          "Instances politiques",
          "Réseau d’entraide",
          "LGBT (comité CCSNE)",
          "Commerce équitable",
          "Bâtisse",
          "Fête internationale des travailleuses et des travailleurs (1er mai)",
          "Aide aux trésoriers des syndicats",
          "États financiers",
          "Formation",
          "Environnement",
          "Santé et sécurité",
          "Fondaction",
          "Leucan",
          "Jeunes (comité CCSNE)",
          "PAR (politique d’achats responsables)",
          "Journée de la militance (24 septembre)",
          "Information et communications",
          "Condition féminine (comité CCSNE)",
          "Éducation",
          "PAREF (Programme pour l’accès à une représentation équitable des femmes)",
        ],
      },
      {
        title: "Organismes et délégations",
        items: [
          "Emploi-Québec – CRPMT (Conseil régional des partenaires de la main-d’œuvre et du travail)",
          "TACAE (Table d’action contre l’appauvrissement de l’Estrie)",
          "Sherbrooke ville équitable",
          "Collectif international de la CSN",
          "Comité national des relations interculturelles CSN",
          "Comité fiscalité de SPE",
          "CSI (Carrefour de solidarité internationale)",
          "Centraide",
          "JEVI",
          "SPE (Solidarité populaire Estrie)",
          "REDSG",
          "Comité national en environnement CSN",
          "CIME (Centre d’intégration au marché de l’emploi)",
          "CAFE (ConcertAction Femmes Estrie)",
          "Comité régional égalité (CAFE)",
        ],
      },
    ]);
  });
});

describe("seed 000 pasted with Windows line ends", () => {
  it("gives the same plan", async () => {
    const { importPlan } = await import("../../../src/core/import/import-plan");
    const { seedText } = await import("./seed-helpers");
    const result = importPlan(seedText("000").replace(/\n/g, "\r\n"));
    expect(result.ok && result.plan).toEqual(plan);
  });
});
