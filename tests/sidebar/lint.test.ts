/**
 * The lint rule that keeps plan text out of markup: Biome's GritQL plugin src/sidebar/lint/
 * no-html-injection.grit, registered in biome.json for src/sidebar/** only. Runs the real `biome lint`
 * on a copy of the configuration in a temporary directory (so the repository never holds a bad file).
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO } from "./harness";

const work = mkdtempSync(join(tmpdir(), "sidebar-lint-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const BAD = [
  'el.innerHTML = "<b>" + text + "</b>";',
  "el.outerHTML = text;",
  "el.innerHTML += text;",
  'el["innerHTML"] = text;',
  'el.insertAdjacentHTML("beforeend", text);',
  "document.write(text);",
  "document.writeln(text);",
];

function lint(relative: string, source: string): string {
  mkdirSync(join(work, "src/sidebar/lint"), { recursive: true });
  copyFileSync(join(REPO, "biome.json"), join(work, "biome.json"));
  copyFileSync(
    join(REPO, "src/sidebar/lint/no-html-injection.grit"),
    join(work, "src/sidebar/lint/no-html-injection.grit"),
  );
  const file = join(work, relative);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, source);
  try {
    execFileSync(join(REPO, "node_modules/.bin/biome"), ["lint", relative], {
      cwd: work,
      encoding: "utf8",
      stdio: "pipe",
    });
    return "";
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string };
    return `${failure.stdout ?? ""}${failure.stderr ?? ""}`;
  }
}

const source = (line: string) =>
  `declare const el: HTMLElement;\ndeclare const text: string;\n${line}\nexport {};\n`;

describe("no-html-injection lint plugin", () => {
  it.each(BAD)("rejects `%s` in src/sidebar", (line) => {
    expect(lint("src/sidebar/probe.ts", source(line))).toContain("Plan text is user input");
  });

  it("accepts textContent in src/sidebar", () => {
    expect(lint("src/sidebar/probe.ts", source("el.textContent = text;"))).toBe("");
  });

  it("applies to src/sidebar only", () => {
    expect(lint("src/local/probe.ts", source("el.innerHTML = text;"))).not.toContain(
      "Plan text is user input",
    );
  });
});
