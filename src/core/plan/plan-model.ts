/**
 * The plan as the core sees it: the table found in a sheet (where its header is, which column holds
 * which field), the header block (comité, Période…) and one `PlanRow` per action row, with the raw cell
 * values kept next to their cleaned text so that validation can explain exactly what it saw.
 */
import type { CellValue } from "../../shared/cell";
import type { ColumnKey, StatusKey } from "../template";

export interface PlanHeader {
  title: string;
  comite: string;
  /** The Période as typed: start and end days when they are real dates, and the cells they sit in. */
  periodStart: string | null;
  periodEnd: string | null;
  periodStartCell: string | null;
  periodEndCell: string | null;
  /** True when a Période label was found at all (so a missing one can be reported precisely). */
  periodLabelFound: boolean;
  /** What the Période cells hold when it is text rather than dates ("2025-2026"), for the message. */
  periodText: string;
  besoin: string;
  resultatsGlobaux: string;
}

export interface PlanRow {
  /** 1-based sheet row. */
  row: number;
  /** The objective this row belongs to: its own cell, or the last one above when blank. */
  objectif: string;
  resultat: string;
  moyens: string;
  ressources: string;
  responsables: string;
  /** The Échéancier cell as read (text, number, date…), and its text. */
  echeancierValue: CellValue;
  echeancier: string;
  debutValue: CellValue;
  echeanceValue: CellValue;
  /** Début / Échéance as ISO days when the cells hold dates (or ISO text). */
  debut: string | null;
  echeance: string | null;
  statutText: string;
  /** The status, when Statut is empty (À faire) or one of the list; undefined for anything else. */
  status: StatusKey | undefined;
  /** The Avancement cell as read, and its meaning as a fraction (0.3 for 30 %: see avancement.ts), null
   * when empty or not a percentage; it may lie outside 0..1 (validation flags it). */
  avancementValue: CellValue;
  avancement: number | null;
  remarques: string;
  /** The hidden row key ("" until the add-on writes one). */
  key: string;
}

export interface PlanTable {
  /** 1-based sheet row of the table header. */
  headerRow: number;
  /** 1-based sheet column of each field found. */
  columns: Partial<Record<ColumnKey, number>>;
  /** Required columns whose header was not found. */
  missingColumns: ColumnKey[];
  header: PlanHeader;
  rows: PlanRow[];
  /** The last 1-based sheet row read (the table may end with empty rows). */
  lastRow: number;
}

export type ReadPlanResult = { ok: true; plan: PlanTable } | { ok: false; reason: "no-header" | "empty" };
