/**
 * Finds the plan's calendar for one sync run, or says why the run stops (the decisions are the core's,
 * core/sync/calendar-identity.ts): read the records, list the calendar's events of this plan; on a 404,
 * confirm with Calendars.get before believing it (a calendar that answers is listed once more; a one-off
 * 404 never makes a new calendar); a calendar confirmed out of reach is replaced only for its creator and
 * only after they said yes; anyone else is told who owns it. Creates the calendar on the plan's first
 * sync, with the plan's marker in its description, and records it in every place (records the run found
 * missing or stale are written again, so lost document properties heal on the next sync). A copied plan
 * whose original had a calendar (core/sync/copy-identity.ts) asks first: its own calendar, or nothing.
 */
import { type Lang, localize } from "../../core/i18n";
import type { PlanOrigin } from "../../core/install/plan-marker";
import {
  type CalendarRecord,
  calendarMarker,
  chooseRecord,
  isCreator,
  onConfirmedMissing,
  staleRecords,
} from "../../core/sync/calendar-identity";
import { asksBeforeOwnCalendar, COPY_MESSAGES } from "../../core/sync/copy-identity";
import { IDENTITY_MESSAGES } from "../../core/sync/identity-messages";
import type { ListedEvent } from "../../core/sync/plan-sync";
import type { SheetMetadata } from "../plan-marker";
import {
  CalendarCallError,
  calendarAnswers,
  createCalendar,
  type Deadline,
  listPlanEvents,
} from "./calendar-client";
import { currentEmail, readRecords, writeRecords } from "./calendar-records";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ResolveInput {
  planId: string;
  /** The spreadsheet the plan lives in (records naming another are a copy's memory of the original). */
  spreadsheetId: string;
  /** What the plan was copied from, when it is a copy (plan-marker.ts). */
  origin: PlanOrigin | null;
  sheet: Sheet;
  metadata: SheetMetadata;
  documentProperties: Record<string, string>;
  stateCalendarId: string | null;
  mode: "apply" | "preview";
  /** The creator answered yes to "create a new one?" for a calendar confirmed gone. */
  confirmNewCalendar: boolean;
  name: string;
  timeZone: string;
  lang: Lang;
  deadline: Deadline;
}

export type Resolution =
  | {
      kind: "ready";
      /** null only in a preview of a first sync (or of a replacement): nothing exists yet. */
      calendarId: string | null;
      owner: string;
      events: ListedEvent[];
      /** A calendar confirmed gone is (or, in a preview, would be) replaced. */
      replaced: boolean;
    }
  | {
      kind: "stop";
      status: "needsNewCalendar" | "error" | "failed";
      message: string;
      owner: string;
      /** The question is a copy's, before its first calendar (not a lost calendar's). */
      copy?: boolean;
    }
  | { kind: "failed"; error: unknown };

function isMissing(error: unknown): boolean {
  return error instanceof CalendarCallError && (error.kind === "notFound" || error.kind === "gone");
}

function ownerName(owner: string, lang: Lang): string {
  return owner || localize(lang, IDENTITY_MESSAGES.ownerUnknown);
}

export function resolveCalendar(input: ResolveInput): Resolution {
  const { planId, lang, deadline } = input;
  const sources = readRecords(
    planId,
    input.metadata,
    input.documentProperties,
    input.stateCalendarId,
    input.spreadsheetId,
  );
  const email = currentEmail();
  // The chosen record now names this spreadsheet (a copy of it, so that records without one are healed).
  const chosen = chooseRecord(planId, sources);
  const record: CalendarRecord | null = chosen ? { ...chosen, spreadsheetId: input.spreadsheetId } : null;
  const heal = (found: CalendarRecord, mine: boolean) => {
    if (input.mode !== "apply") return;
    const stale = staleRecords(found, sources, mine);
    if (stale.document || stale.sheet || stale.mine) writeRecords(found, stale, input.sheet, input.metadata);
  };
  const create = (replaced: boolean): Resolution => {
    if (input.mode === "preview")
      return { kind: "ready", calendarId: null, owner: email, events: [], replaced };
    try {
      const calendarId = createCalendar(input.name, input.timeZone, calendarMarker(planId), deadline);
      const made: CalendarRecord = { planId, calendarId, owner: email, spreadsheetId: input.spreadsheetId };
      // The creator's own memory first: if the document cannot be saved, the next run still finds it.
      writeRecords(made, { mine: true, sheet: true, document: true }, input.sheet, input.metadata);
      return { kind: "ready", calendarId, owner: email, events: [], replaced };
    } catch (error) {
      return { kind: "failed", error };
    }
  };

  if (!record) {
    // A copy of a synced plan: its own calendar, only once someone said yes (the preview shows it).
    if (asksBeforeOwnCalendar(input.origin) && !input.confirmNewCalendar && input.mode === "apply") {
      const owner = input.origin?.owner || localize(lang, COPY_MESSAGES.ownerUnknown);
      const message = localize(lang, COPY_MESSAGES.askOwnCalendar, { owner, name: input.name });
      return { kind: "stop", status: "needsNewCalendar", message, owner: "", copy: true };
    }
    return create(false);
  }
  if (!record.owner && sources.createdByMe === record.calendarId) record.owner = email;
  try {
    let events: ListedEvent[] | null = null;
    try {
      events = listPlanEvents(record.calendarId, planId, deadline);
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
    if (events === null && calendarAnswers(record.calendarId, deadline)) {
      // The calendar is there: the 404 was a one-off. One more listing, then stop without creating.
      try {
        events = listPlanEvents(record.calendarId, planId, deadline);
      } catch (error) {
        if (!isMissing(error)) throw error;
        const message = localize(lang, IDENTITY_MESSAGES.notAnswering, { name: input.name });
        return { kind: "stop", status: "failed", message, owner: record.owner };
      }
    }
    if (events !== null) {
      heal(record, sources.createdByMe === record.calendarId || isCreator(record, email, null));
      return { kind: "ready", calendarId: record.calendarId, owner: record.owner, events, replaced: false };
    }
  } catch (error) {
    return { kind: "failed", error };
  }

  // Listing and Calendars.get both answered 404: gone, or out of this person's reach.
  const creator = isCreator(record, email, sources.createdByMe);
  const decision = onConfirmedMissing(creator, input.confirmNewCalendar || input.mode === "preview");
  if (decision === "notReachable") {
    const owner = ownerName(record.owner, lang);
    return {
      kind: "stop",
      status: "error",
      message: localize(lang, IDENTITY_MESSAGES.notReachable, { owner }),
      owner: record.owner,
    };
  }
  if (decision === "askNewCalendar")
    return {
      kind: "stop",
      status: "needsNewCalendar",
      message: localize(lang, IDENTITY_MESSAGES.askNewCalendarDetail, { name: input.name }),
      owner: record.owner,
    };
  return create(true);
}
