/**
 * The summary sections of the sidebar, built from getSidebarData's answer: overall progress, status
 * chips in the sheet's colours, one bar per objective, the overdue and upcoming lists (each action a
 * button that selects its row) and the load per person. Plan text goes in through textContent only.
 */
import { type Meaning, PALETTE, paletteLabel } from "../core/colours/palette";
import type { Lang } from "../core/i18n";
import type { SidebarReady } from "../shared/sidebar-wire";
import type { ActionRefWire, PlanSummaryWire } from "../shared/summary-wire";
import { el } from "./dom";
import { formatDay, percent, percentText } from "./format";
import type { Labels } from "./labels";
import { progressBar } from "./progress";

export interface SummaryViewOptions {
  labels: Labels;
  lang: Lang;
  /** Called when the user picks an action: select its row in the sheet. */
  onSelectRow: (action: ActionRefWire, button: HTMLButtonElement) => void;
}

function section(id: string, title: string, ...content: (HTMLElement | null)[]): HTMLElement {
  const headingId = `${id}-title`;
  const node = el(
    "section",
    { id, className: "card", aria: { labelledby: headingId } },
    el("h2", { id: headingId }, title),
  );
  for (const child of content) if (child) node.appendChild(child);
  return node;
}

function overallSection(summary: PlanSummaryWire, { labels, lang }: SummaryViewOptions): HTMLElement {
  const value = percent(summary.overall.ratio);
  const text = percentText(value, lang);
  return section(
    "overall",
    labels.overallTitle,
    el("p", { className: "big-number", aria: { hidden: true } }, text),
    progressBar(labels.overallTitle, value, 100, text).element,
    el("p", { className: "muted" }, labels.overallCaption(summary.counts.total, summary.counts.annule)),
  );
}

/** Chips in palette order, then "unknown status" when some Statut cell holds something else. */
function statusSection(summary: PlanSummaryWire, { labels, lang }: SummaryViewOptions): HTMLElement {
  const list = el("ul", { className: "chips" });
  for (const entry of PALETTE) {
    const count = summary.counts[entry.meaning as Meaning];
    const chip = el(
      "li",
      { className: `chip chip-${entry.meaning}`, data: { status: entry.meaning } },
      el("span", { className: "chip-label" }, paletteLabel(entry, lang)),
      " ",
      el("span", { className: "chip-count" }, String(count)),
    );
    chip.style.backgroundColor = entry.background;
    chip.style.color = entry.fontColor;
    if (entry.bold) chip.style.fontWeight = "bold";
    list.appendChild(chip);
  }
  if (summary.counts.autre > 0) {
    list.appendChild(
      el(
        "li",
        { className: "chip chip-autre", data: { status: "autre" } },
        el("span", { className: "chip-label" }, labels.otherStatus),
        " ",
        el("span", { className: "chip-count" }, String(summary.counts.autre)),
      ),
    );
  }
  return section("statuses", labels.statusTitle, list);
}

function objectivesSection(
  summary: PlanSummaryWire,
  { labels, lang }: SummaryViewOptions,
): HTMLElement | null {
  if (summary.byObjective.length === 0) return null;
  const list = el("ul", { className: "objectives" });
  for (const objective of summary.byObjective) {
    const name = objective.objectif.trim() || labels.noObjective;
    const value = percent(objective.ratio);
    const text = percentText(value, lang);
    list.appendChild(
      el(
        "li",
        { className: "objective" },
        el(
          "div",
          { className: "objective-head" },
          el("span", { className: "objective-name" }, name),
          el("span", { className: "objective-pct" }, text),
        ),
        progressBar(name, value, 100, text).element,
        el("p", { className: "muted small" }, labels.objectiveCaption(objective.actions)),
      ),
    );
  }
  return section("objectives", labels.byObjectiveTitle, list);
}

function actionList(
  id: string,
  title: string,
  empty: string,
  actions: ActionRefWire[],
  tone: "late" | "soon",
  options: SummaryViewOptions,
): HTMLElement {
  const { labels, lang } = options;
  const heading = `${title} (${actions.length})`;
  if (actions.length === 0) return section(id, heading, el("p", { className: "muted" }, empty));
  const list = el("ul", { className: `actions actions-${tone}` });
  for (const action of actions) {
    const name = action.action.trim() || labels.untitledAction(action.row);
    const date = formatDay(action.echeance, lang);
    const button = el(
      "button",
      {
        type: "button",
        className: "action-link",
        title: labels.goToRow(name, action.row),
        data: { row: action.row },
      },
      name,
    );
    button.addEventListener("click", () => options.onSelectRow(action, button));
    const people =
      action.responsables.length > 0 ? labels.responsables(action.responsables.join(", ")) : labels.nobody;
    list.appendChild(
      el(
        "li",
        { className: "action" },
        button,
        el(
          "p",
          { className: "action-meta" },
          el("span", { className: "due" }, labels.due(date)),
          " · ",
          el(
            "span",
            { className: `days days-${tone}` },
            labels.daysFromToday(action.daysFromToday, action.echeance),
          ),
        ),
        el("p", { className: "action-people" }, people),
      ),
    );
  }
  return section(id, heading, list);
}

function peopleSection(summary: PlanSummaryWire, { labels }: SummaryViewOptions): HTMLElement {
  const note =
    summary.unassignedOpen > 0
      ? el("p", { className: "muted" }, labels.unassigned(summary.unassignedOpen))
      : null;
  if (summary.people.length === 0) {
    return section("people", labels.peopleTitle, el("p", { className: "muted" }, labels.peopleEmpty), note);
  }
  const columns = labels.peopleColumns;
  const head = el(
    "tr",
    {},
    el("th", { className: "name" }, columns.name),
    el("th", {}, columns.open),
    el("th", {}, columns.overdue),
    el("th", {}, columns.done),
  );
  for (const cell of Array.from(head.children)) cell.setAttribute("scope", "col");
  const body = el("tbody");
  for (const person of summary.people) {
    const name = el("th", { className: "name" }, person.name);
    name.setAttribute("scope", "row");
    body.appendChild(
      el(
        "tr",
        { className: person.overdue > 0 ? "has-late" : undefined },
        name,
        el("td", {}, String(person.open)),
        el("td", { className: person.overdue > 0 ? "late" : undefined }, String(person.overdue)),
        el("td", {}, String(person.done)),
      ),
    );
  }
  const table = el("table", { className: "people" }, el("thead", {}, head), body);
  return section("people", labels.peopleTitle, table, note);
}

/** The whole summary for a plan that was found. */
export function summaryView(data: SidebarReady, options: SummaryViewOptions): HTMLElement[] {
  const { summary } = data;
  const { labels } = options;
  if (summary.counts.total === 0) {
    return [el("section", { className: "card empty" }, el("p", {}, labels.noActions))];
  }
  return [
    overallSection(summary, options),
    statusSection(summary, options),
    objectivesSection(summary, options),
    actionList("overdue", labels.overdueTitle, labels.overdueEmpty, summary.overdue, "late", options),
    actionList("upcoming", labels.upcomingTitle, labels.upcomingEmpty, summary.upcoming, "soon", options),
    peopleSection(summary, options),
  ].filter((node): node is HTMLElement => node !== null);
}
