/**
 * Closing the year in the playground: « Préparer le bilan » and « Préparer l'année suivante » run from
 * the menu with their dialogs' calls, as in Sheets; the .xlsx export carries the bilan sheets (each
 * under a name Excel accepts, two long names never colliding) with their comment column; the printable
 * version covers the bilan.
 */
import ExcelJS from "exceljs";
import { afterEach, describe, expect, it } from "vitest";
import { exportXlsx } from "../../../src/local/playground/exports.ts";
import { printView } from "../../../src/local/playground/print-view.ts";
import { quietPlayground, tempDir } from "./helpers.ts";

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

function examplePlayground() {
  const temp = tempDir();
  cleanup = temp.cleanup;
  const playground = quietPlayground(temp.statePath);
  playground.loadExample();
  return playground;
}

describe("closing the year in the playground", () => {
  it("runs both actions from the menu and their dialogs", () => {
    const playground = examplePlayground();
    const bilanMenu = playground.runMenu("showBilanDialog");
    expect(bilanMenu.status).toBe("done");
    const choices = playground.rpc("getBilanChoices", []);
    expect(choices).toMatchObject({ ok: true, value: { ok: true, planSheetName: "Plan d'action" } });
    const bilan = playground.rpc("prepareBilan", [0]);
    expect(bilan).toMatchObject({
      ok: true,
      value: { ok: true, sheetName: "Bilan — Comité Entraide — 2026" },
    });

    playground.emulator.spreadsheet.getSheetByName("Plan d'action")!.activate();
    expect(playground.runMenu("showNextYearDialog").status).toBe("done");
    const next = playground.rpc("getNextYearChoices", []);
    if (!next.ok) throw new Error(next.error ?? "no choices");
    const value = next.value as { ok: true; candidates: Array<{ key: string }> };
    const created = playground.rpc("createNextYearPlan", [
      {
        keys: value.candidates.map((c) => c.key),
        start: "2027-01-01",
        end: "2027-12-31",
        markOriginals: true,
      },
    ]);
    expect(created).toMatchObject({ ok: true, value: { ok: true, sheetName: "Plan d'action — 2027" } });
  });

  it("exports the bilan sheets to .xlsx under names Excel accepts, and prints the bilan", async () => {
    const playground = examplePlayground();
    playground.rpc("prepareBilan", [0]);
    const sheet = playground.emulator.spreadsheet.getSheetByName("Bilan — Comité Entraide — 2026")!;
    // A second bilan whose name is longer than Excel's 31 characters, sharing the first 31.
    sheet.setName("Bilan — Comité Entraide — 2026 du comité exécutif");
    playground.emulator.spreadsheet.getSheetByName("Plan d'action")!.activate();
    playground.rpc("createNextYearPlan", [
      { keys: [], start: "2027-01-01", end: "2027-12-31", markOriginals: false },
    ]);
    playground.rpc("prepareBilan", [0]);
    const copy = playground.emulator.spreadsheet.getSheetByName("Bilan — Comité Entraide — 2027")!;
    copy.setName("Bilan — Comité Entraide — 2026 du comité de révision");

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportXlsx(playground.emulator)) as never);
    const names = workbook.worksheets.map((ws) => ws.name);
    const bilans = names.filter((name) => name.startsWith("Bilan"));
    expect(bilans).toHaveLength(2);
    expect(new Set(bilans).size).toBe(2);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(31);
    const ws = workbook.getWorksheet(bilans[0]!)!;
    const texts: string[] = [];
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        texts.push(String(cell.value));
      });
    });
    expect(texts).toContain("Commentaire pour l'assemblée");
    expect(texts[0]).toBe("Bilan — Comité Entraide — 2026");

    const print = printView(playground.emulator, "fr", sheet.getSheetId());
    expect(print?.sheetName).toBe(sheet.getName());
    expect(print?.title).toBe("Bilan — Comité Entraide — 2026");
    expect(print?.columns.map((c) => c.label)).toContain("Commentaire pour l'assemblée");
    expect(print?.columns.map((c) => c.label)).not.toContain("Clé du bilan (ne pas modifier)");
    expect(print?.rows.some((row) => row[0]?.text === "Réalisée")).toBe(true);
    expect(print?.bilan?.groups[0]?.rows[0]?.label).toMatch(/^Avancement global/);
  });
});
