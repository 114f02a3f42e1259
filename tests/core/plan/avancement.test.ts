/**
 * The one reader of Avancement cells: every way a committee types 30 % reads as 0.3, whatever Sheets
 * stored (a number, a fraction, text), numbers mean what the column's format shows, and what a message
 * quotes is what the cell shows.
 */
import { describe, expect, it } from "vitest";
import {
  avancementFormat,
  avancementShown,
  percentText,
  readAvancement,
} from "../../../src/core/plan/avancement";
import { formatNumber } from "../../../src/local/emulator/values";

describe("readAvancement", () => {
  it("reads 30, 30 %, 30%, 0,3 and 0.3 as 30 %, stored as numbers or as text", () => {
    for (const value of [30, 0.3, "30", "30 %", "30\u00a0%", "30\u202f%", "30%", "0,3", "0.3", " 30 % "]) {
      expect({ value, reading: readAvancement(value) }).toEqual({
        value,
        reading: { kind: "ratio", ratio: 0.3 },
      });
    }
  });

  it("keeps what is out of range (for validation to flag) and tells empty from unreadable", () => {
    expect(readAvancement(120)).toEqual({ kind: "ratio", ratio: 1.2 });
    expect(readAvancement(1.2)).toEqual({ kind: "ratio", ratio: 1.2 }); // "120 %" typed with its sign
    expect(readAvancement("-10 %")).toEqual({ kind: "ratio", ratio: -0.1 });
    expect(readAvancement(1)).toEqual({ kind: "ratio", ratio: 1 });
    expect(readAvancement(2)).toEqual({ kind: "ratio", ratio: 0.02 });
    expect(readAvancement("")).toEqual({ kind: "empty" });
    expect(readAvancement("  ")).toEqual({ kind: "empty" });
    expect(readAvancement(undefined)).toEqual({ kind: "empty" });
    expect(readAvancement("moitié")).toEqual({ kind: "unreadable" });
    expect(readAvancement("30 pour cent")).toEqual({ kind: "unreadable" });
  });

  it("agrees with the column's number format: a number means what the cell shows", () => {
    for (const n of [0, 0.05, 0.3, 0.999, 1, 1.2, 1.5, 1.99, 2, 30, 99, 100, 120, -0.1]) {
      const reading = readAvancement(n);
      if (reading.kind !== "ratio") throw new Error(String(n));
      const shown = formatNumber(n, avancementFormat("fr"), "fr_CA");
      expect({ n, shown }).toEqual({ n, shown: percentText(Math.round(reading.ratio * 100) / 100, "fr") });
      expect(avancementShown(n, "fr")).toBe(shown);
      expect(avancementShown(n, "en")).toBe(formatNumber(n, avancementFormat("en"), "en_US"));
    }
  });

  it("quotes text as typed", () => {
    expect(avancementShown("moitié", "fr")).toBe("moitié");
    expect(avancementShown(" 150 % ", "fr")).toBe("150 %");
    expect(percentText(0.305, "fr")).toBe("30,5\u00a0%");
    expect(percentText(0.305, "en")).toBe("30.5%");
  });
});
