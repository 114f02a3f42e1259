/**
 * The preview's corrections on long texts, through the built add-on: when a layout recogniser reads the
 * plan (the seeds: numbered orientations, year columns, a six-column table, objective sections), every
 * row still names its source line, so « cette ligne est … » is offered for every row; the « lignes non
 * placées » are exactly the lines that reading left out (no objective heading it used, no continuation
 * line already inside an action), each with its line; and a correction on a long text applies.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SEEDS, startAddon } from "../support/addon";

type Preview = {
  ok: boolean;
  layout: string;
  correctable: boolean;
  rows: { objectif: string; moyens: string; line: number }[];
  unplaced: string[];
  unplacedLines: { line: number; text: string }[];
};

const seed = (name: string) => readFileSync(join(SEEDS, name), "utf8");
const key = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

describe("corrections on a long text read by a layout recogniser", () => {
  for (const name of [
    "000_2205ef17d895db06.txt",
    "001_0631f15c20d05b66.txt",
    "002_ffaaf15c85753dfa.txt",
    "003_1c91ebdecc4a31f4.txt",
  ]) {
    it(`offers a correction for every row and lists only unused lines (${name})`, () => {
      const harness = startAddon({ now: "2026-01-15T15:00:00Z" });
      const preview = harness.addon.call<Preview>("previewImport", seed(name));
      expect(preview.layout).not.toBe("structured");
      expect(preview.correctable).toBe(true);
      expect(preview.rows.every((row) => row.line >= 0)).toBe(true);
      // Each row found at its own place, in the text's order (several actions of one table row share it).
      const lines = preview.rows.map((row) => row.line);
      expect(lines).toEqual([...lines].sort((a, b) => a - b));
      expect(new Set(lines).size).toBeGreaterThan(preview.rows.length / 3);
      // The unplaced list is the reading's own, each line with the line a correction names.
      expect(preview.unplacedLines.map((u) => u.text)).toEqual(preview.unplaced);
      expect(preview.unplacedLines.every((u) => u.line >= 0)).toBe(true);
      const objectives = new Set(preview.rows.map((row) => key(row.objectif)));
      const actions = preview.rows.map((row) => key(row.moyens)).join("\u0000");
      for (const u of preview.unplacedLines) {
        expect(objectives.has(key(u.text))).toBe(false);
        if (key(u.text).length >= 12) expect(actions.includes(key(u.text))).toBe(false);
      }
    });
  }

  it("applies a correction made on a long text's row and on one of its unplaced lines", () => {
    const harness = startAddon({ now: "2026-01-15T15:00:00Z" });
    const text = seed("003_1c91ebdecc4a31f4.txt");
    expect(text.length).toBeGreaterThan(20000);
    const preview = harness.addon.call<Preview>("previewImport", text);
    const row = preview.rows[5];
    const corrected = harness.addon.call<Preview>("previewImport", text, {
      lines: { [String(row.line)]: "ignore" },
    });
    expect(corrected.rows.map((r) => r.moyens)).not.toContain(row.moyens);
    const line = preview.unplacedLines.find((u) => /^Le financement du CISO/.test(u.text))!;
    const asAction = harness.addon.call<Preview>("previewImport", text, {
      lines: { [String(line.line)]: "action" },
    });
    expect(asAction.rows.some((r) => r.moyens.startsWith("Le financement du CISO"))).toBe(true);
    expect(asAction.unplacedLines.map((u) => u.text)).not.toContain(line.text);
  });
});
