/**
 * The sidebar (dist/Sidebar.html, opened by the menu item "Résumé de l'avancement"): asks the server for
 * everything it shows in one call (getSidebarData), then renders the progress summary and, once the plan
 * has a calendar, the link members use to add it; the toolbar runs Actualiser, Valider, Couleurs,
 * Synchroniser and Partager l'agenda avec le comité, one at a time, with their buttons disabled meanwhile;
 * with no plan installed only Actualiser is offered, and the page says how to install the template.
 * Every failure is shown in plain words; raw errors go to the console only.
 */
import type { Lang } from "../core/i18n";
import type { EventSettings } from "../core/sync/event-settings";
import { DEFAULT_TEMPLATE } from "../core/template";
import type { SidebarData, SidebarReady } from "../shared/sidebar-wire";
import type { ActionRefWire } from "../shared/summary-wire";
import type { SyncStepOptions } from "../shared/sync-wire";
import type { Finding } from "../shared/validation-wire";
import { BusyGate } from "./busy";
import { byId, el, replaceChildren, setText } from "./dom";
import { eventSettingsSection } from "./event-settings-view";
import { findingsView } from "./findings";
import { formatDay } from "./format";
import { browserLang, LABELS, type Labels } from "./labels";
import { myActionsSection } from "./my-actions-view";
import { PLAN_TOOL_BUTTONS, renderPlanTools, setupPlanTools } from "./plan-tools";
import { callServer, permissionMessage, RpcError } from "./rpc";
import { runShare, safeLink } from "./share-panel";
import { summaryView } from "./summary-view";
import { runSync } from "./sync-panel";

interface PageState {
  lang: Lang;
  data: SidebarData | null;
}

const state: PageState = { lang: browserLang(), data: null };

const labels = (): Labels => LABELS[state.lang];

const toolbarButtons = () =>
  ["btn-refresh", "btn-validate", "btn-colours", "btn-sync", "btn-share", ...PLAN_TOOL_BUTTONS].map((id) =>
    byId<HTMLButtonElement>(id),
  );

/** Valider, Couleurs, Synchroniser and Partager work on a plan: disabled while none is installed (Actualiser stays). */
const needsPlan = (button: HTMLButtonElement): boolean => button.id !== "btn-refresh";

const gate = new BusyGate(toolbarButtons, (button) => !(needsPlan(button) && state.data?.state === "noPlan"));

/** Plain-language text for a failed call. */
function failureText(error: unknown): string {
  if (error instanceof RpcError && error.kind === "unavailable") return labels().unavailable;
  return permissionMessage(error) ?? labels().callError;
}

function showStatus(text: string): void {
  setText(byId("status"), text);
}

function showError(text: string): void {
  setText(byId("error"), text);
}

function clearMessages(): void {
  showStatus("");
  showError("");
}

/** Labels that do not depend on data: title, toolbar, document language. */
function renderChrome(): void {
  const words = labels();
  document.documentElement.lang = state.lang;
  document.title = words.appTitle;
  setText(byId("title"), words.appTitle);
  setText(byId("btn-refresh"), words.refresh);
  setText(byId("btn-validate"), words.validate);
  setText(byId("btn-colours"), words.colours);
  setText(byId("btn-sync"), words.sync);
  setText(byId("btn-share"), words.share);
  const data = state.data;
  // The sheet is named only when it is not the template's plan sheet, e.g. a second plan "Plan d'action (2)".
  const usualSheet =
    data?.state === "ready" && Object.values(DEFAULT_TEMPLATE.sheetName).includes(data.sheetName);
  const subtitle =
    data?.state === "ready"
      ? [
          data.comite,
          usualSheet ? "" : `« ${data.sheetName} »`,
          words.asOf(formatDay(data.today, state.lang)),
        ]
      : [];
  setText(byId("subtitle"), subtitle.filter(Boolean).join(" · "));
}

function renderContent(): void {
  const content = byId("content");
  const data = state.data;
  const words = labels();
  content.setAttribute("aria-busy", "false");
  if (!data) return;
  if (data.state === "noPlan") {
    replaceChildren(
      content,
      el(
        "section",
        { className: "card empty", aria: { labelledby: "empty-title" } },
        el("h2", { id: "empty-title" }, words.noPlanTitle),
        el("p", {}, words.noPlanText),
        el("p", { className: "muted small" }, words.noPlanButtons),
      ),
    );
    return;
  }
  replaceChildren(
    content,
    data.notice ? el("p", { className: "card notice", role: "status" }, data.notice) : null,
    myActionsSection(data.myActions, state.lang, (row, button) => void selectRowNumber(row, button)),
    ...summaryView(data, { labels: words, lang: state.lang, onSelectRow: selectRow }),
    calendarCard(data),
    eventSettingsSection({ labels: words, settings: data.eventSettings, onSave: saveSettings }),
  );
}

/** Shows the plan's current settings in the settings card (replacing the card in place). */
function renderSettingsCard(): void {
  const data = state.data;
  const card = document.getElementById("event-settings");
  if (data?.state !== "ready" || !card) return;
  card.replaceWith(
    eventSettingsSection({ labels: labels(), settings: data.eventSettings, onSave: saveSettings }),
  );
}

/** Saves the plan's event settings (one thing at a time, like the toolbar's actions). */
async function saveSettings(
  settings: EventSettings,
  button: HTMLButtonElement,
): Promise<{ ok: boolean; message: string }> {
  let answer = { ok: false, message: "" };
  const data = state.data;
  if (data?.state !== "ready") return answer;
  await gate.run(button, async () => {
    showError("");
    button.disabled = true;
    try {
      const result = await callServer("saveEventSettings", data.sheetName, settings);
      if (result.ok && result.settings) data.eventSettings = result.settings;
      answer = { ok: result.ok, message: result.message };
    } catch (error) {
      showError(failureText(error));
    } finally {
      button.disabled = false;
    }
  });
  return answer;
}

/** The link members use to add the committee's calendar, once the plan has one. */
function calendarCard(data: SidebarReady): HTMLElement | null {
  if (!data.calendar) return null;
  const words = labels();
  return el(
    "section",
    { className: "card calendar-card", aria: { labelledby: "calendar-title" } },
    el("h2", { id: "calendar-title" }, words.calendarTitle),
    el("p", {}, safeLink(data.calendar.subscribeUrl, words.addCalendar)),
    el("p", { className: "muted small calendar-hint" }, words.calendarHint(data.calendar.name)),
  );
}

/** Shows `title` and `body` in the panel above the summary, with a Fermer button. */
function openPanel(title: string, ...body: HTMLElement[]): HTMLElement {
  const panel = byId("panel");
  const close = el(
    "button",
    { type: "button", className: "panel-close", onClick: closePanel },
    labels().close,
  );
  replaceChildren(
    panel,
    el("div", { className: "panel-head" }, el("h2", { id: "panel-title" }, title), close),
    ...body,
  );
  panel.hidden = false;
  return panel;
}

function closePanel(): void {
  const panel = byId("panel");
  panel.hidden = true;
  replaceChildren(panel);
}

function showData(data: SidebarData): void {
  state.data = data;
  state.lang = data.lang === "en" ? "en" : "fr";
  renderChrome();
  renderContent();
  renderPlanTools(data, state.lang);
}

async function refresh(origin: HTMLButtonElement | null): Promise<void> {
  await gate.run(origin, async () => {
    clearMessages();
    const content = byId("content");
    content.setAttribute("aria-busy", "true");
    if (!state.data) replaceChildren(content, el("p", { className: "loading" }, labels().loading));
    try {
      const data = await callServer("getSidebarData");
      showData(data);
    } catch (error) {
      content.setAttribute("aria-busy", "false");
      if (!state.data) replaceChildren(content);
      showError(
        error instanceof RpcError && error.kind === "unavailable"
          ? labels().unavailable
          : (permissionMessage(error) ?? labels().loadError),
      );
    }
  });
}

async function validate(origin: HTMLButtonElement): Promise<void> {
  await gate.run(origin, async () => {
    clearMessages();
    showStatus(labels().validating);
    try {
      const report = await callServer("getValidationReport");
      showStatus("");
      openPanel(labels().findingsTitle, findingsView(report, labels(), selectCell));
    } catch (error) {
      showStatus("");
      showError(failureText(error));
    }
  });
}

async function colours(origin: HTMLButtonElement): Promise<void> {
  await gate.run(origin, async () => {
    clearMessages();
    showStatus(labels().colouring);
    try {
      const result = await callServer("applyColoursForSidebar");
      showStatus(result.ok ? result.message : "");
      if (!result.ok) showError(result.message);
    } catch (error) {
      showStatus("");
      showError(failureText(error));
    }
  });
}

async function sync(origin: HTMLButtonElement, options: SyncStepOptions = {}): Promise<void> {
  await gate.run(origin, async () => {
    clearMessages();
    try {
      await runSync(
        {
          labels: labels(),
          lang: state.lang,
          openPanel,
          selectCell: (cell, button) => {
            if (state.data?.state === "ready") {
              void selectCell({ sheet: state.data.sheetName, cell }, button);
            }
          },
          confirmDeletes: () => void sync(origin, { ...options, confirmDeletes: true }),
          choosePast: (skipPastDone) => {
            // The answer becomes the plan's setting: the card shows it at once.
            if (state.data?.state === "ready") {
              state.data.eventSettings = { ...state.data.eventSettings, skipPastDone };
              renderSettingsCard();
            }
            void sync(origin, { ...options, skipPastDone });
          },
          confirmNewCalendar: () => void sync(origin, { ...options, confirmNewCalendar: true }),
        },
        options,
      );
    } catch (error) {
      showError(failureText(error));
    }
  });
}

async function share(origin: HTMLButtonElement): Promise<void> {
  await gate.run(origin, async () => {
    clearMessages();
    try {
      await runShare(
        {
          labels: labels(),
          lang: state.lang,
          openPanel,
          selectCell: (sheet, cell, button) => void selectCell({ sheet, cell }, button),
        },
        showStatus,
      );
    } catch (error) {
      showError(failureText(error));
    }
  });
}

async function selectRow(action: ActionRefWire, button: HTMLButtonElement): Promise<void> {
  await selectRowNumber(action.row, button);
}

async function selectRowNumber(row: number, button: HTMLButtonElement): Promise<void> {
  if (state.data?.state !== "ready") return;
  showError("");
  button.setAttribute("aria-busy", "true");
  try {
    const result = await callServer("selectRow", state.data.sheetName, row);
    if (!result.ok) showError(labels().selectFailed);
  } catch (error) {
    showError(failureText(error));
  } finally {
    button.removeAttribute("aria-busy");
  }
}

async function selectCell(
  finding: Pick<Finding, "sheet" | "cell">,
  button: HTMLButtonElement,
): Promise<void> {
  showError("");
  button.setAttribute("aria-busy", "true");
  try {
    const result = await callServer("selectCell", finding.sheet, finding.cell);
    if (!result.ok) showError(labels().selectFailed);
  } catch (error) {
    showError(failureText(error));
  } finally {
    button.removeAttribute("aria-busy");
  }
}

function start(): void {
  renderChrome();
  const [refreshButton, validateButton, coloursButton, syncButton, shareButton] = toolbarButtons();
  refreshButton.addEventListener("click", () => void refresh(refreshButton));
  validateButton.addEventListener("click", () => void validate(validateButton));
  coloursButton.addEventListener("click", () => void colours(coloursButton));
  syncButton.addEventListener("click", () => void sync(syncButton));
  shareButton.addEventListener("click", () => void share(shareButton));
  renderPlanTools(null, state.lang);
  setupPlanTools({
    run: (origin, work) => gate.run(origin, work),
    switchTo: async (sheetName) => {
      clearMessages();
      try {
        closePanel();
        showData(await callServer("switchPlan", sheetName));
      } catch (error) {
        showError(failureText(error));
      }
    },
    makeChronologie: async () => {
      clearMessages();
      showStatus(labels().chronologieMaking);
      try {
        const result = await callServer("makeChronologieForSidebar");
        showStatus(result.ok ? result.message : "");
        if (!result.ok) showError(result.message);
      } catch (error) {
        showStatus("");
        showError(failureText(error));
      }
    },
    openDialog: async (name) => {
      clearMessages();
      try {
        await callServer(name);
      } catch (error) {
        showError(failureText(error));
      }
    },
  });
  void refresh(null);
}

start();
