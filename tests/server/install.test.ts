/**
 * "Installer le modèle" through the built add-on in the emulator: the menu in every authorization mode,
 * the plan and Membres sheets cell by cell in French and English, nothing destroyed, installing twice
 * harmless, and a constant number of spreadsheet calls.
 */
import { describe, expect, it } from "vitest";
import { installTemplate, planSheet, startAddon, workbookSnapshot } from "../support/addon";

const FR_HEADERS = [
  "Objectifs",
  "Résultats attendus",
  "Moyens / Actions / Activités",
  "Ressources requises",
  "Responsables",
  "Échéancier",
  "Début",
  "Échéance",
  "Statut",
  "Avancement",
  "Remarques",
  "Clé (ne pas modifier)",
];
const EN_HEADERS = [
  "Objectives",
  "Expected results",
  "Means / Actions / Activities",
  "Required resources",
  "Responsible",
  "Schedule",
  "Start",
  "Due",
  "Status",
  "Progress",
  "Notes",
  "Key (do not edit)",
];

describe("onOpen", () => {
  it("builds the add-on menu in AuthMode.NONE without touching the document", () => {
    const harness = startAddon({ authMode: "NONE" });
    harness.addon.call("onOpen", { authMode: "NONE" });
    const menu = harness.emulator.ui.menus[0];
    expect(menu.addon).toBe(true);
    expect(menu.items[0]).toEqual({ caption: "Installer le modèle", functionName: "installTemplate" });
    expect(harness.emulator.calls.count("SpreadsheetApp.getActiveSpreadsheet")).toBe(0);
    expect(harness.emulator.calls.count("PropertiesService")).toBe(0);
  });

  it("is called by onInstall, in English for an English locale", () => {
    const harness = startAddon({ locale: "en_US", authMode: "NONE" });
    harness.addon.call("onInstall", { authMode: "NONE" });
    expect(harness.emulator.ui.menus[0].items[0]).toEqual({
      caption: "Install the template",
      functionName: "installTemplate",
    });
  });
});

describe.each([
  {
    locale: "fr_CA",
    sheet: "Plan d'action",
    members: "Membres",
    headers: FR_HEADERS,
    title: "Plan d'action : ",
  },
  { locale: "en", sheet: "Action plan", members: "Members", headers: EN_HEADERS, title: "Action plan: " },
])("installTemplate in $locale", ({ locale, sheet: sheetName, members, headers, title }) => {
  const harness = startAddon({ locale, now: "2026-01-15T14:00:00Z" });
  // As a user would: open the spreadsheet, find the menu item, click it, answer the prompt.
  harness.addon.call("onOpen", { authMode: "LIMITED" });
  const caption = locale === "fr_CA" ? "Installer le modèle" : "Install the template";
  const item = harness.emulator.ui.menus[0].items.find(
    (entry) => "caption" in entry && entry.caption === caption,
  );
  harness.emulator.ui.scriptPrompt("Comité Entraide");
  harness.addon.call((item as { functionName: string }).functionName);
  const sheet = planSheet(harness, sheetName);

  it("writes the header block with the Période as real dates", () => {
    const fr = locale === "fr_CA";
    expect(sheet.getRange("A1").getValue()).toBe(`${title}Comité Entraide`);
    expect(sheet.getRange("A2:B2").getValues()[0]).toEqual([
      fr ? "Comité / instance" : "Committee / body",
      "Comité Entraide",
    ]);
    expect(sheet.getRange("A3").getValue()).toBe(fr ? "Période" : "Period");
    const [start, end] = sheet.getRange("B3:C3").getValues()[0];
    expect(Object.prototype.toString.call(start)).toBe("[object Date]");
    expect(Object.prototype.toString.call(end)).toBe("[object Date]");
    // Labelled in the sheet by their number format; the cells stay real dates.
    expect(sheet.getRange("B3:C3").getDisplayValues()[0]).toEqual(
      locale === "fr_CA" ? ["du 01/01/2026", "au 31/12/2026"] : ["from 01/01/2026", "to 31/12/2026"],
    );
    expect(sheet.getRange("A4").getValue()).toBe(
      fr
        ? "Besoin identifié / description de la situation"
        : "Identified need / description of the situation",
    );
    expect(sheet.getRange("A5").getValue()).toBe(fr ? "Résultats attendus" : "Expected results");
    for (const note of sheet.getRange("A2:A5").getNotes()) expect(note[0].length).toBeGreaterThan(20);
  });

  it("writes the table header in order, frozen, with a note on each header cell", () => {
    expect(sheet.getRange(7, 1, 1, headers.length).getValues()[0]).toEqual(headers);
    expect(sheet.getFrozenRows()).toBe(7);
    const notes = sheet.getRange(7, 1, 1, headers.length).getNotes()[0];
    for (const note of notes) expect(note.length).toBeGreaterThan(15);
    expect(notes[5]).toMatch(locale === "fr_CA" ? /Janvier-Février/ : /January-February/);
    expect(sheet.getRange(7, 1).getFontWeight()).toBe("bold");
  });

  it("offers the Statut dropdown on every data row and formats the date and progress columns", () => {
    const statuses =
      locale === "fr_CA"
        ? ["À faire", "En cours", "Terminé", "Reporté", "Annulé"]
        : ["To do", "In progress", "Done", "Postponed", "Cancelled"];
    for (const row of [8, 500, sheet.getMaxRows()]) {
      const rule = sheet.getRange(row, 9).getDataValidation();
      expect(rule?.getCriteriaType().toString()).toBe("VALUE_IN_LIST");
      expect(rule?.getCriteriaValues()[0]).toEqual(statuses);
      expect(sheet.getRange(row, 7).getNumberFormat()).toBe("dd/mm/yyyy");
      expect(sheet.getRange(row, 8).getNumberFormat()).toBe("dd/mm/yyyy");
      // 30 shows as "30 %" and 0.3 too (see src/core/plan/avancement.ts).
      expect(sheet.getRange(row, 10).getNumberFormat()).toBe(
        locale === "fr_CA" ? '[>=2]0"\u00a0%";0%' : '[>=2]0"%";0%',
      );
      expect(sheet.getRange(row, 6).getNumberFormat()).toBe("@"); // Échéancier: words stay words
      const names = sheet.getRange(row, 5).getDataValidation();
      expect(names?.getCriteriaType().toString()).toBe("VALUE_IN_RANGE");
      expect(names?.getAllowInvalid()).toBe(true);
    }
  });

  it("hides the row-key column and marks the sheet as an installed plan", () => {
    expect(sheet.isColumnHiddenByUser(12)).toBe(true);
    expect(sheet.isColumnHiddenByUser(11)).toBe(false);
    const marker = sheet.getDeveloperMetadata().find((meta) => meta.getKey() === "planDaction.plan");
    expect(JSON.parse(marker!.getValue()!).planId).toMatch(/^[0-9a-v]{16}$/);
  });

  it("creates the members sheet", () => {
    const membersSheet = planSheet(harness, members);
    expect(membersSheet.getRange("A1:D1").getValues()[0]).toEqual(
      locale === "fr_CA"
        ? ["Nom", "Courriel", "Rôle", "Suivi par courriel"]
        : ["Name", "Email", "Role", "Email follow-up"],
    );
    expect(membersSheet.getFrozenRows()).toBe(1);
    expect(harness.emulator.ui.toasts.at(-1)?.message).toContain(sheetName);
  });
});

describe("installing never destroys anything", () => {
  it("leaves a user's sheet of the same name untouched and installs beside it", () => {
    const harness = startAddon();
    const mine = harness.emulator.spreadsheet.insertSheet("Plan d'action");
    mine.getRange("A1:C2").setValues([
      ["Mon vieux plan", "=1+1", "'=pas une formule"],
      [42, "2021-03-15", "note"],
    ]);
    mine.getRange("A1").setNote("ma note");
    const before = workbookSnapshot(harness);
    installTemplate(harness);
    const after = workbookSnapshot(harness) as { name: string }[];
    expect(after.find((s) => s.name === "Plan d'action")).toEqual((before as { name: string }[])[1]);
    expect(harness.emulator.spreadsheet.getSheetByName("Plan d'action (2)")).not.toBeNull();
    expect(harness.emulator.ui.toasts.at(-1)?.message).toMatch(/n'a pas été touchée/);
  });

  it("installing twice changes nothing the second time and says where the plan is", () => {
    const harness = startAddon();
    installTemplate(harness);
    const before = workbookSnapshot(harness);
    const sheetCount = harness.emulator.spreadsheet.getSheets().length;
    installTemplate(harness);
    expect(workbookSnapshot(harness)).toEqual(before);
    expect(harness.emulator.spreadsheet.getSheets().length).toBe(sheetCount);
    expect(harness.emulator.ui.alerts.at(-1)?.message).toMatch(
      /déjà installé dans la feuille «\u00a0Plan d'action\u00a0»/,
    );
  });

  it("does nothing when the committee-name prompt is cancelled", () => {
    const harness = startAddon();
    const before = workbookSnapshot(harness);
    harness.emulator.ui.scriptPrompt("", "CANCEL");
    harness.addon.call("installTemplate");
    expect(workbookSnapshot(harness)).toEqual(before);
    expect(harness.emulator.ui.toasts.at(-1)?.message).toMatch(/annulée/);
  });
});

describe("the first hour", () => {
  it("asks the Période, du … au …, and says where the plan and the Membres sheet are", () => {
    const harness = startAddon({ now: "2026-03-15T15:00:00Z" });
    harness.emulator.ui.scriptPrompt("Comité Entraide");
    harness.emulator.ui.scriptPrompt("du 1er septembre 2026 au 31 août 2027");
    harness.addon.call("installTemplate");
    // The second question (the third, on the union columns, is tested in tests/server/union).
    const prompt = harness.emulator.ui.prompts[1];
    expect(prompt?.title).toBe("Période du plan");
    expect(prompt?.message).toMatch(/du … au …/);
    expect(prompt?.message).toMatch(/Laissez vide pour du 01\/03\/2026 au 28\/02\/2027/);
    const sheet = planSheet(harness);
    expect(sheet.getRange("B3:C3").getDisplayValues()[0]).toEqual(["du 01/09/2026", "au 31/08/2027"]);
    const toast = harness.emulator.ui.toasts.at(-1);
    expect(toast?.message).toMatch(/pour la Période du 01\/09\/2026 au 31\/08\/2027 \(ligne 3\)/);
    expect(toast?.message).toMatch(/feuille Membres/);
    const members = harness.emulator.spreadsheet.getSheetByName("Membres")!;
    const notes = members.getRange("A1:C1").getNotes()[0];
    expect(notes[0]).toMatch(/Une personne du comité par ligne/);
    expect(notes[1]).toMatch(/quand quelqu'un du comité le demande.*Le module n'écrit à personne d'autre\.$/);
    expect(notes[2]).toMatch(/^Facultatif/);
  });

  it("keeps the default Période for an empty or unreadable answer, and says which", () => {
    const empty = startAddon({ now: "2026-03-15T15:00:00Z" });
    installTemplate(empty); // the Période left empty
    expect(planSheet(empty).getRange("B3:C3").getDisplayValues()[0]).toEqual([
      "du 01/03/2026",
      "au 28/02/2027",
    ]);
    const unreadable = startAddon({ now: "2026-03-15T15:00:00Z" });
    unreadable.emulator.ui.scriptPrompt("Comité");
    unreadable.emulator.ui.scriptPrompt("à la rentrée");
    unreadable.addon.call("installTemplate");
    expect(planSheet(unreadable).getRange("B3").getDisplayValue()).toBe("du 01/03/2026");
    expect(unreadable.emulator.ui.toasts.at(-1)?.message).toMatch(
      /^La Période «\u00a0à la rentrée\u00a0» n'a pas été comprise/,
    );
  });

  it("installs nothing when the Période question is cancelled", () => {
    const harness = startAddon();
    const before = workbookSnapshot(harness);
    harness.emulator.ui.scriptPrompt("Comité");
    harness.emulator.ui.scriptPrompt("", "CANCEL");
    harness.addon.call("installTemplate");
    expect(workbookSnapshot(harness)).toEqual(before);
    expect(harness.emulator.ui.toasts.at(-1)?.message).toMatch(/annulée/);
  });
});

describe("install cost", () => {
  it("makes the same exact number of spreadsheet calls whatever the spreadsheet holds", () => {
    const empty = startAddon();
    empty.emulator.calls.reset();
    installTemplate(empty);
    const busy = startAddon();
    for (let i = 0; i < 20; i++) {
      busy.emulator.spreadsheet.insertSheet(`Données ${i}`).getRange(1, 1, 200, 10).setValue("x");
    }
    busy.emulator.calls.reset();
    installTemplate(busy);
    expect(busy.emulator.calls.count("SpreadsheetApp")).toBe(empty.emulator.calls.count("SpreadsheetApp"));
    expect(empty.emulator.calls.count("SpreadsheetApp")).toBe(INSTALL_SPREADSHEET_CALLS);
  });
});

/** Counted once from the emulator and kept here: a change in this number must be deliberate. */
/** (The Période prompt: 3 of them — prompt, getSelectedButton, getResponseText; the Membres notes: 1;
 * the spreadsheet's id, which the plan marker names: 1; the « Suivi par courriel » column: its width and
 * its Oui/Non dropdown, 8; the union-columns question, answered empty: 3 — prompt, getSelectedButton,
 * getResponseText.) */
const INSTALL_SPREADSHEET_CALLS = 169;
