/**
 * The install asks about the union columns, through dist/Code.js: nothing is added unless the answer
 * names some (an empty answer, the default, installs exactly the template's twelve columns); the columns
 * asked for follow the template's, formatted, and the install message names them; Annuler cancels the
 * install like the other two questions.
 */
import { describe, expect, it } from "vitest";
import { planSheet, startAddon, workbookSnapshot } from "../../support/addon";
import { EN_UNION_HEADERS, FR_UNION_HEADERS } from "./union-helpers";

function install(locale: string, union: string, button: "OK" | "CANCEL" = "OK") {
  const harness = startAddon({ locale, now: "2026-03-15T15:00:00Z" });
  harness.emulator.ui.scriptPrompt("Comité Entraide");
  harness.emulator.ui.scriptPrompt("");
  harness.emulator.ui.scriptPrompt(union, button);
  harness.addon.call("installTemplate");
  return harness;
}

describe("the install's union question", () => {
  it("asks which columns, numbered, none by default, and says where to add them later", () => {
    const harness = install("fr_CA", "");
    const question = harness.emulator.ui.prompts.at(-1);
    expect(question?.title).toBe("Colonnes syndicales (facultatif)");
    expect(question?.buttons).toBe("OK_CANCEL");
    for (const [i, header] of FR_UNION_HEADERS.entries())
      expect(question?.message).toContain(`${i + 1}. ${header}`);
    expect(question?.message).toMatch(/laissez vide pour n'en ajouter aucune/);
    expect(question?.message).toMatch(/Extensions ▸ Plan d'action ▸ Ajouter des colonnes syndicales…/);
    const sheet = planSheet(harness);
    expect(sheet.getLastColumn()).toBe(12);
    expect(sheet.getRange(7, 12).getValue()).toBe("Clé (ne pas modifier)");
    expect(harness.emulator.ui.toasts.at(-1)?.message).not.toMatch(/Colonne/);
  });

  it("adds the columns asked for after the template's, formatted, and says so", () => {
    const harness = install("fr_CA", "4, 5, 6");
    const sheet = planSheet(harness);
    expect(sheet.getRange(7, 13, 1, 3).getValues()[0]).toEqual(FR_UNION_HEADERS.slice(3));
    expect(sheet.getLastColumn()).toBe(15);
    expect(sheet.getRange(8, 13).getNumberFormat()).toBe('#,##0.00" $"');
    expect(sheet.getRange(8, 15).getNumberFormat()).toBe("#,##0.0");
    expect(sheet.getRange(7, 13).getNote()).toMatch(/^Facultatif\u00a0: le montant prévu/);
    expect(harness.emulator.ui.toasts.at(-1)?.message).toMatch(
      /Colonnes ajoutées au plan «\u00a0Plan d'action\u00a0» \(colonnes 13 à 15\)\u00a0: Budget prévu, Budget réel, Libérations \(jours\)\./,
    );
  });

  it("in English, all of them", () => {
    const harness = install("en_US", "all");
    const sheet = planSheet(harness, "Action plan");
    expect(sheet.getRange(7, 13, 1, 6).getValues()[0]).toEqual(EN_UNION_HEADERS);
    expect(sheet.getRange(8, 16).getNumberFormat()).toBe('"$"#,##0.00');
  });

  it("names what it did not understand, and installs the rest", () => {
    const harness = install("fr_CA", "4, budget de rêve");
    expect(planSheet(harness).getLastColumn()).toBe(13);
    expect(harness.emulator.ui.toasts.at(-1)?.message).toMatch(
      /Pas compris\u00a0: «\u00a0budget de rêve\u00a0»/,
    );
  });

  it("installs nothing when the union question is cancelled", () => {
    const harness = startAddon();
    const before = workbookSnapshot(harness);
    harness.emulator.ui.scriptPrompt("Comité");
    harness.emulator.ui.scriptPrompt("");
    harness.emulator.ui.scriptPrompt("4", "CANCEL");
    harness.addon.call("installTemplate");
    expect(workbookSnapshot(harness)).toEqual(before);
    expect(harness.emulator.ui.toasts.at(-1)?.message).toMatch(/annulée/);
  });
});
