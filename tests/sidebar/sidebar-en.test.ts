/**
 * The sidebar for an English-speaking user (locale en_CA) on the same plan: English labels and dates, the
 * same figures, the same navigation and the same plain-language failure.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPlan, OBJECTIVE_A, OBJECTIVE_B } from "./fixture-plan";
import { launchChromium, normalise, seriousAxeViolations, textOf } from "./harness";
import { activeSelection, chipCounts, listItems, openSidebarOnPlan, toolbarStates } from "./sidebar-helpers";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const english = () => buildPlan({ lang: "en" });

describe("sidebar on seed 002, in English", () => {
  it("shows the same figures with English labels and dates", async () => {
    const { sidebar } = await openSidebarOnPlan(browser, english(), { browserLocale: "en-CA" });
    const { page } = sidebar;
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await textOf(page, "h1")).toBe("Action plan");
    expect(await textOf(page, "#subtitle")).toBe("Comité Entraide · As of Mar 10, 2026");
    expect(await page.locator(".toolbar button").allTextContents()).toEqual([
      "Refresh",
      "Validate",
      "Colours",
      "Sync",
      "Share the calendar with the committee",
    ]);
    const overall = page.getByRole("progressbar", { name: "Overall progress" });
    expect(await overall.getAttribute("aria-valuenow")).toBe("31");
    expect(await overall.getAttribute("aria-valuetext")).toBe("31%");
    expect(await chipCounts(page)).toEqual({
      "To do": "3",
      "In progress": "2",
      Done: "2",
      Postponed: "1",
      Cancelled: "1",
      Overdue: "2",
      "Due soon (14 d)": "1",
    });
    expect(await page.getByRole("progressbar", { name: OBJECTIVE_A }).getAttribute("aria-valuenow")).toBe(
      "42",
    );
    expect(await page.getByRole("progressbar", { name: OBJECTIVE_B }).getAttribute("aria-valuenow")).toBe(
      "0",
    );
    expect(await textOf(page, "#overdue h2")).toBe("Overdue (2)");
    expect((await listItems(page, "#overdue")).map((item) => [item.meta, item.people])).toEqual([
      ["Due: Feb 28, 2026 · late for 10 days", "Responsible: Marie Tremblay"],
      ["Due: Feb 28, 2026 · late for 10 days", "Responsible: Sophie Roy, Marie Tremblay"],
    ]);
    expect(await textOf(page, "#upcoming h2")).toBe("Due in the next 30 days (2)");
    expect((await listItems(page, "#upcoming")).map((item) => [item.action, item.meta])).toEqual([
      ["Publier un article dans le journal syndical", "Due: Mar 15, 2026 · in 5 days"],
      [
        "Où, quand et comment exemple : Assemblée générale, kiosque lors de journée thématique, lettre ou courriel, etc.",
        "Due: Mar 31, 2026 · in 21 days",
      ],
    ]);
    expect(await page.locator("#people thead th").allTextContents()).toEqual([
      "Person",
      "Open",
      "Overdue",
      "Done",
    ]);
    expect(await textOf(page, "#people p.muted")).toBe("1 open action has no one responsible.");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await sidebar.close();
  });

  it("selects rows and cells, and lists the findings in English", async () => {
    const { sidebar, plan } = await openSidebarOnPlan(browser, english(), { browserLocale: "en-CA" });
    const { page } = sidebar;
    await page.getByRole("button", { name: /Présenter les rôles/ }).click();
    await sidebar.waitForCalls("selectRow", 1);
    expect(activeSelection(plan.emulator)).toMatchObject({ sheet: "Action plan", row: 8, wholeRow: true });
    await page.getByRole("button", { name: "Validate" }).click();
    await page.locator("#panel .finding").first().waitFor();
    expect(await textOf(page, "#panel h2")).toBe("Plan validation");
    const first = normalise((await page.locator("#panel .finding").first().textContent()) ?? "");
    expect(first.startsWith("Warning H8")).toBe(true);
    await page.locator("#panel .finding", { hasText: "H15" }).click();
    await sidebar.waitForCalls("selectCell", 1);
    expect(plan.emulator.spreadsheet.getActiveRange()?.getA1Notation()).toBe("H15");
    await sidebar.close();
  });

  it("says in plain English that the call failed, and enables the buttons again", async () => {
    const { sidebar, plan } = await openSidebarOnPlan(browser, english(), { browserLocale: "en-CA" });
    const { page } = sidebar;
    plan.emulator.calls.injectFault({
      key: "SpreadsheetApp",
      at: 1,
      error: new Error("Exception: Service Spreadsheets timed out"),
      times: 1000,
    });
    await page.getByRole("button", { name: "Validate" }).click();
    await sidebar.waitForCalls("getValidationReport", 1);
    await page.waitForFunction(
      () => !(document.getElementById("btn-validate") as HTMLButtonElement).disabled,
    );
    expect(await textOf(page, "#error")).toBe(
      "The operation could not finish. Nothing was lost; please try again in a moment.",
    );
    expect(await toolbarStates(page)).toEqual([false, false, false, false, false]);
    expect(await page.locator("body").textContent()).not.toContain("timed out");
    await sidebar.close();
  });
});
