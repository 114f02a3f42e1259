/**
 * French typography on every surface the server shows, through dist/Code.js: a tour of the menu in
 * French and in English (install, install again, validate, colours with and without a plan, sync and
 * its preview, sharing the calendar, the sidebar, import) collects every alert, prompt, toast, dialog and sidebar title and
 * every note in the workbook. In French, none has a breakable space before « : ; ! ? » or inside
 * « guillemets »; in English, none gets French spacing. And the shipped message catalogue itself
 * (every { fr, en } pair in dist/Code.js) follows each language's rules, so the typesetting has
 * something right to work on.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as acorn from "acorn";
import { describe, expect, it } from "vitest";
import { type Harness, installTemplate, planSheet, REPO, seedText, startAddon } from "../support/addon";

const BREAKABLE = /[ \t][:;!?»]|«[ \t]/;

/** Everything a person read during the tour. */
function shownTexts(harness: Harness): string[] {
  const ui = harness.emulator.ui;
  const notes = harness.emulator.spreadsheet
    .getSheets()
    .flatMap((sheet) => sheet.getDataRange().getNotes().flat())
    .filter((note) => note !== "");
  return [
    ...ui.alerts.flatMap((a) => [a.title ?? "", a.message]),
    ...ui.prompts.flatMap((p) => [p.title ?? "", p.message]),
    ...ui.toasts.flatMap((t) => [t.title, t.message]),
    ...ui.dialogs.map((d) => d.dialogTitle),
    ...ui.sidebars.map((s) => s.title),
    ...notes,
  ].filter((text) => text !== "");
}

function tour(locale: string): Harness {
  const harness = startAddon({ locale, now: "2026-03-15T15:00:00Z" });
  const { addon, emulator } = harness;
  addon.call("applyStatusColours"); // no plan yet: an alert
  installTemplate(harness, "Comité : Entraide !");
  installTemplate(harness); // already installed: an alert
  const sheet = planSheet(harness, locale.startsWith("fr") ? "Plan d'action" : "Action plan");
  sheet.getRange("B3:C3").setValues([["2026-01-01", "2026-12-31"]]);
  const rows = [
    ["Objectif", "", "Première action", "", "Julie", "mars : au plus tard", "", "", ""],
    ["", "", "Deuxième action", "", "", "avant le congrès", "", "", "Fini?"],
    ["", "", "Troisième action", "", "Marc", "janvier", "", "", ""],
  ];
  sheet.getRange("A8:I10").setValues(rows);
  addon.call("validatePlan");
  addon.call("getValidationReport");
  addon.call("applyStatusColours");
  addon.call("previewSync");
  addon.call("syncCalendar");
  addon.call("shareCalendarWithCommittee"); // Membres lists no address yet: an alert
  sheet.deleteRows(8, 3);
  emulator.ui.scriptAnswer("NO");
  addon.call("syncCalendar"); // asks before deleting every event
  sheet.getRange("A8:I10").setValues(rows);
  addon.call("getSidebarData"); // fills the date cells, with their notes
  addon.call("showSummarySidebar");
  addon.call("showImportDialog");
  const imported = addon.call<{ ok: boolean }>("importPlanText", seedText("002_ffaaf15c85753dfa.txt"));
  expect(imported.ok).toBe(true);
  return harness;
}

describe("French typography on every server surface", () => {
  it("puts a no-break space before : ; ! ? and inside « » in everything shown in French", () => {
    const texts = shownTexts(tour("fr_CA"));
    expect(texts.length).toBeGreaterThan(15);
    expect(texts.filter((text) => /date calculée/.test(text)).length).toBeGreaterThan(4);
    const breakable = texts.filter((text) => BREAKABLE.test(text));
    expect(breakable).toEqual([]);
    // The tour did meet the punctuation it is about.
    expect(texts.filter((text) => /\u00a0[:;!?»]/.test(text)).length).toBeGreaterThan(10);
  });

  it("leaves English as English", () => {
    const texts = shownTexts(tour("en_US"));
    expect(texts.length).toBeGreaterThan(15);
    expect(texts.filter((text) => /[\u00a0\u202f][:;!?]|«/.test(text))).toEqual([]);
  });
});

describe("the shipped message catalogue", () => {
  /** Every { fr, en } object literal in dist/Code.js whose two values are text. */
  function catalogue(): { fr: string; en: string }[] {
    const code = readFileSync(join(REPO, "dist/Code.js"), "utf8");
    const pairs: { fr: string; en: string }[] = [];
    const text = (node: acorn.AnyNode): string | null => {
      if (node.type === "Literal" && typeof node.value === "string") return node.value;
      if (node.type === "TemplateLiteral") return node.quasis.map((q) => q.value.cooked ?? "").join("{}");
      return null;
    };
    const visit = (node: unknown): void => {
      if (!node || typeof node !== "object") return;
      if (Array.isArray(node)) {
        for (const child of node) visit(child);
        return;
      }
      const n = node as acorn.AnyNode;
      if (n.type === "ObjectExpression") {
        const byKey = new Map<string, acorn.AnyNode>();
        for (const p of n.properties) {
          if (p.type === "Property" && p.key.type === "Identifier") byKey.set(p.key.name, p.value);
        }
        const fr = byKey.get("fr");
        const en = byKey.get("en");
        if (byKey.size === 2 && fr && en) {
          const pair = { fr: text(fr), en: text(en) };
          if (pair.fr !== null && pair.en !== null) pairs.push(pair as { fr: string; en: string });
        }
      }
      for (const value of Object.values(n)) if (value && typeof value === "object") visit(value);
    };
    visit(acorn.parse(code, { ecmaVersion: 2022 }));
    return pairs;
  }

  it("is written to each language's rules (French: a space before : ; ! ? and inside « »; English: none)", () => {
    const pairs = catalogue();
    expect(pairs.length).toBeGreaterThan(150);
    const placeholders = (text: string) => text.replace(/\{\w*\}/g, "x");
    expect(pairs.filter(({ fr }) => /[^\s({][:;!?]/.test(placeholders(fr))).map((p) => p.fr)).toEqual([]);
    expect(pairs.filter(({ fr }) => /«[^\s]|[^\s]»/.test(fr)).map((p) => p.fr)).toEqual([]);
    expect(pairs.filter(({ en }) => /\s[:;!?]|[«»]/.test(en)).map((p) => p.en)).toEqual([]);
  });
});

describe("the server's output edge", () => {
  it("is the only place that calls Ui alert, prompt, toast and dialog titles (so nothing escapes typesetting)", () => {
    const files = readdirSync(join(REPO, "src/server"), { recursive: true, encoding: "utf8" }).filter(
      (file) => file.endsWith(".ts") && file !== "say.ts",
    );
    const direct = files.flatMap((file) => {
      const lines = readFileSync(join(REPO, "src/server", file), "utf8").split("\n");
      return lines
        .map((line, i) => ({ where: `${file}:${i + 1}`, line, call: lines.slice(i, i + 4).join(" ") }))
        .filter(({ line }) => !/^\s*(\/\/|\*)/.test(line))
        .filter(({ line, call }) => {
          if (/\.(alert|prompt|toast)\(/.test(line)) return true; // always through say.ts
          // A dialog's or the sidebar's title: typeset with shownTitle, on the call's own lines.
          return /show(Modal|Modeless)Dialog\(|\.setTitle\(/.test(line) && !/shownTitle\(/.test(call);
        })
        .map(({ where }) => where);
    });
    expect(direct).toEqual([]);
  });
});
