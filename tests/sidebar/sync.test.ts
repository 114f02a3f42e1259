/**
 * Synchroniser in the sidebar on a 120-row plan, with the emulated Calendar answering slowly (10 s per
 * call on the virtual clock), so the server's time budget cuts the sync into several syncStep calls: the
 * progress bar must advance "n / 120" call after call, and the final report must match the emulated
 * calendar. Also: a failing step shows a plain message and gives the buttons back.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachCalendar, CALENDAR_FAULTS } from "../../src/local/emulator/calendar";
import { buildPlan, type FixtureRow, OBJECTIVE_A } from "./fixture-plan";
import { launchChromium, normalise, textOf } from "./harness";
import { openSidebarOnPlan, toolbarStates } from "./sidebar-helpers";

const ROWS = 120;
const CALENDAR_LATENCY_MS = 10_000;

function bigPlanRows(): FixtureRow[] {
  return Array.from({ length: ROWS }, (_, i) => {
    const month = 3 + (i % 6);
    const day = 1 + (i % 28);
    return {
      objectif: i % 20 === 0 ? `${OBJECTIVE_A} — volet ${i / 20 + 1}` : "",
      resultat: "",
      moyens: `Action ${i + 1}`,
      ressources: "",
      responsables: "Marie Tremblay",
      echeancier: `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/2026`,
      statut: i % 3 === 0 ? "En cours" : "À faire",
      avancement: "",
    };
  });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("Synchroniser", () => {
  it("drives syncStep chunk after chunk with an advancing progress bar, then reports what the calendar holds", async () => {
    const plan = buildPlan({ rows: bigPlanRows() });
    const calendar = attachCalendar(plan.emulator);
    plan.emulator.calls.setLatency((key) => (key.startsWith("Calendar.") ? CALENDAR_LATENCY_MS : 0));
    const { sidebar } = await openSidebarOnPlan(browser, plan);
    const { page } = sidebar;
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __progress: string[] }).__progress = seen;
      new MutationObserver((records) => {
        for (const record of records) {
          const target = record.target as Element;
          if (target.closest("#panel")) seen.push(target.getAttribute("aria-valuetext") ?? "");
        }
      }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ["aria-valuetext"] });
    });

    await page.getByRole("button", { name: "Synchroniser" }).click();
    await page.locator("#panel .sync-report").waitFor({ timeout: 60_000 });

    const steps = sidebar.calls.filter((call) => call.name === "syncStep");
    expect(steps.length).toBeGreaterThanOrEqual(3);
    expect(steps.every((call) => call.ok)).toBe(true);
    const progress = await page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
    const done = progress.map((text) => Number(text.split(" / ")[0]));
    expect(progress.length).toBe(steps.length);
    expect(done.every((value, i) => i === 0 || value > done[i - 1])).toBe(true);
    expect(done[0]).toBeGreaterThan(0);
    expect(done[0]).toBeLessThan(ROWS);
    expect(progress.at(-1)).toBe(`${ROWS} / ${ROWS}`);

    const bar = page.getByRole("progressbar", { name: "Actions synchronisées" });
    expect(await bar.getAttribute("aria-valuenow")).toBe(String(ROWS));
    expect(await bar.getAttribute("aria-valuemax")).toBe(String(ROWS));
    expect(await textOf(page, "#panel .sync-count")).toBe(`Synchronisation terminée : ${ROWS} / ${ROWS}`);

    const live = calendar.listCalendars().filter((entry) => !entry.deleted);
    expect(live).toHaveLength(1);
    const events = calendar.allEvents(live[0].id);
    expect(events).toHaveLength(ROWS);
    const counts = await page
      .locator("#panel .sync-counts")
      .evaluate((dl) =>
        Array.from(dl.querySelectorAll("dt")).map((dt) => [
          dt.textContent,
          dt.nextElementSibling?.textContent,
        ]),
      );
    expect(counts).toEqual([
      ["Créés", String(events.length)],
      ["Modifiés", "0"],
      ["Supprimés", "0"],
      ["Inchangés", "0"],
    ]);
    expect(await textOf(page, "#panel .sync-report .muted")).toBe(`Agenda : ${live[0].summary}`);
    expect(await textOf(page, "#panel .sync-report p")).toBe(
      `L'agenda « ${live[0].summary} » est à jour : ${ROWS} événements créés.`,
    );
    expect(await toolbarStates(page)).toEqual([false, false, false, false, false]);
    expect(sidebar.pageErrors).toEqual([]);
    await sidebar.close();
  });

  it("says in plain French why Google Calendar refused a row, never Google's technical text", async () => {
    const plan = buildPlan();
    attachCalendar(plan.emulator);
    plan.emulator.calls.injectFault({
      key: "Calendar.Events.insert",
      at: 2,
      error: () => CALENDAR_FAULTS.fatal(),
    });
    const { sidebar } = await openSidebarOnPlan(browser, plan);
    const { page } = sidebar;
    await page.getByRole("button", { name: "Synchroniser" }).click();
    await page.locator("#panel .sync-report").waitFor({ timeout: 60_000 });
    const reason =
      "Google Agenda a refusé cet événement : vérifiez le titre et les dates de cette ligne, puis relancez la synchronisation.";
    expect(await textOf(page, "#panel .sync-report p")).toBe(
      `La synchronisation s'est arrêtée à la ligne 9 (cellule C9). ${reason} Ce qui était déjà fait est conservé : 1 événement créé. 1 ligne n'est pas dans l'agenda (voir la raison).`,
    );
    expect(await textOf(page, "#panel .sync-details .action-meta")).toBe(reason);
    const shown = normalise((await page.locator("#panel").textContent()) ?? "");
    expect(shown).not.toMatch(/API call to|failed with error|Bad Request|calendar\.events/i);
    expect(shown).not.toMatch(/\b(the|with|error|failed|call|request)\b/i);
    expect(sidebar.pageErrors).toEqual([]);
    await sidebar.close();
  });

  it("stops and says to try again later when Google's limits are still reached after the retries", async () => {
    const plan = buildPlan();
    attachCalendar(plan.emulator);
    plan.emulator.calls.injectFault({
      key: "Calendar.Events.insert",
      at: 1,
      error: () => CALENDAR_FAULTS.rateLimit(),
      times: 10_000,
    });
    const { sidebar } = await openSidebarOnPlan(browser, plan);
    const { page } = sidebar;
    await page.getByRole("button", { name: "Synchroniser" }).click();
    await page.locator("#panel .sync-report").waitFor({ timeout: 60_000 });
    expect(await textOf(page, "#panel .sync-report p")).toMatch(
      /limite le nombre de modifications par minute/,
    );
    expect(normalise((await page.locator("#error").textContent()) ?? "")).toBe("");
    expect(sidebar.calls.filter((call) => call.name === "syncStep").length).toBeLessThanOrEqual(2);
    expect(await toolbarStates(page)).toEqual([false, false, false, false, false]);
    await sidebar.close();
  });

  it("shows a plain message and gives the buttons back when a step fails", async () => {
    const plan = buildPlan();
    attachCalendar(plan.emulator);
    const { sidebar } = await openSidebarOnPlan(browser, plan);
    const { page } = sidebar;
    // The whole execution fails before the sync's own guard can answer (e.g. Apps Script's own timeout).
    plan.emulator.calls.injectFault({
      key: "LockService",
      at: 1,
      error: new Error("Exceeded maximum execution time"),
      times: 100,
    });
    plan.emulator.calls.injectFault({
      key: "Session",
      at: 1,
      error: new Error("Exceeded maximum execution time"),
      times: 100,
    });
    await page.getByRole("button", { name: "Synchroniser" }).click();
    await sidebar.waitForCalls("syncStep", 1);
    await page.waitForFunction(() => !(document.getElementById("btn-sync") as HTMLButtonElement).disabled);
    const shown = normalise((await page.locator("#error").textContent()) ?? "");
    const report = normalise((await page.locator("#panel").textContent()) ?? "");
    expect(`${shown} ${report}`).not.toContain("Exceeded maximum execution time");
    expect(shown).toBe(
      "L'opération n'a pas pu se terminer. Vos données n'ont pas été perdues ; réessayez dans un moment.",
    );
    expect(await toolbarStates(page)).toEqual([false, false, false, false, false]);
    await sidebar.close();
  });
});
