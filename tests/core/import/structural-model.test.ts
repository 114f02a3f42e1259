/**
 * The structural model shared by the text and .docx readers: header words → columns (French and
 * English, any case or accent, synonyms then position), text → blocks (headings with levels, nested
 * items, table rows, labelled fields, paragraphs), and blocks → rows (the mapping step a .docx reader
 * calls directly).
 */
import { describe, expect, it } from "vitest";
import type { Block } from "../../../src/core/import/blocks";
import { planFromBlocks } from "../../../src/core/import/blocks-plan";
import { columnForLabel, isHeaderRow, mapHeaderRow } from "../../../src/core/import/header-synonyms";
import { textToBlocks } from "../../../src/core/import/text-blocks";

describe("header synonyms", () => {
  it.each([
    ["Mandat", "objectif"],
    ["ORIENTATION", "objectif"],
    ["Axe d'intervention", "objectif"],
    ["Moyens d'action", "moyens"],
    ["Actions à réaliser", "moyens"],
    ["Tâches", "moyens"],
    ["Réalisation", "moyens"],
    ["Porteur", "responsables"],
    ["Qui ?", "responsables"],
    ["Responsabilité", "responsables"],
    ["Responsable(s)", "responsables"],
    ["Quand", "echeancier"],
    ["ÉCHÉANCE", "echeancier"],
    ["echeancier", "echeancier"],
    ["Date de réalisation", "echeancier"],
    ["Calendrier", "echeancier"],
    ["Date de début", "debut"],
    ["Date d'échéance", "echeance"],
    ["Indicateur(s)", "resultat"],
    ["Résultat(s) attendu(s)", "resultat"],
    ["Budget", "ressources"],
    ["Moyens financiers", "ressources"],
    ["Suivi", "remarques"],
    ["État d'avancement", "avancement"],
    ["Statut", "statut"],
    ["Who", "responsables"],
    ["Timeline", "echeancier"],
    ["Expected outcomes", "resultat"],
    ["Goal", "objectif"],
  ])("%s → %s", (label, column) => {
    expect(columnForLabel(label)?.column).toBe(column);
  });

  it("does not read content as a header", () => {
    expect(columnForLabel("Organiser une assemblée générale de tous les membres")).toBeNull();
    expect(isHeaderRow(["Mobiliser les membres", "Organiser l'AG", "Marie", "juin 2024"])).toBe(false);
  });

  it("maps a header row in any order, each column once, the action by position when unnamed", () => {
    expect(mapHeaderRow(["Mandat", "Responsabilité", "Échéancier", "Action"]).columns).toEqual([
      "objectif",
      "responsables",
      "echeancier",
      "moyens",
    ]);
    const m = mapHeaderRow(["Objectif", "Action", "Responsable", "Échéance", "Indicateur", "Budget"]);
    expect(m.columns).toEqual(["objectif", "moyens", "responsables", "echeancier", "resultat", "ressources"]);
    expect(m.score).toBeGreaterThan(0.9);
    expect(mapHeaderRow(["Orientation", "Ce qu'on fera", "Porteur", "Quand"]).columns).toEqual([
      "objectif",
      "moyens",
      "responsables",
      "echeancier",
    ]);
  });
});

describe("text → blocks", () => {
  it("reads headings with levels, nested items, fields and prose", () => {
    const blocks = textToBlocks(
      [
        "AXE 1 : Vie syndicale",
        "OBJECTIF 1.1 : Mobiliser les membres",
        "- Organiser une assemblée",
        "   ○ réserver la salle",
        "- Publier le bulletin",
        "Responsable : Marie",
        "",
        "Ce plan a été adopté en assemblée générale.",
      ].join("\n"),
    );
    expect(blocks.map((b) => [b.kind, b.kind === "heading" || b.kind === "item" ? b.level : 0])).toEqual([
      ["heading", 1],
      ["heading", 2],
      ["item", 1],
      ["item", 2],
      ["item", 1],
      ["field", 0],
      ["paragraph", 0],
    ]);
  });

  it("rebuilds the rows of a tab table whose cells hold several paragraphs", () => {
    const blocks = textToBlocks(
      [
        "Objectif\tAction\tResponsable\tÉchéance",
        "Mobiliser\t- Tenir une AG",
        "- Publier un bulletin\tMarie\tjuin 2024",
      ].join("\n"),
    );
    expect(blocks.filter((b) => b.kind === "row").map((b) => (b.kind === "row" ? b.cells : []))).toEqual([
      ["Objectif", "Action", "Responsable", "Échéance"],
      ["Mobiliser", "- Tenir une AG\n- Publier un bulletin", "Marie", "juin 2024"],
    ]);
  });
});

describe("blocks → rows (as a .docx reader calls it)", () => {
  it("maps a table with its header and several actions in one cell", () => {
    const blocks: Block[] = [
      { kind: "heading", level: 1, text: "Plan d'action 2024-2025", line: 0 },
      { kind: "row", table: 0, line: 1, cells: ["Porteur", "Quand", "Mandat", "Actions"] },
      {
        kind: "row",
        table: 0,
        line: 2,
        cells: ["Exécutif", "automne 2024", "Mobiliser", "- Tenir une AG\n- Publier"],
      },
      { kind: "row", table: 0, line: 3, cells: ["Marie", "", "", "Former les délégués"] },
    ];
    const plan = planFromBlocks(blocks);
    expect(plan.header.periode).toBe("2024-2025");
    expect(plan.rows.map((r) => [r.objectif, r.moyens, r.responsables, r.echeancier])).toEqual([
      ["Mobiliser", "Tenir une AG", "Exécutif", "automne 2024"],
      ["Mobiliser", "Publier", "Exécutif", "automne 2024"],
      ["Mobiliser", "Former les délégués", "Marie", ""],
    ]);
    expect(plan.structure?.tables[0].columns).toEqual(["responsables", "echeancier", "objectif", "moyens"]);
  });

  it("applies corrections: a column's meaning, a line that is an objective, an action, not part of the plan", () => {
    const blocks: Block[] = [
      { kind: "paragraph", text: "Le comité s'est réuni deux fois cette année.", line: 0 },
      { kind: "item", level: 1, marker: "-", text: "Vie démocratique", line: 1 },
      { kind: "item", level: 1, marker: "-", text: "Tenir quatre assemblées", line: 2 },
      { kind: "row", table: 1, line: 3, cells: ["Action", "Personne"] },
      { kind: "row", table: 1, line: 4, cells: ["Former", "Luc"] },
    ];
    const plain = planFromBlocks(blocks);
    expect(plain.unplaced).toEqual(["Le comité s'est réuni deux fois cette année."]);
    expect(plain.rows.map((r) => r.moyens)).toEqual([
      "Vie démocratique",
      "Tenir quatre assemblées",
      "Former",
    ]);
    const fixed = planFromBlocks(blocks, {
      lines: { "0": "ignore", "1": "objectif" },
      columns: { "1": ["moyens", "responsables"] },
    });
    expect(fixed.unplaced).toEqual([]);
    expect(fixed.rows.map((r) => [r.objectif, r.moyens, r.responsables])).toEqual([
      ["Vie démocratique", "Tenir quatre assemblées", ""],
      ["Vie démocratique", "Former", "Luc"],
    ]);
    const asAction = planFromBlocks(blocks, { lines: { "0": "action" } });
    expect(asAction.rows[0].moyens).toBe("Le comité s'est réuni deux fois cette année.");
  });
});

describe("a responsible person named at the end of an action", () => {
  it("is taken out with its label, before or after the deadline; a name without a label stays", () => {
    const blocks: Block[] = [
      { kind: "heading", level: 2, text: "OBJECTIF 1 : Mobiliser", line: 0 },
      { kind: "item", level: 1, marker: "-", text: "Tenir l'AG (resp. : Marie)", line: 1 },
      {
        kind: "item",
        level: 1,
        marker: "-",
        text: "Former les délégués — Responsable : comité SST",
        line: 2,
      },
      { kind: "item", level: 1, marker: "-", text: "Publier le bulletin, porteur : Luc, juin 2024", line: 3 },
      { kind: "item", level: 1, marker: "-", text: "Organiser la fête (Paul Roy)", line: 4 },
    ];
    expect(planFromBlocks(blocks).rows.map((r) => [r.moyens, r.responsables, r.echeancier])).toEqual([
      ["Tenir l'AG", "Marie", ""],
      ["Former les délégués", "comité SST", ""],
      ["Publier le bulletin", "Luc", "juin 2024"],
      ["Organiser la fête (Paul Roy)", "", ""],
    ]);
  });
});
