/** The one splitter of people (names.ts): bullets, paragraphs, commas, "et", "/" all give one clean list. */
import { describe, expect, it } from "vitest";
import { nameKey, namesList, splitNames } from "../../../src/core/plan/names";

describe("splitNames", () => {
  it.each([
    ["Julie, Marc et Sophie", ["Julie", "Marc", "Sophie"]],
    ["Julie & Marc / Paul", ["Julie", "Marc", "Paul"]],
    ["- Josée Bergeron\n- Exécutif", ["Josée Bergeron", "Exécutif"]],
    ["Josée Bergeron\nExécutif", ["Josée Bergeron", "Exécutif"]],
    ["- Martin Ouellet - Sylvie Nadeau", ["Martin Ouellet", "Sylvie Nadeau"]],
    ["• Martin Ouellet • Sylvie Nadeau.", ["Martin Ouellet", "Sylvie Nadeau"]],
    ["Jean-Pierre Roy", ["Jean-Pierre Roy"]],
    ["Comité exécutif - volet santé", ["Comité exécutif - volet santé"]],
    ["", []],
  ])("%j", (cell, names) => {
    expect(splitNames(cell)).toEqual(names);
  });

  it("namesList keeps each person once, as first written", () => {
    expect(namesList("- Josée Bergeron\n- Exécutif\n- josee bergeron")).toBe("Josée Bergeron, Exécutif");
    expect(nameKey("Hélène")).toBe(nameKey("helene "));
  });
});
