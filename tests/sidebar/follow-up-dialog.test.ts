/**
 * « Envoyer le suivi » (dist/FollowUpDialog.html) in Chromium against the emulator: the preview lists who
 * gets what and who gets nothing; unticking someone leaves them out of the send, and the result says so;
 * without script.send_mail the dialog offers each person's text to copy and no Send button; and
 * « Mes actions » at the top of the sidebar for a member, nothing for someone Membres does not know.
 * axe finds nothing serious.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SCOPES } from "../../src/local/emulator/index";
import { committee } from "../server/suivi/suivi-helpers";
import { launchChromium, normalise, openSurface, seriousAxeViolations, textOf } from "./harness";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const DIALOG = { surface: "FollowUpDialog", width: 600, height: 600 };

describe("the suivi dialog", () => {
  it("previews who gets what, leaves out whoever is unticked, and says what it did", async () => {
    const harness = committee();
    const dialog = await openSurface(browser, { emulator: harness.emulator, ...DIALOG });
    const { page } = dialog;
    await dialog.waitForCalls("previewFollowUp", 1);
    await page.locator(".person").first().waitFor();
    expect(await textOf(page, "h1")).toBe("Envoyer le suivi");
    expect(normalise(await textOf(page, "#plan"))).toBe(
      "Plan : feuille « Plan d'action » (Comité Entraide).",
    );
    const people = (await page.locator(".person label").allTextContents()).map(normalise);
    expect(people).toEqual([
      "Julie Tremblay <julie@example.org> — 1 en retard, 1 à venir",
      "Nadia Ali <nadia@example.org> — 1 en retard",
    ]);
    const julieItems = (await page.locator(".person").first().locator("li").allTextContents()).map(normalise);
    expect(julieItems).toEqual([
      "Tenir un kiosque <script>alert(1)</script> & <b>café</b> — en retard depuis 10 jours (échéance : 5 janvier 2026)",
      "Préparer l'AG — pour le 1er février 2026",
    ]);
    const others = (await page.locator("#others li").allTextContents()).map(normalise);
    expect(others).toEqual([
      "Nommés dans Responsables, sans adresse dans Membres : Sophie Gagnon (1 action), Paul Inconnu (1 action).",
      "« Suivi par courriel » à Non : Marc Côté (1 action).",
      "Rien cette fois : Hélène Roy.",
    ]);
    expect(await page.locator("script").count()).toBe(1); // the cell's <script> is text, not an element
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByLabel(/^Julie Tremblay/).uncheck();
    await page.getByRole("button", { name: "Envoyer" }).click();
    await dialog.waitForCalls("sendFollowUp", 1);
    await dialog.waitForCalls("previewFollowUp", 2);
    await page.locator("#result p").waitFor();
    expect(normalise(await textOf(page, "#result"))).toBe(
      "Suivi envoyé à 1 personne : Nadia Ali. Laissés de côté à votre demande : Julie Tremblay.",
    );
    expect(dialog.calls.find((call) => call.name === "sendFollowUp")?.args).toEqual([["julie@example.org"]]);
    expect(harness.emulator.mail.sent.map((mail) => mail.to)).toEqual([["nadia@example.org"]]);
    // The list now says Nadia already got it today; Julie can still be sent.
    await page.locator(".sent-badge").waitFor();
    expect(normalise(await textOf(page, '.person[data-email="nadia@example.org"] label'))).toBe(
      "Nadia Ali <nadia@example.org> — 1 en retard · déjà envoyé aujourd'hui",
    );
    expect(await page.getByLabel(/^Nadia Ali/).isDisabled()).toBe(true);
    expect(await page.getByLabel(/^Julie Tremblay/).isChecked()).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(dialog.pageErrors).toEqual([]);
    await dialog.close();
  });

  it("offers each person's text to copy when sending e-mail was not allowed", async () => {
    const harness = committee();
    harness.emulator.declineScope(SCOPES.sendMail);
    const dialog = await openSurface(browser, { emulator: harness.emulator, ...DIALOG });
    const { page } = dialog;
    await dialog.waitForCalls("previewFollowUp", 1);
    await page.locator("#copy textarea").first().waitFor();
    expect(await page.getByRole("button", { name: "Envoyer" }).isVisible()).toBe(false);
    expect(await page.getByLabel("Courriel pour Julie Tremblay (julie@example.org)").inputValue()).toMatch(
      /^Plan d'action — Comité Entraide\u00a0: vos actions \(1 en retard, 1 à venir\)\n\nBonjour Julie Tremblay,/,
    );
    expect(await page.locator("#copy a").getAttribute("href")).toMatch(/^https:\/\/script\.google\.com\//);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(harness.emulator.mail.sent).toEqual([]);
    await dialog.close();
  });

  it("is in English for an English-speaking member", async () => {
    const harness = committee({ locale: "en_CA" });
    const dialog = await openSurface(browser, {
      emulator: harness.emulator,
      ...DIALOG,
      browserLocale: "en-CA",
    });
    await dialog.waitForCalls("previewFollowUp", 1);
    await dialog.page.locator(".person").first().waitFor();
    expect(await textOf(dialog.page, "h1")).toBe("Send the follow-up");
    expect(await dialog.page.getByRole("button", { name: "Send" }).isEnabled()).toBe(true);
    await dialog.close();
  });
});

describe("« Mes actions » in the sidebar", () => {
  it("shows the actions of the member who opens it, late first, and links to their rows", async () => {
    const harness = committee();
    harness.emulator.addUser("julie@example.org");
    harness.emulator.as("julie@example.org");
    const sidebar = await openSurface(browser, { emulator: harness.emulator });
    const { page } = sidebar;
    await page.locator("#my-actions").waitFor();
    expect(await page.locator("#content > section").first().getAttribute("id")).toBe("my-actions");
    expect(normalise(await textOf(page, "#my-actions h2"))).toBe("Mes actions (2)");
    const items = (await page.locator("#my-actions li").allTextContents()).map(normalise);
    expect(items).toEqual([
      "Tenir un kiosque <script>alert(1)</script> & <b>café</b>en retard depuis 10 jours (échéance : 5 janvier 2026)",
      "Préparer l'AGpour le 1er février 2026",
    ]);
    await page.locator("#my-actions .action-link").nth(1).click();
    await sidebar.waitForCalls("selectRow", 1);
    expect(harness.emulator.spreadsheet.getActiveRange()?.getRow()).toBe(9);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await sidebar.close();
  });

  it("shows nothing to someone Membres does not know", async () => {
    const harness = committee();
    const sidebar = await openSurface(browser, { emulator: harness.emulator });
    await sidebar.page.locator("#overall").waitFor();
    expect(await sidebar.page.locator("#my-actions").count()).toBe(0);
    await sidebar.close();
  });
});
