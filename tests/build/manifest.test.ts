/**
 * The Apps Script manifest, root and shipped copy: V8, the spreadsheet's home time zone, Stackdriver
 * logging, exactly the six OAuth scopes we ask users for — the sheet it runs in, its dialogs, its own
 * calendar, the user's email (to name the calendar's owner), sharing that calendar, and sending the suivi
 * (one e-mail per responsable, when a person clicks); a new scope must be
 * a deliberate change here — and the Calendar advanced service (v3) the sync uses.
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

  it("asks for exactly the six least-privilege scopes", () => {
    expect(manifest.oauthScopes).toEqual([
      "https://www.googleapis.com/auth/spreadsheets.currentonly",
      "https://www.googleapis.com/auth/script.container.ui",
      "https://www.googleapis.com/auth/calendar.app.created",
      "https://www.googleapis.com/auth/userinfo.email",
      "https://www.googleapis.com/auth/calendar.acls",
      "https://www.googleapis.com/auth/script.send_mail",
    ]);
  });

  it("enables the Calendar advanced service, v3, as `Calendar`", () => {
    expect(manifest.dependencies?.enabledAdvancedServices).toEqual([
      { userSymbol: "Calendar", serviceId: "calendar", version: "v3" },
    ]);
  });
});
