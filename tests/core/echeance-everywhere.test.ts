/**
 * One reading everywhere (issue 21): the import preview marks a phrase with two readings « à préciser »
 * (and shows a start as Début → the Période's end), the days the sheet fills are the parser's, and a
 * recurrence bounded by months or on the 31st gives the same days whether read by the add-on's own rule
 * (ruleNamesDay, firstOccurrence) or expanded from its RRULE by ical.js, the iCalendar library the .ics
 * export is checked with.
 */
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { parseEcheance } from "../../src/core/echeance";
import {
  firstOccurrence,
  readRecurrenceRule,
  rruleLine,
  ruleNamesDay,
} from "../../src/core/echeance/recurrence-rule";
import { describeDeadline } from "../../src/core/import/import-preview";
import { rowSpan } from "../../src/core/plan/fill-dates";

const SEPT = { start: "2025-09-01", end: "2026-08-31" };
const TODAY = "2025-09-10";

describe("the import preview reads as the sheet does", () => {
  it("marks phrases with two readings « à préciser », in both languages", () => {
    for (const text of ["T3", "Q1", "reste de l'année", "d'ici la fin de l'année"]) {
      expect(describeDeadline(text, SEPT, TODAY, "fr")).toEqual({
        deadline: "à préciser",
        understood: false,
      });
      expect(describeDeadline(text, SEPT, TODAY, "en")).toEqual({
        deadline: "to be clarified",
        understood: false,
      });
    }
    // a contradiction is not « à préciser »: it is not understood, and validation says why
    expect(describeDeadline("mardi 13 mai", SEPT, TODAY, "fr")).toEqual({
      deadline: "non compris",
      understood: false,
    });
  });

  it("shows a start as Début → the Période's end, and a committee year as its months", () => {
    expect(describeDeadline("à partir de mai", SEPT, TODAY, "fr").deadline).toBe("01/05/2026 – 31/08/2026");
    expect(describeDeadline("2025-2026", SEPT, TODAY, "fr").deadline).toBe("01/09/2025 – 31/08/2026");
  });

  it("fills Début and Échéance with nothing for an ambiguous or contradictory phrase", () => {
    for (const text of ["T3", "mardi 13 mai", "l'an prochain", "toute l'année"]) {
      const parsed = parseEcheance(text, {
        period: { start: "2025-09-01", end: "2028-08-31" },
        reference: TODAY,
      });
      expect(rowSpan(parsed, true), text).toBeNull();
    }
  });
});

/** Every day ical.js gives for `rule` from `start` up to `until`. */
function expanded(rule: string, start: string): string[] {
  const recur = ICAL.Recur.fromString(rule.replace(/^RRULE:/, ""));
  const iterator = recur.iterator(ICAL.Time.fromDateString(start));
  const days: string[] = [];
  for (let next = iterator.next(); next && days.length < 400; next = iterator.next())
    days.push(next.toString().slice(0, 10));
  return days;
}

function everyDay(from: string, until: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${until}T00:00:00Z`); t += 86400000)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

describe("recurrences: the rule and the RRULE agree", () => {
  it.each([
    "tous les jeudis de septembre à juin",
    "chaque lundi en mars",
    "le 31 de chaque mois",
    "le dernier jour de chaque mois",
    "le 15 de chaque mois d'octobre à mai",
    "every Thursday from September to June",
    "chaque premier lundi du mois de septembre à juin",
  ])("%s", (text) => {
    const rule = readRecurrenceRule(text)!;
    expect(rule, text).not.toBeNull();
    const first = firstOccurrence(rule, SEPT.start, SEPT.end)!;
    const ours = everyDay(SEPT.start, SEPT.end).filter((day) => ruleNamesDay(rule, day));
    expect(ours[0]).toBe(first);
    expect(expanded(rruleLine(rule, SEPT.end), first)).toEqual(ours);
  });

  it("bounds weekly meetings by the months named, and puts the 31st on the last day of shorter months", () => {
    const thursdays = expanded(
      rruleLine(readRecurrenceRule("tous les jeudis de septembre à juin")!, SEPT.end),
      "2025-09-04",
    );
    expect(thursdays.some((day) => day.slice(5, 7) === "07" || day.slice(5, 7) === "08")).toBe(false);
    expect(thursdays).toHaveLength(43);
    const lastDays = expanded(rruleLine(readRecurrenceRule("le 31 de chaque mois")!, SEPT.end), "2025-09-30");
    expect(lastDays).toHaveLength(12);
    expect(lastDays).toContain("2026-02-28");
    expect(lastDays).toContain("2025-11-30");
    expect(lastDays).toContain("2026-01-31");
  });
});
