/**
 * The bilan's section on the union columns, decided here so the bilan only places it: per objective and
 * overall, the sums of Budget prévu, Budget réel and Libérations (only the columns the plan has), and
 * the list of the actions with an Indicateur de réussite, each with its result (and its mandate when the
 * plan has that column). Only number cells are summed — what Sheets' SUM would count — and a line says
 * how many other cells were left out (validation names them). A plan without union columns gets no line.
 */
import type { CellValue } from "../../shared/cell";
import { type Lang, type Localized, localize, pluralOf } from "../i18n";
import type { PlanRow } from "../plan/plan-model";
import type { PlanTemplate, UnionColumnKey } from "../template";
import { readUnionNumber, type UnionColumnPositions, unionColumn, unionNumberFormat } from "./union-columns";

export type UnionBilanLineKind = "blank" | "section" | "tableHeader" | "figure" | "line" | "objective";

export interface UnionBilanLine {
  kind: UnionBilanLineKind;
  /** A key unique within the section (the bilan prefixes or stores it as it keys its own rows). */
  key: string;
  /** The cells from the bilan's first column on (text as plain strings: the bilan writes them as text). */
  cells: (string | number)[];
  /** 1-based columns holding an amount or days, with their number format. */
  formats: { column: number; format: string }[];
  /** 1-based column holding a 0..1 progress, shown as a percentage. */
  percentColumn?: number;
}

export const UNION_BILAN_TEXT = {
  moneyTitle: { fr: "Budget et libérations", en: "Budget and union leave" },
  objectiveHeader: { fr: "Objectif", en: "Objective" },
  total: { fr: "Total du plan", en: "Whole plan" },
  noObjective: { fr: "(sans objectif)", en: "(no objective)" },
  leftOutOne: {
    fr: "1 cellule qui n'est pas un nombre n'est pas comptée (Valider le plan la montre).",
    en: "1 cell that is not a number is not counted (Validate the plan shows it).",
  },
  leftOutMany: {
    fr: "{n} cellules qui ne sont pas des nombres ne sont pas comptées (Valider le plan les montre).",
    en: "{n} cells that are not numbers are not counted (Validate the plan shows them).",
  },
  indicatorsTitle: { fr: "Indicateurs de réussite", en: "Success indicators" },
  actionHeader: { fr: "Action", en: "Action" },
  progressHeader: { fr: "Avancement atteint", en: "Progress reached" },
  noIndicator: {
    fr: "Aucune action n'a d'indicateur de réussite inscrit.",
    en: "No action has a success indicator written in.",
  },
  noResult: { fr: "(pas encore de résultat)", en: "(no result yet)" },
} satisfies Record<string, Localized>;

const SUMMED: UnionColumnKey[] = ["budgetPrevu", "budgetReel", "liberations"];
/** Sums in cents and hundredths of a day, so that 0.1 + 0.2 shows 0.30, not 0.30000000000000004. */
const round2 = (value: number) => Math.round(value * 100) / 100;

export interface UnionBilanInput {
  /** The bilan's rows (the whole plan, or one year of it). */
  rows: PlanRow[];
  /** The plan sheet's values (row 1 of the sheet is index 0). */
  values: CellValue[][];
  positions: UnionColumnPositions;
  template: PlanTemplate;
  lang: Lang;
  /** The progress the bilan shows for a row (0..1), or "" for none. */
  progressOf: (row: PlanRow) => number | "";
}

export function unionBilanLines(input: UnionBilanInput): UnionBilanLine[] {
  const { positions, template, lang } = input;
  if (Object.keys(positions).length === 0) return [];
  const lines: UnionBilanLine[] = [];
  const say = (text: Localized, params: Record<string, string | number> = {}) => localize(lang, text, params);
  const cellOf = (row: PlanRow, key: UnionColumnKey): CellValue | undefined => {
    const column = positions[key];
    return column === undefined ? undefined : input.values[row.row - 1]?.[column - 1];
  };
  const textOf = (row: PlanRow, key: UnionColumnKey) => {
    const value = cellOf(row, key);
    return value === undefined || value === null ? "" : String(value).trim();
  };
  const objectiveName = (objectif: string) => objectif.trim() || say(UNION_BILAN_TEXT.noObjective);

  const summed = SUMMED.filter((key) => positions[key] !== undefined);
  if (summed.length > 0) {
    const objectives = new Map<string, number[]>();
    const total = summed.map(() => 0);
    let leftOut = 0;
    for (const row of input.rows) {
      let sums = objectives.get(row.objectif);
      if (!sums) {
        sums = summed.map(() => 0);
        objectives.set(row.objectif, sums);
      }
      summed.forEach((key, i) => {
        const read = readUnionNumber(cellOf(row, key));
        if (read.kind === "number") {
          sums[i] += read.value;
          total[i] += read.value;
        } else if (read.kind === "not-a-number") leftOut++;
      });
    }
    const formats = summed.map((key, i) => ({
      column: 3 + i,
      format: unionNumberFormat(unionColumn(template, key).kind, lang) ?? "0",
    }));
    lines.push({ kind: "blank", key: "b:money", cells: [], formats: [] });
    lines.push({ kind: "section", key: "s:money", cells: [say(UNION_BILAN_TEXT.moneyTitle)], formats: [] });
    lines.push({
      kind: "tableHeader",
      key: "t:money",
      cells: [
        "",
        say(UNION_BILAN_TEXT.objectiveHeader),
        ...summed.map((key) => unionColumn(template, key).label[lang]),
      ],
      formats: [],
    });
    for (const [objectif, sums] of objectives) {
      lines.push({
        kind: "figure",
        key: `m:${objectif}`,
        cells: ["", objectiveName(objectif), ...sums.map(round2)],
        formats,
      });
    }
    lines.push({
      kind: "objective",
      key: "m:total",
      cells: ["", say(UNION_BILAN_TEXT.total), ...total.map(round2)],
      formats,
    });
    if (leftOut > 0)
      lines.push({
        kind: "line",
        key: "m:leftOut",
        cells: [
          pluralOf(
            lang,
            leftOut,
            say(UNION_BILAN_TEXT.leftOutOne),
            say(UNION_BILAN_TEXT.leftOutMany, { n: leftOut }),
          ),
        ],
        formats: [],
      });
  }

  if (positions.indicateur !== undefined) {
    const hasResult = positions.resultatIndicateur !== undefined;
    const hasMandate = positions.mandat !== undefined;
    lines.push({ kind: "blank", key: "b:indicators", cells: [], formats: [] });
    lines.push({
      kind: "section",
      key: "s:indicators",
      cells: [say(UNION_BILAN_TEXT.indicatorsTitle)],
      formats: [],
    });
    lines.push({
      kind: "tableHeader",
      key: "t:indicators",
      cells: [
        say(UNION_BILAN_TEXT.objectiveHeader),
        say(UNION_BILAN_TEXT.actionHeader),
        unionColumn(template, "indicateur").label[lang],
        say(UNION_BILAN_TEXT.progressHeader),
        hasResult ? unionColumn(template, "resultatIndicateur").label[lang] : "",
        hasMandate ? unionColumn(template, "mandat").label[lang] : "",
      ],
      formats: [],
    });
    const withIndicator = input.rows.filter((row) => textOf(row, "indicateur") !== "");
    if (withIndicator.length === 0)
      lines.push({ kind: "line", key: "i:none", cells: [say(UNION_BILAN_TEXT.noIndicator)], formats: [] });
    let previous: string | null = null;
    for (const row of withIndicator) {
      const progress = input.progressOf(row);
      lines.push({
        kind: "figure",
        key: `i:${row.key || row.row}`,
        cells: [
          row.objectif !== previous ? objectiveName(row.objectif) : "",
          row.moyens,
          textOf(row, "indicateur"),
          progress,
          hasResult ? textOf(row, "resultatIndicateur") || say(UNION_BILAN_TEXT.noResult) : "",
          hasMandate ? textOf(row, "mandat") : "",
        ],
        formats: [],
        percentColumn: progress === "" ? undefined : 4,
      });
      previous = row.objectif;
    }
  }
  return lines;
}
