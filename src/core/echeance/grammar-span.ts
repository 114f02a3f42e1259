/**
 * Spans of one or two points, on the points grammar.ts reads: ranges (`-`, `à`, `au`, `de … à …`, `du … au
 * …`, `entre … et …`, English `to`, `from … to …`, `between … and …`, `June 27 – 29, 2014`), two days (`les
 * 27 et 28 août`), and two years joined, which are committee years (`2025-2026`, `2016-17`) or the school
 * year (`2025-2026 school year`). Results are cached on the cursor: the cell-level attempts try the same
 * positions several times.
 */

import { parsePoint, yearRangeAt } from "./grammar";
import { yearAfter } from "./grammar-parts";
import type { Cursor, Point, SpanExpr, Unit } from "./grammar-types";

const RANGE_SEPS: string[][] = [
  ["jusqu", "au"],
  ["jusqu", "a"],
  ["jusqu"],
  ["a"],
  ["au"],
  ["to"],
  ["through"],
  ["thru"],
  ["until"],
  ["till"],
];

/** A point or a range of two points. */
export function parseSpan(c: Cursor, i0: number): SpanExpr | null {
  if (!(i0 in c.spans)) c.spans[i0] = parseSpanUncached(c, i0);
  return c.spans[i0];
}

function parseSpanUncached(c: Cursor, i0: number): SpanExpr | null {
  let i = i0;
  let opener: "de" | "entre" | null = null;
  if (c.isWord(i, "de", "du", "d", "from", "des")) {
    opener = "de";
    i++;
  } else if (c.isWord(i, "entre", "between")) {
    opener = "entre";
    i++;
  }
  const p1 = parsePoint(c, i, true);
  if (p1 === null) return null;
  // `2016-17`, `2016/17`: a year range whose end keeps two digits (the next ten years only)
  if (p1.unit.u === "year" && p1.unit.third === undefined) {
    const range = yearRangeAt(c, p1.next - 1);
    if (range !== null && c.num(p1.next + 1)?.len === 2) {
      const p2: Point = { unit: { u: "year", y: range.y2 }, approx: false, next: range.next };
      return yearsAsOne(c, { p1, p2, next: p2.next });
    }
  }
  let j: number | null = null;
  if (opener === "entre") j = c.isWord(p1.next, "et", "and") ? p1.next + 1 : null;
  // `les 27 et 28 août 2015`: two days, read as the span from the first to the second
  else if (p1.unit.u === "bareday" && c.isWord(p1.next, "et", "and")) j = p1.next + 1;
  else if (c.isPunct(p1.next, "-")) j = p1.next + 1;
  // `2023/2024` (a union or school year written with a slash): only between two years
  else if (p1.unit.u === "year" && c.isPunct(p1.next, "/") && c.year(p1.next + 1) !== null) j = p1.next + 1;
  else j = c.anySeq(p1.next, RANGE_SEPS);
  if (j !== null) {
    const p2 = parsePoint(c, j, false) ?? sameMonthDay(c, j, p1.unit);
    if (p2 !== null) return yearsAsOne(c, { p1, p2, next: p2.next });
  }
  if (p1.unit.u === "bareday" || opener === "entre") return null;
  return { p1, next: p1.next };
}

/**
 * Two years joined (`2025-2026`, `de 2020 à 2022`, `2016-17`) are one unit, the committee years from the
 * first to the last (committee-year.ts), not two whole calendar years; followed by `school year` or
 * `scolaire` (`2025-2026 school year`), the school year. A reversed pair stays two points.
 */
function yearsAsOne(c: Cursor, e: SpanExpr): SpanExpr {
  const u1 = e.p1.unit;
  const u2 = e.p2?.unit;
  if (u1.u !== "year" || u2?.u !== "year" || u1.third || u2.third || u2.y <= u1.y) return e;
  let next = e.next;
  const school = c.seq(next, ["school", "year"]) ?? c.seq(next, ["scolaire"]);
  if (school !== null) next = school;
  const unit: Unit =
    school !== null ? { u: "years", y1: u1.y, y2: u2.y, school: true } : { u: "years", y1: u1.y, y2: u2.y };
  return { p1: { unit, approx: e.p1.approx || e.p2!.approx, next }, next };
}

/** `June 27 – 29, 2014`: the end of a range written as a day number only, in the month of its start. */
function sameMonthDay(c: Cursor, j: number, start: Unit): Point | null {
  const d = c.num(j);
  if (start.u !== "day" || d === null || d.len > 2 || d.n < 1 || d.n > 31 || d.ord !== "") return null;
  const after = c.tk[j + 1];
  if (after !== undefined && after.k !== "punct") return null;
  const oy = yearAfter(c, j + 1);
  return { unit: { u: "day", d: d.n, m: start.m, y: oy.y }, approx: false, next: oy.next };
}
