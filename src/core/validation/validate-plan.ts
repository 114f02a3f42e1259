/**
 * Validation of a plan: pure rules over the plan read in one batch, each finding pointing at one cell
 * with a rule id and a message in the user's language. Validation never changes a cell; it only says
 * what is wrong and what to do. Findings come back errors first, then warnings, each in sheet order.
 */
import type { CellValue } from "../../shared/cell";
import type { Finding, Severity, ValidationReport } from "../../shared/validation-wire";
import { cellA1, columnNumber } from "../a1";
import { displayDay } from "../dates";
import type { ParsedEcheance } from "../echeance";
import { countPhrase, type Lang, type Localized, localize } from "../i18n";
import { latenessPhrase } from "../lateness";
import { avancementShown, readAvancement } from "../plan/avancement";
import { nameKey, splitNames } from "../plan/names";
import type { PlanRow, PlanTable } from "../plan/plan-model";
import { isClosed } from "../plan/status-text";
import { MAX_EVENT_TEXT } from "../sync/event-body";
import { type ColumnKey, columnLabel, DEFAULT_TEMPLATE } from "../template";
import { textKey } from "../text-key";
import { unionFindings } from "../union/union-validation";
import { groupFindings } from "./group-findings";
import { VALIDATION_MESSAGES as M } from "./messages";

/** Longest action text that goes whole into a calendar event title (the sync clips longer ones). */
const MAX_ACTION_LENGTH = MAX_EVENT_TEXT;
const ERROR_VALUE = /^#(?:REF!|N\/A|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!)$/;

export interface ValidationInput {
  plan: PlanTable;
  /** The used range as read, for error values (row 1 of the sheet is index 0). */
  values: CellValue[][];
  parsed: Map<number, ParsedEcheance>;
  today: string;
  lang: Lang;
  sheetName: string;
  /** Names listed in the Membres sheet; null when that sheet is missing or empty. */
  members: string[] | null;
  membersSheetName: string;
  /** The spreadsheet's time zone, to quote a date typed where a number belongs (UTC when absent). */
  timeZone?: string;
}

export function validatePlan(input: ValidationInput): ValidationReport {
  const { plan, lang } = input;
  const findings: Finding[] = [];
  const say = (text: Localized, params: Record<string, string | number> = {}) => localize(lang, text, params);
  const add = (severity: Severity, ruleId: string, cell: string, message: string) =>
    findings.push({ severity, ruleId, sheet: input.sheetName, cell, message });
  const cellOf = (row: number, key: ColumnKey) => cellA1(row, plan.columns[key] ?? 1);
  const day = (iso: string) => displayDay(iso, lang);

  for (const key of plan.missingColumns) {
    add(
      "erreur",
      "colonne-manquante",
      cellA1(plan.headerRow, 1),
      say(M.missingColumn, { column: columnLabel(DEFAULT_TEMPLATE, key, lang), row: plan.headerRow }),
    );
  }

  const { periodStart, periodEnd } = plan.header;
  if ((!periodStart || !periodEnd) && plan.header.periodText) {
    add(
      "erreur",
      "periode-texte",
      plan.header.periodStartCell ?? "B3",
      say(M.periodAsText, { text: plan.header.periodText.slice(0, 60) }),
    );
  } else if (!periodStart || !periodEnd) {
    add("erreur", "periode-manquante", plan.header.periodStartCell ?? "B3", say(M.periodMissing));
  } else if (periodEnd < periodStart) {
    add(
      "erreur",
      "periode-inversee",
      plan.header.periodEndCell ?? "C3",
      say(M.periodReversed, { start: day(periodStart), end: day(periodEnd) }),
    );
  }
  const periodOk = Boolean(periodStart && periodEnd && periodStart <= periodEnd);

  const memberKeys = input.members && input.members.length > 0 ? new Set(input.members.map(nameKey)) : null;
  const seenActions = new Map<string, number>();

  for (const row of plan.rows) {
    checkErrorValues(input, row, add, say);
    const parsed = input.parsed.get(row.row);
    const isAction = row.moyens !== "";
    if (!isAction && plan.columns.moyens) {
      add("erreur", "moyens-manquant", cellOf(row.row, "moyens"), say(M.moyensMissing));
    } else if (row.moyens.length > MAX_ACTION_LENGTH) {
      add(
        "avertissement",
        "texte-trop-long",
        cellOf(row.row, "moyens"),
        say(M.longText, { length: row.moyens.length, max: MAX_ACTION_LENGTH }),
      );
    }

    if (row.status === undefined) {
      add(
        "erreur",
        "statut-inconnu",
        cellOf(row.row, "statut"),
        say(M.unknownStatus, { status: row.statutText.slice(0, 60) }),
      );
    }
    const closed = isClosed(row.status);

    if (ERROR_VALUE.test(row.echeancier)) {
      // Already reported as an error value: one finding per cell.
    } else if (parsed?.kind === "none" && row.echeancier !== "" && row.echeance === null) {
      add(
        "avertissement",
        "echeancier-incompris",
        cellOf(row.row, "echeancier"),
        say(M.echeancierNotUnderstood, { reason: parsed.reason[lang] }),
      );
    } else if (
      parsed?.kind === "recurring" &&
      row.echeance === null &&
      // Days named inside a Période: a recurring event in the calendar, nothing to warn about.
      !(parsed.rule && plan.header.periodStart && plan.header.periodEnd)
    ) {
      add(
        "avertissement",
        "echeancier-recurrent",
        cellOf(row.row, "echeancier"),
        say(M.recurring, { text: row.echeancier.slice(0, 80) }),
      );
    } else if (
      row.echeancier === "" &&
      isBlank(row.echeanceValue) &&
      isAction &&
      !closed &&
      plan.columns.echeancier
    ) {
      add("avertissement", "echeancier-vide", cellOf(row.row, "echeancier"), say(M.echeancierEmpty));
    }

    if (row.echeance && periodOk && (row.echeance < periodStart! || row.echeance > periodEnd!)) {
      add(
        "avertissement",
        "hors-periode",
        cellOf(row.row, "echeance"),
        say(M.outsidePeriod, { due: day(row.echeance), start: day(periodStart!), end: day(periodEnd!) }),
      );
    }
    for (const key of ["debut", "echeance"] as const) {
      const value = key === "debut" ? row.debutValue : row.echeanceValue;
      const unreadable = (key === "debut" ? row.debut : row.echeance) === null && !isBlank(value);
      if (unreadable && !(typeof value === "string" && ERROR_VALUE.test(value))) {
        add(
          "erreur",
          "date-illisible",
          cellOf(row.row, key),
          say(M.dateNotReadable, { text: String(value).slice(0, 60) }),
        );
      }
    }
    const shown = avancementShown(row.avancementValue, lang);
    if (readAvancement(row.avancementValue).kind === "unreadable" && !ERROR_VALUE.test(shown)) {
      add(
        "erreur",
        "avancement-illisible",
        cellOf(row.row, "avancement"),
        say(M.progressNotReadable, { value: shown }),
      );
    } else if (row.avancement !== null && (row.avancement < 0 || row.avancement > 1)) {
      add(
        "erreur",
        "avancement-invalide",
        cellOf(row.row, "avancement"),
        say(M.progressOutOfRange, { value: shown }),
      );
    } else if (row.status === "termine" && row.avancement !== null && row.avancement < 1) {
      add(
        "avertissement",
        "avancement-incoherent",
        cellOf(row.row, "avancement"),
        say(M.doneButNotComplete, { value: shown }),
      );
    }
    if (row.debut && row.echeance && row.debut > row.echeance) {
      add(
        "erreur",
        "debut-apres-echeance",
        cellOf(row.row, "debut"),
        say(M.startAfterDue, { start: day(row.debut), due: day(row.echeance) }),
      );
    }
    if (row.echeance && row.echeance < input.today && !closed && row.status !== undefined) {
      add(
        "avertissement",
        "en-retard",
        cellOf(row.row, "echeance"),
        say(M.overdue, { due: day(row.echeance), late: latenessPhrase(row.echeance, input.today, lang) }),
      );
    }

    if (isAction && !closed && plan.columns.responsables) {
      const names = splitNames(row.responsables);
      if (names.length === 0) {
        add("avertissement", "responsables-vide", cellOf(row.row, "responsables"), say(M.noResponsible));
      } else if (memberKeys) {
        for (const name of names) {
          if (!memberKeys.has(nameKey(name))) {
            add(
              "avertissement",
              "responsable-inconnu",
              cellOf(row.row, "responsables"),
              say(M.unknownMember, { name: name.slice(0, 60), members: input.membersSheetName }),
            );
          }
        }
      }
    }

    if (isAction) {
      const key = `${textKey(row.objectif)}\u0000${textKey(row.moyens)}`;
      const first = seenActions.get(key);
      if (first === undefined) seenActions.set(key, row.row);
      else
        add(
          "avertissement",
          "action-en-double",
          cellOf(row.row, "moyens"),
          say(M.duplicateAction, { other: first }),
        );
    }
  }

  // The optional union columns (Budget prévu…), when the plan has them: a number where one belongs.
  findings.push(...unionFindings({ ...input, template: DEFAULT_TEMPLATE }));

  // Errors first (they stop the plan from being read right), then warnings; each in sheet order.
  const rank = (f: Finding) => (f.severity === "erreur" ? 0 : 1);
  findings.sort((a, b) => rank(a) - rank(b) || cellOrder(a.cell) - cellOrder(b.cell));
  return report(findings, lang);
}

function checkErrorValues(
  input: ValidationInput,
  row: PlanRow,
  add: (severity: Severity, ruleId: string, cell: string, message: string) => void,
  say: (text: Localized, params?: Record<string, string | number>) => string,
): void {
  const cells = input.values[row.row - 1] ?? [];
  cells.forEach((value, c) => {
    if (typeof value === "string" && ERROR_VALUE.test(value)) {
      add("erreur", "valeur-erreur", cellA1(row.row, c + 1), say(M.errorValue, { error: value }));
    }
  });
}

function isBlank(value: CellValue): boolean {
  return (
    value === "" ||
    value === null ||
    value === undefined ||
    (typeof value === "string" && value.trim() === "")
  );
}

/** Sort key of an A1 reference: by row, then column. */
function cellOrder(cell: string): number {
  const match = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!match) return 0;
  return Number(match[2]) * 1000 + columnNumber(match[1]);
}

function report(findings: Finding[], lang: Lang): ValidationReport {
  const errors = findings.filter((f) => f.severity === "erreur").length;
  const warnings = findings.length - errors;
  const summary =
    findings.length === 0
      ? localize(lang, M.allGood)
      : `${countPhrase(lang, errors, M.errorOne, M.errorMany)}, ${countPhrase(lang, warnings, M.warningOne, M.warningMany)}`;
  return {
    lang,
    ok: errors === 0,
    summary,
    errors,
    warnings,
    findings,
    groups: groupFindings(findings, lang),
  };
}
