/**
 * The shapes the échéancier grammar reads (a unit — a day, a month, a week of a month, a season, a
 * quarter, a range of committee years, a cégep session… —, a point, a span of one or two points) and the
 * cursor it reads them with, over the tokens of text.ts. grammar.ts, grammar-parts.ts and
 * grammar-recurrence.ts read; resolve.ts and unit-span.ts place what they read on the calendar.
 */

import type { Season } from "./dates";
import type { Token } from "./text";

export type Modifier = "debut" | "mi" | "fin";

/** Which third of a season or a year `début / milieu / fin` names. */
export type Third = 1 | 2 | 3;

export type Unit =
  /** `wd`: the weekday written with the day (`mardi 13 mai`), checked against the date */
  | { u: "day"; d: number; m: number; y?: number; wd?: number }
  | { u: "month"; m: number; y?: number; mod?: Modifier }
  | { u: "season"; s: Season; y?: number; third?: Third }
  /** `plan`: the plan's quarter or half (counted from the committee year's start), `y` its first year */
  | { u: "quarter"; q: number; y?: number; plan?: boolean }
  | { u: "half"; h: number; y?: number; plan?: boolean }
  | { u: "year"; y: number; third?: Third }
  /** a range of years, `2025-2026`: committee years (or the school year, `année scolaire`) */
  | { u: "years"; y1: number; y2: number; school?: boolean }
  /** a cégep session: automne (late August → December), hiver (January → May), été (June → mid-August) */
  | { u: "session"; s: "automne" | "hiver" | "ete"; y?: number }
  /** `la rentrée` (late August → September); `rentrée d'hiver` is read as the month of January */
  | { u: "rentree"; y?: number }
  /** the n-th week (days 7n−6 … 7n; -1 = the last seven days) of a month */
  | { u: "week"; n: number; m: number; y?: number }
  /** the first (1–15) or second (16–end) fortnight of a month */
  | { u: "fortnight"; n: number; m: number; y?: number }
  /** the n-th weekday of a month (`le premier lundi d'octobre`; -1 = the last) */
  | { u: "nthday"; n: number; wd: number; m: number; y?: number }
  /** `la semaine du 12 mai`: Monday to Sunday of the week that holds that day */
  | { u: "weekof"; d: number; m: number; y?: number }
  /** a day number alone, only as the left end of a range: `du 3 au 7 mai` */
  | { u: "bareday"; d: number };

export interface Point {
  unit: Unit;
  /** written with `vers`, `environ`, `around`… */
  approx: boolean;
  next: number;
}

export interface SpanExpr {
  p1: Point;
  p2?: Point;
  next: number;
}

export class Cursor {
  /** parseSpan results by start index: the cell-level attempts try the same positions several times */
  readonly spans: { [i: number]: SpanExpr | null } = {};

  /** `text` is the cleaned text the tokens come from, to quote the user's words */
  constructor(
    readonly tk: Token[],
    readonly text = "",
  ) {}

  word(i: number): string | null {
    const t = this.tk[i];
    return t !== undefined && t.k === "word" ? t.t : null;
  }

  isWord(i: number, ...ws: string[]): boolean {
    const w = this.word(i);
    return w !== null && ws.indexOf(w) >= 0;
  }

  isPunct(i: number, ...ps: string[]): boolean {
    const t = this.tk[i];
    return t !== undefined && t.k === "punct" && ps.indexOf(t.t) >= 0;
  }

  num(i: number): Token | null {
    const t = this.tk[i];
    return t !== undefined && t.k === "num" ? t : null;
  }

  /** A four-digit year (the plausibility window is checked later, on the resolved dates). */
  year(i: number): number | null {
    const t = this.num(i);
    return t !== null && t.len === 4 && t.ord === "" ? t.n : null;
  }

  /** Matches a sequence of words; returns the index after it or null. */
  seq(i: number, words: string[]): number | null {
    for (let k = 0; k < words.length; k++) if (this.word(i + k) !== words[k]) return null;
    return i + words.length;
  }

  /** The first sequence of `list` that matches at i (lists are ordered longest first where it matters). */
  anySeq(i: number, list: string[][]): number | null {
    for (const words of list) {
      const r = this.seq(i, words);
      if (r !== null) return r;
    }
    return null;
  }

  adjacent(i: number): boolean {
    const a = this.tk[i];
    const b = this.tk[i + 1];
    return a !== undefined && b !== undefined && a.e === b.s;
  }
}
