/**
 * The Apps Script manifest, root and shipped copy: V8, the spreadsheet's home time zone, Stackdriver
 * logging, and exactly the OAuth scopes we ask users for — a new scope must be a deliberate change here.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");

describe.each(["appsscript.json", "dist/appsscript.json"])("%s", (file) => {
  const manifest = JSON.parse(readFileSync(join(ROOT, file), "utf8"));

  it("runs on V8 in America/Toronto with Stackdriver logging", () => {
    expect(manifest.runtimeVersion).toBe("V8");
    expect(manifest.timeZone).toBe("America/Toronto");
    expect(manifest.exceptionLogging).toBe("STACKDRIVER");
  });

  it("asks for exactly the least-privilege scopes", () => {
    expect(manifest.oauthScopes).toEqual([
      "https://www.googleapis.com/auth/spreadsheets.currentonly",
      "https://www.googleapis.com/auth/script.container.ui",
    ]);
  });
});
