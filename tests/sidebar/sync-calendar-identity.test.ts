/**
 * The sync panel and the committee's calendar, in Chromium against the emulator: the calendar's owner is
 * named under the counts; when the calendar cannot be found, its creator gets "Créer un nouvel agenda",
 * which runs the sync again with that answer; a person who unticked the calendar scope gets the message
 * and a link to grant it, and nothing is synced.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachCalendar } from "../../src/local/emulator/calendar";
import { SCOPES } from "../../src/local/emulator/index";
import { buildPlan } from "./fixture-plan";
import { launchChromium, normalise, textOf } from "./harness";
import { openSidebarOnPlan } from "./sidebar-helpers";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("Synchroniser and the committee's calendar", () => {
  it("names the owner, asks before replacing a calendar that cannot be found, then replaces it", async () => {
    const plan = buildPlan();
    const calendar = attachCalendar(plan.emulator);
    const { sidebar } = await openSidebarOnPlan(browser, plan);
    const { page } = sidebar;
    await page.getByRole("button", { name: "Synchroniser" }).click();
    await page.locator("#panel .sync-report").waitFor({ timeout: 60_000 });
    expect(await textOf(page, "#panel .sync-owner")).toBe("Agenda de : proprietaire@gmail.com");

    const [first] = calendar.listCalendars();
    calendar.deleteCalendar(first.id);
    await page.getByRole("button", { name: "Synchroniser" }).click();
    const create = page.getByRole("button", { name: "Créer un nouvel agenda" });
    await create.waitFor({ timeout: 60_000 });
    expect(normalise((await page.locator("#panel .sync-report p").first().textContent()) ?? "")).toMatch(
      /^L'agenda « Plan d'action — .+ » est introuvable/,
    );
    expect(calendar.listCalendars().filter((c) => !c.deleted)).toHaveLength(0);
    await create.click();
    await page.locator("#panel .sync-owner").waitFor({ timeout: 60_000 });
    const live = calendar.listCalendars().filter((c) => !c.deleted);
    expect(live).toHaveLength(1);
    expect(live[0].id).not.toBe(first.id);
    const steps = sidebar.calls.filter((call) => call.name === "syncStep");
    expect(steps.at(-1)?.args[0]).toMatchObject({ confirmNewCalendar: true });
    expect(sidebar.pageErrors).toEqual([]);
    await sidebar.close();
  });

  it("with the calendar scope unticked: says so, links to Google's authorization, syncs nothing", async () => {
    const plan = buildPlan();
    const calendar = attachCalendar(plan.emulator);
    plan.emulator.declineScope(SCOPES.calendarAppCreated);
    const { sidebar } = await openSidebarOnPlan(browser, plan);
    const { page } = sidebar;
    await page.getByRole("button", { name: "Synchroniser" }).click();
    const link = page.getByRole("link", { name: "Autoriser l'accès à l'agenda" });
    await link.waitFor({ timeout: 60_000 });
    expect(await link.getAttribute("href")).toMatch(/^https:\/\//);
    expect(await link.getAttribute("target")).toBe("_blank");
    expect(normalise((await page.locator("#panel .sync-report p").first().textContent()) ?? "")).toMatch(
      /^Vous n'avez pas autorisé le module à gérer son agenda Google/,
    );
    expect(calendar.listCalendars()).toHaveLength(0);
    expect(sidebar.pageErrors).toEqual([]);
    await sidebar.close();
  });
});
