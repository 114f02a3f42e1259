/**
 * The rule specifications: order (Terminé and Annulé first), one range over the whole data area,
 * columns taken from the header wherever they are, French and English labels, our marker, and the
 * merge that keeps the user's rules in place.
 */
import { describe, expect, it } from "vitest";
import { legendPlacement } from "../../../src/core/colours/legend";
import { isOwnRuleFormula, mergeRules, statusRuleSpecs } from "../../../src/core/colours/status-rules";
import { DEFAULT_TEMPLATE } from "../../../src/core/template";

const INSTALLED = {
  columns: {
    objectif: 1,
    resultat: 2,
    moyens: 3,
    ressources: 4,
    responsables: 5,
    echeancier: 6,
    debut: 7,
    echeance: 8,
    statut: 9,
    avancement: 10,
    remarques: 11,
    cle: 12,
  },
  headerRow: 7,
  maxRows: 1000,
};

describe("statusRuleSpecs", () => {
  it("orders the rules so Terminé and Annulé win over En retard and Bientôt", () => {
    const result = statusRuleSpecs(INSTALLED, DEFAULT_TEMPLATE);
    if (!result.ok) throw new Error("expected rules");
    expect(result.rules.map((rule) => rule.meaning)).toEqual([
      "termine",
      "annule",
      "enRetard",
      "bientot",
      "enCours",
      "reporte",
      "aFaire",
    ]);
    expect(result.rules.every((rule) => rule.a1Ranges.length === 1 && rule.a1Ranges[0] === "A8:L1000")).toBe(
      true,
    );
  });

  it("writes formulas anchored on the current columns, in French and English", () => {
    const result = statusRuleSpecs(INSTALLED, DEFAULT_TEMPLATE);
    if (!result.ok) throw new Error("expected rules");
    const [termine, , retard, bientot] = result.rules;
    expect(termine.formula).toBe(
      '=AND(N("plan-daction:termine")=0, OR(TRIM($I8)="Terminé", TRIM($I8)="Done"))',
    );
    expect(retard.formula).toContain("ISNUMBER($H8), $H8<TODAY()");
    expect(retard.formula).toContain('NOT(OR(TRIM($I8)="Annulé", TRIM($I8)="Cancelled"))');
    expect(bientot.formula).toContain("$H8>=TODAY(), $H8<=TODAY()+14");
    expect(retard.bold).toBe(true);
    expect(result.rules[1].strikethrough).toBe(true);
  });

  it("follows moved columns", () => {
    const moved = {
      ...INSTALLED,
      columns: { ...INSTALLED.columns, echeance: 2, statut: 11, resultat: 8, remarques: 9 },
    };
    const result = statusRuleSpecs(moved, DEFAULT_TEMPLATE);
    if (!result.ok) throw new Error("expected rules");
    expect(result.rules[0].formula).toContain("TRIM($K8)");
    expect(result.rules[2].formula).toContain("$B8<TODAY()");
  });

  it("names the missing Statut column, and leaves the date rules out without Échéance", () => {
    const { statut: _statut, ...withoutStatus } = INSTALLED.columns;
    expect(statusRuleSpecs({ ...INSTALLED, columns: withoutStatus }, DEFAULT_TEMPLATE)).toEqual({
      ok: false,
      missing: ["statut"],
    });
    const { echeance: _echeance, ...withoutDue } = INSTALLED.columns;
    const result = statusRuleSpecs({ ...INSTALLED, columns: withoutDue }, DEFAULT_TEMPLATE);
    expect(result.ok && result.dateRules).toBe(false);
    expect(result.ok && result.rules.map((rule) => rule.meaning)).not.toContain("enRetard");
  });

  it("recognises its own formulas and nothing else", () => {
    const result = statusRuleSpecs(INSTALLED, DEFAULT_TEMPLATE);
    if (!result.ok) throw new Error("expected rules");
    expect(result.rules.every((rule) => isOwnRuleFormula(rule.formula))).toBe(true);
    expect(isOwnRuleFormula('=$I8="Terminé"')).toBe(false);
    expect(isOwnRuleFormula(null)).toBe(false);
    expect(isOwnRuleFormula('=AND(N( "plan-daction:retard" )=0,$A1>3)')).toBe(true);
  });
});

describe("mergeRules", () => {
  const own = (rule: string) => rule.startsWith("ours");
  it("appends ours after the user's rules the first time", () => {
    expect(mergeRules(["user1", "user2"], own, ["ours-a", "ours-b"])).toEqual([
      "user1",
      "user2",
      "ours-a",
      "ours-b",
    ]);
  });
  it("replaces ours in place, keeping the user's rules where they were", () => {
    const existing = ["user1", "ours-old1", "user2", "ours-old2", "user3"];
    expect(mergeRules(existing, own, ["ours-a", "ours-b"])).toEqual([
      "user1",
      "ours-a",
      "ours-b",
      "user2",
      "user3",
    ]);
    const once = mergeRules(["user1"], own, ["ours-a"]);
    expect(mergeRules(once, own, ["ours-a"])).toEqual(once);
  });
});

describe("legendPlacement", () => {
  const empty = { formulas: [], notes: [], validated: [] };
  it("goes on the row above the header when it is free, in the user's language", () => {
    const values = Array.from({ length: 8 }, () => new Array(12).fill(""));
    const legend = legendPlacement(values, 7, 1, empty, "fr");
    if (legend.kind !== "write") throw new Error(legend.kind);
    expect(legend.layout.row).toBe(6);
    expect(legend.layout.values[0]).toEqual([
      "Légende :",
      "À faire",
      "En cours",
      "Terminé",
      "Reporté",
      "Annulé",
      "En retard",
      "Bientôt (14 j)",
    ]);
    expect(legend.layout.fontLines[0][5]).toBe("line-through");
    // An English legend already there is ours: it may be rewritten.
    const english = legendPlacement(values, 7, 1, empty, "en");
    if (english.kind !== "write") throw new Error(english.kind);
    values[5] = [...english.layout.values[0], "", "", "", ""];
    expect(legendPlacement(values, 7, 1, empty, "fr").kind).toBe("write");
  });

  it("stays out of a row that holds the user's text, formula, note or validation, and says where", () => {
    const values = Array.from({ length: 8 }, () => new Array(12).fill(""));
    values[5][3] = "Note du comité";
    expect(legendPlacement(values, 7, 1, empty, "fr")).toEqual({ kind: "skip", row: 6, cells: ["D6"] });
    expect(legendPlacement(values, 1, 1, empty, "fr")).toEqual({ kind: "none" });
    values[5][3] = "";
    // A formula showing "" (its value reads "") is the user's work, as is a note or a dropdown.
    const content = { formulas: ['=IF(B3="";"";B3)'], notes: ["", "", "à garder"], validated: [false, true] };
    expect(legendPlacement(values, 7, 1, content, "fr")).toEqual({
      kind: "skip",
      row: 6,
      cells: ["A6", "B6", "C6"],
    });
  });
});
