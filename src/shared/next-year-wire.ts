/**
 * What the next-year dialog (dist/NextYearDialog.html) exchanges with src/server/next-year.ts: the
 * actions that may be carried over and the suggested Période, then the committee's choice and the
 * outcome. Plain JSON, ISO days; actions are named by their row key, which survives sorting.
 */
import type { Lang } from "../core/i18n";

export interface CarryCandidateWire {
  key: string;
  row: number;
  objectif: string;
  action: string;
  echeancier: string;
  responsables: string;
  situation: string;
  /** The next year's plan that already took this action over (then shown as such, not ticked). */
  carriedTo?: string;
}

export type NextYearChoices =
  | {
      ok: true;
      lang: Lang;
      planSheetName: string;
      comite: string;
      period: { start: string; end: string } | null;
      suggested: { start: string; end: string };
      candidates: CarryCandidateWire[];
    }
  | { ok: false; lang: Lang; message: string };

export interface NextYearRequest {
  /** Row keys of the actions to carry over. */
  keys: string[];
  start: string;
  end: string;
  /** Mark the originals Reporté, with a note naming the new plan. */
  markOriginals: boolean;
}

export type NextYearResult =
  | { ok: true; message: string; sheetName: string; carried: number }
  | { ok: false; message: string };
