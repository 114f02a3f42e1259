/**
 * Synchroniser: drives the chunked calendar sync (syncStep) from the sidebar. Each call does what fits
 * in the server's time budget and says how far it got; the panel shows a progress bar "12 / 40" and
 * calls again until the server says it is finished, then shows the server's report: its plain-language
 * message, the counts, and the rows skipped or failed, each a button to its cell. When the server's
 * mass-delete guard asks for confirmation, the panel offers a button to go ahead; when an old plan's first
 * sync would create many past events, it offers to put them all in or to leave the past Terminé ones out;
 * when the calendar cannot be found, its creator gets a button to create a new one; a person who unticked
 * the calendar scope gets the link to grant it; the calendar's owner (the member who syncs) is named.
 */
import { type Lang, localize } from "../core/i18n";
import { IDENTITY_MESSAGES } from "../core/sync/identity-messages";
import { isNothingDone, reportCounts } from "../core/sync/sync-report";
import type { SyncProgress, SyncReport, SyncReportItem, SyncStepOptions } from "../shared/sync-wire";
import { el, setText } from "./dom";
import type { Labels } from "./labels";
import { type ProgressBar, progressBar } from "./progress";
import { callServer } from "./rpc";

export interface SyncPanelContext {
  labels: Labels;
  lang: Lang;
  openPanel: (title: string, ...body: HTMLElement[]) => HTMLElement;
  /** Selects a cell of the plan's sheet ("C12"). */
  selectCell: (cell: string, button: HTMLButtonElement) => void;
  /** Runs the sync again with the deletions confirmed (through the page's busy gate). */
  confirmDeletes: () => void;
  /** Runs the sync again with the committee's answer about past Terminé actions (an old plan). */
  choosePast: (skipPastDone: boolean) => void;
  /** Runs the sync again with "create a new calendar" answered yes. */
  confirmNewCalendar: () => void;
}

function progressText(progress: { done: number; total: number }): string {
  return `${progress.done} / ${progress.total}`;
}

/**
 * One report for the whole chunked run. Each step reports what it wrote itself (its lists, merged here
 * so every row can be clicked) and the server's `totals` count the whole sync, steps before this page
 * included; each step counts as unchanged the rows earlier steps already wrote, taken off here.
 */
export function mergeReports(reports: SyncReport[]): SyncReport {
  const last = reports[reports.length - 1];
  const own = last.created.length + last.updated.length;
  const totals = reportCounts(last);
  const writtenBefore = Math.max(0, totals.created + totals.updated - own);
  return {
    ...last,
    created: reports.flatMap((report) => report.created),
    updated: reports.flatMap((report) => report.updated),
    deleted: reports.flatMap((report) => report.deleted),
    unchanged: Math.max(0, last.unchanged - writtenBefore),
    calendarRecreated: reports.some((report) => report.calendarRecreated),
  };
}

/**
 * Calls syncStep until the server says it is finished, moving `bar` after each call. A step that made
 * no progress (Google's per-minute limits still reached after the server's retries) ends the run: the
 * server's report says to try again in a few minutes, and calling again at once would not help.
 */
async function driveSteps(
  options: SyncStepOptions,
  bar: ProgressBar,
  counter: HTMLElement,
): Promise<{ last: SyncProgress; reports: SyncReport[] }> {
  const reports: SyncReport[] = [];
  let lastDone = -1;
  for (;;) {
    const step = await callServer("syncStep", options);
    reports.push(step.report);
    bar.set(step.done, step.total, progressText(step));
    setText(counter, progressText(step));
    if (step.finished || step.done <= lastDone) return { last: step, reports };
    lastDone = step.done;
  }
}

function itemList(
  title: string,
  items: SyncReportItem[],
  context: SyncPanelContext,
  open: boolean,
): HTMLElement | null {
  if (items.length === 0) return null;
  const list = el("ul", { className: "actions" });
  for (const item of items) {
    const name = item.title.trim() || (item.row !== null ? context.labels.untitledAction(item.row) : "—");
    let head: HTMLElement;
    if (item.cell) {
      const cell = item.cell;
      const button = el(
        "button",
        { type: "button", className: "action-link", title: context.labels.goToCell(cell) },
        name,
      );
      button.addEventListener("click", () => context.selectCell(cell, button));
      head = button;
    } else {
      head = el("p", {}, name);
    }
    list.appendChild(
      el(
        "li",
        { className: "action" },
        head,
        item.detail ? el("p", { className: "action-meta" }, item.detail) : null,
      ),
    );
  }
  const details = el(
    "details",
    { className: "sync-details" },
    el("summary", {}, `${title} (${items.length})`),
    list,
  );
  details.open = open;
  return details;
}

function reportView(report: SyncReport, context: SyncPanelContext): HTMLElement {
  const { labels } = context;
  const words = labels.syncReport;
  const tone = report.status === "done" ? "sync-ok" : report.status === "unfinished" ? "" : "problem";
  const view = el("div", { className: "sync-report" }, el("p", { className: tone }, report.message));
  if (report.status === "needsConfirmation" && report.past && report.deletions === 0) {
    const all = el("button", { type: "button", className: "confirm" }, words.syncAllPast);
    all.addEventListener("click", () => context.choosePast(false));
    view.appendChild(all);
    if (report.past.done > 0) {
      const without = el(
        "button",
        { type: "button", className: "confirm" },
        words.syncWithoutPastDone(report.past.done),
      );
      without.addEventListener("click", () => context.choosePast(true));
      view.appendChild(without);
    }
    return view;
  }
  if (report.status === "needsConfirmation") {
    const confirm = el(
      "button",
      { type: "button", className: "confirm" },
      words.confirmDeletes(report.deletions),
    );
    confirm.addEventListener("click", () => context.confirmDeletes());
    view.appendChild(confirm);
    return view;
  }
  if (report.status === "needsNewCalendar") {
    const create = el(
      "button",
      { type: "button", className: "confirm" },
      localize(context.lang, IDENTITY_MESSAGES.newCalendarButton),
    );
    create.addEventListener("click", () => context.confirmNewCalendar());
    view.appendChild(create);
    return view;
  }
  if (report.authorizationUrl) {
    const link = el("a", { className: "grant" }, localize(context.lang, IDENTITY_MESSAGES.grantLink));
    link.setAttribute("href", report.authorizationUrl);
    link.setAttribute("target", "_blank");
    link.setAttribute("rel", "noopener");
    view.appendChild(el("p", {}, link));
    return view;
  }
  const todo = isNothingDone(report);
  const whole = reportCounts(report);
  const counts: [string, number][] = [
    [todo ? words.toCreate : words.created, whole.created],
    [todo ? words.toUpdate : words.updated, whole.updated],
    [todo ? words.toDelete : words.deleted, whole.deleted],
    [words.unchanged, report.unchanged],
  ];
  const table = el("dl", { className: "sync-counts" });
  for (const [label, count] of counts) table.append(el("dt", {}, label), el("dd", {}, String(count)));
  view.appendChild(table);
  if (report.calendarName)
    view.appendChild(el("p", { className: "muted small" }, words.calendar(report.calendarName)));
  if (report.calendarOwner)
    view.appendChild(
      el(
        "p",
        { className: "muted small sync-owner" },
        localize(context.lang, IDENTITY_MESSAGES.owner, { owner: report.calendarOwner }),
      ),
    );
  for (const node of [
    report.failure ? itemList(words.failure, [report.failure], context, true) : null,
    itemList(words.skipped, report.skipped, context, report.skipped.length <= 5),
    itemList(words.userDeleted, report.userDeleted, context, false),
  ]) {
    if (node) view.appendChild(node);
  }
  return view;
}

/** Runs the whole sync in the panel. Throws an RpcError when a call fails. */
export async function runSync(context: SyncPanelContext, options: SyncStepOptions = {}): Promise<SyncReport> {
  const { labels } = context;
  const counter = el("p", { className: "sync-count" }, labels.syncStarting);
  const bar = progressBar(labels.syncProgressLabel, 0, 0, labels.syncStarting);
  const panel = context.openPanel(labels.syncTitle, counter, bar.element);
  const { last, reports } = await driveSteps(options, bar, counter);
  // The server's last message already counts the whole sync (its totals), across every step.
  const report = mergeReports(reports);
  setText(
    counter,
    report.status === "done" ? `${labels.syncDone} ${progressText(last)}` : progressText(last),
  );
  panel.appendChild(reportView(report, context));
  return report;
}
