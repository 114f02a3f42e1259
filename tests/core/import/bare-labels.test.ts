/**
 * A column's name alone on its line, its text on the next (`Action` ⏎ `Organiser…`): a labelled field.
 * A label line over a list (`Actions` ⏎ `- Tenir…`, `Moyens` ⏎ `1. Offrir…`) stays the list's title:
 * its items are the actions, not a field's text.
 */
import { describe, expect, it } from "vitest";
import { readStructuredText } from "../../../src/core/import/blocks-plan";

const read = (lines: string[]) =>
  readStructuredText(lines.join("\n")).rows.map((r) => [r.objectif, r.moyens, r.responsables, r.echeancier]);

describe("a label alone on its line", () => {
  it("takes the next plain line as its text", () => {
    expect(
      read([
        "Action",
        "Organiser un camp de formation",
        "Réalisation",
        "Été 2025",
        "Responsable",
        "Alexis Martin",
      ]),
    ).toEqual([["", "Organiser un camp de formation", "Alexis Martin", "Été 2025"]]);
  });

  it("over a list is the list's title, never a field", () => {
    expect(
      read([
        "OBJECTIF 1 : Mobiliser les membres",
        "Actions",
        "- Tenir une assemblée (octobre)",
        "- Publier un bulletin (novembre)",
        "",
        "OBJECTIF 2 : Former",
        "Moyens",
        "1. Offrir une formation (mars)",
        "2. Recruter des formateurs (avril)",
      ]),
    ).toEqual([
      ["OBJECTIF 1 : Mobiliser les membres", "Tenir une assemblée", "", "octobre"],
      ["OBJECTIF 1 : Mobiliser les membres", "Publier un bulletin", "", "novembre"],
      ["OBJECTIF 2 : Former", "Offrir une formation", "", "mars"],
      ["OBJECTIF 2 : Former", "Recruter des formateurs", "", "avril"],
    ]);
  });
});
