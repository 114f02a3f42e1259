/**
 * Property tests of issue 21 with fast-check, in the four plans of the corpus (September–August,
 * calendar year, three-year mandate, no Période): a modifier narrows what it modifies and never widens it
 * (for random phrases built from a base — a month, a season, a year, with or without its year — and a
 * modifier — début/mi/fin, a week, a fortnight, an n-th weekday, a third — the modified span lies inside
 * the base's span); and a start phrase (`à partir de`, `dès`, `starting in`…) never yields an Échéance
 * before the Période's end, since it names no end.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MONTH_NAMES } from "../../src/core/dates";
import { type EcheanceContext, parseEcheance } from "../../src/core/echeance";

const CONTEXTS: EcheanceContext[] = [
  { period: { start: "2025-09-01", end: "2026-08-31" }, reference: "2025-09-10" },
  { period: { start: "2026-01-01", end: "2026-12-31" }, reference: "2026-01-05" },
  { period: { start: "2025-09-01", end: "2028-08-31" }, reference: "2025-09-15" },
  { period: { start: "2024-03-01", end: "2025-02-28" }, reference: "2024-03-01" },
  { reference: "2025-09-10" },
];

const MONTHS_FR = MONTH_NAMES.fr;
const MONTHS_EN = MONTH_NAMES.en;
/** `de mars`, `d'avril`: French elision before a vowel. */
const deMonth = (m: string) => (/^[aeiouéo]/i.test(m) ? `d'${m}` : `de ${m}`);

const SEASONS: Array<{ base: string; of: string; en: string }> = [
  { base: "printemps", of: "du printemps", en: "spring" },
  { base: "été", of: "de l'été", en: "summer" },
  { base: "automne", of: "de l'automne", en: "fall" },
  { base: "hiver", of: "de l'hiver", en: "winter" },
];

const yearSuffix = fc.constantFrom("", " 2025", " 2026", " 2027");

/** [base phrase, modified phrase] pairs: the modified one must fall inside the base. */
const monthPair = fc
  .tuple(fc.integer({ min: 0, max: 11 }), yearSuffix, fc.integer({ min: 0, max: 14 }))
  .map(([m, y, k]): [string, string] => {
    const fr = MONTHS_FR[m] + y;
    const en = MONTHS_EN[m] + (y ? `,${y}` : "");
    const modified = [
      `début ${fr}`,
      `mi-${fr}`,
      `fin ${fr}`,
      `première semaine ${deMonth(fr)}`,
      `2e semaine ${deMonth(fr)}`,
      `dernière semaine ${deMonth(fr)}`,
      `première quinzaine ${deMonth(fr)}`,
      `2e quinzaine ${deMonth(fr)}`,
      `le premier lundi ${deMonth(fr)}`,
      `le dernier vendredi ${deMonth(fr)}`,
      `le 2e mardi ${deMonth(fr)}`,
      `early ${MONTHS_EN[m]}${y}`,
      `end of ${MONTHS_EN[m]}${y}`,
      `the first week of ${MONTHS_EN[m]}${y}`,
      `the last Friday of ${en}`,
    ][k];
    return [k >= 11 ? MONTHS_EN[m] + y : fr, modified];
  });

const seasonPair = fc
  .tuple(fc.integer({ min: 0, max: 3 }), yearSuffix, fc.integer({ min: 0, max: 5 }))
  .map(([s, y, k]): [string, string] => {
    const season = SEASONS[s];
    const modified = [
      `début ${season.of}${y}`,
      `milieu ${season.of}${y}`,
      `fin ${season.of}${y}`,
      `early ${season.en}${y}`,
      `mid-${season.en}${y}`,
      `late ${season.en}${y}`,
    ][k];
    return [k >= 3 ? season.en + y : season.base + y, modified];
  });

const yearPair = fc
  .tuple(fc.constantFrom("2024", "2025", "2026", "2027"), fc.integer({ min: 0, max: 6 }))
  .map(([y, k]): [string, string] => [
    y,
    [
      `début ${y}`,
      `mi-${y}`,
      `fin ${y}`,
      `fin de l'année ${y}`,
      `début de l'année ${y}`,
      `mid-${y}`,
      `late ${y}`,
    ][k],
  ]);

describe("modifiers narrow, never widen (issue 21)", () => {
  it("the modified span lies inside the base's span, in every plan", () => {
    fc.assert(
      fc.property(
        fc.oneof(monthPair, seasonPair, yearPair),
        fc.constantFrom(...CONTEXTS),
        ([base, modified], ctx) => {
          const b = parseEcheance(base, ctx);
          const m = parseEcheance(modified, ctx);
          expect(b.kind, `${base} → ${JSON.stringify(b)}`).toBe("dated");
          expect(m.kind, `${modified} → ${JSON.stringify(m)}`).toBe("dated");
          if (b.kind !== "dated" || m.kind !== "dated") return;
          expect(
            m.start >= b.start && m.end <= b.end,
            `${modified} ${m.start}..${m.end} ⊄ ${base} ${b.start}..${b.end}`,
          ).toBe(true);
          expect(
            m.start < b.start || m.end < b.end || m.start > b.start || m.end > b.end,
            `${modified} is narrower`,
          ).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

const STARTS = [
  "à partir de",
  "à partir du",
  "dès",
  "dès le",
  "dès la",
  "à compter de",
  "starting in",
  "from",
  "as of",
  "starting",
];
const TARGETS = [
  "mai",
  "mai 2026",
  "janvier",
  "septembre 2025",
  "15 mars",
  "15 mars 2026",
  "1er octobre",
  "l'automne",
  "printemps 2026",
  "fin de l'année 2025",
  "2026",
  "la session d'hiver",
  "mi-avril",
  "la première semaine de mai",
  "March",
  "March 2026",
];

describe("starts are not deadlines (issue 21)", () => {
  it("a start phrase gives the Période's end as its Échéance, or no date", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STARTS),
        fc.constantFrom(...TARGETS),
        fc.constantFrom(...CONTEXTS),
        (start, target, ctx) => {
          const text = `${start} ${target}`;
          const r = parseEcheance(text, ctx);
          if (r.kind !== "dated") return;
          expect(ctx.period, `${text} is dated without a Période`).toBeDefined();
          expect(r.end, `${text} → ${r.start}..${r.end}`).toBe(ctx.period!.end);
          expect(r.start <= r.end).toBe(true);
        },
      ),
      { numRuns: 1500 },
    );
  });
});
