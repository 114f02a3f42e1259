/**
 * The entry points of "Partager l'agenda avec le comité": the menu item (the report in a dialog, links
 * written out) and the sidebar's button (the report as data: the sidebar makes the links clickable and
 * the addresses easy to copy). Any unexpected error becomes a report that says so; the technical message
 * goes to the execution log.
 */

import { type Lang, localize } from "../../core/i18n";
import { SHARE_MESSAGES, shareReportText } from "../../core/share/share-report";
import type { ShareOptions, ShareReport } from "../../shared/share-wire";
import { declinedScopeText } from "../entry-guard";
import { userLang } from "../locale";
import { alertUser } from "../say";
import { runShare } from "./share-run";

function guarded(lang: Lang, options: ShareOptions = {}): ShareReport {
  try {
    return runShare(lang, options);
  } catch (error) {
    // Advanced-service errors carry `details` (its shape is unconfirmed: see docs/real-google-check.md);
    // the Calendar client wraps them, keeping the original.
    const source = (error as { original?: unknown } | null)?.original ?? error;
    const details = (source as { details?: unknown } | null)?.details;
    console.error(
      `shareCalendar: ${error instanceof Error ? error.message : String(error)}` +
        (details === undefined ? "" : ` details=${JSON.stringify(details)}`),
    );
    const summary = declinedScopeText(lang) ?? localize(lang, SHARE_MESSAGES.unexpected);
    return { kind: "failed", summary, sections: [] };
  }
}

/** Called from the add-on menu: Partager l'agenda avec le comité (a Yes/No first when it would remove most accesses). */
export function shareCalendarWithCommittee(): void {
  const lang = userLang();
  let report = guarded(lang);
  const ui = SpreadsheetApp.getUi();
  const title = localize(lang, SHARE_MESSAGES.title);
  if (report.kind === "needsConfirmation") {
    const answer = alertUser(ui, lang, title, shareReportText(lang, report), ui.ButtonSet.YES_NO);
    if (answer !== ui.Button.YES) {
      alertUser(ui, lang, title, localize(lang, SHARE_MESSAGES.removalsDeclined), ui.ButtonSet.OK);
      return;
    }
    report = guarded(lang, { confirmRemovals: true });
  }
  alertUser(ui, lang, title, shareReportText(lang, report), ui.ButtonSet.OK);
}

/**
 * Called from the sidebar's button: the same action, its report as data; `options.confirmRemovals` is the
 * person's yes to the question of a needsConfirmation report.
 */
export function shareCalendarForSidebar(options?: ShareOptions): ShareReport {
  const confirmRemovals = !!options && typeof options === "object" && options.confirmRemovals === true;
  return JSON.parse(JSON.stringify(guarded(userLang(), { confirmRemovals }))) as ShareReport;
}
