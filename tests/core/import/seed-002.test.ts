/**
 * Seed 002 (Comité Entraide): the canonical six-column template as tab-separated tables, year 1 filled,
 * years 2+ blank. Expectations written from the seed text.
 */
import { describe, expect, it } from "vitest";
import { expectNoDebris, hierarchy, importSeed } from "./seed-helpers";

const plan = importSeed("002");
const objectif = "Mise sur pied d'un Comité d'entraide";

describe("seed 002 — six-column table", () => {
  it("reads the header block", () => {
    expect(plan.layout).toBe("six-column-table");
    expect(plan.header).toEqual({
      titre: "Plan d'action : Comité Entraide",
      comite: "Comité Entraide",
      periode: "ANNÉE 1, MISE SUR PIED",
      besoin:
        "Implantation d'un réseau d'entraide, donner de l'information afin d'offrir une brigade d'intervenants qui sauront répondre aux besoins des membres aux prises avec divers problèmes d'ordre personnel ou professionnel.",
      resultatsAttendus: "Avoir un comité fonctionnel d'ici",
    });
  });

  it("has the six filled rows of year 1 under one objective; the blank templates give none", () => {
    expect(plan.rows).toHaveLength(6);
    expect(hierarchy(plan.rows)).toEqual([[objectif, 6]]);
    expect(plan.rows.map((r) => r.echeancier)).toEqual([
      "Janvier-Février",
      "Mars",
      "Février-Mars",
      "Printemps-été",
      "Septembre",
      "Responsable-juin 2 fois par année",
    ]);
    expectNoDebris(plan);
  });

  it("strips the HTML list debris, <u>, \\$ escapes and keeps every column in place", () => {
    expect(plan.rows[0]).toEqual({
      objectif,
      resultat: "1. Identifier un « responsable de l'entraide au comité exécutif du syndicat »",
      moyens:
        "Présenter les rôles et responsabilités du porteur de dossier et vérifier l'intérêt personnel des officiers en place",
      ressources: "Documents explicatifs, responsable régionale",
      responsables: "",
      echeancier: "Janvier-Février",
      remarques: "",
    });
    expect(plan.rows[2].resultat).toBe(
      "3. Obtenir l'engagement de l'employeur et définir les modalités de sa participation ($, libération, affichage, etc.)",
    );
    expect(plan.rows[3].resultat).toBe("4. Recruter X personnes entraïdantes");
    expect(plan.rows[3].ressources).toBe(
      "$ pour la création et production de matériel papier, $ de libération pour entrevues",
    );
    expect(plan.rows[5]).toEqual({
      objectif,
      resultat: "6. S'assurer de la continuité du Comité d'entraide",
      moyens: "Définir la fréquence des rencontres et la composition du Comité d'entraide",
      ressources: "Identifier un entraïdant « responsable local », $ libérations",
      responsables: "",
      echeancier: "Responsable-juin 2 fois par année",
      remarques: "",
    });
  });

  it("keeps year 2's named objectives and period as unplaced, not as empty actions", () => {
    expect(plan.unplaced).toEqual([
      "Période de : ANNÉE 2 : VISIBILITÉ, LIEN DE CONFIANCE ET EXPÉRIENCE",
      "VISIBILITÉ Faire connaître les membres et le rôle du RÉSEAU d'entraide",
      "CONFIANCE Promouvoir la confidentialité et le respect des personnes",
      "EXPÉRIENCE Soutenir et encadrer le travail des entraidant(es)",
    ]);
  });
});

describe("seed 002 pasted with Windows line ends", () => {
  it("gives the same plan", async () => {
    const { importPlan } = await import("../../../src/core/import/import-plan");
    const { seedText } = await import("./seed-helpers");
    const result = importPlan(seedText("002").replace(/\n/g, "\r\n"));
    expect(result.ok && result.plan).toEqual(plan);
  });
});
