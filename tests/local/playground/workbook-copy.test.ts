/**
 * Fichier ▸ Créer une copie in the playground: in Chromium (by ARIA roles), a synced plan's workbook is
 * copied from the Fichier menu, the copy's first sync (through the add-on's menu) asks « Ce plan est une
 * copie… » and, answered Oui, fills a calendar of its own; an edit and a sync in the copy leave the
 * original's events as they were; back in the original (Fichier ▸ its name), its sync writes nothing and the
 * copy's events stay as they were. Both workbooks, their ids and their calendars survive a restart (each
 * syncs as itself again, no question). Whether Drive's copy keeps the document properties is a guess
 * (workbooks.ts): the same story runs on the playground's runtime under both readings.
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CalendarEventResource } from "../../../src/local/emulator/calendar.ts";
import type { Playground } from "../../../src/local/playground/runtime.ts";
import type { PlaygroundServer } from "../../../src/local/playground/server.ts";
import { launch, quietPlayground, serve, shownText, tempDir } from "./helpers.ts";

const WRITES = ["insert", "patch", "update", "remove"];
const writesOf = (p: Playground) =>
  WRITES.reduce((n, m) => n + p.emulator.calls.count(`Calendar.Events.${m}`), 0);
const liveCalendars = (p: Playground) => p.calendar.listCalendars().filter((c) => !c.deleted);
/** Every event of a calendar, as stored (ids, times, etags, extended properties). */
const eventsIn = (p: Playground, calendarId: string): CalendarEventResource[] =>
  JSON.parse(JSON.stringify(p.calendar.allEvents(calendarId, { includeCancelled: true })));

describe("Fichier ▸ Créer une copie in the page", () => {
  const temp = tempDir();
  let browser: BrowserContext;
  let server: PlaygroundServer;
  let page: Page;
  const playground = () => server.playground;

  beforeAll(async () => {
    server = await serve(temp.statePath);
    playground().loadExample();
    browser = await launch(temp.dir);
    page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForSelector("body[data-ready]");
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    temp.cleanup();
  });

  const settled = () =>
    page.waitForFunction(() => !document.body.classList.contains("busy"), undefined, { timeout: 30_000 });
  const title = () => page.locator("#doc-title").textContent();

  /** Runs an add-on menu item as a person would: questions answered Oui, reports read and closed. */
  async function runMenu(caption: string): Promise<string[]> {
    await page.getByRole("button", { name: "Extensions" }).click();
    await page.locator(".submenu-opener").click();
    await page.getByRole("menuitem", { name: caption, exact: true }).click();
    const shown: string[] = [];
    for (;;) {
      await page.waitForFunction(
        () => !document.body.classList.contains("busy") || !document.getElementById("overlay")!.hidden,
        undefined,
        { timeout: 30_000 },
      );
      if (!(await page.locator("#overlay").isVisible())) break;
      const dialog = page.getByRole("dialog");
      const message = (await dialog.locator(".message").textContent()) ?? "";
      shown.push(message);
      const yes = dialog.getByRole("button", { name: "Oui", exact: true });
      await ((await yes.count()) ? yes : dialog.getByRole("button", { name: "OK" })).click();
      // Closed, or the next message shown in its place.
      await page.waitForFunction(
        (previous) =>
          document.getElementById("overlay")!.hidden ||
          document.querySelector("#modal .message")?.textContent !== previous,
        message,
        { timeout: 30_000 },
      );
    }
    await settled();
    return shown;
  }

  async function sync(): Promise<string[]> {
    playground().emulator.calls.reset();
    return runMenu("Synchroniser l'agenda");
  }

  async function fileMenu(): Promise<void> {
    await page.getByRole("button", { name: "Fichier", exact: true }).click();
    await page.getByRole("menu", { name: "Fichier" }).waitFor();
  }

  it("copies the workbook; each syncs into its own calendar without touching the other's events", async () => {
    await sync();
    const original = { id: playground().emulator.spreadsheet.getId(), name: (await title())! };
    const [own] = liveCalendars(playground());
    expect(liveCalendars(playground())).toHaveLength(1);
    const originalEvents = eventsIn(playground(), own!.id);
    expect(originalEvents.length).toBeGreaterThanOrEqual(6);

    // Fichier ▸ Créer une copie, named as Sheets names it.
    await fileMenu();
    await page.getByRole("menuitem", { name: "Créer une copie" }).click();
    const dialog = page.getByRole("dialog", { name: "Créer une copie" });
    const name = dialog.getByRole("textbox");
    await expect.poll(() => name.inputValue()).toBe(`Copie de ${original.name}`);
    await dialog.getByRole("button", { name: "OK" }).click();
    await settled();
    await expect.poll(title).toBe(`Copie de ${original.name}`);
    const copyId = playground().emulator.spreadsheet.getId();
    expect(copyId).not.toBe(original.id);
    await fileMenu();
    const choices = page.getByRole("menuitemradio");
    expect(await choices.allTextContents()).toEqual([original.name, `Copie de ${original.name}`]);
    expect(await choices.nth(1).getAttribute("aria-checked")).toBe("true");
    await page.keyboard.press("Escape");
    await page.locator("#doc-title").click();

    // The copy's first sync asks, then makes its own calendar; the original's events stay as they were.
    const said = await sync();
    expect(said[0]).toMatch(/Ce plan est une copie/);
    expect(playground().emulator.calls.count("Calendar.Events.insert")).toBeGreaterThan(0);
    expect(playground().emulator.calls.count("Calendar.Events.patch")).toBe(0);
    expect(playground().emulator.calls.count("Calendar.Events.remove")).toBe(0);
    const calendars = liveCalendars(playground());
    expect(calendars).toHaveLength(2);
    const copyCalendar = calendars.find((c) => c.id !== own!.id)!;
    expect(eventsIn(playground(), own!.id)).toEqual(originalEvents);

    // An action renamed in the copy: its next sync changes its own calendar only.
    const plan = playground().emulator.spreadsheet.getSheetByName("Plan d'action")!;
    const firstAction = plan.getRange("C8").getDisplayValue();
    expect(firstAction).not.toBe("");
    const cell = page.locator('td.cell[data-cell="C8"]');
    await cell.click();
    await page.keyboard.type("Kiosque au marché");
    await page.keyboard.press("Enter");
    await expect.poll(() => shownText(cell)).toBe("Kiosque au marché");
    await settled();
    await sync();
    expect(writesOf(playground())).toBeGreaterThan(0);
    expect(eventsIn(playground(), own!.id)).toEqual(originalEvents);
    const copyEvents = eventsIn(playground(), copyCalendar.id);
    expect(copyEvents.some((e) => String(e.summary).includes("Kiosque au marché"))).toBe(true);

    // Back in the original from the Fichier menu: as it was, and its sync writes nothing.
    await fileMenu();
    await page.getByRole("menuitemradio", { name: original.name, exact: true }).click();
    await settled();
    await expect.poll(title).toBe(original.name);
    expect(playground().emulator.spreadsheet.getId()).toBe(original.id);
    expect(
      playground().emulator.spreadsheet.getSheetByName("Plan d'action")!.getRange("C8").getDisplayValue(),
    ).toBe(firstAction);
    await sync();
    expect(writesOf(playground())).toBe(0);
    await expect.poll(() => page.locator("#toasts").textContent()).toMatch(/Rien à changer/);
    expect(eventsIn(playground(), own!.id)).toEqual(originalEvents);
    expect(eventsIn(playground(), copyCalendar.id)).toEqual(copyEvents);
  });

  it("keeps both workbooks across a restart: each syncs as itself again, writing nothing", () => {
    const before = playground().workbooks();
    const again = quietPlayground(temp.statePath);
    expect(again.workbooks()).toEqual(before);
    for (const workbook of before) {
      expect(again.showWorkbook(workbook.id)).toBe(true);
      expect(again.emulator.spreadsheet.getId()).toBe(workbook.id);
      again.emulator.calls.reset();
      const result = again.runMenu("syncCalendar");
      expect(result.status).toBe("done");
      expect(writesOf(again)).toBe(0);
    }
    expect(liveCalendars(again)).toHaveLength(2);
  });
});

describe.each(["copied", "empty"] as const)("a copy with document properties %s (runtime)", (reading) => {
  it("asks, syncs into its own calendar; the original's next sync writes nothing", () => {
    const temp = tempDir();
    try {
      const p = quietPlayground(temp.statePath, [], { copyDocumentProperties: reading });
      p.loadExample();
      expect(p.runMenu("syncCalendar").status).toBe("done");
      const originalId = p.emulator.spreadsheet.getId();
      const [own] = liveCalendars(p);
      const originalEvents = eventsIn(p, own!.id);

      const entry = p.copyWorkbook();
      expect(entry).toMatchObject({ shown: true, name: `Copie de ${p.workbooks()[0]!.name}` });
      expect(p.emulator.properties.document.size > 0).toBe(reading === "copied");
      const asked = p.runMenu("syncCalendar");
      expect(asked.status).toBe("question");
      if (asked.status !== "question") return;
      expect(asked.question.message).toMatch(/Ce plan est une copie/);
      p.emulator.calls.reset();
      const done = p.runMenu("syncCalendar", [{ kind: "alert", button: "YES" }], asked.token);
      expect(done.status).toBe("done");
      expect(p.emulator.calls.count("Calendar.Events.insert")).toBeGreaterThan(0);
      expect(liveCalendars(p)).toHaveLength(2);
      expect(eventsIn(p, own!.id)).toEqual(originalEvents);

      expect(p.showWorkbook(originalId)).toBe(true);
      p.emulator.calls.reset();
      expect(p.runMenu("syncCalendar").status).toBe("done");
      expect(writesOf(p)).toBe(0);
      expect(eventsIn(p, own!.id)).toEqual(originalEvents);
    } finally {
      temp.cleanup();
    }
  });
});
