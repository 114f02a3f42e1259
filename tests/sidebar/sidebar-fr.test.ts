/**
 * The sidebar in Chromium on seed 002's plan (French user, today 10/03/2026): the built dist/Sidebar.html
 * talks through the google.script.run shim to dist/Code.js in the emulator. Assertions are on what a user
 * sees and what assistive technology reads (roles, names, values), and on the emulated sheet.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SIDEBAR_SIZE_LIMIT_BYTES, sidebarSizeBytes } from "../../src/tools/bench/sidebar-size";
import { buildPlan, OBJECTIVE_A, OBJECTIVE_B } from "./fixture-plan";
import { launchChromium, normalise, openSurface, seriousAxeViolations, textOf } from "./harness";
import { activeSelection, chipCounts, listItems, openSidebarOnPlan, toolbarStates } from "./sidebar-helpers";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("sidebar on seed 002, in French", () => {
  it("names the plan's sheet when it is not the usual one", async () => {
    const plan = buildPlan();
    plan.emulator.spreadsheet.getSheetByName("Plan d'action")!.setName("Plan 2026-2027");
    const { sidebar } = await openSidebarOnPlan(browser, plan);
    expect(await textOf(sidebar.page, "#subtitle")).toBe(
      "Comité Entraide · « Plan 2026-2027 » · Situation au 10/03/2026",
    );
    await sidebar.close();
  });

  it("shows the overall progress, status counts and objective bars", async () => {
    const { sidebar } = await openSidebarOnPlan(browser, buildPlan());
    const { page } = sidebar;
    expect(await textOf(page, "h1")).toBe("Plan d'action");
    expect(await textOf(page, "#subtitle")).toBe("Comité Entraide · Situation au 10/03/2026");

    const overall = page.getByRole("progressbar", { name: "Avancement global" });
    expect(await overall.getAttribute("aria-valuenow")).toBe("31");
    expect(await overall.getAttribute("aria-valuemin")).toBe("0");
    expect(await overall.getAttribute("aria-valuemax")).toBe("100");
    expect(normalise((await overall.getAttribute("aria-valuetext")) ?? "")).toBe("31 %");
    expect(await textOf(page, "#overall .big-number")).toBe("31 %");
    expect(await textOf(page, "#overall .muted")).toBe("9 actions (1 annulée, non comptée)");

    expect(await chipCounts(page)).toEqual({
      "À faire": "3",
      "En cours": "2",
      Terminé: "2",
      Reporté: "1",
      Annulé: "1",
      "En retard": "2",
      "Bientôt (14 j)": "1",
    });
    // Chips wear the sheet's palette.
    const late = page.locator('.chip[data-status="enRetard"]');
    expect(await late.evaluate((node) => getComputedStyle(node).backgroundColor)).toBe("rgb(250, 210, 207)");

    const barA = page.getByRole("progressbar", { name: OBJECTIVE_A });
    const barB = page.getByRole("progressbar", { name: OBJECTIVE_B });
    expect(await barA.getAttribute("aria-valuenow")).toBe("42");
    expect(await barB.getAttribute("aria-valuenow")).toBe("0");
    expect(await page.locator(".objective").count()).toBe(2);
    expect(sidebar.pageErrors).toEqual([]);
    await sidebar.close();
  });

  it("lists overdue and upcoming actions with French dates, and the load per person", async () => {
    const { sidebar } = await openSidebarOnPlan(browser, buildPlan());
    const { page } = sidebar;
    expect(await textOf(page, "#overdue h2")).toBe("En retard (2)");
    expect(await listItems(page, "#overdue")).toEqual([
      {
        action:
          "Présenter les rôles et responsabilités du porteur de dossier et vérifier l'intérêt personnel des officiers en place",
        meta: "Échéance : 28/02/2026 · en retard depuis 10 jours",
        people: "Responsables : Marie Tremblay",
      },
      {
        action: "Tenir un kiosque à l'assemblée générale",
        meta: "Échéance : 28/02/2026 · en retard depuis 10 jours",
        people: "Responsables : Sophie Roy, Marie Tremblay",
      },
    ]);
    expect(await textOf(page, "#upcoming h2")).toBe("À venir dans les 30 jours (2)");
    expect(await listItems(page, "#upcoming")).toEqual([
      {
        action: "Publier un article dans le journal syndical",
        meta: "Échéance : 15/03/2026 · dans 5 j",
        people: "Responsables : Luc Gagnon",
      },
      {
        action:
          "Où, quand et comment exemple : Assemblée générale, kiosque lors de journée thématique, lettre ou courriel, etc.",
        meta: "Échéance : 31/03/2026 · dans 21 j",
        people: "Responsables : Luc Gagnon, Marie Tremblay",
      },
    ]);
    const rows = await page
      .locator("#people tbody tr")
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((cell) => cell.textContent)));
    expect(rows).toEqual([
      ["Marie Tremblay", "3", "2", "0"],
      ["Sophie Roy", "2", "1", "1"],
      ["Luc Gagnon", "2", "0", "1"],
    ]);
    expect(await page.locator("#people thead th").allTextContents()).toEqual([
      "Personne",
      "Ouvertes",
      "En retard",
      "Terminées",
    ]);
    expect(await textOf(page, "#people p.muted")).toBe("1 action ouverte sans responsable.");
    await sidebar.close();
  });

  it("selects the action's row in the sheet when an overdue item is clicked", async () => {
    const { sidebar, plan } = await openSidebarOnPlan(browser, buildPlan());
    await sidebar.page.getByRole("button", { name: /Tenir un kiosque/ }).click();
    await sidebar.waitForCalls("selectRow", 1);
    expect(sidebar.calls.at(-1)).toMatchObject({ name: "selectRow", args: ["Plan d'action", 15], ok: true });
    expect(activeSelection(plan.emulator)).toEqual({
      sheet: "Plan d'action",
      row: 15,
      rows: 1,
      column: 1,
      wholeRow: true,
    });
    await sidebar.close();
  });

  it("works with the keyboard alone, with a visible focus", async () => {
    const { sidebar, plan } = await openSidebarOnPlan(browser, buildPlan());
    const { page } = sidebar;
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? "");
    await page.keyboard.press("Tab");
    expect(await focusedText()).toBe("Actualiser");
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).not.toBe("none");
    let found = false;
    for (let i = 0; i < 10 && !found; i++) {
      await page.keyboard.press("Tab");
      found = (await focusedText()).startsWith("Présenter les rôles");
    }
    expect(found).toBe(true);
    await page.keyboard.press("Enter");
    await sidebar.waitForCalls("selectRow", 1);
    expect(activeSelection(plan.emulator).row).toBe(8);
    await sidebar.close();
  });

  it("Valider lists the findings; clicking one selects its cell", async () => {
    const { sidebar, plan } = await openSidebarOnPlan(browser, buildPlan());
    const { page } = sidebar;
    await page.getByRole("button", { name: "Valider", exact: true }).click();
    await page.locator("#panel .finding").first().waitFor();
    expect(await textOf(page, "#panel h2")).toBe("Validation du plan");
    expect(await textOf(page, "#panel .findings-summary")).toBe("0 erreur, 4 avertissements");
    const findings = await page
      .locator("#panel .finding")
      .evaluateAll((nodes) => nodes.map((n) => n.textContent));
    expect(findings.map((text) => normalise(text ?? ""))).toEqual([
      "Avertissement H8En retard depuis 10 jours : l'échéance était le 28/02/2026. Mettez à jour le Statut ou reportez l'échéance.",
      "Avertissement H11L'échéance (22/09/2026) tombe hors de la Période du plan (01/09/2025 – 31/08/2026).",
      "Avertissement E13Personne n'est responsable de cette action : inscrivez au moins un nom.",
      "Avertissement H15En retard depuis 10 jours : l'échéance était le 28/02/2026. Mettez à jour le Statut ou reportez l'échéance.",
    ]);
    await page.locator("#panel .finding", { hasText: "E13" }).click();
    await sidebar.waitForCalls("selectCell", 1);
    const range = plan.emulator.spreadsheet.getActiveRange();
    expect(range?.getSheet().getName()).toBe("Plan d'action");
    expect(range?.getA1Notation()).toBe("E13");
    await page.getByRole("button", { name: "Fermer" }).click();
    expect(await page.locator("#panel").isHidden()).toBe(true);
    await sidebar.close();
  });

  it("disables every button while a call runs, and enables them again", async () => {
    const { sidebar } = await openSidebarOnPlan(browser, buildPlan());
    sidebar.hold();
    await sidebar.page.getByRole("button", { name: "Couleurs" }).click();
    expect(await toolbarStates(sidebar.page)).toEqual([true, true, true, true, true]);
    expect(await sidebar.page.getByRole("button", { name: "Couleurs" }).getAttribute("aria-busy")).toBe(
      "true",
    );
    expect(await textOf(sidebar.page, "#status")).toBe("Application des couleurs…");
    sidebar.release();
    await sidebar.waitForCalls("applyColoursForSidebar", 1);
    await sidebar.page.waitForFunction(
      () => !(document.getElementById("btn-colours") as HTMLButtonElement).disabled,
    );
    expect(await toolbarStates(sidebar.page)).toEqual([false, false, false, false, false]);
    expect(await textOf(sidebar.page, "#status")).toMatch(/couleurs/i);
    await sidebar.close();
  });

  it("shows a plain message, no raw error, when the server fails, and enables the buttons again", async () => {
    const { sidebar, plan } = await openSidebarOnPlan(browser, buildPlan());
    const { page } = sidebar;
    const raw = "Exception: Service Spreadsheets failed while accessing document with id 1EmuLated.";
    plan.emulator.calls.injectFault({ key: "SpreadsheetApp", at: 1, error: new Error(raw), times: 1000 });
    await page.getByRole("button", { name: "Actualiser" }).click();
    await sidebar.waitForCalls("getSidebarData", 2);
    await page.getByRole("alert").filter({ hasText: /\S/ }).waitFor();
    expect(await textOf(page, "#error")).toBe(
      "Le résumé n'a pas pu être chargé. Vérifiez votre connexion, puis cliquez sur Actualiser.",
    );
    await page.waitForFunction(() => !(document.getElementById("btn-refresh") as HTMLButtonElement).disabled);
    expect(await toolbarStates(page)).toEqual([false, false, false, false, false]);
    // The summary already shown stays.
    expect(
      await page.getByRole("progressbar", { name: "Avancement global" }).getAttribute("aria-valuenow"),
    ).toBe("31");

    await page.getByRole("button", { name: "Valider", exact: true }).click();
    await sidebar.waitForCalls("getValidationReport", 1);
    await page.waitForFunction(
      () => !(document.getElementById("btn-validate") as HTMLButtonElement).disabled,
    );
    expect(await textOf(page, "#error")).toBe(
      "L'opération n'a pas pu se terminer. Vos données n'ont pas été perdues ; réessayez dans un moment.",
    );
    const body = normalise((await page.locator("body").textContent()) ?? "");
    expect(body).not.toContain("Service Spreadsheets");
    expect(body).not.toContain("Exception");
    expect(sidebar.pageErrors).toEqual([]);
    await sidebar.close();
  });

  it("shows the empty state when no plan is installed, with only Actualiser offered until it is", async () => {
    const { createEmulator } = await import("../../src/local/emulator/index");
    const { loadAddon } = await import("../../src/local/loader");
    const emulator = createEmulator({ locale: "fr_CA" });
    const sidebar = await openSurface(browser, { emulator });
    const { page } = sidebar;
    await page.locator("#empty-title").waitFor();
    expect(await textOf(page, "#empty-title")).toBe("Aucun plan installé");
    expect(await textOf(page, "#content p")).toMatch(
      /^Installez le modèle \(Extensions ▸ Plan d'action ▸ Installer le modèle\)/,
    );
    expect(await textOf(page, "#content p.small")).toBe(
      "Valider, Couleurs, Synchroniser et Partager seront disponibles une fois le modèle installé.",
    );
    await page.waitForFunction(() => !(document.getElementById("btn-refresh") as HTMLButtonElement).disabled);
    expect(await toolbarStates(page)).toEqual([false, true, true, true, true]);

    // Actualiser still works, and keeps the others off while there is still no plan.
    await page.getByRole("button", { name: "Actualiser" }).click();
    await sidebar.waitForCalls("getSidebarData", 2);
    await page.waitForFunction(() => !(document.getElementById("btn-refresh") as HTMLButtonElement).disabled);
    expect(await toolbarStates(page)).toEqual([false, true, true, true, true]);

    // Once the template is installed, Actualiser brings every button back.
    emulator.ui.scriptPrompt("Comité SST");
    loadAddon(emulator).call("installTemplate");
    await page.getByRole("button", { name: "Actualiser" }).click();
    await page.locator("#empty-title").waitFor({ state: "detached" });
    await page.waitForFunction(() => !(document.getElementById("btn-refresh") as HTMLButtonElement).disabled);
    expect(await toolbarStates(page)).toEqual([false, false, false, false, false]);
    expect(sidebar.pageErrors).toEqual([]);
    await sidebar.close();
  });

  it("has no serious or critical axe-core violation", async () => {
    const { sidebar } = await openSidebarOnPlan(browser, buildPlan());
    await sidebar.page.getByRole("button", { name: "Valider", exact: true }).click();
    await sidebar.page.locator("#panel .finding").first().waitFor();
    expect(await seriousAxeViolations(sidebar.page)).toEqual([]);
    await sidebar.close();
  });

  it("stays under 100 KB once built", () => {
    expect(sidebarSizeBytes()).toBeLessThan(SIDEBAR_SIZE_LIMIT_BYTES);
  });
});
