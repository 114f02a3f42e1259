/**
 * Reading a bilan back before a refresh (core/bilan/bilan-comments.ts, bilan-record.ts) and sharing the
 * new lines out among the rows the committee added (bilan-placement.ts).
 */
import { describe, expect, it } from "vitest";
import { readBilan } from "../../../src/core/bilan/bilan-comments";
import { placeLines } from "../../../src/core/bilan/bilan-placement";
import {
  alignRows,
  decodeRecord,
  encodeRecord,
  lineFingerprint,
  lineId,
} from "../../../src/core/bilan/bilan-record";
import { BILAN_COLUMNS, LEGACY_KEY_LABEL } from "../../../src/core/bilan/bilan-text";
import type { CellValue } from "../../../src/shared/cell";

const header = BILAN_COLUMNS.map((column) => column.label.fr);
const row = (action: string, comment: CellValue): CellValue[] => ["", action, "", "", "", "", comment];
/** The record the add-on writes for `rows` (their keys), from what it wrote (text behind an apostrophe). */
const recordOf = (rows: CellValue[][], keys: string[]) =>
  decodeRecord(
    encodeRecord(
      rows.map((cells, i) => ({
        id: lineId(keys[i]),
        fingerprint: lineFingerprint(
          Array.from({ length: 6 }, (_, c) => cells[c] ?? "").map((cell) => (cell === "" ? "" : `'${cell}`)),
        ),
      })),
    ),
  ) ?? [];

describe("readBilan", () => {
  it("keeps each comment by its line id, text as literal text and formulas as formulas", () => {
    const written = [["Bilan"], header, row("Kiosque", ""), row("Journal", ""), row("Web", "")];
    const record = recordOf(written, ["h:title", "h:table", "k1", "k2", "k3"]);
    const values = [["Bilan"], header, row("Kiosque", "=en retard"), row("Journal", 2), row("Web", "")];
    const formulas = values.map((r) => r.map(() => ""));
    formulas[3][6] = "=1+1";
    const read = readBilan(values, formulas, { startRow: 1, lines: record });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.inPlace).toBe(true);
    expect(read.block.map((b) => b.id)).toEqual(["h:title", "h:table", "k1", "k2", "k3"].map(lineId));
    expect([...read.comments]).toEqual([
      [lineId("k1"), { write: "'=en retard", label: "Kiosque" }],
      [lineId("k2"), { write: "=1+1", label: "Journal" }],
    ]);
  });

  it("tells the committee's rows from the add-on's, inside the bilan and below it", () => {
    const written = [["Bilan"], header, row("Kiosque", ""), row("Journal", "")];
    const record = recordOf(written, ["h:title", "h:table", "k1", "k2"]);
    const values = [
      ["Bilan"],
      header,
      row("Kiosque", "bien"),
      ["Note du comité", "ajoutée ici"],
      ["", "", "", "", "", "", "", "", "à côté"],
      row("Journal", ""),
      ["Adopté à l'unanimité"],
    ];
    const read = readBilan(
      values,
      values.map((r) => r.map(() => "")),
      { startRow: 1, lines: record },
    );
    if (!read.ok) throw new Error("not read");
    // The row below the last line is not in the bilan; the two inserted rows are the committee's.
    expect(read.block.map((b) => b.id)).toEqual([
      lineId("h:title"),
      lineId("h:table"),
      lineId("k1"),
      null,
      null,
      lineId("k2"),
    ]);
    expect(read.block[4].beyond).toBe(true);
  });

  it("reads an old bilan by its hidden key column, and says when columns were moved or nothing is readable", () => {
    const legacyHeader = [...header, LEGACY_KEY_LABEL.fr];
    const values = [
      ["Bilan", "", "", "", "", "", "", "h:title"],
      legacyHeader,
      [...row("Kiosque", "ok"), "aaaaaaaaaa"],
      ["Ajout du comité"],
      [...row("Journal", ""), "bbbbbbbbbb"],
    ];
    const read = readBilan(
      values,
      values.map((r) => r.map(() => "")),
      null,
    );
    if (!read.ok) throw new Error("not read");
    expect(read.legacy).toBe(true);
    expect(read.inPlace).toBe(true);
    expect(read.block.map((b) => b.id)).toEqual([
      lineId("h:title"),
      lineId(LEGACY_KEY_LABEL.fr),
      lineId("aaaaaaaaaa"),
      null,
      lineId("bbbbbbbbbb"),
    ]);
    expect(read.comments.get(lineId("aaaaaaaaaa"))?.write).toBe("'ok");

    const moved = values.map((r) => ["", ...r]);
    const movedRead = readBilan(
      moved,
      moved.map((r) => r.map(() => "")),
      null,
    );
    expect(movedRead.ok && movedRead.inPlace).toBe(false);
    // No record and no key column (deleted): nothing can be read, and nothing is claimed.
    const noKeys = values.map((r) => r.slice(0, 7));
    expect(
      readBilan(
        noKeys,
        noKeys.map((r) => r.map(() => "")),
        null,
      ).ok,
    ).toBe(false);
  });
});

describe("alignRows", () => {
  it("matches in order, leaving inserted rows out and skipping deleted lines", () => {
    expect(alignRows(["a", "b", "c", "d"], ["a", "x", "b", "d", "y"])).toEqual([0, null, 1, 3, null]);
    expect(alignRows(["a", "b"], ["z", "a", "b"])).toEqual([null, 0, 1]);
    expect(alignRows([], ["a"])).toEqual([null]);
  });
});

describe("placeLines", () => {
  const block = (ids: Array<string | null>) => ids.map((id) => ({ id, beyond: false }));
  it("keeps a committee row after the line it followed, wherever that line now is", () => {
    // Old: A B [C] D E; new: A D B E (B moved after D): the committee row stays after B.
    const placed = placeLines(block(["A", "B", null, "D", "E"]), ["A", "D", "B", "E"], 10);
    expect(placed.segments.map((s) => [s.oldStart, s.oldCount, s.newStart, s.newCount])).toEqual([
      [0, 2, 0, 3],
      [3, 2, 3, 1],
    ]);
    expect(placed.lineRows).toEqual([10, 11, 12, 14]);
    expect(placed.blockRows).toBe(5);
    expect(placed.committeeRows).toBe(1);
  });

  it("keeps a committee row at the top when no line above it survives, and rows holding the committee's text", () => {
    const placed = placeLines(block(["A", null, "B"]), ["B", "C"], 1);
    expect(placed.segments.map((s) => [s.newStart, s.newCount])).toEqual([
      [0, 0],
      [0, 2],
    ]);
    const kept = placeLines(
      [
        { id: "A", beyond: false },
        { id: "B", beyond: true },
      ],
      ["A"],
      1,
    );
    expect(kept.segments[0].keepSurplus).toBe(true);
    expect(kept.blockRows).toBe(2);
  });
});
