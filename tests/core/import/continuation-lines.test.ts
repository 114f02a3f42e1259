/**
 * The structured reading and a list item cut by the PDF or the page: the line right under it (no blank
 * line) goes on the same action when the item stops mid-sentence (a comma, a word that never ends a
 * sentence, or a next line in lower case), and is then not listed as « non placée »; a line under a
 * finished item, or after a blank line, is not joined.
 */
import { describe, expect, it } from "vitest";
import { readStructuredText } from "../../../src/core/import/blocks-plan";

const read = (lines: string[]) => {
  const plan = readStructuredText(lines.join("\n"));
  return { actions: plan.rows.map((r) => [r.moyens, r.echeancier]), unplaced: plan.unplaced };
};

describe("a list item continued on the next line", () => {
  it("takes the rest of its sentence, and its deadline", () => {
    const { actions, unplaced } = read([
      "OBJECTIF 1 : Faire connaître les luttes",
      "- Tenir une exposition de photographies sur les recycleurs du Mexique et les valoristes du",
      "Québec en collaboration avec la coopérative (printemps 2025)",
      "- Offrir un atelier à",
      "chaque assemblée régionale.",
      "- Publier une chronique dans le journal,",
      "en français et en anglais.",
    ]);
    expect(actions).toEqual([
      [
        "Tenir une exposition de photographies sur les recycleurs du Mexique et les valoristes du Québec en collaboration avec la coopérative",
        "printemps 2025",
      ],
      ["Offrir un atelier à chaque assemblée régionale.", ""],
      ["Publier une chronique dans le journal, en français et en anglais.", ""],
    ]);
    expect(unplaced).toEqual([]);
  });

  it("leaves alone a line under a finished item, after a blank line, or under a complete phrase", () => {
    const { actions, unplaced } = read([
      "OBJECTIF 1 : Embellir l'école",
      "- Installer des bacs de compostage à la cafétéria",
      "- Créer un comité vert",
      "École secondaire du Val – Comité d'école",
      "- Planter des arbres dans la cour des",
      "",
      "Ce plan a été adopté en assemblée.",
    ]);
    expect(actions.map((a) => a[0])).toEqual([
      "Installer des bacs de compostage à la cafétéria",
      "Créer un comité vert",
      "Planter des arbres dans la cour des",
    ]);
    expect(unplaced).toContain("Ce plan a été adopté en assemblée.");
  });
});
