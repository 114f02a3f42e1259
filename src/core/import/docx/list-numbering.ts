/**
 * Word's list numbers as Word shows them, for the .docx reader (docx-blocks.ts): counters per abstract
 * list (lists sharing one continue its numbering; a start override restarts it), a deeper level reset
 * when a shallower one counts, and labels rendered from `w:lvlText` (`%1.%2` → `1.2`) in each level's
 * `w:numFmt` — decimal, letters (`a`…`z`, `aa`…), roman numerals. ECMA-376 part 1, §17.9.
 */
import type { DocxContent, DocxLevel } from "./docx-content";

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, "m"],
    [900, "cm"],
    [500, "d"],
    [400, "cd"],
    [100, "c"],
    [90, "xc"],
    [50, "l"],
    [40, "xl"],
    [10, "x"],
    [9, "ix"],
    [5, "v"],
    [4, "iv"],
    [1, "i"],
  ];
  let out = "";
  let rest = n;
  for (const [value, letters] of table) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

function letters(n: number): string {
  // Word's lowerLetter: a…z, then aa…zz, aaa…
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case "lowerLetter":
      return letters(n);
    case "upperLetter":
      return letters(n).toUpperCase();
    case "lowerRoman":
      return roman(n);
    case "upperRoman":
      return roman(n).toUpperCase();
    case "decimalZero":
      return String(n).padStart(2, "0");
    default:
      return String(n);
  }
}

/** Word's list counters and labels, per abstract list (lists sharing one continue its numbering). */
export class ListCounters {
  private readonly counters = new Map<string, number[]>();
  private readonly started = new Set<string>();
  constructor(private readonly content: DocxContent) {}

  level(numId: string, ilvl: number): DocxLevel | null {
    const num = this.content.numbering.nums[numId];
    if (!num) return null;
    const base = this.content.numbering.abstracts[num.abstractId]?.[String(ilvl)];
    const override = num.overrides[String(ilvl)];
    if (!base && !override) return null;
    return {
      format: override?.format ?? base?.format ?? "decimal",
      text: override?.text ?? base?.text ?? "",
      start: override?.start ?? base?.start ?? 1,
    };
  }

  isBullet(numId: string, ilvl: number): boolean {
    const level = this.level(numId, ilvl);
    return level === null || level.format === "bullet";
  }

  /** Counts one paragraph at (numId, ilvl) and returns its label as Word shows it (`1.2`, `b)`). */
  next(numId: string, ilvl: number): string {
    const num = this.content.numbering.nums[numId];
    const key = num ? num.abstractId : `num:${numId}`;
    let counts = this.counters.get(key);
    if (
      !counts ||
      (!this.started.has(numId) && num && Object.values(num.overrides).some((o) => o.start !== undefined))
    ) {
      counts = [];
      this.counters.set(key, counts);
    }
    this.started.add(numId);
    const level = this.level(numId, ilvl);
    counts[ilvl] = counts[ilvl] === undefined ? (level?.start ?? 1) : counts[ilvl]! + 1;
    counts.length = ilvl + 1;
    const text = level?.text ?? "";
    return text.replace(/%(\d)/g, (_, d: string) => {
      const i = Number(d) - 1;
      const at = this.level(numId, i);
      return formatNumber(counts![i] ?? at?.start ?? 1, at?.format ?? "decimal");
    });
  }
}
