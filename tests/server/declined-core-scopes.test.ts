/**
 * A person who unticked, on Google's consent screen, the scope to read and change the spreadsheet
 * (spreadsheets.currentonly) or the one to show the add-on in Sheets (script.container.ui), through
 * dist/Code.js: every menu item and every function a dialog or the sidebar calls says so in the person's
 * language — an alert when the Ui is still allowed, else the error Sheets shows — with the link to grant
 * it; never Apps Script's raw "You do not have permission to call …". The simple triggers end quietly.
 */
import { describe, expect, it } from "vitest";
import { SCOPES } from "../../src/local/emulator/index";
import { MENU_ITEMS } from "../../src/server/menu";
import { type Harness, installTemplate, startAddon } from "../support/addon";

const MENU = MENU_ITEMS.flatMap((item) => (item ? [item.functionName] : []));
/** What the dialogs and the sidebar call (with arguments they could send). */
const SURFACE_CALLS: Array<[string, unknown[]]> = [
  ["getSidebarData", []],
  ["getValidationReport", []],
  ["applyColoursForSidebar", []],
  ["previewImport", ["Objectif\tAction\nAccueil\tTrousse"]],
  ["previewSheetTableImport", []],
  ["previewSyncData", [{}]],
  ["syncStep", [{}]],
  ["shareCalendarForSidebar", []],
  ["getBilanChoices", []],
  ["makeChronologieForSidebar", []],
  ["getNextYearChoices", []],
];

function declined(scope: string, locale = "fr_CA"): Harness {
  const harness = startAddon({ now: "2026-03-15T15:00:00Z", locale });
  installTemplate(harness);
  harness.emulator.declineScope(scope);
  return harness;
}

/** The error a call threw, or null. */
function thrown(harness: Harness, name: string, args: unknown[] = []): string | null {
  try {
    harness.addon.call(name, ...args);
    return null;
  } catch (error) {
    // The script's own Error (another realm): its message.
    return error && typeof error === "object" && "message" in error ? String(error.message) : String(error);
  }
}

const SHEET_WORDS = /^Plan d'action n'a pas la permission de lire et de modifier ce classeur/;

describe("a declined spreadsheets.currentonly", () => {
  it("every menu item that needs the spreadsheet says it in an alert, in French, with the link to grant it", () => {
    const harness = declined(SCOPES.currentOnly);
    const alerted: string[] = [];
    for (const name of MENU) {
      const before = harness.emulator.ui.alerts.length;
      expect(thrown(harness, name), name).toBeNull();
      // An item that only opens a dialog or the sidebar succeeds: the dialog's own call says it (below).
      for (const alert of harness.emulator.ui.alerts.slice(before)) {
        alerted.push(name);
        // The sync and sharing say it in their own report (their title); the others in their own alert.
        expect(alert.title, name).toMatch(
          /^(Autorisation manquante|Synchronisation de l'agenda|Aperçu de la synchronisation|Partager)/,
        );
        expect(alert.message, name).toMatch(
          /Plan d'action n'a pas la permission de lire et de modifier ce classeur/,
        );
        expect(alert.message, name).toMatch(/Accordez-la ici, puis recommencez\u00a0: https:\/\//);
      }
    }
    expect(MENU.length).toBeGreaterThanOrEqual(9);
    expect(alerted).toEqual(
      expect.arrayContaining(["installTemplate", "applyStatusColours", "syncCalendar"]),
    );
  });

  it("what the dialogs and the sidebar call fails with the same words, never Apps Script's raw English", () => {
    const harness = declined(SCOPES.currentOnly);
    let failed = 0;
    for (const [name, args] of SURFACE_CALLS) {
      const message = thrown(harness, name, args);
      if (message === null) continue; // it had nothing to read in the spreadsheet
      failed++;
      expect(message, name).not.toMatch(/You do not have permission/);
      expect(message, name).toMatch(SHEET_WORDS);
    }
    expect(failed).toBeGreaterThanOrEqual(5);
    expect(thrown(harness, "onEdit", [{}])).toBeNull();
  });

  it("speaks English to an English user", () => {
    const harness = declined(SCOPES.currentOnly, "en_CA");
    expect(thrown(harness, "applyStatusColours")).toBeNull();
    expect(harness.emulator.ui.alerts.at(-1)).toMatchObject({
      title: "Permission missing",
      message: expect.stringMatching(
        /^Plan d'action does not have permission to read and change this spreadsheet/,
      ),
    });
  });
});

describe("a declined script.container.ui", () => {
  it("menu items fail with the person's words (no alert can show), and onOpen ends quietly", () => {
    const harness = declined(SCOPES.containerUi);
    let failed = 0;
    for (const name of MENU) {
      const message = thrown(harness, name);
      if (message === null) continue; // it did its work without the Ui (a toast, say)
      failed++;
      expect(message, name).not.toMatch(/You do not have permission/);
      expect(message, name).toMatch(/n'a pas la permission de s'afficher dans Google Sheets/);
    }
    expect(failed).toBeGreaterThanOrEqual(5);
    expect(thrown(harness, "onOpen", [{ authMode: "FULL" }])).toBeNull();
  });

  it("other errors go on unchanged", () => {
    const harness = startAddon({ now: "2026-03-15T15:00:00Z" });
    harness.emulator.calls.injectFault({
      key: "SpreadsheetApp.getActiveSpreadsheet",
      at: 1,
      error: new Error("Service Spreadsheets failed while accessing document"),
    });
    expect(thrown(harness, "getSidebarData")).toBe("Service Spreadsheets failed while accessing document");
  });
});
