import { describe, expect, it } from "vitest";
import { formatDate } from "../../../src/local/emulator/utilities.ts";
import { instantToSerial, serialToInstant } from "../../../src/local/emulator/values.ts";
import { setup } from "./helpers.ts";

const TZ = "America/Toronto";

function localDay(d: unknown, tz = TZ): string {
  return formatDate(d as Date, tz, "yyyy-MM-dd HH:mm:ss");
}

describe("dates in the spreadsheet's time zone", () => {
  it("reads ISO dates back as local midnight, across both DST changes and New Year", () => {
    const { g } = setup();
    const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    const days = ["2021-03-14", "2021-11-07", "2021-12-31", "2022-01-01"];
    sheet.getRange(1, 1, days.length, 1).setValues(days.map((d) => [d]));
    const back = sheet
      .getRange(1, 1, days.length, 1)
      .getValues()
      .map((r) => r[0] as Date);
    expect(back.map((d) => localDay(d))).toEqual(days.map((d) => `${d} 00:00:00`));
    expect(back[0]!.toISOString()).toBe("2021-03-14T05:00:00.000Z");
    expect(back[1]!.toISOString()).toBe("2021-11-07T04:00:00.000Z");
    expect(
      sheet
        .getRange(1, 1, days.length, 1)
        .getDisplayValues()
        .map((r) => r[0]),
    ).toEqual(days);
  });

  it("writes a Date by its wall clock in the spreadsheet's zone and reads the same instant back", () => {
    const { g } = setup();
    const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    const instants = [
      "2021-03-14T05:00:00Z", // local midnight, the day clocks spring forward
      "2021-03-14T07:30:00Z", // 03:30 EDT, just after the jump
      "2021-11-07T04:00:00Z", // local midnight, the day clocks fall back
      "2021-11-07T07:00:00Z", // 02:00 EST, after the fall-back
      "2022-01-01T04:59:59Z", // 23:59:59 on New Year's Eve
    ].map((s) => new Date(s));
    sheet.getRange(1, 1, instants.length, 1).setValues(instants.map((d) => [d]));
    const back = sheet
      .getRange(1, 1, instants.length, 1)
      .getValues()
      .map((r) => (r[0] as Date).toISOString());
    expect(back).toEqual(instants.map((d) => d.toISOString()));
    expect(sheet.getRange("A5").getDisplayValue()).toBe("2021-12-31 23:59:59");
    expect(sheet.getRange("A1").getDisplayValue()).toBe("2021-03-14");
  });

  it("reads the same cell as a different instant after the spreadsheet's zone changes", () => {
    const { g } = setup();
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    ss.getActiveSheet().getRange("A1").setValue("2021-07-01");
    ss.setSpreadsheetTimeZone("Europe/Paris");
    expect((ss.getActiveSheet().getRange("A1").getValue() as Date).toISOString()).toBe(
      "2021-06-30T22:00:00.000Z",
    );
    expect(() => ss.setSpreadsheetTimeZone("Mars/Olympus")).toThrow();
  });

  it("converts serials with the Sheets epoch", () => {
    expect(instantToSerial(Date.parse("1899-12-30T00:00:00Z"), "UTC")).toBe(0);
    expect(instantToSerial(Date.parse("2021-03-14T05:00:00Z"), TZ)).toBe(44269);
    expect(new Date(serialToInstant(44269.5, TZ)).toISOString()).toBe("2021-03-14T16:00:00.000Z");
  });

  it("treats a number in a date-formatted cell as a date", () => {
    const { g } = setup();
    const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    sheet.getRange("A1").setValue(44269).setNumberFormat("dd/mm/yyyy");
    expect(localDay(sheet.getRange("A1").getValue())).toBe("2021-03-14 00:00:00");
    expect(sheet.getRange("A1").getDisplayValue()).toBe("14/03/2021");
  });
});

describe("Utilities.formatDate", () => {
  it("formats Java patterns in a zone", () => {
    const { g } = setup();
    const d = new Date("2021-03-14T07:30:05.042Z");
    expect(g.Utilities.formatDate(d, TZ, "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe("2021-03-14T03:30:05-04:00");
    expect(g.Utilities.formatDate(d, TZ, "EEE d MMMM yy, h:mm a Z z")).toBe(
      "Sun 14 March 21, 3:30 AM -0400 EDT",
    );
    expect(g.Utilities.formatDate(d, "UTC", "yyyy-MM-dd HH:mm:ss.SSS X")).toBe("2021-03-14 07:30:05.042 Z");
    expect(g.Utilities.formatDate(d, "GMT+1", "HH:mm 'o''clock'")).toBe("08:30 o'clock");
    expect(g.Utilities.formatDate(new Date("2021-01-01T12:00:00Z"), "Asia/Tokyo", "EEEE D")).toBe("Friday 1");
  });
});
