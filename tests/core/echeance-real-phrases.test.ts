/**
 * The échéancier on the phrases real plans write (issue 12), one row per shape: a label before a date or
 * a range, two-digit end years, `fin/début <année>`, `<mois> prochain` and `le 5 janvier prochain` (from
 * the reference date), two days, a label after a complete date, weekday dates, English long dates with a
 * time, recurrences (`aux trois ans`, `par trimestre`, `au moins trois réunions annuelles`); past
 * references and durations give no deadline, with a reason that says why. Then a property: text without
 * a date word never gets a date.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type EcheanceContext, parseEcheance } from "../../src/core/echeance";

const CTX: EcheanceContext = { period: { start: "2024-09-01", end: "2025-08-31" }, reference: "2024-10-01" };

type Row =
  | [string, "dated", string, string]
  | [string, "recurring", string, number, number?]
  | [string, "none", RegExp];

const ROWS: Row[] = [
  // a label before a date or a range
  // issue 21: a range of years is committee years (the plan's year starts in September), and the
  // school year runs September → June; they read whole calendar years before
  ["MANDAT 2019-2022", "dated", "2019-09-01", "2022-08-31"],
  ["Année scolaire 2014/2015", "dated", "2014-09-01", "2015-06-30"],
  ["Plan stratégique 2025-2030", "dated", "2025-09-01", "2030-08-31"],
  ["réunion de juin", "dated", "2025-06-01", "2025-06-30"],
  ["Assemblée générale de juin", "dated", "2025-06-01", "2025-06-30"],
  ["AG du comité avril 2015", "dated", "2015-04-01", "2015-04-30"],
  ["lors de la paie du 2 octobre", "dated", "2024-10-02", "2024-10-02"],
  ["Date de publication : juin 2024", "dated", "2024-06-01", "2024-06-30"],
  // two-digit end years
  ["2016-17", "dated", "2016-09-01", "2017-08-31"],
  ["Année 2024-25", "dated", "2024-09-01", "2025-08-31"],
  ["Plan 2023-24 du comité", "dated", "2023-09-01", "2024-08-31"],
  // fin / début <année>
  // issue 21 (DESIGN.md §4): début / fin of a year are its first / last third (they were its quarters)
  ["fin 2018", "dated", "2018-09-01", "2018-12-31"],
  ["début 2017", "dated", "2017-01-01", "2017-04-30"],
  // relative to the reference date (2024-10-01)
  ["janvier prochain", "dated", "2025-01-01", "2025-01-31"],
  ["octobre prochain", "dated", "2025-10-01", "2025-10-31"],
  ["le 5 janvier prochain", "dated", "2025-01-05", "2025-01-05"],
  ["next March", "dated", "2025-03-01", "2025-03-31"],
  // issue 21: a relative year has nothing to anchor it (the plan does not say when it was written)
  ["l'an prochain", "none", /quand il a été écrit/],
  // two days
  ["les 27 et 28 août 2015", "dated", "2015-08-27", "2015-08-28"],
  ["les 3 et 4 mai", "dated", "2025-05-03", "2025-05-04"],
  // a label after a complete date
  ["21-25 novembre 2016 SERD", "dated", "2016-11-21", "2016-11-25"],
  ["12 mars 2025 au siège social", "dated", "2025-03-12", "2025-03-12"],
  // weekday dates and English long dates with a time
  ["Ce mercredi 8 octobre 2025", "dated", "2025-10-08", "2025-10-08"],
  ["Monday, December 20, 2021 at 7:30 p.m.", "dated", "2021-12-20", "2021-12-20"],
  ["Tuesday, March 4, 2025, 6 pm", "dated", "2025-03-04", "2025-03-04"],
  ["le 5 mai 2025 à 13 h 30", "dated", "2025-05-05", "2025-05-05"],
  ["jeudi 15 mai 2025 de 9 h à 12 h", "dated", "2025-05-15", "2025-05-15"],
  // recurrences
  ["aux trois ans", "recurring", "yearly", 3],
  ["par trimestre", "recurring", "monthly", 3, 4],
  ["au moins trois réunions annuelles", "recurring", "monthly", 4, 3],
  ["quatre rencontres mensuelles", "recurring", "weekly", 1, 52],
  // past references and durations: no deadline, and a reason that says so
  ["en mai dernier", "none", /passé/],
  ["l'an dernier", "none", /passé/],
  ["last May", "none", /passé/],
  ["depuis janvier", "none", /passé/],
  ["pour une durée de 6 semaines", "none", /durée/],
  ["pendant 3 mois", "none", /durée/],
  // labels that change the meaning are not labels: no date rather than a wrong one
  ["après juin", "none", /non compris/],
  ["pas avant mars", "none", /non compris/],
  ["mars ou avril", "none", /non compris/],
  ["annulé juin 2024", "none", /non compris/],
  ["sept fois par année", "none", /non compris/],
  ["au plus tôt à l'automne 2024", "none", /non compris/],
];

describe("real-plan phrases (issue 12)", () => {
  it.each(ROWS.map((row) => [row[0], row] as const))("%s", (text, row) => {
    const [, kind, a, b, c] = row as [string, string, unknown, unknown, unknown];
    const got = parseEcheance(text, CTX);
    expect(got.kind, JSON.stringify(got)).toBe(kind);
    if (got.kind === "dated") expect([got.start, got.end]).toEqual([a, b]);
    if (got.kind === "recurring") {
      expect([got.frequency, got.interval]).toEqual([a, b]);
      if (c !== undefined) expect(got.timesPerYear).toBe(c);
    }
    if (got.kind === "none") {
      expect(got.reason.fr).toMatch(a as RegExp);
      expect(got.reason.en.length).toBeGreaterThan(20);
    }
  });

  it("reads `prochain` from the reference date, and needs one", () => {
    const early = parseEcheance("janvier prochain", { reference: "2025-01-15" });
    expect(early.kind === "dated" && early.start).toBe("2026-01-01");
    const noRef = parseEcheance("janvier prochain", { reference: "" });
    expect(noRef.kind).toBe("none");
  });
});

/** Words plans use around dates that are not dates themselves (no month, season, weekday, number…). */
const PLAIN_WORDS = [
  "réunion",
  "assemblée",
  "générale",
  "comité",
  "exécutif",
  "membres",
  "organiser",
  "publier",
  "le",
  "la",
  "de",
  "du",
  "des",
  "lors",
  "avant",
  "après",
  "d'ici",
  "congrès",
  "AG",
  "responsable",
  "Marie",
  "Tremblay",
  "plan",
  "action",
  "mandat",
  "prochain",
  "dernier",
  "fin",
  "début",
  "mi",
  "chaque",
  "fois",
  "par",
  "au",
  "plus",
  "tard",
  "the",
  "by",
  "next",
  "last",
  "meeting",
  "committee",
  "dès",
  "que",
  "possible",
  "ou",
  "et",
];
const PUNCT = [" ", " ", " ", ", ", " : ", " - ", " (", ") ", "; "];

describe("property: text without a date word never gets a date", () => {
  it("holds for any arrangement of plain words and punctuation", () => {
    const phrase = fc
      .array(fc.tuple(fc.constantFrom(...PLAIN_WORDS), fc.constantFrom(...PUNCT)), {
        minLength: 1,
        maxLength: 9,
      })
      .map((parts) => parts.map(([w, p]) => w + p).join(""));
    fc.assert(
      fc.property(phrase, (text) => {
        const got = parseEcheance(text, CTX);
        expect(got.kind, `${text} → ${JSON.stringify(got)}`).not.toBe("dated");
        if (got.kind === "recurring") expect(got.first).toBeUndefined();
      }),
      { numRuns: 3000 },
    );
  });
});
