/**
 * A menu item that asks a yes/no question half-way (the sync's confirmation before deleting many
 * events): the page is asked, and the item runs again from the state before it with the answer, so a
 * "Non" deletes nothing and a "Oui" deletes exactly once.
 */
import { afterAll, describe, expect, it } from "vitest";
import { hasMenuItem, quietPlayground, tempDir } from "./helpers.ts";

const temp = tempDir();
afterAll(() => temp.cleanup());

describe("questions asked by a menu item", () => {
  it("confirms the sync's mass deletion with the page's answer", () => {
    const p = quietPlayground(temp.statePath);
    if (!hasMenuItem(p, "syncCalendar")) return;
    p.loadExample();
    expect(p.runMenu("syncCalendar").status).toBe("done");
    const calendarId = p.calendar.listCalendars()[0]!.id;
    expect(p.calendar.allEvents(calendarId)).toHaveLength(6);
    const sheetId = p.emulator.spreadsheet.getSheetByName("Plan d'action")!.getSheetId();
    for (const row of [8, 9, 10, 11]) expect(p.edit(sheetId, row, 9, "Annulé")).toBeNull();

    const asked = p.runMenu("syncCalendar");
    if (asked.status !== "question") throw new Error("expected the sync to ask before deleting");
    expect(asked.question).toMatchObject({ kind: "alert", buttons: "YES_NO" });
    expect(asked.question.message).toContain("Supprimer ces événements\u00a0?");
    expect(p.calendar.allEvents(calendarId)).toHaveLength(6);

    const no = p.runMenu("syncCalendar", [{ kind: "alert", button: "NO" }], asked.token);
    expect(no.status).toBe("done");
    expect(p.calendar.allEvents(calendarId)).toHaveLength(6);
    if (no.status === "done")
      expect(no.ui.toasts.map((t) => t.message).join(" ")).toContain("rien n'a été supprimé");

    const again = p.runMenu("syncCalendar");
    if (again.status !== "question") throw new Error("expected the question again");
    p.emulator.calls.reset();
    const yes = p.runMenu("syncCalendar", [{ kind: "alert", button: "YES" }], again.token);
    expect(yes.status).toBe("done");
    expect(p.calendar.allEvents(calendarId)).toHaveLength(2);
    expect(p.emulator.calls.count("Calendar.Events.remove")).toBe(4);
  });
});
