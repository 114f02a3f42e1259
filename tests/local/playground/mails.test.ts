/**
 * The playground's « Courriels » panel in Debian's Chromium: after « Envoyer le suivi… » on the example
 * plan (whose Membres have example.org addresses), each e-mail shows as it would arrive — subject,
 * recipient, sender — with its HTML in a sandboxed frame, so markup typed in a cell stays text and no
 * script from it runs; the mails survive a restart. Today is 20 May 2026 (helpers.ts).
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlaygroundServer } from "../../../src/local/playground/server.ts";
import { seriousAxeViolations } from "../../sidebar/harness.ts";
import { launch, loadExampleInPage, serve, tempDir } from "./helpers.ts";

const temp = tempDir();
let browser: BrowserContext;
let server: PlaygroundServer | null = null;

beforeAll(async () => {
  browser = await launch(temp.dir);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  temp.cleanup();
});

async function openPage(url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForSelector("body[data-ready]");
  return page;
}

async function runMenu(page: Page, caption: string): Promise<void> {
  await page.click("#menu-extensions");
  await page.click(".submenu-opener");
  await page.locator(".submenu button[role=menuitem]", { hasText: caption }).click();
}

const MARKUP = `Kiosque <img src=x onerror="parent.__pwned=1"><script>parent.__pwned=1</script>`;

describe("the Courriels panel", () => {
  it("shows each e-mail the suivi sent, as it would arrive, its HTML sandboxed", async () => {
    server = await serve(temp.statePath);
    const page = await openPage(server.url);
    await loadExampleInPage(page);
    const playground = server.playground;
    // An open action, given to Julie, due in five days, whose text holds markup — typed as a person would.
    const plan = playground.emulator.spreadsheet.getSheetByName("Plan d'action")!;
    const row = plan
      .getRange("A8:I13")
      .getValues()
      .findIndex((values) => !["Terminé", "Annulé"].includes(String(values[8])));
    expect(row).toBeGreaterThanOrEqual(0);
    const edits = [
      { row: 8 + row, column: 3, text: MARKUP },
      { row: 8 + row, column: 5, text: "Julie Tremblay" },
      { row: 8 + row, column: 8, text: "25/05/2026" },
    ];
    const status = await page.evaluate(
      async ([sheetId, list]) =>
        (
          await fetch("/api/edit", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ sheetId, edits: list }),
          })
        ).status,
      [plan.getSheetId(), edits] as const,
    );
    expect(status).toBe(200);

    await runMenu(page, "Envoyer le suivi…");
    const dialog = page.frameLocator("#modal iframe");
    await dialog.locator(".person").first().waitFor();
    await dialog.getByRole("button", { name: "Envoyer" }).click();
    await dialog.locator("#result p").waitFor();
    const sent = playground.emulator.mail.sent;
    expect(sent.length).toBeGreaterThan(0);
    await page.click("#modal-close");

    await page.click("#btn-mails");
    await page.locator("#mail-panel .mail").first().waitFor();
    expect(await page.locator("#mail-panel .mail").count()).toBe(sent.length);
    const julie = page.locator('#mail-panel .mail[data-to="julie.tremblay@example.org"]');
    expect(await julie.locator(".mail-subject").textContent()).toMatch(
      /^Plan d'action — Comité Entraide\u00a0: vos actions \(/,
    );
    expect(await julie.locator(".mail-meta").first().textContent()).toBe("À : julie.tremblay@example.org");
    const frame = julie.locator("iframe");
    expect(await frame.getAttribute("sandbox")).toBe("");
    const body = page.frameLocator('#mail-panel .mail[data-to="julie.tremblay@example.org"] iframe');
    await body.locator("p").first().waitFor();
    expect(await body.locator("p").first().textContent()).toBe("Bonjour Julie Tremblay,");
    expect(await body.locator("li strong", { hasText: "Kiosque" }).textContent()).toBe(MARKUP);
    expect(await body.locator("script, img").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator("#btn-mails").getAttribute("aria-pressed")).toBe("true");
    expect(await seriousAxeViolations(page)).toEqual([]);

    // A restart keeps the mails (and their record: a second send today sends nothing new).
    await page.close();
    await server.close();
    server = await serve(temp.statePath);
    const again = await openPage(server.url);
    await again.click("#btn-mails");
    await again.locator("#mail-panel .mail").first().waitFor();
    expect(await again.locator("#mail-panel .mail").count()).toBe(sent.length);
    await again.close();
  });
});
