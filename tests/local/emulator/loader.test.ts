import { describe, expect, it } from "vitest";
import { createEmulator } from "../../../src/local/emulator/index.ts";
import { loadAddon } from "../../../src/local/loader.ts";

const CODE = `
var BUNDLE = (function () { return { greet: function (n) { return "Bonjour " + n; } }; })();
function onOpen(e) {
  SpreadsheetApp.getUi().createAddonMenu().addItem("Installer", "installTemplate").addToUi();
}
function installTemplate() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().insertSheet("Plan d'action");
  sheet.getRange(1, 1, 1, 2).setValues([["Objectifs", new Date(2021, 2, 14)]]);
  return sheet.getName();
}
function globalsSeen() {
  return {
    require: typeof require, process: typeof process, setTimeout: typeof setTimeout, setInterval: typeof setInterval,
    fetch: typeof fetch, URL: typeof URL, TextEncoder: typeof TextEncoder, TextDecoder: typeof TextDecoder,
    atob: typeof atob, btoa: typeof btoa, Buffer: typeof Buffer, structuredClone: typeof structuredClone,
    queueMicrotask: typeof queueMicrotask, SpreadsheetApp: typeof SpreadsheetApp, console: typeof console, JSON: typeof JSON,
  };
}
function now() { return [Date.now(), new Date().getTime(), Object.prototype.toString.call(new Date()), new Date(0).getTime(), new Date() instanceof Date]; }
function greet(n) { return BUNDLE.greet(n); }
function readBack() { return SpreadsheetApp.getActive().getSheetByName("Plan d'action").getRange("B1").getValue(); }
function isDate(v) { return Object.prototype.toString.call(v) === "[object Date]"; }
`;

describe("loadAddon", () => {
  it("lists top-level functions and calls them with the emulator's services", () => {
    const emulator = createEmulator();
    const addon = loadAddon(emulator, { code: CODE });
    expect(addon.names.sort()).toEqual([
      "globalsSeen",
      "greet",
      "installTemplate",
      "isDate",
      "now",
      "onOpen",
      "readBack",
    ]);
    addon.call("onOpen", { authMode: "FULL" });
    expect(emulator.ui.menus[0]!.items).toEqual([{ caption: "Installer", functionName: "installTemplate" }]);
    expect(addon.call("installTemplate")).toBe("Plan d'action");
    expect(addon.call("greet", "comité")).toBe("Bonjour comité");
    expect(() => addon.call("absent")).toThrow("Script function not found: absent");
    expect(emulator.calls.count("SpreadsheetApp.Range.setValues")).toBe(1);
  });

  it("exposes no Node or web globals", () => {
    const addon = loadAddon(createEmulator(), { code: CODE });
    const seen = addon.call<Record<string, string>>("globalsSeen");
    const { SpreadsheetApp, console, JSON: json, ...forbidden } = seen;
    for (const [name, type] of Object.entries(forbidden)) expect([name, type]).toEqual([name, "undefined"]);
    expect([SpreadsheetApp, console, json]).toEqual(["object", "object", "object"]);
  });

  it("runs Date on the virtual clock and accepts context Dates in cells", () => {
    const emulator = createEmulator({ now: "2026-01-15T14:00:00Z" });
    const addon = loadAddon(emulator, { code: CODE });
    const t = Date.parse("2026-01-15T14:00:00Z");
    expect(addon.call("now")).toEqual([t, t, "[object Date]", 0, true]);
    emulator.clock.advance(60_000);
    expect(addon.call<number[]>("now")[0]).toBe(t + 60_000);
    emulator.clock.set("2030-06-01T00:00:00Z");
    expect(addon.call<number[]>("now")[1]).toBe(Date.parse("2030-06-01T00:00:00Z"));

    addon.call("installTemplate");
    const back = addon.call("readBack");
    expect(addon.call("isDate", back)).toBe(true);
    // new Date(2021, 2, 14) in the context is local midnight of the host zone; the sheet keeps its wall clock.
    expect(emulator.spreadsheet.getSheetByName("Plan d'action")!.getRange("B1").getDisplayValue()).toMatch(
      /^2021-03-1[34]/,
    );
  });

  it("gives the context's Date the script's time zone, as Apps Script does", () => {
    const emulator = createEmulator({ scriptTimeZone: "America/Toronto", now: "2021-03-14T12:00:00Z" });
    const addon = loadAddon(emulator, {
      code: `
      function probe() {
        var midnight = new Date(2021, 2, 14);
        var moved = new Date(2021, 2, 13); moved.setDate(14);
        var noon = new Date("2021-03-14T12:00:00Z");
        return {
          midnight: midnight.toISOString(),
          parts: [noon.getFullYear(), noon.getMonth(), noon.getDate(), noon.getDay(), noon.getHours(), noon.getMinutes()],
          offsets: [midnight.getTimezoneOffset(), noon.getTimezoneOffset()],
          moved: moved.toISOString(),
          isoDay: new Date("2021-03-14").toISOString(),
          localString: new Date("2021-03-14T10:00").toISOString(),
          parsed: Date.parse("2021-03-14T10:00:00-04:00"),
          text: midnight.toString(),
          day: midnight.toDateString(),
          nowText: Date(),
          twoDigitYear: new Date(99, 0, 1).getFullYear(),
          invalid: String(new Date("n'importe quoi")),
          copy: new Date(midnight).getTime() === midnight.getTime(),
          locale: noon.toLocaleTimeString("en-US"),
        };
      }
      function writeAndRead() {
        var sheet = SpreadsheetApp.getActiveSheet();
        sheet.getRange("A1").setValue(new Date(2021, 10, 7));
        var back = sheet.getRange("A1").getValues()[0][0];
        return [back instanceof Date, back.getDate(), back.getHours(), sheet.getRange("A1").getDisplayValue()];
      }`,
    });
    expect(addon.call("probe")).toEqual({
      midnight: "2021-03-14T05:00:00.000Z",
      parts: [2021, 2, 14, 0, 8, 0],
      offsets: [300, 240],
      moved: "2021-03-14T05:00:00.000Z",
      isoDay: "2021-03-14T00:00:00.000Z",
      localString: "2021-03-14T14:00:00.000Z",
      parsed: Date.parse("2021-03-14T14:00:00Z"),
      text: "Sun Mar 14 2021 00:00:00 GMT-0500 (Eastern Standard Time)",
      day: "Sun Mar 14 2021",
      nowText: "Sun Mar 14 2021 08:00:00 GMT-0400 (Eastern Daylight Time)",
      twoDigitYear: 1999,
      invalid: "Invalid Date",
      copy: true,
      locale: "8:00:00 AM",
    });
    expect(addon.call("writeAndRead")).toEqual([true, 7, 0, "2021-11-07"]);
    // The raw handle still gives host Dates.
    const raw = emulator.spreadsheet.getActiveSheet().getRange("A1").getValue();
    expect(raw).toBeInstanceOf(Date);
  });
});
