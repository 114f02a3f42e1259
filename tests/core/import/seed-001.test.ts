/**
 * Seed 001 (SEESOCQ 2018-2021): BUTS / OBJECTIFS / ACTIONS tables with one column per year. The
 * extraction kept the year headers but every year cell is empty (the X marks were lost), so no
 * échéancier may be invented. Expectations written from the seed text.
 */
import { describe, expect, it } from "vitest";
import { expectNoDebris, hierarchy, importSeed } from "./seed-helpers";

const plan = importSeed("001");

describe("seed 001 — year columns", () => {
  it("makes one row per lettered action: 32 rows", () => {
    expect(plan.layout).toBe("year-columns");
    expect(plan.rows).toHaveLength(32);
  });

  it("keeps the objectives hierarchy with the number of lettered actions of each", () => {
    expect(hierarchy(plan.rows)).toEqual([
      [
        "1.1 Actualiser si nécessaire les règles de fonctionnement dans le but de simplifier et faciliter la participation de nos unités et de nos membres à la vie du SEESOCQ.",
        1,
      ],
      [
        "1.2 Maintenir un portrait statistique de nos effectifs et dresser périodiquement un bilan de la situation.",
        2,
      ],
      [
        "1.3 Établir un portrait statistique du recrutement et du potentiel de développement de chaque secteur.",
        2,
      ],
      ["1.4 Assurer la conservation et la classification des documents et des archives du syndicat.", 2],
      ["1.5 Évaluer et déterminer la pertinence de recruter ou non de nouvelles unités.", 1],
      ["1.6 Déterminer le modèle de service du SEESOCQ.", 3],
      ["2.1 Actualiser notre plate-forme syndicale et mettre de l'avant les actions qui en découlent.", 1],
      ["2.2 Mettre en place des mécanismes favorisant des occasions de rencontres ou d'échanges.", 1],
      ["2.3 Maintenir un lien constant entre le SEESOCQ et les membres.", 3],
      ["3.1 Conduire les négociations pour le renouvellement des conventions collectives.", 4],
      [
        "3.2 Mener les griefs et arbitrages dans l'intérêt des membres, selon les capacités financières et les ressources disponibles.",
        3,
      ],
      ["3.3 Établir des mécanismes d'accueil des nouveaux membres.", 2],
      [
        "4.1 Assurer une contribution financière à des groupes de défense des droits sociaux et des droits des personnes salariées.",
        3,
      ],
      [
        "4.2 Participer en tant que syndicat aux luttes visant la défense des droits sociaux et des droits des personnes salariées.",
        3,
      ],
      [
        "4.3 Permettre la participation de nos membres à des occasions de rencontres ou d'échanges avec d'autres groupes.",
        1,
      ],
    ]);
  });

  it("leaves echeancier empty: the year marks were lost in the extraction", () => {
    for (const row of plan.rows) expect(row.echeancier).toBe("");
  });

  it("splits lettered actions, HTML paragraphs and lists included", () => {
    const of = (prefix: string) =>
      plan.rows.filter((r) => r.objectif.startsWith(prefix)).map((r) => r.moyens);
    expect(of("1.1 ")).toEqual(["publication des changements aux statuts."]);
    expect(of("1.2 ")).toEqual(["analyses statistiques", "publication de certaines données."]);
    expect(of("1.6 ")).toEqual([
      "réfléchir sur la répartition du travail et la composition du CA",
      "réfléchir sur l'engagement d'une ressource à temps plein (application, négociation)",
      "maintenir une banque de ressources pour les besoins ponctuels (application, négociation, recrutement).",
    ]);
    expect(of("4.2 ")).toEqual([
      "identifier par les instances du SEESOCQ les activités à venir (1er mai, projets de loi, etc.)",
      "inciter les membres à faire part au CA des luttes et actions à soutenir",
      "déterminer notre niveau d'intervention et notre contribution.",
    ]);
    expectNoDebris(plan);
  });

  it("puts the axis and the BUT in remarques, a blank BUT meaning the one above", () => {
    const but1 =
      "AXE 1 : ORGANISATION SYNDICALE — But : 1. Assurer le bon fonctionnement du SEESOCQ et son développement";
    expect(plan.rows[0].remarques).toBe(but1);
    expect(plan.rows.find((r) => r.objectif.startsWith("1.5 "))?.remarques).toBe(but1);
    expect(plan.rows.find((r) => r.objectif.startsWith("3.2 "))?.remarques).toBe(
      "AXE 3 : DÉFENSE DES DROITS ET DES CONDITIONS DE TRAVAIL DE NOS MEMBRES — But : 3.1 Soutenir toute action visant l'amélioration des conditions de travail de nos membres et la défense de leurs droits.",
    );
    expect(plan.rows[31].remarques).toBe(
      "AXE 4 : PRÉSENCE ET VISIBILITÉ — But : 4.1 Développer des alliances avec d'autres groupes et soutenir les actions visant la défense des droits sociaux.",
    );
  });

  it("reads the title and period, and keeps the statutes preamble and contents as unplaced", () => {
    expect(plan.header.titre).toBe("SEESOCQ");
    expect(plan.header.periode).toBe("2018-2021");
    expect(plan.unplaced).toContain("- b) promouvoir la formation syndicale de ses membres ;");
    expect(plan.unplaced).toContain("AXE 4 : PRÉSENCE ET VISIBILITÉ page 5");
    expect(plan.unplaced.join("\n")).not.toMatch(/NOS ORIENTATIONS|BUTS/);
  });
});
