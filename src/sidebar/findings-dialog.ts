/**
 * The findings dialog (dist/Findings.html, opened by the menu item "Valider le plan"): loads the
 * validation report with getValidationReport when it opens and lists the findings, each a button that
 * selects its cell in the sheet. Failures are shown in plain words.
 */
import type { Lang } from "../core/i18n";
import type { Finding } from "../shared/validation-wire";
import { byId, replaceChildren, setText } from "./dom";
import { findingsView } from "./findings";
import { browserLang, LABELS } from "./labels";
import { callServer, RpcError } from "./rpc";

/** The dialog's language: the browser's until the report arrives, then the one the server wrote in. */
let lang: Lang = browserLang();
let labels = LABELS[lang];

function setLanguage(next: Lang): void {
  lang = next;
  labels = LABELS[lang];
  document.documentElement.lang = lang;
  document.title = labels.findingsTitle;
  setText(byId("title"), labels.findingsTitle);
}

function failureText(error: unknown): string {
  return error instanceof RpcError && error.kind === "unavailable" ? labels.unavailable : labels.loadError;
}

async function selectCell(finding: Finding, button: HTMLButtonElement): Promise<void> {
  setText(byId("error"), "");
  button.setAttribute("aria-busy", "true");
  try {
    const result = await callServer("selectCell", finding.sheet, finding.cell);
    if (!result.ok) setText(byId("error"), labels.selectFailed);
  } catch (error) {
    setText(byId("error"), failureText(error));
  } finally {
    button.removeAttribute("aria-busy");
  }
}

async function load(): Promise<void> {
  const content = byId("content");
  setLanguage(lang);
  setText(byId("status"), labels.validating);
  try {
    const report = await callServer("getValidationReport");
    setLanguage(report.lang);
    replaceChildren(content, findingsView(report, labels, selectCell));
  } catch (error) {
    replaceChildren(content);
    setText(byId("error"), failureText(error));
  } finally {
    setText(byId("status"), "");
    content.setAttribute("aria-busy", "false");
  }
}

void load().then(() => {
  document.querySelector<HTMLElement>(".finding")?.focus();
});
