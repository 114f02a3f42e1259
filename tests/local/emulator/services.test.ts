import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { setup } from "./helpers.ts";

describe("Ui", () => {
  it("records menus as plain data", () => {
    const { g, emulator } = setup();
    const ui = g.SpreadsheetApp.getUi();
    const sub = ui.createMenu("Plus").addItem("Aide", "showHelp");
    ui.createAddonMenu()
      .addItem("Installer le modèle", "installTemplate")
      .addSeparator()
      .addSubMenu(sub)
      .addToUi();
    expect(emulator.ui.menus).toEqual([
      {
        name: "Plan d'action",
        addon: true,
        items: [
          { caption: "Installer le modèle", functionName: "installTemplate" },
          { separator: true },
          { submenu: { name: "Plus", items: [{ caption: "Aide", functionName: "showHelp" }] } },
        ],
      },
    ]);
    ui.createAddonMenu().addItem("Seul", "only").addToUi();
    expect(emulator.ui.menus).toHaveLength(1);
  });

  it("answers alerts and prompts from the script, and records them", () => {
    const { g, emulator } = setup();
    const ui = g.SpreadsheetApp.getUi();
    expect(ui.alert("Bonjour")).toBe(ui.Button.OK);
    expect(ui.alert("Supprimer?", "Vraiment?", ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    emulator.ui.scriptAnswer(emulator.ui.Button.NO);
    expect(ui.alert("Supprimer?", "Vraiment?", ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    emulator.ui.scriptPrompt("Comité santé", "OK");
    const response = ui.prompt("Nom du comité", ui.ButtonSet.OK_CANCEL);
    expect(response.getResponseText()).toBe("Comité santé");
    expect(response.getSelectedButton()).toBe(ui.Button.OK);
    expect(emulator.ui.alerts.map((a) => [a.title, a.message, a.buttons, a.answer])).toEqual([
      [null, "Bonjour", "OK", "OK"],
      ["Supprimer?", "Vraiment?", "YES_NO", "YES"],
      ["Supprimer?", "Vraiment?", "YES_NO", "NO"],
    ]);
    expect(emulator.ui.prompts[0]).toMatchObject({
      message: "Nom du comité",
      buttons: "OK_CANCEL",
      text: "Comité santé",
    });
  });

  it("records sidebars and dialogs with their HtmlOutput", () => {
    const dir = mkdtempSync(join(tmpdir(), "emu-html-"));
    writeFileSync(join(dir, "sidebar.html"), "<p>Avancement</p>");
    const { g, emulator } = setup({ htmlDir: dir });
    const html = g.HtmlService.createHtmlOutputFromFile("sidebar")
      .setTitle("Plan d'action")
      .setSandboxMode(g.HtmlService.SandboxMode.IFRAME)
      .setXFrameOptionsMode(g.HtmlService.XFrameOptionsMode.DEFAULT);
    g.SpreadsheetApp.getUi().showSidebar(html);
    g.SpreadsheetApp.getUi().showModalDialog(
      g.HtmlService.createHtmlOutput("<b>x</b>").setWidth(400).setHeight(300),
      "Aperçu",
    );
    expect(emulator.ui.sidebars).toEqual([
      { title: "Plan d'action", width: null, height: null, content: "<p>Avancement</p>" },
    ]);
    expect(emulator.ui.dialogs).toEqual([
      { title: "", width: 400, height: 300, content: "<b>x</b>", modal: true, dialogTitle: "Aperçu" },
    ]);
    expect(() => g.HtmlService.createHtmlOutputFromFile("absent")).toThrow(
      "No HTML file named absent was found.",
    );
    expect(g.HtmlService.createHtmlOutput("a").append("b").getContent()).toBe("ab");
  });
});

describe("PropertiesService", () => {
  it("stores strings per scope", () => {
    const { g, emulator } = setup();
    const doc = g.PropertiesService.getDocumentProperties();
    doc.setProperty("calendarId", "c1").setProperties({ n: 3 as unknown as string });
    expect(doc.getProperty("n")).toBe("3");
    expect(doc.getProperty("absent")).toBeNull();
    expect(doc.getProperties()).toEqual({ calendarId: "c1", n: "3" });
    expect(emulator.properties.document.get("calendarId")).toBe("c1");
    expect(g.PropertiesService.getUserProperties().getKeys()).toEqual([]);
    doc.setProperties({ only: "1" }, true);
    expect(doc.getKeys()).toEqual(["only"]);
    doc.deleteProperty("only");
    expect(doc.getKeys()).toEqual([]);
  });

  it("enforces 9 KB per value and 500 KB per store", () => {
    const { g } = setup();
    const props = g.PropertiesService.getScriptProperties();
    props.setProperty("ok", "x".repeat(9 * 1024));
    expect(() => props.setProperty("big", "x".repeat(9 * 1024 + 1))).toThrow("Argument too large: value");
    expect(() => props.setProperty("big", "é".repeat(5000))).toThrow("Argument too large: value");
    for (let i = 0; i < 55; i++) props.setProperty(`k${i}`, "x".repeat(9000));
    expect(() => props.setProperty("last", "x".repeat(9000))).toThrow(/property storage quota/);
    expect(props.getProperty("last")).toBeNull();
  });
});

describe("LockService", () => {
  it("gives the lock, and refuses it while another execution holds it", () => {
    const { g, emulator } = setup();
    const lock = g.LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);

    emulator.holdDocumentLock();
    const t0 = emulator.clock.now();
    expect(g.LockService.getDocumentLock().tryLock(5000)).toBe(false);
    expect(emulator.clock.now() - t0).toBe(5000);
    expect(() => g.LockService.getDocumentLock().waitLock(2000)).toThrow(
      "Lock timeout: another process was holding the lock for too long.",
    );
    expect(g.LockService.getScriptLock().tryLock(0)).toBe(true);
    emulator.releaseHeldLock();
    expect(g.LockService.getDocumentLock().tryLock(0)).toBe(true);
    expect(emulator.documentLock.heldByScript).toBe(true);
  });
});

describe("locks and dialogs", () => {
  it("a lock does not survive an alert or a prompt", () => {
    const { g } = setup();
    const lock = g.LockService.getDocumentLock();
    expect(lock.tryLock(0)).toBe(true);
    g.SpreadsheetApp.getUi().alert("Continuer?");
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(0)).toBe(true);
    g.SpreadsheetApp.getUi().prompt("Nom?");
    expect(lock.hasLock()).toBe(false);
  });
});

describe("AuthMode.NONE", () => {
  it("refuses document access but builds menus and reads the locale", () => {
    const { g, emulator } = setup({ authMode: "NONE", locale: "en_US" });
    expect(() => g.SpreadsheetApp.getActiveSpreadsheet()).toThrow(
      "You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly",
    );
    expect(() => g.PropertiesService.getDocumentProperties()).toThrow(/You do not have permission/);
    expect(() => g.PropertiesService.getUserProperties()).toThrow(/You do not have permission/);
    expect(g.LockService.getDocumentLock()).toBeNull();
    expect(g.Session.getActiveUserLocale()).toBe("en_US");
    g.SpreadsheetApp.getUi().createAddonMenu().addItem("Install", "installTemplate").addToUi();
    expect(emulator.ui.menus[0]!.items).toEqual([{ caption: "Install", functionName: "installTemplate" }]);
    expect(() => g.SpreadsheetApp.getUi().showSidebar(g.HtmlService.createHtmlOutput(""))).toThrow(
      /script\.container\.ui/,
    );

    emulator.setAuthMode("FULL");
    const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    emulator.setAuthMode("NONE");
    expect(() => sheet.getRange("A1")).toThrow("You do not have permission to call Sheet.getRange.");
  });

  it("LIMITED reaches the document but not registered services", () => {
    const { g, emulator } = setup({ authMode: "LIMITED" });
    emulator.registerService(
      "Calendar",
      { Events: { __class: "Events", list: () => ({ items: [] }) } },
      {
        scope: "https://www.googleapis.com/auth/calendar.app.created",
      },
    );
    expect(g.SpreadsheetApp.getActive().getName()).toBe("Plan d'action du comité");
    const Calendar = emulator.globals["Calendar"] as { Events: { list(): unknown } };
    expect(() => Calendar.Events.list()).toThrow(
      "You do not have permission to call Events.list. Required permissions: https://www.googleapis.com/auth/calendar.app.created",
    );
    emulator.setAuthMode("FULL");
    expect(Calendar.Events.list()).toEqual({ items: [] });
    expect(emulator.calls.count("Calendar.Events.list")).toBe(1); // a refused call is not counted
  });
});

describe("Session, Utilities, ScriptApp, Logger", () => {
  it("answers Session like a consumer add-on", () => {
    const { g, emulator } = setup({ scriptTimeZone: "Europe/Paris" });
    expect(g.Session.getActiveUserLocale()).toBe("fr_CA");
    emulator.setLocale("en");
    expect(g.Session.getActiveUserLocale()).toBe("en");
    expect(g.Session.getScriptTimeZone()).toBe("Europe/Paris");
    expect(g.Session.getActiveUser().getEmail()).toBe("");
    expect(g.Session.getTemporaryActiveUserKey()).toBe(g.Session.getTemporaryActiveUserKey());
  });

  it("digests, encodes, sleeps on the virtual clock and makes deterministic uuids", () => {
    const { g, emulator } = setup();
    const digest = g.Utilities.computeDigest(g.Utilities.DigestAlgorithm.SHA_256, "abc");
    expect(digest).toHaveLength(32);
    expect(digest.slice(0, 4)).toEqual([-70, 120, 22, -65]); // ba 78 16 bf
    expect(g.Utilities.computeDigest(g.Utilities.DigestAlgorithm.MD5, "")[0]).toBe(-44); // d4
    expect(g.Utilities.base64Encode("Plan d'action")).toBe("UGxhbiBkJ2FjdGlvbg==");
    const t0 = emulator.clock.now();
    g.Utilities.sleep(1500);
    expect(emulator.clock.now() - t0).toBe(1500);
    const ids = [g.Utilities.getUuid(), g.Utilities.getUuid()];
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(ids[0]).not.toBe(ids[1]);
    const again = setup().g;
    expect(again.Utilities.getUuid()).toBe(ids[0]);
  });

  it("records logs and reports authorization", () => {
    const { g, emulator } = setup();
    g.Logger.log("rows: %s", 12);
    (emulator.globals["console"] as Console).warn("attention", { a: 1 });
    expect(emulator.logs.map((l) => [l.level, l.message])).toEqual([
      ["log", "rows: 12"],
      ["warn", "attention { a: 1 }"],
    ]);
    expect(g.ScriptApp.getAuthorizationInfo(g.ScriptApp.AuthMode.FULL).getAuthorizationStatus()).toBe(
      g.ScriptApp.AuthorizationStatus.NOT_REQUIRED,
    );
    expect(String(g.ScriptApp.AuthMode.NONE)).toBe("NONE");
  });
});
