/**
 * The union columns' pure parts: the answer to « Quelles colonnes ajouter ? » (numbers, names, « toutes »,
 * nothing), numbers written as text in an imported plan, and headers found by label or alias.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_TEMPLATE } from "../../../src/core/template";
import { readUnionChoice } from "../../../src/core/union/union-choice";
import { findUnionColumns, numberFromText, unionColumnNamed } from "../../../src/core/union/union-columns";

const ALL = DEFAULT_TEMPLATE.unionColumns.map((column) => column.key);

describe("the answer to the union-columns question", () => {
  it.each([
    ["", [], []],
    ["aucune", [], []],
    ["toutes", ALL, []],
    ["All", ALL, []],
    ["4, 5", ["budgetPrevu", "budgetReel"], []],
    ["6 4", ["budgetPrevu", "liberations"], []],
    ["budget prévu et libérations (jours)", ["budgetPrevu", "liberations"], []],
    ["1; 9; n'importe quoi", ["mandat"], ["9", "n'importe quoi"]],
  ])("%j", (answer, keys, unreadable) => {
    expect(readUnionChoice(answer, DEFAULT_TEMPLATE, ALL)).toEqual({ keys, unreadable });
  });

  it("never adds a column that is not offered (the plan has it)", () => {
    expect(readUnionChoice("4, 5", DEFAULT_TEMPLATE, ["budgetReel"]).keys).toEqual(["budgetReel"]);
  });
});

describe("numbers written as text", () => {
  it.each([
    ["1 234,50 $", 1234.5],
    ["1\u00a0234,50\u00a0$", 1234.5],
    ["$1,234.50", 1234.5],
    ["0,5", 0.5],
    ["1,500", 1500],
    ["250", 250],
    ["-12", -12],
    ["à voir", null],
    ["2 jours", null],
    ["", null],
  ])("%j → %j", (text, value) => {
    expect(numberFromText(text)).toBe(value);
  });
});

describe("headers", () => {
  it("are found by label (French or English) or alias, any case and accents; generic words are not", () => {
    expect(
      findUnionColumns(["Objectifs", "BUDGET PREVU", "Union leave (days)", "Budget"], DEFAULT_TEMPLATE),
    ).toEqual({
      budgetPrevu: 2,
      liberations: 3,
    });
    for (const generic of ["Budget", "Mandat", "Indicateur", "Ressources"])
      expect(unionColumnNamed(generic, DEFAULT_TEMPLATE)).toBeNull();
  });
});
