/**
 * The playground's grid used like Google Sheets, in Debian's Chromium, on the example plan: its ARIA grid
 * structure (axe-core finds nothing serious); typing over a cell, F2, Enter and double-click editing, Escape; Enter, Tab, Shift+Tab,
 * Shift+Enter and the arrows (Enter after a run of Tabs back in the column they started from); Delete and
 * Backspace; Shift+click and Shift+arrows ranges; copy and paste of tab-separated text and of a Word
 * table; undo and redo; a dropdown's list opened from its arrow or with Enter; and the row header's menu inserting and deleting rows (undone and redone with
 * Ctrl+Z / Ctrl+Y), after which a sync deletes exactly the removed row's event. Each edit reaches the
 * add-on's onEdit (it fills Échéance from a typed Échéancier).
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlaygroundServer } from "../../../src/local/playground/server.ts";
import { seriousAxeViolations } from "../../sidebar/harness.ts";
import { hasMenuItem, launch, loadExampleInPage, serve, shownText, tempDir } from "./helpers.ts";

const temp = tempDir();
let browser: BrowserContext;
let server: PlaygroundServer;
let page: Page;

beforeAll(async () => {
  server = await serve(temp.statePath);
  browser = await launch(temp.dir);
  await browser.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
  page = await browser.newPage();
  await page.goto(server.url);
  await page.waitForSelector("body[data-ready]");
  await loadExampleInPage(page);
  await page.waitForFunction(() =>
    document.querySelector('td[data-cell="C8"]')?.textContent?.includes("Présenter les rôles"),
  );
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  temp.cleanup();
});

const cell = (a1: string) => page.locator(`td.cell[data-cell="${a1}"]`);
const text = (a1: string) => shownText(cell(a1));
const nameBox = () => page.locator("#cell-ref").textContent();
const settled = () =>
  page.waitForFunction(() => !document.body.classList.contains("busy"), undefined, { timeout: 15_000 });

async function select(a1: string): Promise<void> {
  await cell(a1).click();
  await expect.poll(nameBox).toBe(a1);
}

async function selectedCells(): Promise<string[]> {
  return page
    .locator('td.cell[aria-selected="true"]')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-cell") ?? ""));
}

describe("the playground grid", () => {
  it("is an ARIA grid with row and column headers", async () => {
    expect(await page.locator("#grid").getAttribute("role")).toBe("grid");
    expect(await page.locator("#grid").getAttribute("aria-multiselectable")).toBe("true");
    const c8 = cell("C8");
    expect(await c8.getAttribute("role")).toBe("gridcell");
    expect(await c8.getAttribute("aria-colindex")).toBe("4");
    expect(await c8.locator("xpath=..").getAttribute("aria-rowindex")).toBe("9");
    expect(await page.getByRole("columnheader", { name: "C", exact: true }).count()).toBe(1);
    expect(await page.getByRole("rowheader", { name: "8", exact: true }).count()).toBe(1);
    await select("C8");
    expect(await c8.getAttribute("aria-selected")).toBe("true");
    expect(await page.locator("#grid").getAttribute("aria-activedescendant")).toBe(
      await c8.getAttribute("id"),
    );
    // axe-core finds nothing serious or critical in the page with the grid and a cell selected.
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it("types over a cell, moves with Enter and Tab, and runs onEdit", async () => {
    await select("C14");
    await page.keyboard.type("Nouvelle action");
    await page.keyboard.press("Enter");
    await expect.poll(() => text("C14")).toBe("Nouvelle action");
    expect(await nameBox()).toBe("C15");

    await select("F14");
    await page.keyboard.type("Avril");
    await page.keyboard.press("Tab");
    await expect.poll(() => text("F14")).toBe("Avril");
    expect(await nameBox()).toBe("G14");
    // The add-on's onEdit filled the Échéance from the Échéancier typed.
    await expect.poll(() => text("H14"), { timeout: 10_000 }).toBe("30/04/2026");

    // Typing replaces what was there; the arrows then finish the edit and move.
    await select("K14");
    await page.keyboard.type("premier");
    await page.keyboard.press("ArrowUp");
    await expect.poll(() => text("K14")).toBe("premier");
    expect(await nameBox()).toBe("K13");
    await select("K14");
    await page.keyboard.type("second");
    await page.keyboard.press("Shift+Enter");
    await expect.poll(() => text("K14")).toBe("second");
    expect(await nameBox()).toBe("K13");
  });

  it("after typing along a row with Tab, Enter goes to the next row in the column the Tabs started from", async () => {
    await select("K27");
    await page.keyboard.type("début");
    await page.keyboard.press("Tab");
    expect(await nameBox()).toBe("M27");
    await page.keyboard.type("fin");
    await page.keyboard.press("Enter");
    expect(await nameBox()).toBe("K28");
    await expect.poll(() => Promise.all(["K27", "M27"].map(text))).toEqual(["début", "fin"]);
    // A click starts afresh: Enter after an edit then goes straight down.
    await select("M27");
    await page.keyboard.type("fin.");
    await page.keyboard.press("Enter");
    expect(await nameBox()).toBe("M28");
    await expect.poll(() => text("M27")).toBe("fin.");
  });

  it("keeps up with fast typing: each cell typed before the previous one is saved lands", async () => {
    await select("K26");
    await page.keyboard.type("x1\nx2\nx3\nx4\n", { delay: 80 });
    await expect
      .poll(() => Promise.all(["K26", "K27", "K28", "K29"].map(text)))
      .toEqual(["x1", "x2", "x3", "x4"]);
    expect(await nameBox()).toBe("K30");
  });

  it("edits in place with F2, Enter or a double-click, and Escape cancels", async () => {
    await select("K14");
    await page.keyboard.press("F2");
    await page.keyboard.type(" (suite)");
    await page.keyboard.press("Enter");
    await expect.poll(() => text("K14")).toBe("second (suite)");

    await select("K14");
    await page.keyboard.press("Enter");
    await expect(cell("K14").locator("input").inputValue()).resolves.toBe("second (suite)");
    await page.keyboard.press("End");
    await page.keyboard.type("!");
    await page.keyboard.press("Tab");
    await expect.poll(() => text("K14")).toBe("second (suite)!");
    // Tab steps over the hidden column L (the add-on's row key).
    expect(await nameBox()).toBe("M14");

    await cell("K14").dblclick();
    await cell("K14").locator("input").fill("jamais");
    await page.keyboard.press("Escape");
    await settled();
    expect(await text("K14")).toBe("second (suite)!");
    expect(await cell("K14").locator("input").count()).toBe(0);
  });

  it("opens a dropdown's list from its arrow or with Enter; a pick is written, a later scroll closes it", async () => {
    const list = page.getByRole("menu", { name: "Valeurs possibles de I13" });
    // I13 starts out of view to the right: the click scrolls it in, and that scroll does not close the list.
    await page.evaluate(() => (document.getElementById("grid-scroll")!.scrollLeft = 0));
    const box = (await cell("I13").boundingBox())!;
    await cell("I13").click({ position: { x: box.width - 8, y: box.height / 2 } });
    await list.getByRole("menuitem", { name: "Reporté" }).click();
    await expect.poll(() => list.count()).toBe(0);
    await expect.poll(() => text("I13")).toBe("Reporté");

    await select("I13");
    await page.keyboard.press("Enter");
    await expect
      .poll(() => list.getByRole("menuitem").allTextContents())
      .toEqual(["À faire", "En cours", "Terminé", "Reporté", "Annulé", "(vider la cellule)"]);
    await page.evaluate(() => (document.getElementById("grid-scroll")!.scrollTop += 40));
    await expect.poll(() => list.count()).toBe(0);
    expect(await text("I13")).toBe("Reporté");
    await page.evaluate(() => (document.getElementById("grid-scroll")!.scrollTop = 0));

    await select("I13");
    await page.keyboard.press("Enter");
    await list.getByRole("menuitem", { name: "À faire" }).click();
    await expect.poll(() => text("I13")).toBe("À faire");
  });

  it("moves with the arrows, Tab, Shift+Tab and Shift+Enter", async () => {
    await select("C8");
    await page.keyboard.press("ArrowRight");
    expect(await nameBox()).toBe("D8");
    await page.keyboard.press("ArrowDown");
    expect(await nameBox()).toBe("D9");
    await page.keyboard.press("Shift+Tab");
    expect(await nameBox()).toBe("C9");
    await page.keyboard.press("Shift+Enter");
    expect(await nameBox()).toBe("C8");
    await page.keyboard.press("Tab");
    expect(await nameBox()).toBe("D8");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowUp");
    expect(await nameBox()).toBe("C7");
  });

  it("selects a range with Shift+click and Shift+arrows, clears it with Delete, and undoes and redoes", async () => {
    for (const [a1, value] of [
      ["K15", "un"],
      ["K16", "deux"],
      ["K17", "trois"],
    ] as const) {
      await select(a1);
      await page.keyboard.type(value);
      await page.keyboard.press("Enter");
    }
    await expect.poll(() => text("K17")).toBe("trois");
    await select("K15");
    await cell("K16").click({ modifiers: ["Shift"] });
    expect(await selectedCells()).toEqual(["K15", "K16"]);
    await page.keyboard.press("Shift+ArrowDown");
    expect(await selectedCells()).toEqual(["K15", "K16", "K17"]);
    expect(await nameBox()).toBe("K15:K17");
    await page.keyboard.press("Delete");
    await expect.poll(() => Promise.all(["K15", "K16", "K17"].map(text))).toEqual(["", "", ""]);

    await page.keyboard.press("Control+z");
    await expect.poll(() => Promise.all(["K15", "K16", "K17"].map(text))).toEqual(["un", "deux", "trois"]);
    await page.keyboard.press("Control+y");
    await expect.poll(() => Promise.all(["K15", "K16", "K17"].map(text))).toEqual(["", "", ""]);
    await page.keyboard.press("Control+z");
    await expect.poll(() => Promise.all(["K15", "K16", "K17"].map(text))).toEqual(["un", "deux", "trois"]);

    // Backspace clears too; undo brings back a typed Échéancier and onEdit its Échéance.
    await select("F14");
    await page.keyboard.press("Backspace");
    await expect.poll(() => text("F14")).toBe("");
    await page.keyboard.press("Control+z");
    await expect.poll(() => text("F14")).toBe("Avril");
    await expect.poll(() => text("H14"), { timeout: 10_000 }).toBe("30/04/2026");
  });

  it("copies a range as tab-separated text and pastes text and a Word table into cells", async () => {
    await select("C8");
    await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.press("Control+c");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${await text("C8")}\t${await text("D8")}`);

    await page.evaluate(() => navigator.clipboard.writeText('Action A\tSalle\nAction B\t"deux\nlignes"'));
    await select("C20");
    await page.keyboard.press("Control+v");
    await expect.poll(() => text("C20")).toBe("Action A");
    expect(await text("D20")).toBe("Salle");
    expect(await text("C21")).toBe("Action B");
    expect(await text("D21")).toBe("deux\nlignes");

    // A table copied from Word: HTML with one cell holding two paragraphs.
    await select("C23");
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData(
        "text/html",
        '<html><body><table class="MsoTableGrid"><tr><td><p class="MsoNormal">Recruter</p></td><td><p class="MsoNormal">Affiches</p><p class="MsoNormal">Courriels</p></td></tr><tr><td><p class="MsoNormal">Former</p></td><td><p>Local&nbsp;2</p></td></tr></table></body></html>',
      );
      data.setData("text/plain", "Recruter\tAffiches Courriels\nFormer\tLocal 2");
      document
        .getElementById("grid")
        ?.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true }));
    });
    await expect.poll(() => text("C23")).toBe("Recruter");
    expect(await text("D23")).toBe("Affiches\nCourriels");
    expect(await text("C24")).toBe("Former");
    expect(await text("D24")).toBe("Local 2");
    expect(await selectedCells()).toEqual(["C23", "D23", "C24", "D24"]);

    // One undo takes the whole paste back.
    await page.keyboard.press("Control+z");
    await expect.poll(() => Promise.all(["C23", "D23", "C24", "D24"].map(text))).toEqual(["", "", "", ""]);
  });

  it("inserts and deletes rows from the row header's menu; the next sync deletes only that row's event", async () => {
    if (!hasMenuItem(server.playground, "syncCalendar")) return;
    const runMenu = async (caption: string) => {
      await page.click("#menu-extensions");
      await page.click(".submenu-opener");
      await page.locator(".submenu button[role=menuitem]", { hasText: caption }).click();
    };
    await runMenu("Synchroniser l'agenda");
    await expect.poll(() => page.locator(".event").count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(6);
    if (await page.locator("#overlay").isVisible()) await page.click("#modal-close");
    await settled();
    const before = await page.locator(".event").count();

    // Two rows selected by their headers: the menu offers to insert two rows; Ctrl+Z takes them out.
    const titleRow8 = (await text("C8")) ?? "";
    await page.getByRole("rowheader", { name: "8", exact: true }).click();
    await page.getByRole("rowheader", { name: "9", exact: true }).click({ modifiers: ["Shift"] });
    expect(await nameBox()).toMatch(/^A8:[A-Z]+9$/);
    await page.getByRole("rowheader", { name: "9", exact: true }).click({ button: "right" });
    expect(await page.getByRole("menuitem").allTextContents()).toEqual([
      "Insérer 2 lignes au-dessus",
      "Insérer 2 lignes en dessous",
      "Supprimer les lignes 8 à 9",
    ]);
    await page.getByRole("menuitem", { name: "Insérer 2 lignes au-dessus" }).click();
    await expect.poll(() => text("C10")).toBe(titleRow8);
    expect(await text("C8")).toBe("");
    await page.keyboard.press("Control+z");
    await expect.poll(() => text("C8")).toBe(titleRow8);
    const titleRow10 = (await text("C10")) ?? "";
    const titleRow11 = (await text("C11")) ?? "";
    const statusBackground = () => cell("C10").evaluate((n) => getComputedStyle(n).backgroundColor);
    const colourOf10 = await statusBackground();

    // Insert a row above row 10: row 10's action moves to row 11 with its colours.
    await page.getByRole("rowheader", { name: "10", exact: true }).click({ button: "right" });
    await page.getByRole("menuitem", { name: "Insérer 1 ligne au-dessus" }).click();
    await expect.poll(() => text("C11")).toBe(titleRow10);
    expect(await text("C10")).toBe("");
    expect(await cell("C11").evaluate((n) => getComputedStyle(n).backgroundColor)).toBe(colourOf10);
    expect(await selectedCells()).toContain("C10");

    // Delete it again, and then row 10 (the action).
    await page.getByRole("rowheader", { name: "10", exact: true }).click({ button: "right" });
    await page.getByRole("menuitem", { name: "Supprimer la ligne 10" }).click();
    await expect.poll(() => text("C10")).toBe(titleRow10);
    await page.getByRole("rowheader", { name: "10", exact: true }).click({ button: "right" });
    await page.getByRole("menuitem", { name: "Supprimer la ligne 10" }).click();
    await expect.poll(() => text("C10")).toBe(titleRow11);

    // Ctrl+Z brings the deleted row back with its colours; Ctrl+Y deletes it again.
    await page.locator("#grid").focus();
    await page.keyboard.press("Control+z");
    await expect.poll(() => text("C10")).toBe(titleRow10);
    expect(await statusBackground()).toBe(colourOf10);
    expect(await text("C11")).toBe(titleRow11);
    await page.keyboard.press("Control+y");
    await expect.poll(() => text("C10")).toBe(titleRow11);

    server.playground.emulator.calls.reset();
    await runMenu("Synchroniser l'agenda");
    await expect.poll(() => page.locator(".event").count(), { timeout: 15_000 }).toBe(before - 1);
    if (await page.locator("#overlay").isVisible()) await page.click("#modal-close");
    const calls = server.playground.emulator.calls;
    expect(calls.count("Calendar.Events.remove")).toBe(1);
    expect(calls.count("Calendar.Events.insert")).toBe(0);
    const titles = await page.locator(".event-title").allTextContents();
    expect(titles.some((title) => title.includes(titleRow10))).toBe(false);
    expect(titles.some((title) => title.includes(titleRow11))).toBe(true);
  });
});
