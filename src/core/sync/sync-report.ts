/**
 * What the sync tells the user, in French or English: the report object the sidebar shows (wire type in
 * src/shared/sync-wire.ts) with its one-paragraph summary, and the text of the menu's toast and dialog.
 * Every message says what happened and what to do next; rows are named by their action cell. The words
 * themselves are in sync-messages.ts.
 */
import type { SyncReport, SyncReportItem, SyncStatus } from "../../shared/sync-wire";
import { cellA1 } from "../a1";
import { type Lang, type Localized, localize, pluralOf } from "../i18n";
import { DEFAULT_TEMPLATE } from "../template";
import type { SkippedRow, SyncOperation } from "./plan-sync";
import { FAILURE_REASONS, SYNC_MESSAGES } from "./sync-messages";

export { FAILURE_REASONS, SYNC_MESSAGES };

const CHANGE_WORDS = {
  done: {
    fr: [
      ["créé", "créés"],
      ["modifié", "modifiés"],
      ["supprimé", "supprimés"],
    ],
    en: [
      ["created", "created"],
      ["updated", "updated"],
      ["deleted", "deleted"],
    ],
  },
  todo: {
    fr: [
      ["à créer", "à créer"],
      ["à modifier", "à modifier"],
      ["à supprimer", "à supprimer"],
    ],
    en: [
      ["to create", "to create"],
      ["to update", "to update"],
      ["to delete", "to delete"],
    ],
  },
} as const;

/**
 * The changes in words, zero counts left out: "3 événements créés, 1 modifié", "1 event to create, 2 to
 * delete"; "" when there is none. The first count names the events, the others only say what happened.
 */
export function changesPhrase(
  lang: Lang,
  counts: { created: number; updated: number; deleted: number },
  mode: "done" | "todo",
): string {
  const words = CHANGE_WORDS[mode][lang];
  const parts: string[] = [];
  [counts.created, counts.updated, counts.deleted].forEach((count, i) => {
    if (count <= 0) return;
    const noun = parts.length
      ? ""
      : ` ${lang === "fr" ? "événement" : "event"}${pluralOf(lang, count, "", "s")}`;
    parts.push(`${count}${noun} ${pluralOf(lang, count, words[i][0], words[i][1])}`);
  });
  return parts.join(", ");
}

/** The committee's name is clipped to this many characters in the calendar's title (like event texts). */
export const MAX_COMITE_IN_TITLE = 80;

/** The calendar's name: "Plan d'action — <comité>", the committee's name clipped with "…". */
export function calendarName(comite: string, lang: Lang): string {
  const name = comite.replace(/\s+/g, " ").trim();
  const clipped = name.length > MAX_COMITE_IN_TITLE ? `${name.slice(0, MAX_COMITE_IN_TITLE - 1)}…` : name;
  return clipped
    ? localize(lang, SYNC_MESSAGES.calendarName, { comite: clipped })
    : localize(lang, SYNC_MESSAGES.calendarNameNoComite);
}

export function reportItem(row: number | null, column: number, title: string, detail = ""): SyncReportItem {
  return { row, cell: row === null ? null : cellA1(row, column), title, detail };
}

export function operationItem(op: SyncOperation, column: number): SyncReportItem {
  return reportItem(op.row, column, op.title);
}

export function skippedItems(skipped: SkippedRow[], column: number, lang: Lang): SyncReportItem[] {
  return skipped.map((s) => reportItem(s.row, column, s.title, s.reason[lang]));
}

/**
 * `message` naming the plan's sheet first when it is not the usual plan sheet ("Plan d'action" /
 * "Action plan"): a second plan, next year's, a renamed one. The same rule as validation's toast.
 */
export function namingPlanSheet(message: string, sheetName: string, lang: Lang): string {
  if (!message || Object.values(DEFAULT_TEMPLATE.sheetName).includes(sheetName)) return message;
  return localize(lang, SYNC_MESSAGES.onSheet, { sheet: sheetName }) + message;
}

export function emptyReport(status: SyncStatus, message: string): SyncReport {
  return {
    status,
    message,
    calendarId: null,
    calendarName: "",
    calendarOwner: "",
    authorizationUrl: null,
    calendarRecreated: false,
    created: [],
    updated: [],
    deleted: [],
    unchanged: 0,
    skipped: [],
    userDeleted: [],
    retryLater: [],
    movedInCalendar: 0,
    failure: null,
    remaining: 0,
    deletions: 0,
    existing: 0,
    totals: null,
    past: null,
  };
}

/** "41 événements dans le passé, dont 41 en retard", and the offer about past Terminé actions. */
function pastPhrases(past: NonNullable<SyncReport["past"]>, lang: Lang): { past: string; choice: string } {
  return {
    past: localize(lang, pluralOf(lang, past.count, SYNC_MESSAGES.pastEventsOne, SYNC_MESSAGES.pastEvents), {
      count: past.count,
      late: past.late,
    }),
    choice: past.done > 0 ? localize(lang, SYNC_MESSAGES.pastDoneChoice, { done: past.done }) : "",
  };
}

/** `totals` with one more operation of `kind` counted. */
export function addToTotals(
  totals: SyncReport["totals"],
  kind: "insert" | "patch" | "delete",
): NonNullable<SyncReport["totals"]> {
  const next = totals ? { ...totals } : { created: 0, updated: 0, deleted: 0 };
  if (kind === "insert") next.created++;
  else if (kind === "patch") next.updated++;
  else next.deleted++;
  return next;
}

/** What the report counts: the whole sync's totals when it took several steps, else its own lists. */
export function reportCounts(report: SyncReport): { created: number; updated: number; deleted: number } {
  return (
    report.totals ?? {
      created: report.created.length,
      updated: report.updated.length,
      deleted: report.deleted.length,
    }
  );
}

/**
 * Fills `report.message` from its status and counts. A failed report's `failure.detail` already holds the
 * localised reason (FAILURE_REASONS); `overloaded` says an unfinished run stopped on Google's limits.
 */
export function summarize(report: SyncReport, lang: Lang, overloaded = false): string {
  const name = report.calendarName;
  const changes = changesPhrase(lang, reportCounts(report), report.status === "preview" ? "todo" : "done");
  const parts: string[] = [];
  if (report.calendarRecreated)
    parts.push(
      localize(
        lang,
        report.status === "preview" ? SYNC_MESSAGES.calendarWillBeRecreated : SYNC_MESSAGES.calendarRecreated,
        { name },
      ),
    );
  // Nothing to create, change or keep: no row of the plan is dated and live.
  const empty = !changes && report.unchanged === 0 && report.userDeleted.length === 0;
  switch (report.status) {
    case "done": {
      const message = changes
        ? SYNC_MESSAGES.done
        : empty
          ? SYNC_MESSAGES.noDatedAction
          : SYNC_MESSAGES.nothingToDo;
      parts.push(localize(lang, message, { name, changes }));
      break;
    }
    case "preview":
      parts.push(
        changes
          ? localize(lang, SYNC_MESSAGES.preview, { changes })
          : localize(lang, empty ? SYNC_MESSAGES.previewNoDatedAction : SYNC_MESSAGES.previewNothing),
      );
      if (report.past) parts.push(localize(lang, SYNC_MESSAGES.previewPast, pastPhrases(report.past, lang)));
      break;
    case "unfinished": {
      const remaining = localize(
        lang,
        pluralOf(lang, report.remaining, SYNC_MESSAGES.remainingOne, SYNC_MESSAGES.remainingMany),
        { count: report.remaining },
      );
      parts.push(
        overloaded
          ? localize(lang, SYNC_MESSAGES.overloaded)
          : localize(lang, SYNC_MESSAGES.unfinished, {
              soFar: changes ? `${lang === "fr" ? " :" : ":"} ${changes}` : "",
              remaining,
            }),
      );
      break;
    }
    case "failed": {
      const failure = report.failure;
      const reason = failure?.detail || localize(lang, FAILURE_REASONS.unexpected);
      const kept = changes ? localize(lang, SYNC_MESSAGES.kept, { changes }) : "";
      parts.push(
        failure && failure.row !== null
          ? localize(lang, SYNC_MESSAGES.failed, { row: failure.row, cell: failure.cell ?? "", reason, kept })
          : localize(lang, SYNC_MESSAGES.failedNoRow, { reason, kept }),
      );
      break;
    }
    case "needsConfirmation": {
      if (report.past && report.deletions === 0) {
        parts.push(localize(lang, SYNC_MESSAGES.needsConfirmationPast, pastPhrases(report.past, lang)));
        break;
      }
      const empty =
        report.existing > 0 && report.deletions === report.existing && report.created.length === 0;
      parts.push(
        localize(
          lang,
          empty
            ? pluralOf(
                lang,
                report.existing,
                SYNC_MESSAGES.needsConfirmationEmptyOne,
                SYNC_MESSAGES.needsConfirmationEmpty,
              )
            : SYNC_MESSAGES.needsConfirmationMass,
          { deletions: report.deletions, existing: report.existing },
        ),
      );
      break;
    }
    default:
      return report.message;
  }
  const userDeleted = report.userDeleted.length;
  if (userDeleted)
    parts.push(
      localize(lang, pluralOf(lang, userDeleted, SYNC_MESSAGES.userDeletedOne, SYNC_MESSAGES.userDeleted), {
        count: userDeleted,
      }),
    );
  const retryLater = report.retryLater.length;
  if (retryLater)
    parts.push(
      localize(lang, pluralOf(lang, retryLater, SYNC_MESSAGES.retryLaterOne, SYNC_MESSAGES.retryLater), {
        count: retryLater,
      }),
    );
  const moved = report.movedInCalendar;
  if (moved)
    parts.push(
      localize(lang, pluralOf(lang, moved, SYNC_MESSAGES.movedInCalendarOne, SYNC_MESSAGES.movedInCalendar), {
        count: moved,
      }),
    );
  const skipped = report.skipped.length;
  if (skipped)
    parts.push(
      localize(lang, pluralOf(lang, skipped, SYNC_MESSAGES.skippedOne, SYNC_MESSAGES.skipped), {
        count: skipped,
      }),
    );
  return parts.join(" ");
}

const LIST_LIMIT = 15;

/** True when the report lists changes still to make (a preview, or deletions awaiting confirmation). */
export function isNothingDone(report: Pick<SyncReport, "status">): boolean {
  return report.status === "preview" || report.status === "needsConfirmation";
}

/** The dialog text: the summary, then each non-empty list of rows (capped, with "… and N more"). */
export function reportDetails(report: SyncReport, lang: Lang): string {
  const lines = [report.message];
  const section = (title: Localized, items: SyncReportItem[]) => {
    if (!items.length) return;
    lines.push("", `${title[lang]} (${items.length}) :`.replace(" :", lang === "fr" ? " :" : ":"));
    for (const item of items.slice(0, LIST_LIMIT)) {
      const where = item.cell ?? localize(lang, SYNC_MESSAGES.rowGone);
      lines.push(`• ${where} — ${item.title}${item.detail ? ` — ${item.detail}` : ""}`);
    }
    if (items.length > LIST_LIMIT)
      lines.push(localize(lang, SYNC_MESSAGES.more, { count: items.length - LIST_LIMIT }));
  };
  // A preview (or a run waiting for confirmation) has done nothing yet: its lists are what would be done.
  const todo = isNothingDone(report);
  // A sync in several steps: the message counts all of it, the lists only what this step did.
  const whole = reportCounts(report);
  if (
    whole.created + whole.updated + whole.deleted >
    report.created.length + report.updated.length + report.deleted.length
  )
    lines.push("", localize(lang, SYNC_MESSAGES.lastStepLists));
  section(todo ? SYNC_MESSAGES.sectionToCreate : SYNC_MESSAGES.sectionCreated, report.created);
  section(todo ? SYNC_MESSAGES.sectionToUpdate : SYNC_MESSAGES.sectionUpdated, report.updated);
  section(todo ? SYNC_MESSAGES.sectionToDelete : SYNC_MESSAGES.sectionDeleted, report.deleted);
  section(SYNC_MESSAGES.sectionUserDeleted, report.userDeleted);
  section(SYNC_MESSAGES.sectionRetryLater, report.retryLater);
  section(SYNC_MESSAGES.sectionSkipped, report.skipped);
  return lines.join("\n");
}
