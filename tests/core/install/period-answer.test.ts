/**
 * The Période as answered at install: every span the échéancier parser reads, an empty answer kept for
 * the default, anything else not guessed at.
 */
import { describe, expect, it } from "vitest";
import { readPeriodAnswer } from "../../../src/core/install/period-answer";

const TODAY = "2026-03-15";

describe("readPeriodAnswer", () => {
  it.each([
    ["du 1er septembre 2026 au 31 août 2027", "2026-09-01", "2027-08-31"],
    ["01/09/2026 au 31/08/2027", "2026-09-01", "2027-08-31"],
    ["Du 01/09/2026 au 31/08/2027", "2026-09-01", "2027-08-31"],
    ["septembre 2026 à août 2027", "2026-09-01", "2027-08-31"],
    ["2026-09-01 - 2027-08-31", "2026-09-01", "2027-08-31"],
    ["2026-2027", "2026-09-01", "2027-08-31"], // a committee year (issue 21), not two calendar years
    ["from September 2026 to August 2027", "2026-09-01", "2027-08-31"],
  ])("reads %s", (answer, start, end) => {
    expect(readPeriodAnswer(answer, TODAY)).toEqual({ kind: "period", start, end });
  });

  it("keeps an empty answer for the default, and does not guess at the rest", () => {
    expect(readPeriodAnswer("   ", TODAY)).toEqual({ kind: "empty" });
    expect(readPeriodAnswer("à la rentrée", TODAY)).toEqual({ kind: "unreadable", text: "à la rentrée" });
    expect(readPeriodAnswer("15 mars 2026", TODAY)).toEqual({ kind: "unreadable", text: "15 mars 2026" });
  });
});
