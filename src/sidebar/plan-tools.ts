/**
 * The sidebar's plan tools: the list of the workbook's plans (shown when there are several; choosing one
 * makes it the active plan, which every menu item and button then acts on), the two year-end actions,
 * Bilan… and Année suivante…, and Envoyer le suivi…, which open their dialogs, and Chronologie, which makes or
 * refreshes the plan's chronologie sheet and shows what it did. Plan names are set with textContent only.
 */
import type { Lang } from "../core/i18n";
import type { SidebarData } from "../shared/sidebar-wire";
import { byId, setText } from "./dom";

const TEXT = {
  fr: {
    plan: "Plan",
    bilan: "Bilan…",
    chronologie: "Chronologie",
    nextYear: "Année suivante…",
    followUp: "Envoyer le suivi…",
  },
  en: {
    plan: "Plan",
    bilan: "Report…",
    chronologie: "Timeline",
    nextYear: "Next year…",
    followUp: "Send the follow-up…",
  },
};

export interface PlanToolsOptions {
  /** Runs `work` while the toolbar is busy (the sidebar's BusyGate). */
  run: (origin: HTMLButtonElement | null, work: () => Promise<void>) => Promise<void>;
  /** The plan was switched: show its data. */
  switchTo: (sheetName: string) => Promise<void>;
  openDialog: (name: "showBilanDialog" | "showNextYearDialog" | "showFollowUpDialog") => Promise<void>;
  /** Makes or refreshes the chronologie and shows its message. */
  makeChronologie: () => Promise<void>;
}

export const PLAN_TOOL_BUTTONS = ["btn-bilan", "btn-chronologie", "btn-next-year", "btn-follow-up"];

/** Shows the plan list and the year-end buttons for `data`. */
export function renderPlanTools(data: SidebarData | null, lang: Lang): void {
  const text = TEXT[lang];
  setText(byId("plan-switch-label"), text.plan);
  setText(byId("btn-bilan"), text.bilan);
  setText(byId("btn-chronologie"), text.chronologie);
  setText(byId("btn-next-year"), text.nextYear);
  setText(byId("btn-follow-up"), text.followUp);
  const select = byId<HTMLSelectElement>("plan-switch");
  const plans = data?.state === "ready" ? (data.plans ?? []) : [];
  while (select.firstChild) select.removeChild(select.firstChild);
  for (const name of plans) {
    const option = document.createElement("option");
    option.value = name;
    option.textContent = name;
    option.selected = data?.state === "ready" && name === data.sheetName;
    select.appendChild(option);
  }
  byId("plan-tools").hidden = plans.length < 2;
}

/** Wires the plan list and the year-end buttons once. */
export function setupPlanTools(options: PlanToolsOptions): void {
  const select = byId<HTMLSelectElement>("plan-switch");
  select.addEventListener("change", () => {
    const name = select.value;
    select.disabled = true;
    void options
      .run(null, () => options.switchTo(name))
      .finally(() => {
        select.disabled = false;
      });
  });
  const bilan = byId<HTMLButtonElement>("btn-bilan");
  const nextYear = byId<HTMLButtonElement>("btn-next-year");
  bilan.addEventListener("click", () => options.run(bilan, () => options.openDialog("showBilanDialog")));
  const chronologie = byId<HTMLButtonElement>("btn-chronologie");
  chronologie.addEventListener("click", () => options.run(chronologie, options.makeChronologie));
  nextYear.addEventListener("click", () =>
    options.run(nextYear, () => options.openDialog("showNextYearDialog")),
  );
  const followUp = byId<HTMLButtonElement>("btn-follow-up");
  followUp.addEventListener("click", () =>
    options.run(followUp, () => options.openDialog("showFollowUpDialog")),
  );
}
