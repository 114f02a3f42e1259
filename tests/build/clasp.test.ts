/**
 * What `npm run deploy` pushes: clasp, run offline on a copy of dist/ with our .claspignore and a
 * project file pointing at dist/, lists exactly Code.js, appsscript.json and the HTML surfaces —
 * never a stray file that happens to sit in dist/.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");

it("clasp pushes only Code.js, appsscript.json and the HTML files", () => {
  const project = mkdtempSync(join(tmpdir(), "clasp-"));
  mkdirSync(join(project, "dist"));
  for (const file of readdirSync(join(ROOT, "dist")))
    copyFileSync(join(ROOT, "dist", file), join(project, "dist", file));
  writeFileSync(join(project, "dist", "notes.txt"), "not for Apps Script");
  writeFileSync(join(project, "dist", "Code.js.map"), "{}");
  copyFileSync(join(ROOT, ".claspignore"), join(project, ".claspignore"));
  writeFileSync(join(project, ".clasp.json"), JSON.stringify({ scriptId: "offline-check", rootDir: "dist" }));

  const output = execFileSync(join(ROOT, "node_modules/.bin/clasp"), ["status", "--json"], {
    cwd: project,
    encoding: "utf8",
    env: { ...process.env, HOME: project },
  });
  const status = JSON.parse(output.slice(output.indexOf("{")));
  const expected = readdirSync(join(ROOT, "dist"))
    .filter((file) => /^(Code\.js|appsscript\.json|[A-Za-z]+\.html)$/.test(file))
    .map((file) => `dist/${file}`);
  expect([...status.filesToPush].sort()).toEqual(expected.sort());
  expect(status.untrackedFiles).toEqual(expect.arrayContaining(["dist/notes.txt", "dist/Code.js.map"]));
});
