/** Garbage in: empty, too large, binary, no structure — each refused with a code and plain messages; and speed. */
import { describe, expect, it } from "vitest";
import { importPlan } from "../../../src/core/import/import-plan";

function errorOf(text: string, options?: { maxChars?: number }) {
  const result = importPlan(text, options);
  if (result.ok) throw new Error("expected a refusal");
  return result.error;
}

describe("importPlan refuses garbage", () => {
  it("empty or white-space-only paste", () => {
    for (const text of ["", "   \n\t\n \u00a0"]) {
      const error = errorOf(text);
      expect(error.code).toBe("empty");
      expect(error.fr).toMatch(/vide.*collez/i);
      expect(error.en).toMatch(/empty/i);
    }
  });

  it("too large: 1 MB refused", () => {
    const big = "- Une action (mars 2020)\n".repeat(45000); // > 1 MB
    expect(big.length).toBeGreaterThan(1_000_000);
    const error = errorOf(big);
    expect(error.code).toBe("too-large");
    expect(error.fr).toMatch(/trop long/);
    expect(error.fr).toContain("200 000");
  });

  it("honours maxChars", () => {
    expect(errorOf("1.1 Objectif\n- Action (mars 2020)", { maxChars: 10 }).code).toBe("too-large");
  });

  it("binary-looking text", () => {
    const bytes = Array.from({ length: 2000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join("");
    const error = errorOf(bytes);
    expect(error.code).toBe("binary");
    expect(error.fr).toMatch(/ne ressemble pas à du texte/);
    expect(errorOf("%PDF-1.7\n\u0000\u0001\u0002 stream").code).toBe("binary");
    expect(errorOf("\uFFFD\uFFFD\uFFFDab\uFFFD\uFFFD".repeat(20)).code).toBe("binary");
  });

  it("text with no recognisable structure", () => {
    const error = errorOf("Bonjour à toutes et à tous,\nvoici le compte rendu de la réunion.\nMerci!");
    expect(error.code).toBe("no-structure");
    expect(error.fr).toMatch(/Aucune action/);
    expect(error.fr).toMatch(/Collez un plan/);
    expect(error.en).toMatch(/No action/);
  });
});

// The import time of a 200,000-character text is measured by `npm run bench` (import-bench.ts), not
// timed here; these check that such texts are read.
describe("importPlan on long and pathological texts", () => {
  it("reads a 200 KB plan", () => {
    const block =
      "1. Une orientation du conseil.\n\n" +
      Array.from(
        { length: 9 },
        (_, i) =>
          `1.${i + 1} Un objectif assez long pour ressembler à un vrai objectif de \nplan d’action\n\n` +
          "- Définir le mandat et la composition de l’unité (décembre 2019)\n" +
          "- Développer les outils (communication, rencontres, etc.) (mandat \n\ncomplet)\n",
      ).join("\n");
    let text = "";
    while (text.length + block.length < 199_000) text += block;
    const result = importPlan(text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.plan.rows.length).toBeGreaterThan(1000);
  });

  it("answers on pathological input (long unbroken lines, many parentheses)", () => {
    const nasty = "- " + "(".repeat(50000) + "a".repeat(50000) + " (mars\n" + "x-\n".repeat(30000);
    expect(importPlan(nasty).ok).toBe(false);
  });
});
