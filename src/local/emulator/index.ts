/**
 * The in-memory Apps Script emulator: createEmulator() builds one spreadsheet document and the services
 * the add-on uses (SpreadsheetApp, PropertiesService, LockService, Session, Utilities, HtmlService,
 * ScriptApp, XmlService, MailApp, Logger, console), and hands them out as `globals` through one instrumenting proxy per service
 * (call counts, latency on the virtual clock, injected faults, authorization modes). The raw objects
 * (emulator.spreadsheet, emulator.properties, …) stay available to tests, uncounted.
 *
 * Several people: every execution runs as one person (users.ts). The first is the spreadsheet's owner
 * (`userEmail`, default "proprietaire@gmail.com"); `emulator.addUser(email, { declinedScopes })` adds an
 * editor, `emulator.as(email)` makes the next calls run as them (their user properties, scopes, locale,
 * calendars), and `emulator.runAs(email, fn)` does so for one function and switches back:
 *   emulator.addUser("membre@gmail.com");
 *   emulator.runAs("membre@gmail.com", () => addon.call("syncCalendar"));
 * The document, its properties, its lock and the calendars themselves are shared by everyone.
 */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type AuthModeName, createAuthGuard } from "./auth.ts";
import { EmuBlob } from "./blob.ts";
import { type CallLog, CallRecorder, type DateRealm, Instrumenter } from "./calls.ts";
import { createClock, type VirtualClock } from "./clock.ts";
import { createHtmlService } from "./html.ts";
import { createLockService, type LockState, newLockState } from "./lock.ts";
import { createLogging, type LogEntry } from "./logger.ts";
import { createMailApp, MailStore } from "./mail.ts";
import { createPropertiesService } from "./properties.ts";
import { createScriptApp } from "./script-app.ts";
import { createSession, type SessionState } from "./session.ts";
import { EmuSpreadsheet } from "./spreadsheet.ts";
import { createSpreadsheetApp } from "./spreadsheet-app.ts";
import { EmuUi, UiRecorder } from "./ui.ts";
import { type Account, type AccountOptions, manifestScopes, UserDirectory } from "./users.ts";
import { createUtilities } from "./utilities.ts";
import { createXmlService } from "./xml-service.ts";

export type { AuthModeName } from "./auth.ts";
export { EmuBlob } from "./blob.ts";
export type { CallLog, FaultSpec } from "./calls.ts";
export type { VirtualClock } from "./clock.ts";
export type { ConditionalFormatData, ConditionalFormatRuleData, RuleRange } from "./conditional-format.ts";
export type { DataValidationData } from "./data-validation.ts";
export type { LockState } from "./lock.ts";
export type { LogEntry } from "./logger.ts";
export type { MailStore, SentMail } from "./mail.ts";
export type { MetadataRecord } from "./metadata.ts";
export type { EmuRange } from "./range.ts";
export { SCOPES } from "./scopes.ts";
export type { EmuSheet } from "./sheet.ts";
export type { EmuSpreadsheet } from "./spreadsheet.ts";
export type {
  AlertRecord,
  DialogRecord,
  HtmlRecord,
  MenuRecord,
  PromptRecord,
  ToastRecord,
  UiRecorder,
} from "./ui.ts";
export type { Account, AccountOptions } from "./users.ts";
export type { Cell } from "./values.ts";
export { copyWorkbook, type WorkbookCopyOptions } from "./workbook-copy.ts";

export interface EmulatorOptions {
  /** Session.getActiveUserLocale(); also the spreadsheet's locale. Default "fr_CA". */
  locale?: string;
  /** The spreadsheet's time zone. Default "America/Toronto". */
  timeZone?: string;
  /** Session.getScriptTimeZone(). Default "America/Toronto". */
  scriptTimeZone?: string;
  /** Virtual clock start, ISO instant. Default "2026-01-15T14:00:00Z". */
  now?: string;
  authMode?: AuthModeName;
  /** Where HtmlService finds <name>.html. Default <repo>/dist. */
  htmlDir?: string;
  spreadsheetName?: string;
  /** Seed of Utilities.getUuid's deterministic sequence. Default "plan-daction". */
  uuidSeed?: string;
  /** The first person, who owns the spreadsheet. Default "proprietaire@gmail.com". */
  userEmail?: string;
  /** Scopes the first person declined on the consent screen. */
  declinedScopes?: string[];
  /** The manifest's scopes. Default: appsscript.json at the repo root. */
  scopes?: string[];
  /** Who owns the script project (decides Session.getActiveUser's email). Default "developpeur@gmail.com". */
  scriptOwner?: string;
  /** What a call needing a declined userinfo.email does (a guess, session.ts). Default "blank". */
  declinedEmail?: "blank" | "throws";
  /** Whether a duplicated sheet keeps its developer metadata (Google does not say: spreadsheet.ts). Default true. */
  sheetCopyKeepsMetadata?: boolean;
  /** Whether several-row developer metadata grows with rows inserted inside (a guess, metadata.ts). Default true. */
  metadataGrowsInside?: boolean;
  /** Which blobs Utilities.unzip accepts (a guess, zip.ts). Default "zip-only". */
  unzipContentTypes?: "zip-only" | "any";
}

/**
 * What a copy of the workbook starts from instead of making its own (workbook-copy.ts): the people (their
 * accounts, user properties, scopes), the clock, the copied document and its document properties, and
 * the services registered on the original (Calendar, mail…: the same accounts' services, not the document's).
 */
export interface EmulatorParts {
  users: UserDirectory;
  clock: VirtualClock;
  spreadsheet: EmuSpreadsheet;
  documentProperties: Map<string, string>;
  scriptTimeZone: string;
  declinedEmail: "blank" | "throws";
  uuidSeed: string;
  services: Array<{ name: string; service: object; scope?: string }>;
}

export interface PropertyStoresView {
  document: Map<string, string>;
  /** The current person's user properties. */
  readonly user: Map<string, string>;
  script: Map<string, string>;
}

export interface Emulator {
  /** What the vm context gets: instrumented services, plus the recording console. */
  globals: Record<string, unknown>;
  /** Adds a global, instrumented under `globalName`; `options.scope` names it in permission errors. */
  registerService(globalName: string, service: object, options?: { scope?: string }): void;
  /**
   * A Blob as the script receives one from outside (a form's file input over google.script.run):
   * instrumented like the Blobs Utilities makes, but its making is not counted as a call.
   */
  scriptBlob(bytes: Uint8Array, contentType: string | null, name: string | null): unknown;
  /** The raw active spreadsheet: calls through it are not counted. */
  spreadsheet: EmuSpreadsheet;
  calls: CallLog;
  clock: VirtualClock;
  ui: UiRecorder;
  /** Every e-mail MailApp sent, and the accounts' daily quotas. */
  mail: MailStore;
  logs: LogEntry[];
  authMode(): AuthModeName;
  setAuthMode(mode: AuthModeName): void;
  /** Sets Session.getActiveUserLocale() (the spreadsheet's locale is unchanged). */
  setLocale(locale: string): void;
  /** The document lock's state; holdDocumentLock() holds it "from another execution". */
  documentLock: LockState;
  holdDocumentLock(): void;
  releaseHeldLock(): void;
  properties: PropertyStoresView;
  /** The people of this document; `users.current()` is the one executions run as. */
  users: UserDirectory;
  /** Adds a person (an editor of the spreadsheet). */
  addUser(email: string, options?: AccountOptions): Account;
  /** Makes the next executions run as `email`; returns the emulator. */
  as(email: string): Emulator;
  /** Runs `fn` as `email`, then switches back to whoever ran before. */
  runAs<T>(email: string, fn: () => T): T;
  /** The person unticks (or ticks again) a scope; default: the current person. */
  declineScope(scope: string, email?: string): void;
  grantScope(scope: string, email?: string): void;
  /** Session.getScriptTimeZone(), read without counting a call (the loader's Date uses it). */
  scriptTimeZone(): string;
  /**
   * Makes the Dates handed to add-on code with this constructor (the loader passes its context's Date);
   * null hands out host Dates. The raw handles (emulator.spreadsheet…) always give host Dates.
   */
  useDateFactory(make: ((ms: number) => Date) | null): void;
  /** What a copy of this workbook shares or starts from (see copyWorkbook in workbook-copy.ts). */
  parts(): EmulatorParts;
}

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/** A new emulator; `from` (workbook-copy.ts only) makes it a copy's, over the parts the copy keeps. */
export function createEmulator(options: EmulatorOptions = {}, from?: EmulatorParts): Emulator {
  const locale = options.locale ?? "fr_CA";
  const clock = from?.clock ?? createClock(options.now ?? "2026-01-15T14:00:00Z");
  const calls = new CallRecorder(clock);
  const recorder = new UiRecorder();
  const logs: LogEntry[] = [];
  let mode: AuthModeName = options.authMode ?? "FULL";
  const users =
    from?.users ??
    new UserDirectory(
      options.userEmail ?? "proprietaire@gmail.com",
      locale,
      options.scopes ?? manifestScopes(REPO_ROOT),
      options.scriptOwner ?? "developpeur@gmail.com",
    );
  for (const scope of options.declinedScopes ?? []) users.current().declinedScopes.add(scope);
  const session: SessionState = {
    scriptTimeZone: from?.scriptTimeZone ?? options.scriptTimeZone ?? "America/Toronto",
    declinedEmail: from?.declinedEmail ?? options.declinedEmail ?? "blank",
  };
  const onToast = (t: { message: string; title: string; timeoutSeconds: number }) => recorder.toasts.push(t);
  const spreadsheet =
    from?.spreadsheet ??
    new EmuSpreadsheet({
      id: "1EmuLatedSpreadsheetId000000000000000000000",
      name: options.spreadsheetName ?? "Plan d'action du comité",
      timeZone: options.timeZone ?? "America/Toronto",
      locale,
      onToast,
      sheetCopyKeepsMetadata: options.sheetCopyKeepsMetadata,
      metadataGrowsInside: options.metadataGrowsInside,
    });
  if (from) spreadsheet.setToastListener(onToast);
  const uuidSeed = from?.uuidSeed ?? options.uuidSeed ?? "plan-daction";
  const registered: EmulatorParts["services"] = [];
  const owner = users.current().email;
  spreadsheet.people = {
    current: () => users.current().email,
    owner: () => owner,
    all: () => users.all().map((account) => account.email),
  };
  const properties: PropertyStoresView = {
    document: from?.documentProperties ?? new Map(),
    get user() {
      return users.current().userProperties;
    },
    script: new Map(),
  };
  const locks = { document: newLockState(), script: newLockState(), user: newLockState() };
  const registeredScopes = new Map<string, string | undefined>();
  const guard = createAuthGuard(() => mode, registeredScopes, users);
  const realm: DateRealm = { makeDate: null };
  const { Logger, console } = createLogging(logs, clock);

  const globals: Record<string, unknown> = {};
  const instrumenters = new Map<string, Instrumenter>();
  const instrument = (name: string, service: object) => {
    const instrumenter = new Instrumenter(name, calls, guard, realm);
    instrumenters.set(name, instrumenter);
    globals[name] = instrumenter.wrapService(service);
  };
  const releaseScriptLocks = () => {
    for (const state of Object.values(locks)) state.heldByScript = false;
  };
  instrument("SpreadsheetApp", createSpreadsheetApp(spreadsheet, new EmuUi(recorder, releaseScriptLocks)));
  instrument("PropertiesService", createPropertiesService(properties));
  instrument(
    "LockService",
    createLockService(locks, clock, () => mode),
  );
  instrument("Session", createSession(session, users));
  instrument("Utilities", createUtilities(clock, uuidSeed, options.unzipContentTypes));
  instrument("HtmlService", createHtmlService(options.htmlDir ?? join(REPO_ROOT, "dist")));
  instrument(
    "ScriptApp",
    createScriptApp(() => mode, users),
  );
  instrument("XmlService", createXmlService());
  const mail = new MailStore();
  instrument("MailApp", createMailApp(mail, users, clock));
  instrument("Logger", Logger);
  globals["console"] = console;

  const emulator: Emulator = {
    globals,
    registerService(globalName, service, opts) {
      if (globalName in globals) throw new Error(`A global named ${globalName} already exists.`);
      registeredScopes.set(globalName, opts?.scope);
      registered.push({ name: globalName, service, scope: opts?.scope });
      instrument(globalName, service);
    },
    scriptBlob(bytes, contentType, name) {
      return instrumenters.get("Utilities")!.wrap(new EmuBlob(bytes, contentType, name));
    },
    spreadsheet,
    calls,
    clock,
    ui: recorder,
    mail,
    logs,
    authMode: () => mode,
    setAuthMode(m) {
      if (m !== "NONE" && m !== "LIMITED" && m !== "FULL") throw new Error(`Unknown auth mode: ${m}`);
      mode = m;
    },
    setLocale(l) {
      users.current().locale = l;
    },
    documentLock: locks.document,
    holdDocumentLock() {
      locks.document.heldElsewhere = true;
    },
    releaseHeldLock() {
      locks.document.heldElsewhere = false;
    },
    properties,
    users,
    addUser: (email, opts) => users.add(email, opts),
    as(email) {
      users.switchTo(email);
      return emulator;
    },
    runAs(email, fn) {
      const before = users.current().email;
      users.switchTo(email);
      try {
        return fn();
      } finally {
        users.switchTo(before);
      }
    },
    declineScope(scope, email) {
      (email ? users.get(email) : users.current()).declinedScopes.add(scope);
    },
    grantScope(scope, email) {
      (email ? users.get(email) : users.current()).declinedScopes.delete(scope);
    },
    scriptTimeZone: () => session.scriptTimeZone,
    useDateFactory(make) {
      realm.makeDate = make;
    },
    parts: () => ({
      users,
      clock,
      spreadsheet,
      documentProperties: properties.document,
      scriptTimeZone: session.scriptTimeZone,
      declinedEmail: session.declinedEmail,
      uuidSeed,
      services: [...registered],
    }),
  };
  for (const { name, service, scope } of from?.services ?? [])
    emulator.registerService(name, service, { scope });
  return emulator;
}
