/**
 * What the sync tells the user, in French or English: the report object the sidebar shows (wire type in
 * src/shared/sync-wire.ts) with its one-paragraph summary, and the text of the menu's toast and dialog.
 * Every message says what happened and what to do next; rows are named by their action cell.
 */
import type { SyncReport, SyncReportItem, SyncStatus } from "../../shared/sync-wire";
import { cellA1 } from "../a1";
import { type Lang, type Localized, localize } from "../i18n";
import type { SkippedRow, SyncOperation } from "./plan-sync";

export const SYNC_MESSAGES = {
  title: { fr: "Synchronisation de l'agenda", en: "Calendar sync" },
  previewTitle: { fr: "Aperçu de la synchronisation", en: "Sync preview" },
  calendarName: { fr: "Plan d'action — {comite}", en: "Action plan — {comite}" },
  calendarNameNoComite: { fr: "Plan d'action", en: "Action plan" },
  busy: {
    fr: "Une autre synchronisation de ce plan est en cours. Attendez qu'elle se termine, puis réessayez. Rien n'a été modifié.",
    en: "Another sync of this plan is running. Wait for it to finish, then try again. Nothing was changed.",
  },
  missingColumns: {
    fr: "Colonnes introuvables dans l'en-tête du plan : {columns}. Remettez leur titre dans la ligne d'en-tête, puis relancez la synchronisation. Rien n'a été modifié dans l'agenda.",
    en: "Columns not found in the plan's header: {columns}. Put their title back in the header row, then run the sync again. Nothing was changed in the calendar.",
  },
  missingKeyColumn: {
    fr: "La colonne cachée « Clé » est introuvable : elle relie chaque ligne à son événement. Ajoutez à droite du tableau une colonne intitulée « Clé », puis relancez la synchronisation. Rien n'a été modifié.",
    en: 'The hidden "Key" column is missing: it links each row to its event. Add a column titled "Key" to the right of the table, then run the sync again. Nothing was changed.',
  },
  done: {
    fr: "L'agenda « {name} » est à jour : {created} créé(s), {updated} modifié(s), {deleted} supprimé(s), {unchanged} inchangé(s).",
    en: 'The calendar "{name}" is up to date: {created} created, {updated} updated, {deleted} deleted, {unchanged} unchanged.',
  },
  unfinished: {
    fr: "Synchronisation pas encore terminée : {created} créé(s), {updated} modifié(s), {deleted} supprimé(s) ; il reste {remaining} changement(s). Cliquez de nouveau sur « Synchroniser l'agenda » pour continuer : rien ne sera fait en double.",
    en: 'Sync not finished yet: {created} created, {updated} updated, {deleted} deleted; {remaining} change(s) remain. Click "Sync the calendar" again to continue: nothing will be done twice.',
  },
  failed: {
    fr: "La synchronisation s'est arrêtée à la ligne {row} (cellule {cell}) : {error} Ce qui était déjà fait est conservé ({created} créé(s), {updated} modifié(s), {deleted} supprimé(s)). Vérifiez cette ligne, puis relancez la synchronisation.",
    en: "The sync stopped at row {row} (cell {cell}): {error} What was already done is kept ({created} created, {updated} updated, {deleted} deleted). Check that row, then run the sync again.",
  },
  failedNoRow: {
    fr: "La synchronisation s'est arrêtée sur une erreur inattendue. Ce qui était déjà fait est conservé. Réessayez dans quelques minutes ; si cela se répète, signalez-le à la personne qui a installé le module.",
    en: "The sync stopped on an unexpected error. What was already done is kept. Try again in a few minutes; if it happens again, tell the person who installed the add-on.",
  },
  overloaded: {
    fr: "Google Agenda refuse trop de demandes en ce moment. Ce qui était fait est conservé ; relancez la synchronisation dans quelques minutes pour continuer.",
    en: "Google Calendar is refusing too many requests right now. What was done is kept; run the sync again in a few minutes to continue.",
  },
  needsConfirmationMass: {
    fr: "Attention : cette synchronisation supprimerait {deletions} des {existing} événements de l'agenda (lignes supprimées, annulées ou sans date). Si c'est voulu, confirmez ; sinon vérifiez le plan. Rien n'a été fait.",
    en: "Careful: this sync would delete {deletions} of the {existing} events in the calendar (rows deleted, cancelled or without a date). If that is intended, confirm; otherwise check the plan. Nothing was done.",
  },
  needsConfirmationEmpty: {
    fr: "Le plan ne contient plus aucune action, mais l'agenda a {existing} événement(s). La synchronisation les supprimerait tous. Si c'est voulu, confirmez ; sinon vérifiez la feuille. Rien n'a été fait.",
    en: "The plan has no actions left, but the calendar has {existing} event(s). The sync would delete them all. If that is intended, confirm; otherwise check the sheet. Nothing was done.",
  },
  confirmQuestion: { fr: "Supprimer ces événements ?", en: "Delete these events?" },
  cancelledByUser: {
    fr: "Synchronisation annulée : rien n'a été supprimé.",
    en: "Sync cancelled: nothing was deleted.",
  },
  calendarRecreated: {
    fr: "L'agenda du plan avait été supprimé : un nouvel agenda « {name} » a été créé et les échéances y sont remises.",
    en: 'The plan\'s calendar had been deleted: a new calendar "{name}" was created and the deadlines are put back in it.',
  },
  calendarWillBeRecreated: {
    fr: "L'agenda du plan a été supprimé : la synchronisation en créera un nouveau.",
    en: "The plan's calendar was deleted: the sync will create a new one.",
  },
  preview: {
    fr: "Aperçu : {created} événement(s) à créer, {updated} à modifier, {deleted} à supprimer, {unchanged} inchangé(s). Rien n'a été fait.",
    en: "Preview: {created} event(s) to create, {updated} to update, {deleted} to delete, {unchanged} unchanged. Nothing was done.",
  },
  userDeleted: {
    fr: "{count} événement(s) supprimé(s) dans l'agenda ne sont pas recréés, car leur ligne n'a pas changé depuis. Modifiez la ligne pour le remettre.",
    en: "{count} event(s) deleted in the calendar are not recreated, because their row has not changed since. Edit the row to put it back.",
  },
  skipped: {
    fr: "{count} ligne(s) ne sont pas dans l'agenda (voir les raisons).",
    en: "{count} row(s) are not in the calendar (see the reasons).",
  },
  sectionCreated: { fr: "Créés", en: "Created" },
  sectionUpdated: { fr: "Modifiés", en: "Updated" },
  sectionDeleted: { fr: "Supprimés", en: "Deleted" },
  sectionSkipped: { fr: "Pas dans l'agenda", en: "Not in the calendar" },
  sectionUserDeleted: {
    fr: "Supprimés dans l'agenda (non recréés)",
    en: "Deleted in the calendar (not recreated)",
  },
  more: { fr: "… et {count} de plus", en: "… and {count} more" },
  rowGone: { fr: "ligne supprimée", en: "deleted row" },
} satisfies Record<string, Localized>;

/** The calendar's name: "Plan d'action — <comité>". */
export function calendarName(comite: string, lang: Lang): string {
  return comite.trim()
    ? localize(lang, SYNC_MESSAGES.calendarName, { comite: comite.trim() })
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

export function emptyReport(status: SyncStatus, message: string): SyncReport {
  return {
    status,
    message,
    calendarId: null,
    calendarName: "",
    calendarRecreated: false,
    created: [],
    updated: [],
    deleted: [],
    unchanged: 0,
    skipped: [],
    userDeleted: [],
    failure: null,
    remaining: 0,
    deletions: 0,
    existing: 0,
  };
}

/** Fills `report.message` from its status and counts. `error` is the failure's text when it failed. */
export function summarize(report: SyncReport, lang: Lang, overloaded = false): string {
  const counts = {
    name: report.calendarName,
    created: report.created.length,
    updated: report.updated.length,
    deleted: report.deleted.length,
    unchanged: report.unchanged,
    remaining: report.remaining,
    deletions: report.deletions,
    existing: report.existing,
  };
  const parts: string[] = [];
  if (report.calendarRecreated)
    parts.push(
      localize(
        lang,
        report.status === "preview" ? SYNC_MESSAGES.calendarWillBeRecreated : SYNC_MESSAGES.calendarRecreated,
        counts,
      ),
    );
  switch (report.status) {
    case "done":
      parts.push(localize(lang, SYNC_MESSAGES.done, counts));
      break;
    case "preview":
      parts.push(localize(lang, SYNC_MESSAGES.preview, counts));
      break;
    case "unfinished":
      parts.push(localize(lang, overloaded ? SYNC_MESSAGES.overloaded : SYNC_MESSAGES.unfinished, counts));
      break;
    case "failed": {
      const failure = report.failure;
      const error = failure?.detail ?? "";
      parts.push(
        failure && failure.row !== null
          ? localize(lang, SYNC_MESSAGES.failed, {
              ...counts,
              row: failure.row,
              cell: failure.cell ?? "",
              error,
            })
          : localize(lang, SYNC_MESSAGES.failedNoRow, { error }),
      );
      break;
    }
    case "needsConfirmation":
      parts.push(
        localize(
          lang,
          report.existing > 0 && report.deletions === report.existing && report.created.length === 0
            ? SYNC_MESSAGES.needsConfirmationEmpty
            : SYNC_MESSAGES.needsConfirmationMass,
          counts,
        ),
      );
      break;
    default:
      return report.message;
  }
  if (report.userDeleted.length)
    parts.push(localize(lang, SYNC_MESSAGES.userDeleted, { count: report.userDeleted.length }));
  if (report.skipped.length)
    parts.push(localize(lang, SYNC_MESSAGES.skipped, { count: report.skipped.length }));
  return parts.join(" ");
}

const LIST_LIMIT = 15;

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
  section(SYNC_MESSAGES.sectionCreated, report.created);
  section(SYNC_MESSAGES.sectionUpdated, report.updated);
  section(SYNC_MESSAGES.sectionDeleted, report.deleted);
  section(SYNC_MESSAGES.sectionUserDeleted, report.userDeleted);
  section(SYNC_MESSAGES.sectionSkipped, report.skipped);
  return lines.join("\n");
}
