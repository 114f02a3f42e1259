/**
 * Test helpers for the importer: loads a seed plan from shared/seeds (beside the repository, as in CI)
 * and summarises rows as the list of distinct objectives in order with their row counts.
 */
import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { importPlan } from "../../../src/core/import/import-plan";
import type { ImportedPlan, ImportedRow } from "../../../src/core/import/types";

const SEEDS = new URL("../../fixtures/seeds/", import.meta.url);

export function seedText(prefix: string): string {
  const names: Record<string, string> = {
    "000": "000_2205ef17d895db06.txt",
    "001": "001_0631f15c20d05b66.txt",
    "002": "002_ffaaf15c85753dfa.txt",
    "003": "003_1c91ebdecc4a31f4.txt",
    "004": "004_dbff5a21b1149525.txt",
  };
  return readFileSync(new URL(names[prefix], SEEDS), "utf8");
}

export function importSeed(prefix: string): ImportedPlan {
  const result = importPlan(seedText(prefix));
  if (!result.ok) throw new Error("import failed: " + result.error.en);
  return result.plan;
}

/** Distinct values of `key` in order of first appearance, with how many rows carry each. */
export function hierarchy(
  rows: ImportedRow[],
  key:
    | "objectif"
    | "resultat"
    | "moyens"
    | "ressources"
    | "responsables"
    | "echeancier"
    | "remarques" = "objectif",
): [string, number][] {
  const out: [string, number][] = [];
  for (const row of rows) {
    const last = out[out.length - 1];
    if (last && last[0] === row[key]) last[1]++;
    else out.push([row[key], 1]);
  }
  return out;
}

export function expectNoDebris(plan: ImportedPlan): void {
  for (const row of plan.rows) {
    for (const value of Object.values(row)) {
      expect(value).not.toMatch(/\uFFFD|<\/?(?:ul|p|u)\b|_{3}|\\\$|\t|\u00A0|\u2003|^\s|\s$|\s{2}/);
    }
  }
}
