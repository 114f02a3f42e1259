/**
 * Reading the Membres sheet's addresses: the column found by its header in either language, several
 * addresses per cell, "Name <address>" and mailto:, duplicates counted once, and every text that is not
 * an address reported with its cell.
 */
import { describe, expect, it } from "vitest";
import { isValidEmail, readMemberEmails } from "../../../src/core/share/member-emails";

describe("isValidEmail", () => {
  it("accepts ordinary addresses and refuses the rest", () => {
    for (const ok of ["julie@example.org", "marc.gagnon+cse@syndicat.qc.ca", "a_b@sous.domaine.com"])
      expect(isValidEmail(ok), ok).toBe(true);
    for (const bad of [
      "",
      "julie",
      "julie@",
      "@example.org",
      "julie@example",
      "julie @example.org",
      "julie@@example.org",
      "julie..t@example.org",
      ".julie@example.org",
      "julie.@example.org",
      "julie@-example.org",
      '=HYPERLINK("x")',
    ])
      expect(isValidEmail(bad), bad).toBe(false);
  });
});

describe("readMemberEmails", () => {
  it("reads the Courriel column, whatever its position, and names the cell of each invalid text", () => {
    const result = readMemberEmails([
      ["Nom", "Rôle", "Courriel"],
      ["Julie Tremblay", "Présidente", "Julie.Tremblay@Example.org"],
      ["Marc Gagnon", "Trésorier", "marc@example"],
      ["Sophie Roy", "", ""],
      ["Luc", "", "luc@example.org; Paul <paul@example.org>"],
      ["Julie (bis)", "", "mailto:julie.tremblay@example.org"],
    ]);
    expect(result).toEqual({
      ok: true,
      emails: [
        { email: "julie.tremblay@example.org", cell: "C2" },
        { email: "luc@example.org", cell: "C5" },
        { email: "paul@example.org", cell: "C5" },
      ],
      invalid: [{ text: "marc@example", cell: "C3" }],
    });
  });

  it("finds an English header below a title row", () => {
    const result = readMemberEmails([["Committee members"], ["Name", "E-mail"], ["Ann", "ann@example.org"]]);
    expect(result).toEqual({ ok: true, emails: [{ email: "ann@example.org", cell: "B3" }], invalid: [] });
  });

  it("says when there is no e-mail column", () => {
    expect(
      readMemberEmails([
        ["Nom", "Rôle"],
        ["Julie", "Présidente"],
      ]),
    ).toEqual({ ok: false, reason: "noColumn" });
    expect(readMemberEmails([])).toEqual({ ok: false, reason: "noColumn" });
  });
});
