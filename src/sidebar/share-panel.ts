/**
 * Partager l'agenda avec le comité, in the sidebar: calls shareCalendarForSidebar and shows its report —
 * the server's summary, each section as a list (an item about a Membres cell is a button to that cell),
 * and the links: the calendar's settings and the addresses to copy for the manual way, the link to give
 * members once the calendar is shared, and where to grant the missing permission. Links open in a new tab
 * and are only ever Google's own https addresses (see safeLink).
 */

import { type Lang, localize } from "../core/i18n";
import { SHARE_MESSAGES } from "../core/share/share-report";
import type { ShareReport, ShareSection } from "../shared/share-wire";
import { el } from "./dom";
import type { Labels } from "./labels";
import { callServer } from "./rpc";

export interface SharePanelContext {
  labels: Labels;
  lang: Lang;
  openPanel: (title: string, ...body: HTMLElement[]) => HTMLElement;
  /** Selects `cell` of `sheet` (the Membres sheet). */
  selectCell: (sheet: string, cell: string, button: HTMLButtonElement) => void;
  /** Runs the action again with the person's yes to removing most accesses (needsConfirmation). */
  confirmRemovals?: () => void;
}

/** Only Google's own https pages become links; anything else is shown as text. */
const GOOGLE_PAGE = /^https:\/\/(calendar|script|accounts)\.google\.com\//;

export function safeLink(url: string, text: string): HTMLElement {
  if (!GOOGLE_PAGE.test(url)) return el("span", {}, text);
  const link = el("a", { className: "share-link" }, text);
  link.href = url;
  link.target = "_blank";
  link.rel = "noopener noreferrer";
  return link;
}

function sectionView(section: ShareSection, report: ShareReport, context: SharePanelContext): HTMLElement {
  const items = section.items.map((item) => {
    const sheet = report.membersSheet;
    if (!item.cell || !sheet) return el("li", {}, item.text);
    const button = el(
      "button",
      { type: "button", className: "action-link", title: context.labels.shareGoToCell(item.cell) },
      item.text,
    );
    button.addEventListener("click", () => context.selectCell(sheet, item.cell as string, button));
    return el("li", {}, button);
  });
  return el(
    "div",
    { className: "share-section" },
    el("h3", { className: "share-section-title" }, section.title),
    el("ul", { className: "share-list" }, ...items),
  );
}

/** The addresses to copy, in a read-only box that selects itself when focused. */
function copyBox(emails: string, labels: Labels): HTMLElement {
  const box = el("textarea", { className: "share-copy", aria: { label: labels.shareCopyLabel } });
  box.readOnly = true;
  box.rows = 3;
  box.value = emails;
  box.addEventListener("focus", () => box.select());
  return box;
}

export function shareReportView(report: ShareReport, context: SharePanelContext): HTMLElement {
  const words = context.labels;
  const view = el("div", { className: "share-report" });
  view.appendChild(
    el(
      "p",
      { className: report.kind === "shared" ? "share-summary" : "share-summary problem" },
      report.summary,
    ),
  );
  if (report.kind === "manual" && report.settingsUrl)
    view.appendChild(el("p", {}, safeLink(report.settingsUrl, words.shareOpenSettings)));
  if (report.kind === "manual" && report.emailsToCopy) view.appendChild(copyBox(report.emailsToCopy, words));
  if (report.kind === "manual" && report.grantUrl)
    view.appendChild(el("p", { className: "small" }, safeLink(report.grantUrl, words.shareGrant)));
  for (const section of report.sections) {
    if (report.kind === "manual" && section.items.every((item) => !item.cell)) continue; // in the box
    view.appendChild(sectionView(section, report, context));
  }
  if (report.kind === "needsConfirmation" && context.confirmRemovals) {
    const yes = el(
      "button",
      { type: "button", className: "confirm" },
      localize(context.lang, SHARE_MESSAGES.confirmRemovalsButton),
    );
    const confirm = context.confirmRemovals;
    yes.addEventListener("click", () => confirm());
    view.appendChild(yes);
  }
  if (report.kind === "shared" && report.subscribeUrl)
    view.appendChild(
      el(
        "p",
        { className: "small" },
        words.shareMembersLink,
        " ",
        safeLink(report.subscribeUrl, words.addCalendar),
      ),
    );
  return view;
}

/** Runs the action and shows its report in the panel. */
export async function runShare(
  context: SharePanelContext,
  showStatus: (text: string) => void,
): Promise<void> {
  const run = async (confirmRemovals: boolean): Promise<void> => {
    showStatus(context.labels.sharing);
    try {
      const report = await callServer("shareCalendarForSidebar", { confirmRemovals });
      const withYes = { ...context, confirmRemovals: () => void run(true) };
      context.openPanel(context.labels.shareTitle, shareReportView(report, withYes));
    } finally {
      showStatus("");
    }
  };
  await run(false);
}
