/** A carried Échéancier re-read in the new Période (core/next-year/carried-deadline.ts). */
import { describe, expect, it } from "vitest";
import { carriedDeadline } from "../../../src/core/next-year/carried-deadline";

const NEXT = { start: "2027-01-01", end: "2027-12-31" };
const TODAY = "2026-11-20";

describe("carriedDeadline", () => {
  it("moves a time of year with a past explicit year into the new Période", () => {
    expect(carriedDeadline("Hiver 2026", NEXT, TODAY)).toEqual({
      kind: "redated",
      from: "Hiver 2026",
      to: "Hiver 2027",
    });
    expect(carriedDeadline("Mai 2026", NEXT, TODAY)).toEqual({
      kind: "redated",
      from: "Mai 2026",
      to: "Mai 2027",
    });
    expect(carriedDeadline("fin mars 2026", NEXT, TODAY)).toEqual({
      kind: "redated",
      from: "fin mars 2026",
      to: "fin mars 2027",
    });
    // Two years back: moved as far as it takes.
    expect(carriedDeadline("Mai 2025", NEXT, TODAY)).toEqual({
      kind: "redated",
      from: "Mai 2025",
      to: "Mai 2027",
    });
  });

  it("leaves a full past date undated, to be given again", () => {
    expect(carriedDeadline("15 mars 2026", NEXT, TODAY)).toEqual({ kind: "undated", from: "15 mars 2026" });
  });

  it("keeps what needs no change: no year, already in the Période, not understood", () => {
    for (const text of ["Octobre", "Mai 2027", "15 mars 2027", "quand le budget sera voté", ""])
      expect(carriedDeadline(text, NEXT, TODAY)).toEqual({ kind: "kept", text });
  });

  it("keeps a September–June committee's seasons in its new Période", () => {
    const period = { start: "2026-09-01", end: "2027-06-30" };
    expect(carriedDeadline("Printemps 2026", period, "2026-06-01")).toEqual({
      kind: "redated",
      from: "Printemps 2026",
      to: "Printemps 2027",
    });
  });
});
