/**
 * What the sidebar's first render needs, as it crosses google.script.run from getSidebarData
 * (src/server/sidebar.ts): plain JSON, ISO day strings, no Date. The sidebar's own labels are
 * client-side; only the language is decided by the server (from the user's locale).
 */
import type { Lang } from "../core/i18n";
import type { EventSettings } from "../core/sync/event-settings";
import type { MyActionsWire } from "./follow-up-wire";
import type { PlanSummaryWire } from "./summary-wire";

/** A plan was found and summarised. */
export interface SidebarReady {
  state: "ready";
  lang: Lang;
  /** The sheet the plan was read from: the target of selectRow / selectCell. */
  sheetName: string;
  /** The workbook's plan sheets, in tab order (the sidebar offers to switch when there are several). */
  plans?: string[];
  /** The committee named in the plan's header block ("" when blank). */
  comite: string;
  /** ISO day the summary was computed for, in the spreadsheet's time zone. */
  today: string;
  summary: PlanSummaryWire;
  /** The plan's calendar event settings (title, span, past Terminé actions). */
  eventSettings: EventSettings;
  /** The plan's calendar, once a sync created it: its name and the link members open to add it. */
  calendar?: { name: string; subscribeUrl: string };
  /** « Mes actions »: the person who opens the sidebar, when Membres knows their address. */
  myActions?: MyActionsWire;
  /** What reading the plan could not write (dates a protection refused), in `lang`; absent when all went. */
  notice?: string;
}

/** No plan could be read: the sidebar invites the user to install the template. */
export interface SidebarNoPlan {
  state: "noPlan";
  lang: Lang;
  /** The server's plain-language explanation, already in `lang`. */
  message: string;
}

export type SidebarData = SidebarReady | SidebarNoPlan;

/** What saveEventSettings answers: the stored settings, or why nothing was saved. */
export interface EventSettingsSaved {
  ok: boolean;
  /** Plain-language confirmation or reason, in the user's language. */
  message: string;
  settings: EventSettings | null;
}
