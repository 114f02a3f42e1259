/**
 * The suivi's cost, through the built dist/Code.js in the emulator: a committee of 40 members, each
 * carrying actions late and due soon, on plans of 50, 500 and 2,000 rows. The preview and the send must
 * make the same number of spreadsheet calls whatever the rows (one batch read of the plan, one of
 * Membres), and the send exactly one sendEmail per person mailed.
 */
import { createEmulator } from "../../local/emulator/index";
import { loadAddon } from "../../local/loader";

export interface SuiviBenchRow {
  rows: number;
  members: number;
  operation: string;
  sheetCalls: number;
  propertyCalls: number;
  sendEmail: number;
  mailed: number;
  cpuMs: number;
}

const DUE = ["2026-03-01", "2026-03-20", "2026-04-01", "2026-09-01"];

export function runSuiviBench(sizes = [50, 500, 2000], memberCount = 40): SuiviBenchRow[] {
  const results: SuiviBenchRow[] = [];
  for (const rows of sizes) {
    const emulator = createEmulator({ now: "2026-03-15T15:00:00Z" });
    const addon = loadAddon(emulator);
    emulator.ui.scriptPrompt("Comité Entraide");
    emulator.ui.scriptPrompt("");
    addon.call("installTemplate");
    const sheet = emulator.spreadsheet.getSheetByName("Plan d'action")!;
    if (sheet.getMaxRows() < rows + 7)
      sheet.insertRowsAfter(sheet.getMaxRows(), rows + 7 - sheet.getMaxRows());
    sheet.getRange(8, 1, rows, 9).setValues(
      Array.from({ length: rows }, (_, i) => [
        `Objectif ${Math.floor(i / 10) + 1}`,
        "",
        `Action ${i + 1}`,
        "",
        i % 7 === 0
          ? `Membre ${(i % memberCount) + 1} et Membre ${((i + 1) % memberCount) + 1}`
          : `Membre ${(i % memberCount) + 1}`,
        "",
        "",
        // Each member's first action is late; then due soon, later, done: every member gets an e-mail.
        DUE[Math.floor(i / memberCount) % DUE.length],
        Math.floor(i / memberCount) % 5 === 4 ? "Terminé" : "À faire",
      ]),
    );
    const members = emulator.spreadsheet.getSheetByName("Membres")!;
    members
      .getRange(2, 1, memberCount, 2)
      .setValues(
        Array.from({ length: memberCount }, (_, i) => [`Membre ${i + 1}`, `membre${i + 1}@example.org`]),
      );
    emulator.mail.setDailyQuota("proprietaire@gmail.com", 1500);
    addon.call("previewFollowUp"); // the first read fills the dates it owns; then measure
    const measure = (operation: string, run: () => void) => {
      emulator.calls.reset();
      const before = emulator.mail.sent.length;
      const start = process.cpuUsage();
      run();
      const cpu = process.cpuUsage(start);
      results.push({
        rows,
        members: memberCount,
        operation,
        sheetCalls: emulator.calls.count("SpreadsheetApp"),
        propertyCalls: emulator.calls.count("PropertiesService"),
        sendEmail: emulator.calls.count("MailApp.sendEmail"),
        mailed: emulator.mail.sent.length - before,
        cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      });
    };
    measure("preview", () => addon.call("previewFollowUp"));
    measure("send", () => addon.call("sendFollowUp"));
    measure("send again (same day)", () => addon.call("sendFollowUp"));
  }
  return results;
}
