/**
 * Seed 003 (CISO 2022-2023): prose, `OBJECTIF n :` sections, `MOYENS ET ACTIONS`, numbered means and
 * bullet actions, no deadline columns. Expectations written from the seed text.
 */
import { describe, expect, it } from "vitest";
import { expectNoDebris, hierarchy, importSeed } from "./seed-helpers";

const plan = importSeed("003");

describe("seed 003 — objective sections", () => {
  it("makes one row per bullet action under a numbered means: 56 rows", () => {
    expect(plan.layout).toBe("objective-sections");
    expect(plan.rows).toHaveLength(56);
  });

  it("keeps the five objectives, headings rejoined across lines", () => {
    expect(hierarchy(plan.rows)).toEqual([
      [
        "OBJECTIF 1 : Créer et renforcer les liens entre travailleuses et travailleurs d’ici et d’ailleurs par I’éducation a la solidarité internationale",
        10,
      ],
      [
        "OBJECTIF 2 : De concert avec ses partenaires internationaux, contribuer a I’amélioration concréte de la situation des travailleuses et travailleurs et au renforcement de leurs organisations a I'international",
        12,
      ],
      [
        "OBJECTIF 3 : Travailler en réseau afin de défendre les droits des travailleuses et travailleurs en faisant pression sur les décideurs et les organisations internationales",
        6,
      ],
      [
        "OBJECTIF 4 : Elargir la portée et I’enracinement de I’action du CISO pour la défense des droits des travailleuses et des travailleurs.",
        15,
      ],
      ["OBJECTIF 5 : Renforcer les moyens d’action du CISO", 13],
    ]);
  });

  it("puts the numbered means in resultat", () => {
    expect(hierarchy(plan.rows, "resultat")).toEqual([
      ["1.1 Stages intersyndicaux", 1],
      ["1.2 Ateliers sur la solidarité internationale", 2],
      ["1.4 Campagne : « Justice sociale, justice écologique : méme combat! »", 7],
      ["2.1 Gestion de projets", 5],
      ["2.2 Développer de nouveaux projets en appui aux partenaires du CISO", 3],
      ["2.3 Elargir et entretenir notre réseau de contacts internationaux", 3],
      ["2.4 Veille et partage d’information régulier avec les pays ou le CISO a des alliés", 1],
      ["3.1 Prises de position publiques", 2],
      ["3.2 Plaidoyer aupres des décideurs", 2],
      ["3.3 Participation aux activités des coalitions et groupes alliés", 2],
      ["4.1 Vie associative", 5],
      ["4.2 Représentations", 3],
      [
        "4.3 Communications et mobilisation des organismes membres a travers le Québec et d’autres réseaux pour les activités du CISO",
        5,
      ],
      [
        "4.5 Assurer la visibilité du CISO et sa reconnaissance comme plateforme intersyndicale de solidarité internationale",
        2,
      ],
      ["5.1 Réflexion stratégique", 2],
      ["5.2 Améliorer les mécanismes existants de financement du CISO", 4],
      ["5.3 Evaluer les possibilités de diversifier le financement", 5],
      ["5.4 Sécurité", 2],
    ]);
  });

  it("has no échéancier: references such as (2014). or (2025). are not deadlines", () => {
    for (const row of plan.rows) expect(row.echeancier).toBe("");
    expect(plan.rows.find((r) => r.moyens.startsWith("Réflexion sur la planification"))?.moyens).toBe(
      "Réflexion sur la planification du 50¢ du CISO (2025).",
    );
  });

  it("joins an action's lines, hyphenated words included", () => {
    const exposition = plan.rows.find((r) => r.moyens.startsWith("Exposition"));
    expect(exposition?.moyens).toBe(
      "Exposition de photographies sur les « pepenadores » (recycleuses/eurs de déchets) du Mexique et les valoristes du Québec en collaboration avec la Coopérative Les Valoristes et le CCMM-CSN. Tournée régionale si possible.",
    );
    const appui = plan.rows.find((r) => r.moyens.startsWith("Appui a la campagne"));
    expect(appui?.moyens).toBe(
      "Appui a la campagne de sensibilisation, de formation et de plaidoyer sur un projet de loi sur I'imputabilité des compagnies canadiennes a I'étranger élaboré par le Réseau canadien pour la reddition de compte des entreprises (RCRCE).",
    );
    expect(plan.rows[55].moyens).toBe(
      "Poursuivre I'élaboration et la mise a jour des outils de sécurité et développer des outils connexes, notamment dans le cadre des stages et missions a l'international du CISO.",
    );
    expectNoDebris(plan);
  });

  it("keeps prose and bullets outside a means as unplaced, and reads the title", () => {
    expect(plan.header.titre).toBe("PLAN D’ACTION 2022-2023");
    expect(plan.header.periode).toBe("2022-2023");
    expect(plan.unplaced[0]).toBe("CiSO");
    expect(plan.unplaced.some((l) => l.startsWith("- Drétablir un diagnostic collectif"))).toBe(true);
    expect(plan.unplaced.some((l) => l.startsWith("Tel que le précise sa mission"))).toBe(true);
    expect(plan.unplaced).not.toContain("MOYENS ET ACTIONS");
  });
});

describe("seed 004 — slides, not a plan", () => {
  it("is refused with no-structure", async () => {
    const { importPlan } = await import("../../../src/core/import/import-plan");
    const { seedText } = await import("./seed-helpers");
    const result = importPlan(seedText("004"));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("no-structure");
  });
});
