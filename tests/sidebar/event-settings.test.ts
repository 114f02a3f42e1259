/**
 * The sidebar's calendar event settings in Chromium, on seed 002's plan: the card shows the plan's
 * settings (the action as title, the Échéance day), the committee picks "Le résultat attendu" and "Toute
 * la période Début–Échéance" and saves through saveEventSettings; the next Synchroniser writes titles
 * from Résultats attendus over Début–Échéance. The same card in English. An old plan's first sync in the
 * sidebar offers "Tout mettre dans l'agenda" or "Sans les N actions terminées passées".
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachCalendar } from "../../src/local/emulator/calendar";
import { buildPlan, type FixtureRow, fixtureRows } from "./fixture-plan";
import { launchChromium, normalise, textOf } from "./harness";
import { openSidebarOnPlan } from "./sidebar-helpers";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("calendar event settings in the sidebar", () => {
  it("shows the plan's settings, saves new ones, and the next sync applies them", async () => {
    const plan = buildPlan();
    const calendar = attachCalendar(plan.emulator);
    const { sidebar } = await openSidebarOnPlan(browser, plan);
    const { page } = sidebar;

    await page.getByText("Agenda : réglages des événements").click();
    const action = page.getByRole("radio", { name: "L'action (Moyens / Actions)" });
    const result = page.getByRole("radio", { name: "Le résultat attendu" });
    const period = page.getByRole("radio", { name: "Toute la période Début–Échéance" });
    expect(await action.isChecked()).toBe(true);
    expect(await page.getByRole("radio", { name: "Le jour de l'échéance" }).isChecked()).toBe(true);
    expect(await page.getByRole("checkbox").isChecked()).toBe(false);
    await result.check();
    await period.check();
    await page.getByRole("button", { name: "Enregistrer les réglages" }).click();
    await sidebar.waitForCalls("saveEventSettings", 1);
    await page.getByText("Réglages enregistrés").waitFor();
    const save = sidebar.calls.find((call) => call.name === "saveEventSettings")!;
    expect(save.ok).toBe(true);
    expect(save.args).toEqual(["Plan d'action", { title: "result", span: "period", skipPastDone: null }]);

    await page.getByRole("button", { name: "Synchroniser" }).click();
    await page.locator("#panel .sync-report").waitFor({ timeout: 60_000 });
    const [cal] = calendar.listCalendars();
    const events = calendar.allEvents(cal.id);
    const rows = fixtureRows();
    const titles = events.map((event) => String(event.summary).replace(/^✓ /, ""));
    // Every synced row shows its expected result; rows without one fall back to their action.
    for (const title of titles) expect(rows.some((row) => (row.resultat || row.moyens) === title)).toBe(true);
    expect(titles).toContain(
      "3. Obtenir l'engagement de l'employeur et définir les modalités de sa participation ($, libération, affichage, etc.)",
    );
    // "Février-Mars" spans its two months.
    const feb = events.find((event) => String(event.summary).includes("3. Obtenir"))!;
    expect(feb.start?.date?.slice(5)).toBe("02-01");
    expect(feb.end?.date?.slice(5)).toBe("04-01");

    // Refresh: the card shows what is stored.
    await page.getByRole("button", { name: "Actualiser" }).click();
    await sidebar.waitForCalls("getSidebarData", 2);
    await page.getByText("Agenda : réglages des événements").click();
    expect(await page.getByRole("radio", { name: "Le résultat attendu" }).isChecked()).toBe(true);
    expect(sidebar.pageErrors).toEqual([]);
    await sidebar.close();
  });

  it("speaks English to an English-speaking user", async () => {
    const plan = buildPlan({ lang: "en" });
    attachCalendar(plan.emulator);
    const { sidebar } = await openSidebarOnPlan(browser, plan);
    const { page } = sidebar;
    await page.getByText("Calendar: event settings").click();
    await page.getByRole("radio", { name: "Both: “Result — Action”" }).check();
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText("Settings saved: they will apply at the next calendar sync.").waitFor();
    expect(normalise(await textOf(page, "#event-settings"))).toContain("The whole Start–Due period");
    await sidebar.close();
  });

  it("an old plan's first sync offers to leave the past Terminé actions out", async () => {
    // Twelve actions of 2025, the first four Terminé, looked at in March 2026.
    const rows: FixtureRow[] = Array.from({ length: 12 }, (_, i) => ({
      objectif: "Bilan de l'année passée",
      resultat: "",
      moyens: `Action passée ${i + 1}`,
      ressources: "",
      responsables: "Marie Tremblay",
      echeancier: `${String(1 + i).padStart(2, "0")}/12/2025`,
      statut: i < 4 ? "Terminé" : "En cours",
      avancement: "",
    }));
    const plan = buildPlan({ rows });
    const calendar = attachCalendar(plan.emulator);
    const { sidebar } = await openSidebarOnPlan(browser, plan);
    const { page } = sidebar;
    await page.getByRole("button", { name: "Synchroniser" }).click();
    await page.locator("#panel .sync-report").waitFor({ timeout: 60_000 });
    expect(await textOf(page, "#panel .sync-report p")).toMatch(
      /^Première synchronisation de ce plan : 12 événements dans le passé, dont 8 en retard\. Les 4 actions terminées/,
    );
    expect(plan.emulator.calls.count("Calendar.Events.insert")).toBe(0);
    await page.getByRole("button", { name: "Sans les 4 actions terminées passées" }).click();
    await page.locator("#panel .sync-counts").waitFor({ timeout: 60_000 });
    expect(plan.emulator.calls.count("Calendar.Events.insert")).toBe(8);
    const [cal] = calendar.listCalendars();
    expect(calendar.allEvents(cal.id)).toHaveLength(8);
    const steps = sidebar.calls.filter((call) => call.name === "syncStep").map((call) => call.args[0]);
    expect(steps.at(-1)).toEqual({ skipPastDone: true });
    // The answer is now the plan's setting, and the card shows it.
    await page.getByText("Agenda : réglages des événements").click();
    expect(
      await page
        .getByRole("checkbox", {
          name: "Laisser hors de l'agenda les actions terminées dont l'échéance est passée",
        })
        .isChecked(),
    ).toBe(true);
    expect(sidebar.pageErrors).toEqual([]);
    await sidebar.close();
  });
});
