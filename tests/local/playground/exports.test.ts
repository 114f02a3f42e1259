/**
 * The playground's downloads read back by independent parsers: the .xlsx with exceljs (sheets, headers,
 * values with real dates, frozen rows, the Statut list validation, the conditional-format rules with the
 * add-on's formulas and fills) and the .ics with ical.js (one all-day event per dated row, end date
 * exclusive, UID = event id, description, reminders). Also `npm run import -- … --out plan.xlsx`.
 */
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportIcs, exportXlsx } from "../../../src/local/playground/exports.ts";
import type { Playground } from "../../../src/local/playground/runtime.ts";
import { runImport } from "../../../src/tools/import-plan.ts";
import { hasMenuItem, quietPlayground, tempDir } from "./helpers.ts";

const temp = tempDir();
let playground: Playground;
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  playground = quietPlayground(temp.statePath);
  playground.loadExample();
  if (hasMenuItem(playground, "syncCalendar")) playground.runMenu("syncCalendar");
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await exportXlsx(playground.emulator)) as never);
});
afterAll(() => temp.cleanup());

const utcDay = (value: unknown) => (value as Date).toISOString().slice(0, 10);

describe("Exporter en .xlsx", () => {
  it("has the workbook's sheets, the plan's header and values", () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Feuille 1", "Plan d'action", "Membres"]);
    const plan = workbook.getWorksheet("Plan d'action")!;
    expect(plan.getCell("A1").value).toBe("Plan d'action : Comité Entraide");
    expect((plan.getRow(7).values as unknown[]).slice(1, 12)).toEqual([
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
    ]);
    expect(plan.getCell("A8").value).toBe("Mise sur pied d'un Comité d'entraide");
    expect(plan.getCell("F8").value).toBe("Janvier-Février");
    expect(plan.getCell("I8").value).toBe("Terminé");
    expect(plan.getCell("J10").value).toBe(0.5);
    // Excel reads Sheets' conditional format as is: 0.5 and 50 both show "50 %".
    expect(plan.getCell("J10").numFmt).toBe('[>=2]0"\u00a0%";0%');
    const members = workbook.getWorksheet("Membres")!;
    expect(members.getCell("A2").value).toBe("Julie Tremblay");
  });

  it("writes dates as dates, with the sheet's day-first format", () => {
    const plan = workbook.getWorksheet("Plan d'action")!;
    expect(plan.getCell("B3").value).toBeInstanceOf(Date);
    expect(utcDay(plan.getCell("B3").value)).toBe("2026-01-01");
    expect(utcDay(plan.getCell("C3").value)).toBe("2026-12-31");
    expect(utcDay(plan.getCell("G8").value)).toBe("2026-01-01");
    expect(utcDay(plan.getCell("H8").value)).toBe("2026-02-28");
    expect(plan.getCell("H8").numFmt).toBe("dd/mm/yyyy");
  });

  it("keeps the header style, widths, the hidden key column and the frozen rows", () => {
    const plan = workbook.getWorksheet("Plan d'action")!;
    const header = plan.getCell("A7");
    expect(header.font?.bold).toBe(true);
    expect(header.font?.color?.argb).toBe("FFFFFFFF");
    expect((header.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FF1F4E79");
    expect(plan.getColumn(3).width).toBeCloseTo(260 / 7, 0);
    expect(plan.getColumn(12).hidden).toBe(true);
    expect(plan.views[0]).toMatchObject({ state: "frozen", ySplit: 7 });
    expect(workbook.getWorksheet("Membres")!.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  it("has the Statut dropdown and the Responsables suggestions as list validations", () => {
    const plan = workbook.getWorksheet("Plan d'action")!;
    expect(plan.getCell("I8").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"À faire,En cours,Terminé,Reporté,Annulé"'],
      showErrorMessage: true,
    });
    expect(plan.getCell("I500").dataValidation?.type).toBe("list");
    expect(plan.getCell("E9").dataValidation).toMatchObject({
      type: "list",
      formulae: ["Membres!$A$2:$A$1000"],
    });
  });

  it("has the status colours as expression rules with the add-on's formulas and fills", () => {
    const plan = workbook.getWorksheet("Plan d'action")!;
    const sheet = playground.emulator.spreadsheet.getSheetByName("Plan d'action")!;
    const expected = sheet
      .conditionalFormatData()
      .map((rule) => ({ formula: String(rule.values[0]).replace(/^=/, ""), fill: rule.format.background }));
    expect(expected.length).toBeGreaterThan(3);
    // exceljs keeps the rules read from the file here, but its typings do not declare the field.
    const { conditionalFormattings } = plan as unknown as {
      conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
    };
    const exported = conditionalFormattings.flatMap((cf) =>
      cf.rules.map((rule) => ({
        ref: cf.ref,
        type: rule.type,
        formula: (rule as ExcelJS.ExpressionRuleType).formulae?.[0],
        fill: ((rule.style?.fill as ExcelJS.FillPattern | undefined)?.bgColor?.argb ?? "")
          .slice(2)
          .toLowerCase(),
      })),
    );
    expect(exported.every((r) => r.type === "expression")).toBe(true);
    expect(exported.map((r) => r.formula)).toEqual(expected.map((r) => r.formula));
    expect(exported.map((r) => `#${r.fill}`)).toEqual(expected.map((r) => r.fill));
    expect(exported[0]!.ref).toMatch(/^A8:[A-Z]+1000$/);
  });
});

describe("Exporter l'agenda (.ics)", () => {
  it("has one all-day event per dated row, end exclusive, UID = event id, with description and reminders", () => {
    if (!hasMenuItem(playground, "syncCalendar")) return;
    const calendarId = playground.calendar.listCalendars()[0]!.id;
    const events = playground.calendar.allEvents(calendarId);
    const text = exportIcs(playground.calendar, "Plan d'action du comité");
    const vcalendar = new ICAL.Component(ICAL.parse(text));
    const vevents = vcalendar.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
    expect(vevents).toHaveLength(6);
    expect(vevents.map((e) => e.uid).sort()).toEqual(events.map((e) => String(e.id)).sort());
    expect(vevents.every((e) => e.startDate.isDate && e.endDate.isDate)).toBe(true);
    const byTitle = new Map(vevents.map((e) => [e.summary.replace(/^✓ /, ""), e]));
    const first = byTitle.get(
      "Présenter les rôles et responsabilités du porteur de dossier et vérifier l'intérêt personnel des officiers en place",
    )!;
    // Janvier-Février: the due day is the last day; the event ends the day after (exclusive end).
    expect(first.endDate.toString()).toBe("2026-03-01");
    const formation = byTitle.get("Déterminer la date et le lieu (milieu de travail ou CCM)")!;
    expect(formation.endDate.toString()).toBe(
      new Date(Date.parse(`${events.find((e) => e.summary?.startsWith("Déterminer"))!.end!.date}T00:00:00Z`))
        .toISOString()
        .slice(0, 10),
    );
    expect(formation.description).toContain("Offrir la formation de base");
    const withReminders = events.filter((e) =>
      (e.reminders?.overrides ?? []).some((o) => o.method === "popup"),
    );
    const alarms = vcalendar
      .getAllSubcomponents("vevent")
      .filter((c) => c.getAllSubcomponents("valarm").length > 0);
    expect(alarms).toHaveLength(withReminders.length);
  });
});

describe("npm run import", () => {
  it("imports a text plan into an .xlsx file", async () => {
    const source = join(temp.dir, "plan.txt");
    writeFileSync(
      source,
      [
        "Plan d'action : Comité Vert",
        "",
        "Objectifs\tRésultats attendus\tMoyens/Actions/Activités\tRessources requises\tResponsables\tÉchéancier",
        "Réduire les déchets\tMoins de vaisselle jetable\tInstaller un lave-vaisselle\tBudget\tMarie\tMars 2026",
        "\tSensibiliser\tKiosque à la cafétéria\tAffiches\tPaul\tAvril 2026",
      ].join("\n"),
    );
    const out = join(temp.dir, "plan.xlsx");
    const lines: string[] = [];
    expect(await runImport({ file: source, out, log: (l) => lines.push(l) })).toBe(0);
    expect(existsSync(out)).toBe(true);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const plan = book.getWorksheet("Plan d'action")!;
    expect(plan.getCell("C8").value).toBe("Installer un lave-vaisselle");
    expect(plan.getCell("F9").value).toBe("Avril 2026");
    expect(lines.join("\n")).toContain("2 actions");
  });

  it("imports into the playground state, beside the existing plan", async () => {
    const source = join(temp.dir, "plan2.txt");
    writeFileSync(
      source,
      "Objectifs\tRésultats attendus\tMoyens/Actions/Activités\tRessources requises\tResponsables\tÉchéancier\nA\tB\tC\tD\tE\tJuin 2026\n",
    );
    const lines: string[] = [];
    expect(await runImport({ file: source, statePath: temp.statePath, log: (l) => lines.push(l) })).toBe(0);
    const after = quietPlayground(temp.statePath);
    expect(after.emulator.spreadsheet.getSheets().map((s) => s.getName())).toContain("Plan d'action (2)");
    expect(after.emulator.spreadsheet.getSheetByName("Plan d'action (2)")!.getRange("C8").getValue()).toBe(
      "C",
    );
  });

  it("writes nothing and says why when the text is not a plan", async () => {
    const source = join(temp.dir, "empty.txt");
    writeFileSync(source, "");
    const lines: string[] = [];
    expect(
      await runImport({ file: source, out: join(temp.dir, "none.xlsx"), log: (l) => lines.push(l) }),
    ).toBe(1);
    expect(existsSync(join(temp.dir, "none.xlsx"))).toBe(false);
    expect(lines.join("\n").length).toBeGreaterThan(10);
  });
});
