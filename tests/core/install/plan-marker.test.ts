/**
 * The plan marker names its spreadsheet: a marker of another sheet or another spreadsheet is a copy's,
 * whose plan id is derived (the same for everyone, different per copy); an earlier version's marker (no
 * spreadsheet id) is adopted. Calendar records and the creator's memory name their spreadsheet too.
 */
import { describe, expect, it } from "vitest";
import {
  copyKind,
  copyPlanId,
  markerFitsSheet,
  markerToAdopt,
  planMarkerValue,
  readPlanMarker,
} from "../../../src/core/install/plan-marker";
import {
  orphanRecords,
  readCreated,
  readRecord,
  recordValue,
  withCreated,
} from "../../../src/core/sync/calendar-identity";
import { copyCalendarName } from "../../../src/core/sync/copy-identity";

const ORIGINAL = "1OriginalSpreadsheet";
const COPY = "1CopySpreadsheet";

describe("the plan marker", () => {
  it("reads back what it writes, origin included", () => {
    const origin = { kind: "workbook" as const, planId: "abcdef0123", calendarId: "cal@x", owner: "a@b" };
    const marker = readPlanMarker(planMarkerValue("0123456789abcdef", 7, COPY, origin));
    expect(marker).toEqual({ planId: "0123456789abcdef", sheetId: 7, spreadsheetId: COPY, origin });
    expect(readPlanMarker(planMarkerValue("0123456789abcdef", 7, COPY))?.origin).toBeNull();
  });

  it("fits only its own sheet of its own spreadsheet; an earlier version's marker fits and is adopted", () => {
    const own = readPlanMarker(planMarkerValue("0123456789abcdef", 7, ORIGINAL))!;
    expect(markerFitsSheet(own, 7, ORIGINAL)).toBe(true);
    expect(markerFitsSheet(own, 7, COPY)).toBe(false);
    expect(markerFitsSheet(own, 8, ORIGINAL)).toBe(false);
    expect(markerToAdopt(own, 7, ORIGINAL)).toBe(false);
    const old = readPlanMarker(JSON.stringify({ planId: "0123456789abcdef", sheetId: 7 }))!;
    expect(old.spreadsheetId).toBeNull();
    expect(markerFitsSheet(old, 7, COPY)).toBe(true);
    expect(markerToAdopt(old, 7, COPY)).toBe(true);
    expect(markerFitsSheet(old, 8, COPY)).toBe(false);
  });

  it("derives a copy's plan id: the same for everyone, one per copy and per sheet, a valid id", () => {
    const own = readPlanMarker(planMarkerValue("0123456789abcdef", 7, ORIGINAL))!;
    const id = copyPlanId(own, 7, COPY);
    expect(id).toMatch(/^[0-9a-v]{16}$/);
    expect(copyPlanId(own, 7, COPY)).toBe(id);
    expect(copyPlanId(own, 7, "1AnotherCopy")).not.toBe(id);
    expect(copyPlanId(own, 9, ORIGINAL)).not.toBe(id);
    expect(id).not.toBe(own.planId);
    expect(copyKind(own, COPY)).toBe("workbook");
    expect(copyKind(own, ORIGINAL)).toBe("sheet");
  });
});

describe("records naming their spreadsheet", () => {
  it("reads a record of this spreadsheet or of an earlier version; not one naming another", () => {
    const value = recordValue({ planId: "abcde", calendarId: "cal", owner: "o", spreadsheetId: ORIGINAL });
    expect(readRecord(value, "abcde", ORIGINAL)?.calendarId).toBe("cal");
    expect(readRecord(value, "abcde", COPY)).toBeNull();
    expect(readRecord(JSON.stringify({ p: "abcde", c: "cal", o: "" }), "abcde", COPY)?.calendarId).toBe(
      "cal",
    );
    expect(orphanRecords([["abcde", value]], [], COPY)).toEqual([]);
    expect(orphanRecords([["abcde", value]], [], ORIGINAL)).toHaveLength(1);
  });

  it("keeps the creator's memory per spreadsheet, reading the earlier plain form", () => {
    let memory = withCreated(JSON.stringify({ old: "cal0" }), "abcde", "cal1", ORIGINAL);
    memory = withCreated(memory, "fghij", "cal2", COPY);
    expect(readCreated(memory, ORIGINAL)).toEqual({ old: "cal0", abcde: "cal1" });
    expect(readCreated(memory, COPY)).toEqual({ old: "cal0", fghij: "cal2" });
    expect(readCreated(memory)).toEqual({ old: "cal0", abcde: "cal1", fghij: "cal2" });
  });
});

describe("a copy's calendar name", () => {
  it("is told apart by the workbook's or the sheet's name only when the original had a calendar", () => {
    const base = "Plan d'action — Comité";
    const where = { workbook: "Copie de Plan 2026", sheet: "Copie de Plan d'action" };
    const origin = { kind: "workbook" as const, planId: "abcde", calendarId: "cal", owner: "" };
    expect(copyCalendarName(base, origin, where)).toBe("Plan d'action — Comité (Copie de Plan 2026)");
    expect(copyCalendarName(base, { ...origin, kind: "sheet" }, where)).toBe(
      "Plan d'action — Comité (Copie de Plan d'action)",
    );
    expect(copyCalendarName(base, { ...origin, calendarId: "" }, where)).toBe(base);
    expect(copyCalendarName(base, null, where)).toBe(base);
  });
});
