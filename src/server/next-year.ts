/**
 * "Préparer l'année suivante": the dialog (dist/NextYearDialog.html) lists the actions of the active
 * plan that are neither Terminé nor Annulé (getNextYearChoices); the committee ticks those to carry over
 * and gives the new Période; createNextYearPlan makes a new plan sheet from the template (same columns,
 * header block and the workbook's one Membres sheet; the columns the committee added come along after the
 * template's, header and carried values), writes the chosen actions with their words — the
 * add-on then dates their Échéancier in the new Période — and, when asked, marks the originals Reporté
 * with a note naming the new plan. The new plan syncs to the committee's calendar: its sync state starts
 * with the calendar of the plan it came from, and its own plan id keeps its events apart from the old
 * plan's (event ids derive from plan id + row key, and each plan lists only its own events). All or
 * nothing (all-or-nothing.ts): a failure anywhere takes back the new sheet, its records and the marks.
 */

import { yearsLabel } from "../core/bilan/bilan-layout";
import { isIsoDay } from "../core/dates";
import { type Lang, type Localized, localize } from "../core/i18n";
import { FIRST_DATA_ROW, FIRST_FIELD_ROW, TABLE_HEADER_ROW } from "../core/install/install-layout";
import { asLiteralText } from "../core/literal-text";
import { carriedDeadline } from "../core/next-year/carried-deadline";
import {
  addedColumns,
  carryCandidates,
  nextPlanRows,
  noteWithMention,
  originalAfterCarry,
  suggestedNextPeriod,
} from "../core/next-year/carry-over";
import {
  continuesOver,
  NEXT_YEAR_METADATA_KEY,
  type NextYearRecord,
  nextYearRecordValue,
  parseNextYearRecord,
} from "../core/next-year/next-year-record";
import { chooseRecord } from "../core/sync/calendar-identity";
import { emptyState } from "../core/sync/sync-state";
import { DEFAULT_TEMPLATE } from "../core/template";
import { textKey } from "../core/text-key";
import type { NextYearChoices, NextYearRequest, NextYearResult } from "../shared/next-year-wire";
import { allOrNothing, nothingChangedMessage, type Undoable } from "./all-or-nothing";
import { bilanMarkerOf, planSheetById } from "./bilan-sheets";
import { createPlanSheet } from "./install";
import { userLang } from "./locale";
import { planIdOf, planOf, readSheetMetadata, recordPlanIds } from "./plan-marker";
import { type LoadedPlan, loadPlan } from "./plan-sheet";
import { runsOf, withRefusedDates, writeRowsUnlessProtected } from "./refused-writes";
import { ensureRowKeys } from "./row-keys";
import { shownTitle, typesetNotes } from "./say";
import { readRecords, writeRecords } from "./sync/calendar-records";
import { loadState, saveState } from "./sync/state-store";
import { styleUnionColumns } from "./union-columns";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const LOCK_WAIT_MS = 2_000;

const NEXT_YEAR_MESSAGES = {
  dialogTitle: { fr: "Préparer l'année suivante", en: "Prepare next year" },
  operation: { fr: "la préparation de l'année suivante", en: "preparing next year" },
  busy: {
    fr: "Quelqu'un d'autre modifie les plans ou synchronise l'agenda en ce moment. Réessayez dans un instant.",
    en: "Someone else is changing the plans or syncing the calendar right now. Try again in a moment.",
  },
  badPeriod: {
    fr: "Donnez la nouvelle Période : une date de début et une date de fin, la fin après le début.",
    en: "Give the new Period: a start date and an end date, the end after the start.",
  },
  created: {
    fr: "Nouveau plan « {sheet} » créé avec {actions} (Période du {start} au {end}). Les échéances sont relues dans la nouvelle Période : validez le plan pour les vérifier.",
    en: 'New plan "{sheet}" created with {actions} (Period {start} to {end}). The deadlines are read again in the new Period: validate the plan to check them.',
  },
  marked: {
    fr: " Dans « {source} », {count} passées à Reporté, avec une note.",
    en: ' In "{source}", {count} set to Postponed, with a note.',
  },
  markedOne: {
    fr: " Dans « {source} », 1 action passée à Reporté, avec une note.",
    en: ' In "{source}", 1 action set to Postponed, with a note.',
  },
  markRefused: {
    fr: " Dans « {source} », les actions de {cells} n'ont pas été passées à Reporté : ces cellules de Statut sont protégées contre vos modifications (Données ▸ Protéger des feuilles et des plages). La personne qui a protégé la plage peut le faire.",
    en: ' In "{source}", the actions of {cells} were not set to Postponed: these Status cells are protected against your edits (Data ▸ Protect sheets and ranges). The person who protected the range can do it.',
  },
  missing: {
    fr: " {count} introuvables dans « {source} » (supprimées ou terminées entre-temps) : non reprises.",
    en: ' {count} not found in "{source}" (deleted or closed in the meantime): not carried over.',
  },
  exists: {
    fr: "Le plan de l'année suivante existe déjà : « {sheet} » (Période du {start} au {end}), fait à partir de ce plan. Il est ouvert ; rien n'a été ajouté.",
    en: 'Next year\'s plan already exists: "{sheet}" (Period {start} to {end}), made from this plan. It is open; nothing was added.',
  },
  newDate: { fr: "nouvelle date à donner", en: "new date to give" },
  alreadyCarried: {
    fr: "Déjà reprise dans « {sheet} »",
    en: 'Already carried over to "{sheet}"',
  },
  sameCalendar: {
    fr: " Ses échéances iront dans l'agenda du comité à la prochaine synchronisation.",
    en: " Its deadlines will go to the committee's calendar at the next sync.",
  },
  actionOne: { fr: "1 action", en: "1 action" },
  actionMany: { fr: "{n} actions", en: "{n} actions" },
} satisfies Record<string, Localized>;

function actions(lang: Lang, n: number): string {
  return n === 1
    ? localize(lang, NEXT_YEAR_MESSAGES.actionOne)
    : localize(lang, NEXT_YEAR_MESSAGES.actionMany, { n });
}

/** Called from the add-on menu and the sidebar: Préparer l'année suivante…. */
export function showNextYearDialog(): void {
  const output = HtmlService.createHtmlOutputFromFile("NextYearDialog").setWidth(720).setHeight(600);
  const lang = userLang();
  SpreadsheetApp.getUi().showModalDialog(
    output,
    shownTitle(lang, localize(lang, NEXT_YEAR_MESSAGES.dialogTitle)),
  );
}

/** The active plan (or the plan of the active bilan sheet), with every row keyed. */
function loadKeyedPlan(lang: Lang) {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const marker = bilanMarkerOf(spreadsheet.getActiveSheet());
  const load = loadPlan(lang, marker ? planSheetById(spreadsheet, marker.planId) : null);
  if (!load.ok) return load;
  const identity = planOf(load.loaded.sheet);
  const planId = identity.planId;
  ensureRowKeys(load.loaded, planId);
  return { ...load, planId, recordIds: recordPlanIds(identity) };
}

function periodOf(loaded: LoadedPlan) {
  const { periodStart, periodEnd } = loaded.plan.header;
  return periodStart && periodEnd && periodStart <= periodEnd ? { start: periodStart, end: periodEnd } : null;
}

/** Called by the next-year dialog when it opens. */
export function getNextYearChoices(): NextYearChoices {
  const lang = userLang();
  const load = loadKeyedPlan(lang);
  if (!load.ok) return { ok: false, lang, message: load.message };
  const { loaded } = load;
  const suggested = suggestedNextPeriod(periodOf(loaded), loaded.today);
  const carriedTo = new Map<string, string>();
  for (const { sheet, record } of nextPlansOf(loaded.spreadsheet, load.planId, load.recordIds))
    for (const key of record.keys) carriedTo.set(key, sheet.getName());
  return {
    ok: true,
    lang,
    planSheetName: loaded.sheet.getName(),
    comite: loaded.plan.header.comite,
    period: periodOf(loaded),
    suggested,
    candidates: carryCandidates(loaded.plan, loaded.today, lang).map(({ situationKey: _key, ...found }) => {
      const wire = { ...found, echeancier: shownDeadline(found.echeancier, suggested, loaded.today, lang) };
      const sheet = carriedTo.get(wire.key);
      if (!sheet) return wire;
      return {
        ...wire,
        carriedTo: sheet,
        situation: localize(lang, NEXT_YEAR_MESSAGES.alreadyCarried, { sheet }),
      };
    }),
  };
}

/** Called by the next-year dialog: makes the new plan. */
export function createNextYearPlan(request: NextYearRequest): NextYearResult {
  const lang = userLang();
  const start = String(request?.start ?? "");
  const end = String(request?.end ?? "");
  if (!isIsoDay(start) || !isIsoDay(end) || end < start)
    return { ok: false, message: localize(lang, NEXT_YEAR_MESSAGES.badPeriod) };
  const lock = LockService.getDocumentLock();
  if (!lock?.tryLock(LOCK_WAIT_MS)) return { ok: false, message: localize(lang, NEXT_YEAR_MESSAGES.busy) };
  try {
    const keys = Array.isArray(request.keys) ? request.keys.map(String) : [];
    const done = allOrNothing("createNextYearPlan", (undoable) =>
      createLocked(keys, { start, end }, request.markOriginals === true, lang, undoable),
    );
    if (done.ok) return done.value;
    return {
      ok: false,
      message: nothingChangedMessage(lang, localize(lang, NEXT_YEAR_MESSAGES.operation), done.detail),
    };
  } finally {
    lock.releaseLock();
  }
}

/** The language the plan sheet was installed in, read from its Statut header (its dropdown's labels). */
function planLanguage(loaded: LoadedPlan): Lang {
  const column = loaded.plan.columns.statut;
  const header = column ? loaded.values[loaded.plan.headerRow - 1]?.[column - 1] : "";
  const en = DEFAULT_TEMPLATE.columns.find((c) => c.key === "statut")?.label.en ?? "Status";
  return textKey(header) === textKey(en) ? "en" : "fr";
}

function createLocked(
  keys: string[],
  period: { start: string; end: string },
  markOriginals: boolean,
  lang: Lang,
  undoable: Undoable,
): NextYearResult {
  const load = loadKeyedPlan(lang);
  if (!load.ok) return { ok: false, message: load.message };
  const { loaded, planId, recordIds } = load;
  // Asked again for the same plan and Période (twice, or by another member): the plan made then opens.
  const made = nextPlansOf(loaded.spreadsheet, planId, recordIds).find(({ record }) =>
    continuesOver(record, planId, period),
  );
  if (made) {
    made.sheet.activate();
    const sheetName = made.sheet.getName();
    const message = localize(lang, NEXT_YEAR_MESSAGES.exists, {
      sheet: sheetName,
      start: displayDate(period.start, lang),
      end: displayDate(period.end, lang),
    });
    return { ok: true, message, sheetName, carried: 0 };
  }
  const source = loaded.sheet;
  const header = loaded.plan.header;
  const added = addedColumns(loaded.plan, loaded.values);
  const { carried, values } = nextPlanRows({
    plan: loaded.plan,
    values: loaded.values,
    added,
    keys,
    template: DEFAULT_TEMPLATE,
    lang,
    sourceSheetName: source.getName(),
    period,
    reference: loaded.today,
  });

  const baseName = `${DEFAULT_TEMPLATE.sheetName[lang]} — ${yearsLabel(period.start, period.end)}`;
  const { sheet, sheetName } = createPlanSheet(
    loaded.spreadsheet,
    lang,
    header.comite,
    period,
    true,
    Math.max(values.length, 1),
    baseName,
  );
  // Where it comes from: a second request for the same plan and Période finds it.
  sheet.addDeveloperMetadata(
    NEXT_YEAR_METADATA_KEY,
    nextYearRecordValue({
      planId,
      start: period.start,
      end: period.end,
      keys: carried.map((row) => row.key),
    }),
  );
  // The header block's words carry over; the Période is the new one.
  sheet
    .getRange(FIRST_FIELD_ROW + 2, 2, 2, 1)
    .setValues([[asLiteralText(header.besoin)], [asLiteralText(header.resultatsGlobaux)]]);
  if (added.length > 0) {
    const headers = added.map((column) => column.header);
    writeAddedHeaders(sheet, headers);
    // The union columns among them (Budget prévu…) keep their note and number format.
    styleUnionColumns(sheet, TABLE_HEADER_ROW, DEFAULT_TEMPLATE.columns.length + 1, headers, lang);
  }
  if (values.length > 0) sheet.getRange(FIRST_DATA_ROW, 1, values.length, values[0].length).setValues(values);

  // The new plan's events go to the committee's calendar, the one of the plan it came from: its record
  // (calendar id and owner) is written for the new plan id in the document and on the new sheet, as the
  // sync itself records a calendar (sync/calendar-records.ts), and its sync state starts with it.
  const newPlanId = planIdOf(sheet);
  const stored = loadState(planId);
  const previous = stored.state;
  const sources = readRecords(
    planId,
    readSheetMetadata(source),
    stored.properties,
    previous?.calendarId ?? null,
  );
  const calendar = chooseRecord(planId, sources);
  if (calendar) {
    writeRecords(
      { planId: newPlanId, calendarId: calendar.calendarId, owner: calendar.owner },
      { document: true, sheet: true, mine: sources.createdByMe === calendar.calendarId },
      sheet,
      readSheetMetadata(sheet),
    );
    const base = emptyState(newPlanId, previous?.lang ?? lang);
    saveState(
      { ...base, calendarId: calendar.calendarId, spanDates: previous?.spanDates ?? base.spanDates },
      0,
    );
  }

  const marks =
    markOriginals && carried.length > 0
      ? markCarried(loaded, carried, sheetName, undoable)
      : { marked: 0, refused: [] };
  const marked = marks.marked;

  // Reading the new plan dates its Échéancier in the new Période (Début/Échéance are the add-on's).
  loadPlan(lang, sheet);
  sheet.activate();

  let message = localize(lang, NEXT_YEAR_MESSAGES.created, {
    sheet: sheetName,
    actions: actions(lang, carried.length),
    start: displayDate(period.start, lang),
    end: displayDate(period.end, lang),
  });
  if (marked > 0)
    message += localize(lang, marked === 1 ? NEXT_YEAR_MESSAGES.markedOne : NEXT_YEAR_MESSAGES.marked, {
      source: source.getName(),
      count: actions(lang, marked),
    });
  if (marks.refused.length)
    message += localize(lang, NEXT_YEAR_MESSAGES.markRefused, {
      source: source.getName(),
      cells: marks.refused.join(", "),
    });
  const missing = new Set(keys).size - carried.length;
  if (missing > 0)
    message += localize(lang, NEXT_YEAR_MESSAGES.missing, {
      source: source.getName(),
      count: actions(lang, missing),
    });
  if (calendar) message += localize(lang, NEXT_YEAR_MESSAGES.sameCalendar);
  message = withRefusedDates(message, loaded, lang);
  return { ok: true, message, sheetName, carried: carried.length };
}

/** The Échéancier as it will be carried into `period`: « Hiver 2026 → Hiver 2027 », or as it is. */
function shownDeadline(
  text: string,
  period: { start: string; end: string },
  today: string,
  lang: Lang,
): string {
  const deadline = carriedDeadline(text, period, today);
  if (deadline.kind === "redated") return `${deadline.from} → ${deadline.to}`;
  if (deadline.kind === "undated") return `${deadline.from} → ${localize(lang, NEXT_YEAR_MESSAGES.newDate)}`;
  return text;
}

/**
 * The next year's plans made from `planId`, with their records: those naming it, and those naming
 * another of `recordIds` (the original's, in a copied workbook: see recordPlanIds), whose record is
 * rewritten to name `planId` (a refused write only leaves it to be rewritten next time).
 */
function nextPlansOf(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  planId: string,
  recordIds: string[] = [planId],
): Array<{ sheet: Sheet; record: NextYearRecord }> {
  const found: Array<{ sheet: Sheet; record: NextYearRecord }> = [];
  for (const meta of spreadsheet.createDeveloperMetadataFinder().withKey(NEXT_YEAR_METADATA_KEY).find()) {
    const stored = parseNextYearRecord(meta.getValue());
    const sheet = meta.getLocation().getSheet();
    if (!stored || !sheet || !recordIds.includes(stored.planId)) continue;
    const record = { ...stored, planId };
    if (stored.planId !== planId)
      try {
        meta.setValue(nextYearRecordValue(record));
      } catch (error) {
        console.error(`Next year's record not renamed: ${error instanceof Error ? error.message : error}`);
      }
    found.push({ sheet, record });
  }
  return found;
}

/** The headers of the columns the committee added, right of the template's columns (made room for). */
function writeAddedHeaders(sheet: Sheet, headers: string[]): void {
  const first = DEFAULT_TEMPLATE.columns.length + 1;
  const missing = first + headers.length - 1 - sheet.getMaxColumns();
  if (missing > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), missing);
  sheet
    .getRange(TABLE_HEADER_ROW, first, 1, headers.length)
    .setValues([headers.map(asLiteralText)])
    .setFontWeight("bold")
    .setWrap(true);
}

function displayDate(day: string, lang: Lang): string {
  if (lang === "en") return day;
  const [y, m, d] = day.split("-");
  return `${d}/${m}/${y}`;
}

/**
 * Marks the carried originals: Reporté in their Statut cell unless it holds a formula, and the mention of
 * the new plan in that cell's note (Remarques is the committee's and stays as it is). One range per run
 * of consecutive rows, so no other row's cell is written over; each write is taken back if the operation
 * fails later. A cell a protection keeps the person running out of is left as it was and named (the notes
 * are written first: where they are refused, the Statut value is not tried). Returns how many were set to
 * Reporté, and the Statut cells left as they were.
 */
function markCarried(
  loaded: LoadedPlan,
  carried: LoadedPlan["plan"]["rows"],
  newSheetName: string,
  undoable: Undoable,
): { marked: number; refused: string[] } {
  const { statut } = loaded.plan.columns;
  if (!statut || carried.length === 0) return { marked: 0, refused: [] };
  const planLang = planLanguage(loaded);
  const after = originalAfterCarry(planLang, DEFAULT_TEMPLATE, newSheetName);
  const mention = typesetNotes(planLang, [[after.mention]])[0][0];
  const rows = carried.map((row) => row.row).sort((a, b) => a - b);
  const first = rows[0];
  const sheet: Sheet = loaded.sheet;
  const span = sheet.getRange(first, statut, rows[rows.length - 1] - first + 1, 1);
  const formulas = span.getFormulas();
  const notes = span.getNotes();
  const noteAt = (row: number) => notes[row - first]?.[0] ?? "";
  const valueAt = (row: number) => loaded.values[row - 1]?.[statut - 1] ?? "";
  const isFormula = (row: number) => (formulas[row - first]?.[0] ?? "") !== "";
  const refused = writeRowsUnlessProtected(
    rows,
    (run) => sheet.getRange(run[0], statut, run.length, 1),
    (range, run) => {
      range.setNotes(run.map((row) => [noteWithMention(noteAt(row), mention)]));
      undoable.onUndo(() => range.setNotes(run.map((row) => [noteAt(row)])));
    },
  );
  let marked = 0;
  for (const run of runsOf(rows.filter((row) => !refused.rows.has(row) && !isFormula(row)))) {
    const cells = sheet.getRange(run[0], statut, run.length, 1);
    undoable.onUndo(() => cells.setValues(run.map((row) => [valueAt(row)])));
    cells.setValues(run.map(() => [after.statut]));
    marked += run.length;
  }
  return { marked, refused: refused.cells };
}
