/** Reading a bilan's comments back before a refresh (core/bilan/bilan-comments.ts). */
import { describe, expect, it } from "vitest";
import { readBilanComments } from "../../../src/core/bilan/bilan-comments";
import { BILAN_COLUMNS } from "../../../src/core/bilan/bilan-text";
import type { CellValue } from "../../../src/shared/cell";

const header = BILAN_COLUMNS.map((column) => column.label.fr);
const row = (key: string, action: string, comment: CellValue): CellValue[] => [
  "",
  action,
  "",
  "",
  "",
  "",
  comment,
  key,
];

describe("readBilanComments", () => {
  it("keeps each comment by its row's key, text as literal text and formulas as formulas", () => {
    const values = [
      ["Bilan"],
      header,
      row("aaaaaaaaaa", "Kiosque", "=en retard"),
      row("bbbbbbbbbb", "Journal", 2),
      row("cccccccccc", "Web", ""),
    ];
    const formulas = values.map((r) => r.map(() => ""));
    formulas[3][6] = "=1+1";
    const read = readBilanComments(values, formulas);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.inPlace).toBe(true);
    expect(read.lastKeyedRow).toBe(5);
    expect([...read.comments]).toEqual([
      ["aaaaaaaaaa", { write: "'=en retard", label: "Kiosque" }],
      ["bbbbbbbbbb", { write: "=1+1", label: "Journal" }],
    ]);
  });

  it("says when the columns were moved, and when there is no bilan header at all", () => {
    const moved = [
      ["", ...header],
      ["", ...row("aaaaaaaaaa", "Kiosque", "ok")],
    ];
    const read = readBilanComments(
      moved,
      moved.map((r) => r.map(() => "")),
    );
    expect(read.ok && read.inPlace).toBe(false);
    expect(read.ok && read.comments.get("aaaaaaaaaa")?.write).toBe("'ok");
    expect(readBilanComments([["Plan d'action"]], [[""]]).ok).toBe(false);
  });
});
