/**
 * Several people on one emulated spreadsheet: executions run as one person at a time (emulator.as /
 * runAs), each with their own user properties, locale and declined scopes; Session's emails follow the
 * documented rule (the active user's email only for the script's owner or its Workspace domain); the
 * granular-consent API of ScriptApp (getAuthorizationInfo with scopes, requireScopes, requireAllScopes);
 * a call whose scope was declined fails.
 */
import { describe, expect, it } from "vitest";
import { createEmulator, SCOPES } from "../../../src/local/emulator/index";

// biome-ignore lint/suspicious/noExplicitAny: the services are untyped here, as seen from add-on code.
type Api = any;

function setup(options: Parameters<typeof createEmulator>[0] = {}) {
  const emulator = createEmulator(options);
  return { emulator, g: emulator.globals as Record<string, Api> };
}

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error("did not throw");
}

describe("people of one document", () => {
  it("keeps user properties per person and document properties shared", () => {
    const { emulator, g } = setup();
    emulator.addUser("membre@gmail.com", { locale: "en" });
    g.PropertiesService.getUserProperties().setProperty("k", "owner's");
    g.PropertiesService.getDocumentProperties().setProperty("d", "shared");
    emulator.runAs("membre@gmail.com", () => {
      expect(g.PropertiesService.getUserProperties().getProperty("k")).toBeNull();
      expect(g.PropertiesService.getDocumentProperties().getProperty("d")).toBe("shared");
      expect(g.Session.getActiveUserLocale()).toBe("en");
      g.PropertiesService.getUserProperties().setProperty("k", "member's");
    });
    expect(g.PropertiesService.getUserProperties().getProperty("k")).toBe("owner's");
    expect(emulator.properties.user.get("k")).toBe("owner's");
    expect(emulator.as("membre@gmail.com").properties.user.get("k")).toBe("member's");
    expect(g.Session.getTemporaryActiveUserKey()).not.toBe(
      emulator.runAs("proprietaire@gmail.com", () => g.Session.getTemporaryActiveUserKey()),
    );
  });

  it("switches back after runAs even when the function throws", () => {
    const { emulator } = setup();
    emulator.addUser("b@gmail.com");
    expect(() =>
      emulator.runAs("b@gmail.com", () => {
        throw new Error("boom");
      }),
    ).toThrow("boom");
    expect(emulator.users.current().email).toBe("proprietaire@gmail.com");
    expect(() => emulator.as("nobody@gmail.com")).toThrow(/No user nobody@gmail.com/);
  });
});

describe("Session emails (reference/base/user#getEmail)", () => {
  it("gives the effective user's email, and the active user's only to the script owner or its domain", () => {
    const { emulator, g } = setup({ userEmail: "secretaire@gmail.com", scriptOwner: "dev@syndicat.org" });
    expect(g.Session.getEffectiveUser().getEmail()).toBe("secretaire@gmail.com");
    expect(g.Session.getActiveUser().getEmail()).toBe(""); // a consumer account, not the developer
    emulator.addUser("tresorier@syndicat.org");
    emulator.addUser("dev@syndicat.org");
    emulator.as("tresorier@syndicat.org");
    expect(g.Session.getActiveUser().getEmail()).toBe("tresorier@syndicat.org"); // same Workspace domain
    emulator.as("dev@syndicat.org");
    expect(g.Session.getActiveUser().getEmail()).toBe("dev@syndicat.org");
  });

  it("with userinfo.email declined: a blank email, or a refusal (the option, both ways)", () => {
    const blank = setup({ declinedScopes: [SCOPES.userinfoEmail] });
    expect(blank.g.Session.getEffectiveUser().getEmail()).toBe("");
    const throws = setup({ declinedScopes: [SCOPES.userinfoEmail], declinedEmail: "throws" });
    expect(thrown(() => throws.g.Session.getEffectiveUser()).message).toBe(
      `You do not have permission to call Session.getEffectiveUser. Required permissions: ${SCOPES.userinfoEmail}`,
    );
  });
});

describe("granular consent (ScriptApp)", () => {
  it("reports granted and missing scopes, for all scopes or a list", () => {
    const { emulator, g } = setup({ declinedScopes: [SCOPES.calendarAppCreated] });
    const FULL = g.ScriptApp.AuthMode.FULL;
    const all = g.ScriptApp.getAuthorizationInfo(FULL);
    expect(all.getAuthorizationStatus()).toBe(g.ScriptApp.AuthorizationStatus.REQUIRED);
    expect(all.getAuthorizationUrl()).toMatch(/^https:\/\//);
    expect(all.getAuthorizedScopes()).toEqual([
      SCOPES.currentOnly,
      SCOPES.containerUi,
      SCOPES.userinfoEmail,
      SCOPES.calendarAcls,
      SCOPES.sendMail,
    ]);
    const sheets = g.ScriptApp.getAuthorizationInfo(FULL, [SCOPES.currentOnly]);
    expect(sheets.getAuthorizationStatus()).toBe(g.ScriptApp.AuthorizationStatus.NOT_REQUIRED);
    expect(sheets.getAuthorizationUrl()).toBeNull();
    const calendar = g.ScriptApp.getAuthorizationInfo(FULL, [SCOPES.calendarAppCreated]);
    expect(calendar.getAuthorizationStatus()).toBe(g.ScriptApp.AuthorizationStatus.REQUIRED);
    expect(calendar.getAuthorizedScopes()).toEqual([]);
    emulator.grantScope(SCOPES.calendarAppCreated);
    expect(g.ScriptApp.getAuthorizationInfo(FULL).getAuthorizationStatus()).toBe(
      g.ScriptApp.AuthorizationStatus.NOT_REQUIRED,
    );
  });

  it("requireScopes and requireAllScopes end the execution with a prompt when a scope is missing", () => {
    const { emulator, g } = setup();
    const FULL = g.ScriptApp.AuthMode.FULL;
    expect(g.ScriptApp.requireScopes(FULL, [SCOPES.calendarAcls])).toBeUndefined();
    expect(g.ScriptApp.requireAllScopes(FULL)).toBeUndefined();
    emulator.declineScope(SCOPES.calendarAcls);
    const error = thrown(() => g.ScriptApp.requireScopes(FULL, [SCOPES.calendarAcls, SCOPES.currentOnly]));
    expect(error.name).toBe("ScriptAuthorizationRequired");
    expect(thrown(() => g.ScriptApp.requireAllScopes(FULL)).name).toBe("ScriptAuthorizationRequired");
    expect(emulator.users.authorizationPrompts).toEqual([
      { email: "proprietaire@gmail.com", scopes: [SCOPES.calendarAcls] },
      { email: "proprietaire@gmail.com", scopes: [SCOPES.calendarAcls] },
    ]);
  });

  it("makes a call whose scope was declined fail, for that person only", () => {
    const { emulator, g } = setup();
    emulator.addUser("membre@gmail.com", { declinedScopes: [SCOPES.currentOnly] });
    expect(g.SpreadsheetApp.getActiveSpreadsheet().getName()).toBe("Plan d'action du comité");
    emulator.as("membre@gmail.com");
    expect(thrown(() => g.SpreadsheetApp.getActiveSpreadsheet()).message).toBe(
      `You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: ${SCOPES.currentOnly}`,
    );
    expect(g.PropertiesService.getDocumentProperties().getKeys()).toEqual([]); // needs no scope
  });
});
