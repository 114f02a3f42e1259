/**
 * Date notes that read naturally, through dist/Code.js: the Début/Échéance notes say in plain words which
 * day was computed from which Échéancier (no `[auto:…]` marker), and that named day is how the add-on
 * knows which dates it wrote — a changed Échéancier moves them, typed in the sheet or read later; a date
 * typed by hand is kept; notes written by earlier versions are migrated.
 */
import { describe, expect, it } from "vitest";
import { DATE_LEDGER_KEY } from "../../src/core/plan/date-ledger";
import { type Harness, installTemplate, planSheet, serviceRange, startAddon } from "../support/addon";

function plan(): Harness {
  const harness = startAddon({ now: "2026-03-15T15:00:00Z" });
  installTemplate(harness);
  const sheet = planSheet(harness);
  sheet.getRange("B3:C3").setValues([["2026-01-01", "2026-12-31"]]);
  sheet.getRange("A8:I9").setValues([
    ["Objectif", "", "Première action", "", "Julie", "mars", "", "", "À faire"],
    ["", "", "Deuxième action", "", "Julie", "avril", "", "", "En cours"],
  ]);
  return harness;
}

/** A person types `text` in `a1`, then the onEdit simple trigger runs. */
function type(harness: Harness, a1: string, text: string): void {
  planSheet(harness).getRange(a1).setValue(text);
  harness.addon.call("onEdit", { range: serviceRange(harness, "Plan d'action", a1), value: text });
}

const every = (harness: Harness) => planSheet(harness).getDataRange().getNotes().flat().join("\n");

describe("date notes without a marker", () => {
  it("explain the date in plain words, naming the day the add-on wrote, and keep no other record", () => {
    const harness = plan();
    harness.addon.call("getValidationReport");
    const sheet = planSheet(harness);
    expect(sheet.getRange("G8:H8").getDisplayValues()[0]).toEqual(["01/03/2026", "31/03/2026"]);
    expect(sheet.getRange("H8").getNote()).toBe(
      "31/03/2026\u00a0: date calculée à partir de l'Échéancier «\u00a0mars\u00a0». Tapez une autre date pour la fixer vous-même.",
    );
    expect(every(harness)).not.toMatch(/\[auto/);
    expect(sheet.getDeveloperMetadata().some((meta) => meta.getKey() === DATE_LEDGER_KEY)).toBe(false);

    // A date typed by hand in H9 is kept; the computed H8 follows its Échéancier, typed or read later.
    type(harness, "H9", "2026-04-20");
    type(harness, "F8", "mai");
    expect(sheet.getRange("G8:H8").getDisplayValues()[0]).toEqual(["01/05/2026", "31/05/2026"]);
    type(harness, "F9", "juin");
    expect(sheet.getRange("G9:H9").getDisplayValues()[0]).toEqual(["01/06/2026", "20/04/2026"]);
    sheet.getRange("F8").setValue("septembre"); // pasted without a trigger: the next read follows it
    harness.addon.call("getSidebarData");
    expect(sheet.getRange("H8").getDisplayValue()).toBe("30/09/2026");
    expect(sheet.getRange("H8").getNote()).toMatch(/«\u00a0septembre\u00a0»/);
    expect(every(harness)).not.toMatch(/\[auto/);
  });

  it("migrates the notes of earlier versions: the marker goes, the ownership stays", () => {
    const harness = plan();
    const sheet = planSheet(harness);
    // What an earlier version left: the dates it computed, each with a note ending in its marker.
    sheet.getRange("G8:H8").setValues([["2026-03-01", "2026-03-31"]]);
    sheet
      .getRange("G8:H8")
      .setNotes([
        [
          "Date calculée à partir de l'Échéancier « mars ». Tapez une autre date pour la fixer vous-même. [auto:2026-03-01]",
          "Compte rendu du 3 mars\n\nDate calculée à partir de l'Échéancier « mars ». Tapez une autre date pour la fixer vous-même. [auto:2026-03-31]",
        ],
      ]);
    harness.addon.call("getValidationReport");
    expect(sheet.getRange("G8:H8").getNotes()[0]).toEqual([
      "01/03/2026\u00a0: date calculée à partir de l'Échéancier «\u00a0mars\u00a0». Tapez une autre date pour la fixer vous-même.",
      "Compte rendu du 3 mars\n\n31/03/2026\u00a0: date calculée à partir de l'Échéancier «\u00a0mars\u00a0». Tapez une autre date pour la fixer vous-même.",
    ]);
    type(harness, "F8", "mai");
    expect(sheet.getRange("G8:H8").getDisplayValues()[0]).toEqual(["01/05/2026", "31/05/2026"]);
    expect(sheet.getRange("H8").getNote()).toMatch(/^Compte rendu du 3 mars\n\n/);
    // A later read changes nothing more.
    harness.emulator.calls.reset();
    harness.addon.call("getValidationReport");
    expect(harness.emulator.calls.count("SpreadsheetApp.Range.setNotes")).toBe(0);
  });
});
