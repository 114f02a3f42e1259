/**
 * docs/real-google-check.md, the check a person runs on real Google with two accounts: it exists, has at
 * most 30 numbered steps, each with its expected result, covers what the emulator can only assume, and
 * the README links it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const DOC = readFileSync(join(ROOT, "docs/real-google-check.md"), "utf8");
const README = readFileSync(join(ROOT, "README.md"), "utf8");

/** The numbered steps: a line "N. …" and the indented lines under it, up to the next step or heading. */
function steps(markdown: string): Array<{ number: number; text: string }> {
  const found: Array<{ number: number; text: string }> = [];
  for (const line of markdown.split("\n")) {
    const start = /^(\d+)\. (.*)$/.exec(line);
    if (start) found.push({ number: Number(start[1]), text: start[2] });
    else if (found.length && /^\s+\S/.test(line)) found[found.length - 1].text += ` ${line.trim()}`;
    else if (/^#/.test(line)) break;
  }
  return found;
}

describe("docs/real-google-check.md", () => {
  const list = steps(DOC.slice(DOC.indexOf("## Steps") + "## Steps".length));

  it("has at most 30 steps, numbered 1, 2, 3… in order", () => {
    expect(list.length).toBeGreaterThanOrEqual(10);
    expect(list.length).toBeLessThanOrEqual(30);
    expect(list.map((s) => s.number)).toEqual(list.map((_, i) => i + 1));
  });

  it("gives every step its expected result, after what to do", () => {
    expect(list.length).toBeGreaterThan(0);
    for (const step of list) {
      const at = step.text.indexOf("**Expected:**");
      expect(at, `step ${step.number}`).toBeGreaterThan(0);
      expect(
        step.text.slice(at + "**Expected:**".length).trim().length,
        `step ${step.number}`,
      ).toBeGreaterThan(10);
    }
  });

  it("no longer expects the notes of earlier versions ([auto:…])", () => {
    expect(DOC).not.toContain("[auto:");
    expect(DOC).toContain("Date calculée à partir de l'Échéancier");
  });

  it("covers what only real Google can confirm", () => {
    const text = list.map((s) => s.text).join("\n");
    for (const topic of [
      "consent screen",
      "calendar.acls",
      "Canada (français)",
      "onEdit",
      "As B, click **Synchroniser l'agenda**",
      "Partager l'agenda avec le comité",
      "untick",
      "e.message",
      "JSON.stringify(e.details)",
      "Supprimer l'agenda",
      "Test deployments",
      "standalone",
      // The checks only a person can make (issue #24, item 7).
      "Executions",
      "File ▸ Make a copy",
      "*Cet événement seulement*",
      "never had a Google account",
      "Workspace domain",
      "`30`, `0,3`, `30 %`, `-0,1` and `abc`",
      "100 rows",
      "whether a scope can be unticked",
    ])
      expect(text, topic).toContain(topic);
  });

  it("is linked from the README, which explains the six scopes and both ways to deploy", () => {
    expect(README).toContain("](docs/real-google-check.md)");
    for (const scope of [
      "spreadsheets.currentonly",
      "script.container.ui",
      "calendar.app.created",
      "userinfo.email",
      "calendar.acls",
      "script.send_mail",
    ])
      expect(README).toMatch(new RegExp(`\\| \`${scope.replace(/\./g, "\\.")}\` \\| [^|]{20,} \\|`));
    expect(README).toContain("File ▸ Make a copy");
    expect(README).toContain("Test deployments");
    expect(README).toContain("--type standalone");
  });
});
