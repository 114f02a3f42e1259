/** Debris repair: broken lines, hyphenation, placeholders, spaces, repeated titles, page numbers, markup. */
import { describe, expect, it } from "vitest";
import { cleanCell, cleanLines } from "../../../src/core/import/clean-text";

const nonBlank = (text: string) => cleanLines(text).filter((l) => l !== "");

describe("cleanLines", () => {
  it("joins a line broken mid-sentence when the next starts in lower case", () => {
    expect(nonBlank("Procéder à l’inventaire des outils de\ncommunication du CCSNE")).toEqual([
      "Procéder à l’inventaire des outils de communication du CCSNE",
    ]);
  });

  it("does not join after sentence punctuation or before a bullet or a number", () => {
    expect(nonBlank("Fin de phrase.\nsuite ici")).toEqual(["Fin de phrase.", "suite ici"]);
    expect(nonBlank("Un titre\n- une action\n1.2 Objectif")).toEqual([
      "Un titre",
      "- une action",
      "1.2 Objectif",
    ]);
  });

  it("joins after a soft PDF break (trailing space) even before a capital", () => {
    expect(nonBlank("Mettre en place une salle d’enregistrement au \nCCSNE")).toEqual([
      "Mettre en place une salle d’enregistrement au CCSNE",
    ]);
  });

  it("rejoins a deadline pushed past a blank line", () => {
    expect(nonBlank("- Développer (élu.es, conseillers, \n\nsyndicats, etc.) (mandat complet)")).toEqual([
      "- Développer (élu.es, conseillers, syndicats, etc.) (mandat complet)",
    ]);
    expect(nonBlank("- Offrir une présentation (2020-\n\n2022)")).toEqual([
      "- Offrir une présentation (2020-2022)",
    ]);
    expect(nonBlank("- Compenser les émissions \n\n(mandat complet)")).toEqual([
      "- Compenser les émissions (mandat complet)",
    ]);
  });

  it("does not bridge a blank line between finished paragraphs", () => {
    expect(nonBlank("CiSO\n\ncentre international")).toEqual(["CiSO", "centre international"]);
  });

  it("removes hyphenation at the line end but keeps real hyphens", () => {
    expect(nonBlank("le plan de commu-\nnication")).toEqual(["le plan de communication"]);
    expect(nonBlank("des enjeux straté-\ngiques")).toEqual(["des enjeux stratégiques"]);
    expect(nonBlank("à la mi-mars, à Saint-Jean")).toEqual(["à la mi-mars, à Saint-Jean"]);
    expect(nonBlank("dès la mi-\nmars")).toEqual(["dès la mi-mars"]);
    expect(nonBlank("à Saint-\nJean")).toEqual(["à Saint-Jean"]);
    expect(nonBlank("appui d’Emploi-\nQuébec")).toEqual(["appui d’Emploi-Québec"]);
  });

  it("drops � placeholders and normalises NBSP, em spaces and tabs", () => {
    expect(nonBlank("1.2\t \uFFFDProcéder\u00a0à « sur\u00a0le terrain »\n-\u2003Définir")).toEqual([
      "1.2 Procéder à « sur le terrain »",
      "- Définir",
    ]);
  });

  it("keeps the tabs of table rows", () => {
    expect(cleanLines("Objectifs\tRésultats attendus\tMoyens\tRessources\tResponsables\tÉchéancier")).toEqual(
      ["Objectifs\tRésultats attendus\tMoyens\tRessources\tResponsables\tÉchéancier"],
    );
  });

  it("drops a page title repeated on every page, keeping its first occurrence", () => {
    const text =
      " QUOI COMMENT et QUAND\n\n1. Un\n QUOI COMMENT et QUAND\n\n2. Deux\n QUOI COMMENT et QUAND\n";
    expect(nonBlank(text)).toEqual(["QUOI COMMENT et QUAND", "1. Un", "2. Deux"]);
  });

  it("keeps repeated bullets, structural headings and broken-line ends", () => {
    expect(nonBlank("- Instances politiques\n- Instances politiques")).toHaveLength(2);
    expect(nonBlank("MOYENS ET ACTIONS\n1.1 Un\n\nMOYENS ET ACTIONS\n2.1 Deux")).toHaveLength(4);
    expect(nonBlank("- A (mandat \ncomplet)\n\n- B (mandat \ncomplet)")).toEqual([
      "- A (mandat complet)",
      "- B (mandat complet)",
    ]);
  });

  it("drops page numbers alone on a line", () => {
    expect(nonBlank("Texte\n12\nPage 3\n4 / 10\n- 5 -\nAutre texte")).toEqual(["Texte", "Autre texte"]);
  });

  it("strips web-export markup from lines", () => {
    expect(nonBlank("Période de : **ANNÉE 2**")).toEqual(["Période de : ANNÉE 2"]);
  });
});

describe("cleanCell", () => {
  it("strips list markup, <u>, \\$ escapes and _____ blanks", () => {
    expect(cleanCell('<ul style="list-style-type: none"> Documents explicatifs ')).toBe(
      "Documents explicatifs",
    );
    expect(cleanCell("4. Recruter <u> X </u> personnes")).toBe("4. Recruter X personnes");
    expect(cleanCell("\\$ libérations")).toBe("$ libérations");
    expect(cleanCell('<ul style="list-style-type: none">• _____ _____• _____ _____')).toBe("");
    expect(cleanCell("<p>a. un;</p> <p>b. deux</p>")).toBe("a. un; b. deux");
  });

  it("keeps formula-looking values literally and strips only a `- ` bullet marker", () => {
    expect(cleanCell('=IMPORTXML("http://x", "//a")')).toBe('=IMPORTXML("http://x", "//a")');
    expect(cleanCell("+1")).toBe("+1");
    expect(cleanCell("@SUM(A1:A3)")).toBe("@SUM(A1:A3)");
    expect(cleanCell("-2")).toBe("-2");
    expect(cleanCell("- Organiser")).toBe("Organiser");
  });
});
