/**
 * Partager l'agenda avec le comité in the sidebar (Chromium, dist/Sidebar.html against dist/Code.js in
 * the emulator): once the plan has a calendar the sidebar gives members the link to add it; the button
 * shares with the Membres addresses and shows what it did, the invalid address as a button to its cell;
 * a second click adds nothing; with calendar.acls declined the panel gives the manual way (the settings
 * link and the addresses to copy); the buttons are disabled while it runs.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachCalendar } from "../../src/local/emulator/calendar";
import { SCOPES } from "../../src/local/emulator/index";
import { loadAddon } from "../../src/local/loader";
import { buildPlan, type PlanFixture } from "./fixture-plan";
import { launchChromium, normalise, textOf } from "./harness";
import { openSidebarOnPlan, toolbarStates } from "./sidebar-helpers";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The fixture plan, synced once by its owner, with addresses in Membres (one of them invalid). */
function syncedPlan(): { plan: PlanFixture; calendarId: string; readers: () => string[] } {
  const plan = buildPlan();
  const calendar = attachCalendar(plan.emulator);
  loadAddon(plan.emulator).call("syncCalendar");
  const calendarId = calendar.listCalendars()[0].id;
  plan.emulator.spreadsheet
    .getSheetByName("Membres")
    ?.getRange("B2:B4")
    .setValues([["marie.tremblay@example.org"], ["luc.gagnon@"], ["sophie.roy@example.org"]]);
  const readers = () =>
    calendar
      .aclRules(calendarId)
      .filter((rule) => rule.role === "reader")
      .map((rule) => rule.scope.value ?? "")
      .sort();
  return { plan, calendarId, readers };
}

const cid = (calendarId: string) =>
  encodeURIComponent(Buffer.from(calendarId).toString("base64").replace(/=+$/, ""));

describe("Partager l'agenda avec le comité", () => {
  it("shares with the members, shows what it did, and adds nothing on a second click", async () => {
    const { plan, calendarId, readers } = syncedPlan();
    const { sidebar } = await openSidebarOnPlan(browser, plan);
    const { page } = sidebar;
    const addLink = page.locator(".calendar-card a", { hasText: "Ajouter l'agenda à mon Google Agenda" });
    expect(await addLink.getAttribute("href")).toBe(
      `https://calendar.google.com/calendar/r?cid=${cid(calendarId)}`,
    );
    expect(await addLink.getAttribute("target")).toBe("_blank");

    sidebar.hold();
    await page.getByRole("button", { name: "Partager l'agenda avec le comité" }).click();
    expect(await toolbarStates(page)).toEqual([true, true, true, true, true]);
    expect(await textOf(page, "#status")).toBe("Partage de l'agenda avec les membres…");
    sidebar.release();
    await sidebar.waitForCalls("shareCalendarForSidebar", 1);
    await page.locator("#panel .share-summary").waitFor();
    expect(readers()).toEqual(["marie.tremblay@example.org", "sophie.roy@example.org"]);
    expect(await textOf(page, "#panel-title")).toBe("Partage de l'agenda");
    expect(await textOf(page, "#panel .share-summary")).toMatch(
      /^Agenda « Plan d'action — Comité Entraide » : 2 membres ajoutés comme lecteurs\./,
    );
    const sections = await page
      .locator("#panel .share-section")
      .evaluateAll((nodes) =>
        nodes.map((n) => [...n.querySelectorAll("h3, li")].map((e) => e.textContent ?? "")),
      );
    expect(sections.map((texts) => texts.map(normalise))).toEqual([
      ["Ajoutés comme lecteurs", "marie.tremblay@example.org", "sophie.roy@example.org"],
      ["Adresses non valides (rien n'a été fait)", "B3 : « luc.gagnon@ »"],
    ]);
    const membersLink = page.locator("#panel a", { hasText: "Ajouter l'agenda à mon Google Agenda" });
    expect(await membersLink.getAttribute("href")).toBe(
      `https://calendar.google.com/calendar/r?cid=${cid(calendarId)}`,
    );

    await page.getByRole("button", { name: "B3 : « luc.gagnon@ »" }).click();
    await sidebar.waitForCalls("selectCell", 1);
    const range = plan.emulator.spreadsheet.getActiveRange();
    expect(range?.getSheet().getName()).toBe("Membres");
    expect(range?.getA1Notation()).toBe("B3");

    await page.getByRole("button", { name: "Partager l'agenda avec le comité" }).click();
    await sidebar.waitForCalls("shareCalendarForSidebar", 2);
    await page.waitForFunction(() =>
      (document.querySelector("#panel .share-summary")?.textContent ?? "").includes("Rien n'a été ajouté"),
    );
    expect(readers()).toEqual(["marie.tremblay@example.org", "sophie.roy@example.org"]);
    expect(await toolbarStates(page)).toEqual([false, false, false, false, false]);
    expect(sidebar.pageErrors).toEqual([]);
    await sidebar.close();
  });

  it("gives the manual way when the permission to share was declined", async () => {
    const { plan, calendarId, readers } = syncedPlan();
    plan.emulator.declineScope(SCOPES.calendarAcls);
    const { sidebar } = await openSidebarOnPlan(browser, plan);
    const { page } = sidebar;
    await page.getByRole("button", { name: "Partager l'agenda avec le comité" }).click();
    await sidebar.waitForCalls("shareCalendarForSidebar", 1);
    const settings = page.locator("#panel a", { hasText: "Ouvrir les paramètres de partage de l'agenda" });
    await settings.waitFor();
    expect(await settings.getAttribute("href")).toBe(
      `https://calendar.google.com/calendar/r/settings/calendar/${cid(calendarId)}`,
    );
    expect(await page.getByRole("textbox", { name: "Adresses des membres, à copier" }).inputValue()).toBe(
      "marie.tremblay@example.org, sophie.roy@example.org",
    );
    expect(await textOf(page, "#panel .share-summary")).toContain("Partager avec des personnes précises");
    expect(readers()).toEqual([]);
    await sidebar.close();
  });
});
