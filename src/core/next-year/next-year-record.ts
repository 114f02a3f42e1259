/**
 * The record a next year's plan keeps of where it comes from (developer metadata on its sheet, key
 * NEXT_YEAR_METADATA_KEY): the plan id it continues, its Période, and the row keys of the actions it
 * took over. A second request for the same plan and Période finds it and opens it instead of making
 * another; the actions it took over are shown as such when next year is prepared again.
 */

export const NEXT_YEAR_METADATA_KEY = "planDaction.nextYearOf";

export interface NextYearRecord {
  planId: string;
  start: string;
  end: string;
  keys: string[];
}

export function nextYearRecordValue(record: NextYearRecord): string {
  return JSON.stringify(record);
}

/** The record in `value`, or null when it is not one. */
export function parseNextYearRecord(value: string | null | undefined): NextYearRecord | null {
  try {
    const parsed = JSON.parse(String(value ?? "")) as Partial<NextYearRecord> | null;
    if (!parsed || typeof parsed.planId !== "string" || parsed.planId === "") return null;
    if (typeof parsed.start !== "string" || typeof parsed.end !== "string") return null;
    const keys = Array.isArray(parsed.keys) ? parsed.keys.filter((key) => typeof key === "string") : [];
    return { planId: parsed.planId, start: parsed.start, end: parsed.end, keys };
  } catch {
    return null;
  }
}

/** Whether `record` continues `planId` over exactly `period`. */
export function continuesOver(
  record: NextYearRecord,
  planId: string,
  period: { start: string; end: string },
): boolean {
  return record.planId === planId && record.start === period.start && record.end === period.end;
}
