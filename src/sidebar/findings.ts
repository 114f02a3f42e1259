/**
 * The validation findings as a list, shared by the sidebar (Valider) and the findings dialog: a summary
 * line, the reason when no plan could be read, then the findings grouped by rule. A rule met once is one
 * button (severity, cell, message); a rule met three times or more is one collapsible group titled like
 * "44 actions sans responsable", its shared message once, and one button per cell. Each button asks the
 * caller to select its cell.
 */
import type { Finding, FindingGroup, ValidationReport } from "../shared/validation-wire";
import { el } from "./dom";
import type { Labels } from "./labels";

/** Groups of at most this many findings are shown open. */
const OPEN_UP_TO = 5;

type OnSelect = (finding: Finding, button: HTMLButtonElement) => void;

function tone(group: { severity: string }): string {
  return group.severity === "erreur" ? "error" : "warning";
}

function findingButton(finding: Finding, labels: Labels, onSelect: OnSelect, withMessage: boolean) {
  const severity = labels.severity[finding.severity] ?? finding.severity;
  const button = el(
    "button",
    {
      type: "button",
      className: `finding finding-${tone(finding)}`,
      title: labels.goToCell(finding.cell),
    },
    el(
      "span",
      { className: "finding-head" },
      withMessage ? el("span", { className: "severity" }, severity) : null,
      withMessage ? " " : null,
      el("span", { className: "cell" }, finding.cell),
    ),
    withMessage ? el("span", { className: "finding-message" }, finding.message) : null,
  );
  button.addEventListener("click", () => onSelect(finding, button));
  return button;
}

function groupView(group: FindingGroup, labels: Labels, onSelect: OnSelect): HTMLElement {
  const severity = labels.severity[group.severity] ?? group.severity;
  const shared = group.findings.every((finding) => finding.message === group.findings[0].message);
  const cells = el("ul", { className: shared ? "finding-cells" : "finding-list" });
  for (const finding of group.findings) {
    cells.appendChild(el("li", {}, findingButton(finding, labels, onSelect, !shared)));
  }
  const details = el(
    "details",
    { className: `finding-group finding-${tone(group)}` },
    el(
      "summary",
      {},
      el("span", { className: "severity" }, severity),
      " ",
      el("span", { className: "group-title" }, group.title),
    ),
    shared ? el("p", { className: "finding-message" }, group.findings[0].message) : null,
    cells,
  );
  // A short group is shown open; a long one ("44 actions sans responsable") opens on demand.
  if (group.findings.length <= OPEN_UP_TO) details.open = true;
  return details;
}

export function findingsView(report: ValidationReport, labels: Labels, onSelect: OnSelect): HTMLElement {
  const view = el("div", { className: "findings" });
  view.appendChild(el("p", { className: "findings-summary" }, report.summary));
  if (report.problem && report.problem !== report.summary) {
    view.appendChild(el("p", { className: "problem" }, report.problem));
  }
  if (report.findings.length === 0) return view; // the summary already says all is well, or what is wrong

  const list = el("ul", { className: "finding-list", aria: { label: labels.findingsTitle } });
  for (const group of report.groups) {
    const item =
      group.findings.length === 1
        ? findingButton(group.findings[0], labels, onSelect, true)
        : groupView(group, labels, onSelect);
    list.appendChild(el("li", {}, item));
  }
  view.appendChild(list);
  return view;
}
