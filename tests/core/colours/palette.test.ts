/**
 * The palette is readable: every background/text pair reaches WCAG AA (4.5:1), and the contrast
 * function agrees with the WCAG reference values.
 */
import { describe, expect, it } from "vitest";
import { contrastRatio, MIN_CONTRAST_RATIO, PALETTE } from "../../../src/core/colours/palette";

describe("palette", () => {
  it("computes WCAG contrast ratios", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBeCloseTo(1, 5);
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
  });

  it.each(PALETTE.map((entry) => [entry.meaning, entry]))("%s reaches 4.5:1", (_meaning, entry) => {
    expect(contrastRatio(entry.fontColor, entry.background)).toBeGreaterThanOrEqual(MIN_CONTRAST_RATIO);
  });

  it("has one distinct background per meaning, and Annulé is struck through", () => {
    expect(new Set(PALETTE.map((entry) => entry.background)).size).toBe(PALETTE.length);
    expect(PALETTE.find((entry) => entry.meaning === "annule")?.strikethrough).toBe(true);
    expect(PALETTE.filter((entry) => entry.strikethrough).length).toBe(1);
  });
});
