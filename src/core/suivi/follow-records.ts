/**
 * What was last sent to each person, so the suivi never sends twice: one document property per person
 * and plan sheet, `planDaction.suivi.<sheet id>.<address>` = {"day":"2026-01-15","hash":"…"}, read with
 * one getProperties and written with one setProperties (no cap a large committee could reach). A second
 * send the same day to someone whose list has not changed sends nothing.
 */
export const FOLLOW_RECORD_PREFIX = "planDaction.suivi.";

export interface FollowRecord {
  day: string;
  hash: string;
}

export function followRecordKey(sheetId: number, email: string): string {
  return `${FOLLOW_RECORD_PREFIX}${sheetId}.${email.toLowerCase()}`;
}

export function parseFollowRecord(text: string | undefined | null): FollowRecord | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<FollowRecord>;
    return typeof value.day === "string" && typeof value.hash === "string"
      ? { day: value.day, hash: value.hash }
      : null;
  } catch (_error) {
    return null;
  }
}

export function serializeFollowRecord(record: FollowRecord): string {
  return JSON.stringify({ day: record.day, hash: record.hash });
}

/** Sent today with the same content: nothing to send. */
export function alreadySent(record: FollowRecord | null, today: string, hash: string): boolean {
  return record !== null && record.day === today && record.hash === hash;
}
