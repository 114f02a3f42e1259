/**
 * "Résumé de l'avancement": the menu item opens the sidebar (dist/Sidebar.html), which asks for
 * everything its first render needs through getSidebarData — the language, the sheet, today, the
 * progress summary computed by the core from one batch read of the plan, the plan's event settings, and
 * once the plan has a calendar, the link members open to add it; and « Mes actions » for whoever opens it.
 */
import { localize } from "../core/i18n";
import { subscribeUrl } from "../core/share/share-links";
import { summarizePlan } from "../core/summary/summarize";
import type { SidebarData } from "../shared/sidebar-wire";
import { loadEventSettings } from "./event-settings";
import { userLang } from "./locale";
import { planSheetNames } from "./plan-list";
import { planIdOf } from "./plan-marker";
import { type LoadedPlan, loadPlan } from "./plan-sheet";
import { refusedDatesSentence } from "./refused-writes";
import { shownTitle } from "./say";
import { planCalendar } from "./share/plan-calendar";
import { myActions } from "./suivi/my-actions";

const SIDEBAR_TITLE = { fr: "Résumé de l'avancement", en: "Progress summary" };

/** Called from the add-on menu: Résumé de l'avancement. */
export function showSummarySidebar(): void {
  const lang = userLang();
  const output = HtmlService.createHtmlOutputFromFile("Sidebar").setTitle(
    shownTitle(lang, localize(lang, SIDEBAR_TITLE)),
  );
  SpreadsheetApp.getUi().showSidebar(output);
}

/** The event settings of the loaded plan (its own: a copy's are not the original's, see event-settings.ts). */
function settingsOf(loaded: LoadedPlan) {
  const spreadsheetId = loaded.spreadsheet.getId();
  return loadEventSettings(planIdOf(loaded.sheet, undefined, spreadsheetId), spreadsheetId);
}

/** Called by the sidebar when it opens and on Actualiser: the summary of the plan as of today. */
export function getSidebarData(): SidebarData {
  const load = loadPlan();
  if (!load.ok) return { state: "noPlan", lang: userLang(), message: load.message };
  const { loaded } = load;
  const calendar = planCalendar(loaded);
  const mine = myActions(loaded);
  const notice = refusedDatesSentence(loaded, loaded.lang);
  return {
    ...(mine ? { myActions: mine } : {}),
    ...(notice ? { notice } : {}),
    ...(calendar
      ? { calendar: { name: calendar.name, subscribeUrl: subscribeUrl(Utilities.base64Encode(calendar.id)) } }
      : {}),
    state: "ready",
    lang: loaded.lang,
    sheetName: loaded.sheet.getName(),
    plans: planSheetNames(loaded.spreadsheet),
    comite: loaded.plan.header.comite,
    today: loaded.today,
    summary: summarizePlan(loaded.plan, loaded.today),
    eventSettings: settingsOf(loaded),
  };
}
