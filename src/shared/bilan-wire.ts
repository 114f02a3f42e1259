/**
 * What the bilan dialog (dist/BilanDialog.html) and the sidebar exchange with src/server/bilan.ts: the
 * plan a bilan would be made from and the years of its Période to choose from, then the outcome of
 * "Préparer le bilan". Plain JSON, ISO days.
 */
import type { Lang } from "../core/i18n";

export interface BilanYearWire {
  /** 1 for the Période's first year. */
  index: number;
  start: string;
  end: string;
  /** The bilan of this year already exists in this sheet ("" when not yet prepared). */
  sheetName: string;
}

export type BilanChoices =
  | {
      ok: true;
      lang: Lang;
      /** The plan sheet the bilan is made from (the active plan). */
      planSheetName: string;
      comite: string;
      period: { start: string; end: string } | null;
      /** The years of a Période longer than a year; empty when it is one year (or missing). */
      years: BilanYearWire[];
      /** The whole Période's bilan, when it already exists ("" otherwise). */
      wholeSheetName: string;
    }
  | { ok: false; lang: Lang; message: string };

export type BilanResult =
  | { ok: true; message: string; sheetName: string; refreshed: boolean }
  | { ok: false; message: string };
