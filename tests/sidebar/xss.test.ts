/**
 * Plan cells are user input: markup, script and `javascript:` links typed in the sheet must reach the
 * sidebar and the findings dialog as literal text, and nothing they carry may run or load (checked with
 * window flags the payloads would set, the page's DOM, and the requests the page tried).
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPlan, type FixtureRow } from "./fixture-plan";
import { launchChromium, normalise, openSurface } from "./harness";
import { openSidebarOnPlan } from "./sidebar-helpers";

const IMG = `<img src=x onerror="window.__xss='img'">`;
const SCRIPT = `<script>window.__xss='script'</script>`;
const LINK = `javascript:window.__xss='link'`;
const SVG = `"><svg onload="window.__xss='svg'">`;
const IFRAME = `<iframe src="javascript:parent.__xss='iframe'"></iframe>`;

const row = (moyens: string, responsables: string, echeancier: string, objectif = ""): FixtureRow => ({
  objectif,
  resultat: "",
  moyens,
  ressources: "",
  responsables,
  echeancier,
  statut: "À faire",
  avancement: "",
});

const HOSTILE_ROWS: FixtureRow[] = [
  row(IMG, IMG, "Février 2026", SVG),
  row(LINK, "Marie Tremblay", "Février 2026"),
  row(SCRIPT, "Sophie Roy", "Février 2026"),
  row(SVG, IMG, "20 mars 2026"),
  row(IFRAME, "Luc Gagnon", "20 mars 2026"),
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function expectNothingRan(page: Page, blocked: string[]): Promise<void> {
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
  expect(await page.locator("body img, body svg, body iframe, body script:not(:first-of-type)").count()).toBe(
    0,
  );
  expect(await page.locator("a[href]").count()).toBe(0);
  expect(blocked).toEqual([]);
}

describe("hostile plan text", () => {
  it("appears as literal text in the sidebar, and nothing runs", async () => {
    const { sidebar } = await openSidebarOnPlan(browser, buildPlan({ rows: HOSTILE_ROWS, members: [] }));
    const { page } = sidebar;
    const overdue = (await page.locator("#overdue .action-link").allTextContents()).map(normalise);
    expect(overdue).toEqual([IMG, LINK, SCRIPT]);
    const upcoming = (await page.locator("#upcoming .action-link").allTextContents()).map(normalise);
    expect(upcoming).toEqual([SVG, IFRAME]);
    expect(normalise((await page.locator("#overdue .action-people").first().textContent()) ?? "")).toBe(
      `Responsables : ${IMG}`,
    );
    expect(await page.locator(".objective-name").allTextContents()).toEqual([SVG]);
    expect(await page.locator("#people tbody th").allTextContents()).toContain(IMG);
    // Clicking the `javascript:` item only selects its row.
    await page.getByRole("button", { name: /^javascript:/ }).click();
    await sidebar.waitForCalls("selectRow", 1);
    expect(sidebar.calls.at(-1)?.args).toEqual(["Plan d'action", 9]);
    await page.getByRole("button", { name: "Valider", exact: true }).click();
    await page.locator("#panel .finding").first().waitFor();
    await expectNothingRan(page, sidebar.blockedRequests);
    expect(sidebar.pageErrors).toEqual([]);
    await sidebar.close();
  });

  it("appears as literal text in the findings dialog, and nothing runs", async () => {
    const plan = buildPlan({ rows: HOSTILE_ROWS, members: ["Marie Tremblay"] });
    const dialog = await openSurface(browser, {
      emulator: plan.emulator,
      surface: "Findings",
      width: 520,
      height: 480,
    });
    const { page } = dialog;
    await page.locator(".finding").first().waitFor();
    const texts = (await page.locator(".finding").allTextContents()).map(normalise);
    // Unknown responsible names are quoted in findings: the hostile ones come back as text.
    expect(texts.some((text) => text.includes("<script>") || text.includes("<img"))).toBe(true);
    await expectNothingRan(page, dialog.blockedRequests);
    await dialog.close();
  });
});
