/**
 * Helpers shared by the sidebar's browser tests: open the sidebar on a built plan and wait for its first
 * render, read the chips, the action lists and the toolbar's state, and read the emulated sheet's
 * selection.
 */
import type { Browser, Page } from "playwright-core";
import type { Emulator } from "../../src/local/emulator/index";
import type { PlanFixture } from "./fixture-plan";
import { normalise, type OpenSurfaceOptions, openSurface, type SurfacePage } from "./harness";

export async function openSidebarOnPlan(
  browser: Browser,
  plan: PlanFixture,
  options: Partial<OpenSurfaceOptions> = {},
): Promise<{ sidebar: SurfacePage; plan: PlanFixture }> {
  const sidebar = await openSurface(browser, { emulator: plan.emulator, ...options });
  await sidebar.page.locator("#overall").waitFor();
  return { sidebar, plan };
}

/** Chip label → count, in display order. */
export async function chipCounts(page: Page): Promise<Record<string, string>> {
  const pairs = await page
    .locator(".chip")
    .evaluateAll((chips) =>
      chips.map((chip) => [
        chip.querySelector(".chip-label")?.textContent ?? "",
        chip.querySelector(".chip-count")?.textContent ?? "",
      ]),
    );
  return Object.fromEntries(pairs);
}

export async function listItems(
  page: Page,
  section: string,
): Promise<Array<{ action: string; meta: string; people: string }>> {
  const items = await page.locator(`${section} li.action`).evaluateAll((nodes) =>
    nodes.map((node) => ({
      action: node.querySelector(".action-link")?.textContent ?? "",
      meta: node.querySelector(".action-meta")?.textContent ?? "",
      people: node.querySelector(".action-people")?.textContent ?? "",
    })),
  );
  return items.map((item) => ({
    action: normalise(item.action),
    meta: normalise(item.meta),
    people: normalise(item.people),
  }));
}

/** disabled flags of Actualiser, Valider, Couleurs, Synchroniser, Partager l'agenda avec le comité. */
export function toolbarStates(page: Page): Promise<boolean[]> {
  return page
    .locator(".toolbar button")
    .evaluateAll((buttons) => buttons.map((b) => (b as HTMLButtonElement).disabled));
}

export function activeSelection(emulator: Emulator) {
  const range = emulator.spreadsheet.getActiveRange();
  if (!range) throw new Error("nothing selected");
  const sheet = range.getSheet();
  return {
    sheet: sheet.getName(),
    row: range.getRow(),
    rows: range.getNumRows(),
    column: range.getColumn(),
    wholeRow: range.getColumn() === 1 && range.getLastColumn() === sheet.getMaxColumns(),
  };
}
