/**
 * Property tests of the échéancier parser with fast-check: on arbitrary strings and cell values, and on
 * phrases generated from a grammar of month/season/quarter/year/range/modifier/recurrence fragments, it
 * never throws, always returns a well-formed result, and every date it gives is a real ISO day, ordered,
 * and within ±10 years of the plan's period.
 */

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type EcheanceContext,
  findTrailingEcheance,
  type ParsedEcheance,
  parseEcheance,
} from "../../src/core/echeance";

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function validIso(s: unknown): boolean {
  if (typeof s !== "string") return false;
  const r = ISO.exec(s);
  if (!r) return false;
  const dt = new Date(Date.UTC(+r[1], +r[2] - 1, +r[3]));
  return dt.getUTCFullYear() === +r[1] && dt.getUTCMonth() === +r[2] - 1 && dt.getUTCDate() === +r[3];
}

function windowOf(ctx: EcheanceContext): [string, string] {
  const lo = +(ctx.period ? ctx.period.start : ctx.reference).slice(0, 4) - 10;
  const hi = +(ctx.period ? ctx.period.end : ctx.reference).slice(0, 4) + 10;
  return [`${lo}-01-01`, `${hi}-12-31`];
}

function checkShape(r: ParsedEcheance, ctx: EcheanceContext, input: string): void {
  const [lo, hi] = windowOf(ctx);
  expect(typeof r.matched).toBe("string");
  if (r.kind === "dated") {
    expect(validIso(r.start) && validIso(r.end), JSON.stringify(r)).toBe(true);
    expect(r.start <= r.end, JSON.stringify(r)).toBe(true);
    expect(r.start >= lo && r.end <= hi, `${input} → ${JSON.stringify(r)}`).toBe(true);
    expect(["day", "week", "month", "season", "quarter", "half", "year", "period"]).toContain(r.precision);
    expect(typeof r.approximate).toBe("boolean");
    expect(r.matched.length).toBeGreaterThan(0);
  } else if (r.kind === "recurring") {
    expect(["daily", "weekly", "monthly", "yearly"]).toContain(r.frequency);
    expect(Number.isInteger(r.interval) && r.interval >= 1).toBe(true);
    if (r.timesPerYear !== undefined)
      expect(Number.isInteger(r.timesPerYear) && r.timesPerYear >= 1).toBe(true);
    if (r.first) {
      expect(validIso(r.first.start) && validIso(r.first.end)).toBe(true);
      expect(r.first.start <= r.first.end).toBe(true);
      expect(r.first.start >= lo && r.first.end <= hi).toBe(true);
    }
    expect(r.matched.length).toBeGreaterThan(0);
  } else {
    expect(r.kind).toBe("none");
    expect(r.matched).toBe("");
    expect(typeof r.reason.fr === "string" && r.reason.fr.length > 0).toBe(true);
    expect(typeof r.reason.en === "string" && r.reason.en.length > 0).toBe(true);
  }
}

/** A valid context: a period of 1 to 36 months between 2000 and 2040 (or none), a reference near it. */
const contextArb: fc.Arbitrary<EcheanceContext> = fc
  .record({
    y: fc.integer({ min: 2000, max: 2040 }),
    m: fc.integer({ min: 1, max: 12 }),
    months: fc.integer({ min: 1, max: 36 }),
    refOffset: fc.integer({ min: -400, max: 1200 }),
    hasPeriod: fc.boolean(),
  })
  .map(({ y, m, months, refOffset, hasPeriod }) => {
    const start = new Date(Date.UTC(y, m - 1, 1));
    const end = new Date(Date.UTC(y, m - 1 + months, 0));
    const ref = new Date(start.getTime() + refOffset * 86400000);
    const isoOf = (dt: Date) => dt.toISOString().slice(0, 10);
    return hasPeriod
      ? { period: { start: isoOf(start), end: isoOf(end) }, reference: isoOf(ref) }
      : { reference: isoOf(ref) };
  });

const monthWords = [
  "janvier",
  "Janv.",
  "février",
  "fevrier",
  "févr.",
  "mars",
  "avril",
  "avr.",
  "mai",
  "juin",
  "juillet",
  "juil.",
  "août",
  "aout",
  "septembre",
  "sept.",
  "octobre",
  "oct.",
  "novembre",
  "déc.",
  "DÉCEMBRE",
  "January",
  "Feb",
  "March",
  "May",
  "June",
  "Sep",
  "December",
];
const seasonWords = ["printemps", "été", "automne", "hiver", "Spring", "summer", "fall", "autumn", "winter"];
const yearArb = fc.integer({ min: 1985, max: 2060 }).map(String);
const maybeYear = fc.option(yearArb, { nil: undefined });
const withYear = (w: string, y: string | undefined) => (y === undefined ? w : `${w} ${y}`);

const pointArb: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom(...monthWords), maybeYear).map(([m, y]) => withYear(m, y)),
  fc.tuple(fc.constantFrom(...seasonWords), maybeYear).map(([s, y]) => withYear(s, y)),
  fc
    .tuple(
      fc.constantFrom("début", "mi-", "fin", "end of", "early", "mid-", "late"),
      fc.constantFrom(...monthWords),
      maybeYear,
    )
    .map(([mod, m, y]) => withYear(mod.endsWith("-") ? mod + m : `${mod} ${m}`, y)),
  fc
    .tuple(fc.integer({ min: 0, max: 33 }), fc.constantFrom(...monthWords), maybeYear)
    .map(([dd, m, y]) => withYear(`${dd === 1 ? "1er" : dd} ${m}`, y)),
  fc
    .tuple(fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 13 }), yearArb)
    .map(([dd, mm, y]) => `${dd}/${String(mm).padStart(2, "0")}/${y}`),
  fc
    .tuple(yearArb, fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, mm, dd]) => `${y}-${String(mm).padStart(2, "0")}-${String(dd).padStart(2, "0")}`),
  fc
    .tuple(fc.constantFrom("T", "Q", "H", "S"), fc.integer({ min: 0, max: 5 }), maybeYear)
    .map(([l, n, y]) => withYear(l + n, y)),
  fc
    .tuple(
      fc.constantFrom("1er", "2e", "deuxième", "premier", "3e", "4e"),
      fc.constantFrom("trimestre", "semestre"),
      maybeYear,
    )
    .map(([o, u, y]) => withYear(`${o} ${u}`, y)),
  yearArb,
);

const phraseArb: fc.Arbitrary<string> = fc.oneof(
  pointArb,
  fc
    .tuple(pointArb, fc.constantFrom("-", " - ", "–", " à ", " au ", "—", " to "), pointArb)
    .map(([a, sep, b]) => a + sep + b),
  fc.tuple(pointArb, pointArb).map(([a, b]) => `de ${a} à ${b}`),
  fc.tuple(pointArb, pointArb).map(([a, b]) => `entre ${a} et ${b}`),
  fc.tuple(fc.integer({ min: 0, max: 32 }), pointArb).map(([n, p]) => `du ${n} au ${p}`),
  fc
    .tuple(fc.constantFrom("d'ici le", "avant le", "avant", "au plus tard", "by", "d'ici"), pointArb)
    .map(([a, p]) => `${a} ${p}`),
  fc.constantFrom(
    "mandat complet",
    "reste du mandat",
    "en continu",
    "ongoing",
    "reste de l'année",
    "d'ici la fin du mandat",
    "à déterminer",
    "TBD",
    "?",
    "_____",
    "chaque mois",
    "annuellement",
    "twice a year",
  ),
  fc
    .tuple(
      fc.option(pointArb, { nil: undefined }),
      fc.integer({ min: 0, max: 60 }),
      fc.constantFrom("année", "an", "mois", "semaine"),
    )
    .map(([p, n, u]) => `${p === undefined ? "" : p + " "}${n} fois par ${u}`),
  fc.tuple(pointArb, fc.string({ maxLength: 20 })).map(([p, s]) => `${p}, ${s}`),
  fc.tuple(pointArb).map(([p]) => `(${p})`),
  fc.tuple(fc.string({ maxLength: 6 }), pointArb, fc.string({ maxLength: 6 })).map(([a, p, b]) => a + p + b),
);

describe("parseEcheance properties", () => {
  it("arbitrary strings: never throws, well-formed result, dates valid and within ±10 years", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), contextArb, (s, ctx) => {
        checkShape(parseEcheance(s, ctx), ctx, s);
      }),
      { numRuns: 2000 },
    );
  });

  it("arbitrary full-unicode strings and cell values never throw", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "grapheme", maxLength: 40 }),
          fc.anything(),
          fc.date(),
          fc.integer(),
          fc.double(),
          fc.boolean(),
        ),
        contextArb,
        (v, ctx) => {
          const r = parseEcheance(v, ctx);
          checkShape(r, ctx, typeof v === "string" ? v : "(value)");
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("grammar phrases: never throws, well-formed result, dates valid and within ±10 years", () => {
    let understood = 0;
    fc.assert(
      fc.property(phraseArb, contextArb, (s, ctx) => {
        const r = parseEcheance(s, ctx);
        checkShape(r, ctx, s);
        if (r.kind !== "none") understood++;
      }),
      { numRuns: 3000 },
    );
    // many generated years fall outside the window, but a good share must still be understood
    expect(understood).toBeGreaterThan(400);
  });

  it("a group inside an unclosed parenthesis is not a trailing deadline", () => {
    expect(findTrailingEcheance("Faire l'action 8 ((printemps)")).toBeNull();
  });

  it("grammar phrases in trailing parentheses: findTrailingEcheance splits without losing text", () => {
    fc.assert(
      fc.property(phraseArb, (p) => {
        const action = `Faire l'action ${p.length}`;
        const r = findTrailingEcheance(`${action} (${p})`);
        if (r !== null) {
          expect(r.action).toBe(action);
          expect(r.echeancier.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("a month with its year always gives that whole month", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2015, max: 2035 }), (m, y) => {
        const words = [
          "janvier",
          "février",
          "mars",
          "avril",
          "mai",
          "juin",
          "juillet",
          "août",
          "septembre",
          "octobre",
          "novembre",
          "décembre",
        ];
        const ctx = { period: { start: "2025-01-01", end: "2025-12-31" }, reference: "2025-01-01" };
        const r = parseEcheance(`${words[m - 1]} ${y}`, ctx);
        const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
        const mm = String(m).padStart(2, "0");
        expect(r).toMatchObject({
          kind: "dated",
          start: `${y}-${mm}-01`,
          end: `${y}-${mm}-${last}`,
          precision: "month",
        });
      }),
      { numRuns: 300 },
    );
  });
});
