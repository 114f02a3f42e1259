/**
 * Lateness as people say it: days, then weeks, then the month of the missed deadline.
 */
import { describe, expect, it } from "vitest";
import { latenessPhrase } from "../../src/core/lateness";

describe("latenessPhrase", () => {
  it("counts days, then weeks, then names the month", () => {
    expect(latenessPhrase("2026-03-14", "2026-03-15", "fr")).toBe("depuis 1 jour");
    expect(latenessPhrase("2026-03-05", "2026-03-15", "fr")).toBe("depuis 10 jours");
    expect(latenessPhrase("2026-02-22", "2026-03-15", "fr")).toBe("depuis 3 semaines");
    expect(latenessPhrase("2026-01-20", "2026-03-15", "fr")).toBe("depuis 7 semaines");
    expect(latenessPhrase("2019-11-30", "2026-10-15", "fr")).toBe("depuis novembre 2019");
    expect(latenessPhrase("2019-11-30", "2026-10-15", "en")).toBe("since November 2019");
    expect(latenessPhrase("2026-02-22", "2026-03-15", "en")).toBe("for 3 weeks");
    expect(latenessPhrase("2026-03-14", "2026-03-15", "en")).toBe("for 1 day");
  });
});
