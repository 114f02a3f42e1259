/**
 * The validation findings as a list, shared by the sidebar (Valider) and the findings dialog: a summary
 * line, the reason when no plan could be read, then one button per finding (severity, cell, message)
 * that asks the caller to select that cell.
 */
import type { Finding, ValidationReport } from "../shared/validation-wire";
import { el } from "./dom";
import type { Labels } from "./labels";

export function findingsView(
  report: ValidationReport,
  labels: Labels,
  onSelect: (finding: Finding, button: HTMLButtonElement) => void,
): HTMLElement {
  const view = el("div", { className: "findings" });
  view.appendChild(el("p", { className: "findings-summary" }, report.summary));
  if (report.problem && report.problem !== report.summary) {
    view.appendChild(el("p", { className: "problem" }, report.problem));
  }
  if (report.findings.length === 0) return view; // the summary already says all is well, or what is wrong

  const list = el("ul", { className: "finding-list", aria: { label: labels.findingsTitle } });
  for (const finding of report.findings) {
    const severity = labels.severity[finding.severity] ?? finding.severity;
    const button = el(
      "button",
      {
        type: "button",
        className: `finding finding-${finding.severity === "erreur" ? "error" : "warning"}`,
        title: labels.goToCell(finding.cell),
      },
      el(
        "span",
        { className: "finding-head" },
        el("span", { className: "severity" }, severity),
        " ",
        el("span", { className: "cell" }, finding.cell),
      ),
      el("span", { className: "finding-message" }, finding.message),
    );
    button.addEventListener("click", () => onSelect(finding, button));
    list.appendChild(el("li", {}, button));
  }
  view.appendChild(list);
  return view;
}
