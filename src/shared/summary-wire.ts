/**
 * The plan's progress figures as they cross google.script.run to the sidebar: plain JSON, ISO day
 * strings, no Date. Computed by summarizePlan (src/core/summary/summarize.ts).
 */
import type { StatusKey } from "../core/template";

/** Row counts by status, plus the derived En retard and Bientôt (which overlap the statuses). */
export interface StatusCountsWire {
  aFaire: number;
  enCours: number;
  termine: number;
  reporte: number;
  annule: number;
  /** Statut holds something that is not a status. */
  autre: number;
  /** Échéance before today and not Terminé/Annulé. */
  enRetard: number;
  /** Due today or within the next 14 days and not Terminé/Annulé. */
  bientot: number;
  total: number;
}

/** Done share of the rows that count (Annulé left out): Terminé = 1, Avancement % for an open row. */
export interface ProgressWire {
  /** Sum of the rows' done shares. */
  done: number;
  /** Rows that count (every row but Annulé). */
  counted: number;
  /** done / counted, 0..1; null when no row counts. */
  ratio: number | null;
}

export interface ObjectiveProgressWire extends ProgressWire {
  objectif: string;
  /** All rows of the objective, Annulé included. */
  actions: number;
}

export interface ActionRefWire {
  /** 1-based sheet row. */
  row: number;
  action: string;
  objectif: string;
  /** ISO day. */
  echeance: string;
  responsables: string[];
  status: StatusKey | null;
  statutText: string;
  /** Days from today to the due day (negative when late). */
  daysFromToday: number;
}

export interface PersonLoadWire {
  /** The first spelling seen in the plan. */
  name: string;
  /** Actions not Terminé/Annulé. */
  open: number;
  overdue: number;
  done: number;
}

export interface PlanSummaryWire {
  /** ISO day the figures were computed for. */
  today: string;
  counts: StatusCountsWire;
  overall: ProgressWire;
  byObjective: ObjectiveProgressWire[];
  /** Overdue actions, oldest due day first. */
  overdue: ActionRefWire[];
  /** Open actions due today or within the next 30 days, soonest first. */
  upcoming: ActionRefWire[];
  /** Load per responsible person, most overdue first, then most open. */
  people: PersonLoadWire[];
  /** Open actions with no one in Responsables. */
  unassignedOpen: number;
}
