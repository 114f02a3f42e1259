/**
 * Test support for the chronologie: a small plan installed through the built add-on, and readers of the
 * chronologie sheet as a committee would look at it — the header's months, each row's text, and which
 * time columns show a bar in which of the plan's colours (the conditional formats evaluated by the
 * emulator on its virtual day).
 */
import { CHRONOLOGIE_METADATA_KEY } from "../../../src/core/chronologie/chronologie-marker";
import { type Meaning, PALETTE } from "../../../src/core/colours/palette";
import { effectiveFormat } from "../../../src/local/emulator/formula-format";
import { type Harness, installTemplate, planSheet, startAddon } from "../../support/addon";

export const CHRONO = "Chronologie — Plan d'action";
export const HEADER_ROW = 6;
export const FIRST_TIME_COLUMN = 6;

/** Plan rows from row 8: objectif, résultat, moyens, ressources, responsables, échéancier, début, échéance, statut. */
export const ROWS = [
  ["Mise sur pied", "", "Recruter six entraidants", "", "Marc Gagnon", "Printemps-été", "", "", "En cours"],
  ["", "", "Offrir la formation", "", "Julie Tremblay", "Décembre", "", "", "À faire"],
  ["", "", "Sondage des membres", "", "Samuel Côté", "15 mars 2026", "", "", ""],
  ["Visibilité", "", "Page Facebook", "", "Julie Tremblay", "à déterminer", "", "", ""],
  ["", "", "Kiosque au congrès", "", "Marc Gagnon", "Juin", "", "", "Terminé"],
];

/** The 2026 plan on 20 November 2026, read once (its Début/Échéance filled from the Échéancier). */
export function plan2026(options: { now?: string; period?: [string, string] } = {}): Harness {
  const harness = startAddon({ now: options.now ?? "2026-11-20T16:00:00Z", locale: "fr_CA" });
  installTemplate(harness);
  const sheet = planSheet(harness);
  sheet.getRange("B3:C3").setValues([options.period ?? ["2026-01-01", "2026-12-31"]]);
  sheet.getRange(8, 1, ROWS.length, 9).setValues(ROWS);
  harness.addon.call("getValidationReport");
  return harness;
}

export interface ChronologieResultView {
  ok: boolean;
  message: string;
  sheetName?: string;
  refreshed?: boolean;
}

export function makeChronologie(harness: Harness): ChronologieResultView {
  return harness.addon.call("makeChronologieForSidebar") as ChronologieResultView;
}

export function chronologieSheet({ emulator }: Harness, name = CHRONO) {
  const sheet = emulator.spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** Every sheet that carries the chronologie marker. */
export function chronologieSheetsOf({ emulator }: Harness) {
  return emulator.spreadsheet
    .getSheets()
    .filter((sheet) =>
      sheet.getDeveloperMetadata().some((meta) => meta.getKey() === CHRONOLOGIE_METADATA_KEY),
    );
}

/** The time columns' headers as shown (« janv. 26 »…). */
export function timeHeaders(harness: Harness, name = CHRONO): string[] {
  const sheet = chronologieSheet(harness, name);
  return sheet
    .getRange(HEADER_ROW, FIRST_TIME_COLUMN, 1, sheet.getLastColumn() - FIRST_TIME_COLUMN + 1)
    .getDisplayValues()[0];
}

const MEANING_OF = new Map(PALETTE.map((entry) => [entry.background, entry.meaning]));

export interface TimelineRow {
  row: number;
  text: string;
  responsables: string;
  debut: string;
  echeance: string;
  statut: string;
  /** The time columns' headers where the row shows a bar, and the bar's meaning. */
  bars: Array<[string, Meaning]>;
}

/** The rows below the header as a person reads them, with their bars. */
export function timelineRows(harness: Harness, name = CHRONO): TimelineRow[] {
  const sheet = chronologieSheet(harness, name);
  const headers = timeHeaders(harness, name);
  const lastRow = sheet.getLastRow();
  const display = sheet.getRange(1, 1, lastRow, sheet.getLastColumn()).getDisplayValues();
  const rows: TimelineRow[] = [];
  for (let row = HEADER_ROW + 1; row <= lastRow; row++) {
    const cells = display[row - 1];
    const bars: Array<[string, Meaning]> = [];
    headers.forEach((header, i) => {
      const format = effectiveFormat(harness.emulator, name, row, FIRST_TIME_COLUMN + i);
      const meaning = format.background ? MEANING_OF.get(format.background) : undefined;
      if (meaning) bars.push([header, meaning]);
    });
    rows.push({
      row,
      text: cells[0],
      responsables: cells[1],
      debut: cells[2],
      echeance: cells[3],
      statut: cells[4],
      bars,
    });
  }
  return rows;
}

/** Months from `first` to `last` of 2026 as the header shows them. */
export function months2026(first: number, last: number): string[] {
  const names = [
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
  ];
  return names.slice(first - 1, last).map((name) => `${name} 26`);
}
