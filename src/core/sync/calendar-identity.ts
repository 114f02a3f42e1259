/**
 * Which calendar is the plan's, decided from several records so that no single loss or one-off error
 * makes a second calendar. The edge keeps a record `{ planId, calendarId, owner }` in three places —
 * the document's properties, developer metadata on the plan sheet, and the creator's own user
 * properties (which remember every calendar they created, per plan) — and the calendar's description
 * carries the plan's marker. This module only reads and writes those values and decides:
 *
 * - the calendar is the first record found (document, sheet, sync state, creator's memory);
 * - a 404 on the listing is confirmed with Calendars.get before anything else: a calendar that answers
 *   is not lost; one that does not is "confirmed gone" only for its creator (the recorded owner, or whoever
 *   remembers creating it) — anyone else simply cannot reach it, and is told who owns it;
 * - a new calendar is made only on the plan's first sync, or after a confirmed loss when its creator says
 *   yes.
 *
 * Every record names the spreadsheet it was written in (`s`): a record naming another spreadsheet is a
 * copied workbook's memory of the original (document properties may follow a copy) and is never this
 * plan's, nor offered to it. Records written before (no `s`) are this workbook's, and get `s` when healed.
 */

export interface CalendarRecord {
  planId: string;
  calendarId: string;
  /** The email of the person whose account owns the calendar ("" when it could not be read). */
  owner: string;
  /** The spreadsheet the record was written in (absent in records of earlier versions). */
  spreadsheetId?: string;
}

/** The marker written into the calendar's description: ties it to its plan without any other lookup. */
export function calendarMarker(planId: string): string {
  return `[plan-daction:${planId}]`;
}

/** The planId a calendar description carries, or null. */
export function planIdInDescription(description: string | null | undefined): string | null {
  const match = /\[plan-daction:([0-9a-v]{5,64})\]/.exec(description ?? "");
  return match ? match[1] : null;
}

export function recordValue(record: CalendarRecord): string {
  return JSON.stringify({
    p: record.planId,
    c: record.calendarId,
    o: record.owner,
    ...(record.spreadsheetId ? { s: record.spreadsheetId } : {}),
  });
}

/** True when a record's spreadsheet (`s`, possibly absent) is not `spreadsheetId`. */
function namesAnother(s: unknown, spreadsheetId: string | undefined): boolean {
  return spreadsheetId !== undefined && typeof s === "string" && s !== "" && s !== spreadsheetId;
}

/**
 * A record read back, or null when the value is missing, damaged, another plan's, or (given
 * `spreadsheetId`) written in another spreadsheet.
 */
export function readRecord(
  value: string | null | undefined,
  planId: string,
  spreadsheetId?: string,
): CalendarRecord | null {
  if (!value) return null;
  try {
    const data = JSON.parse(value);
    if (!data || data.p !== planId || typeof data.c !== "string" || !data.c) return null;
    if (namesAnother(data.s, spreadsheetId)) return null;
    const record: CalendarRecord = {
      planId,
      calendarId: data.c,
      owner: typeof data.o === "string" ? data.o : "",
    };
    if (typeof data.s === "string" && data.s) record.spreadsheetId = data.s;
    return record;
  } catch (_error) {
    return null;
  }
}

/**
 * The creator's memory: plan id → calendar id, as one user-property value (`{ planId: { c, s } }`, or a
 * plain calendar id in earlier versions). Given `spreadsheetId`, entries written in another spreadsheet
 * are left out.
 */
export function readCreated(
  value: string | null | undefined,
  spreadsheetId?: string,
): Record<string, string> {
  try {
    const data = JSON.parse(value ?? "{}");
    const out: Record<string, string> = {};
    if (data && typeof data === "object" && !Array.isArray(data))
      for (const [planId, entry] of Object.entries(data)) {
        if (typeof entry === "string") out[planId] = entry;
        else if (entry && typeof entry === "object") {
          const { c, s } = entry as { c?: unknown; s?: unknown };
          if (typeof c === "string" && c && !namesAnother(s, spreadsheetId)) out[planId] = c;
        }
      }
    return out;
  } catch (_error) {
    return {};
  }
}

/** The memory with `planId` → `calendarId` (written in `spreadsheetId`) added or replaced; others kept. */
export function withCreated(
  value: string | null | undefined,
  planId: string,
  calendarId: string,
  spreadsheetId = "",
): string {
  let data: Record<string, unknown> = {};
  try {
    const parsed = JSON.parse(value ?? "{}");
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) data = parsed;
  } catch (_error) {
    data = {};
  }
  data[planId] = spreadsheetId ? { c: calendarId, s: spreadsheetId } : calendarId;
  return JSON.stringify(data);
}

export interface RecordSources {
  document: CalendarRecord | null;
  sheet: CalendarRecord | null;
  /** The calendar id in the sync state (older versions kept it only there). */
  stateCalendarId: string | null;
  /** The calendar the current person remembers creating for this plan. */
  createdByMe: string | null;
}

/** The plan's calendar from the first record that has one, or null on the plan's first sync. */
export function chooseRecord(planId: string, sources: RecordSources): CalendarRecord | null {
  if (sources.document) return sources.document;
  if (sources.sheet) return sources.sheet;
  if (sources.stateCalendarId) return { planId, calendarId: sources.stateCalendarId, owner: "" };
  if (sources.createdByMe) return { planId, calendarId: sources.createdByMe, owner: "" };
  return null;
}

/** True when the current person created the recorded calendar (by email, or by their own memory). */
export function isCreator(record: CalendarRecord, email: string, createdByMe: string | null): boolean {
  if (createdByMe === record.calendarId) return true;
  return email !== "" && record.owner !== "" && email.toLowerCase() === record.owner.toLowerCase();
}

/** What to do when the listing and Calendars.get both answered 404. */
export type MissingDecision = "askNewCalendar" | "createNewCalendar" | "notReachable";

export function onConfirmedMissing(creator: boolean, confirmedByUser: boolean): MissingDecision {
  if (!creator) return "notReachable";
  return confirmedByUser ? "createNewCalendar" : "askNewCalendar";
}

/** Which records need writing again (missing or pointing elsewhere) once the calendar is known. */
export function staleRecords(
  record: CalendarRecord,
  sources: RecordSources,
  isMine: boolean,
): { document: boolean; sheet: boolean; mine: boolean } {
  const same = (r: CalendarRecord | null) =>
    !!r &&
    r.calendarId === record.calendarId &&
    r.owner === record.owner &&
    (r.spreadsheetId ?? "") === (record.spreadsheetId ?? "");
  return {
    document: !same(sources.document),
    sheet: !same(sources.sheet),
    mine: isMine && sources.createdByMe !== record.calendarId,
  };
}

/**
 * Records of plans whose sheet is gone (deleted, then the template installed again): `entries` are the
 * document's [planId, value] records, `livePlanIds` the plans that still have a sheet. Their calendar can
 * be offered to the new plan instead of making a second one with the same name. Records naming another
 * spreadsheet (a copy's memory of the original's plans) are not orphans of this one.
 */
export function orphanRecords(
  entries: Array<[string, string]>,
  livePlanIds: string[],
  spreadsheetId?: string,
): CalendarRecord[] {
  const out: CalendarRecord[] = [];
  for (const [planId, value] of entries) {
    if (livePlanIds.indexOf(planId) >= 0) continue;
    // A copied workbook's records of the original's plans are never offered: they are not this one's.
    const record = readRecord(value, planId, spreadsheetId);
    if (record) out.push(record);
  }
  return out;
}

/** The plans whose events a reused calendar still holds (to remove at the next sync), as stored. */
export function readPreviousPlans(value: string | null | undefined): string[] {
  try {
    const data = JSON.parse(value ?? "[]");
    return Array.isArray(data) ? data.filter((id): id is string => typeof id === "string") : [];
  } catch (_error) {
    return [];
  }
}
