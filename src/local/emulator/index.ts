/**
 * The in-memory Apps Script emulator: createEmulator() builds one spreadsheet document and the services
 * the add-on uses (SpreadsheetApp, PropertiesService, LockService, Session, Utilities, HtmlService,
 * ScriptApp, XmlService, Logger, console), and hands them out as `globals` through one instrumenting proxy per service
 * (call counts, latency on the virtual clock, injected faults, authorization modes). The raw objects
 * (emulator.spreadsheet, emulator.properties, …) stay available to tests, uncounted.
 */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type AuthModeName, createAuthGuard } from "./auth.ts";
import { type CallLog, CallRecorder, type DateRealm, Instrumenter } from "./calls.ts";
import { createClock, type VirtualClock } from "./clock.ts";
import { createHtmlService } from "./html.ts";
import { createLockService, type LockState, newLockState } from "./lock.ts";
import { createLogging, type LogEntry } from "./logger.ts";
import { createPropertiesService } from "./properties.ts";
import { createScriptApp } from "./script-app.ts";
import { createSession, type SessionState } from "./session.ts";
import { EmuSpreadsheet } from "./spreadsheet.ts";
import { createSpreadsheetApp } from "./spreadsheet-app.ts";
import { EmuUi, UiRecorder } from "./ui.ts";
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
export type { MetadataRecord } from "./metadata.ts";
export type { EmuRange } from "./range.ts";
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
export type { Cell } from "./values.ts";

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
}

export interface PropertyStoresView {
  document: Map<string, string>;
  user: Map<string, string>;
  script: Map<string, string>;
}

export interface Emulator {
  /** What the vm context gets: instrumented services, plus the recording console. */
  globals: Record<string, unknown>;
  /** Adds a global, instrumented under `globalName`; `options.scope` names it in permission errors. */
  registerService(globalName: string, service: object, options?: { scope?: string }): void;
  /** The raw active spreadsheet: calls through it are not counted. */
  spreadsheet: EmuSpreadsheet;
  calls: CallLog;
  clock: VirtualClock;
  ui: UiRecorder;
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
  /** Session.getScriptTimeZone(), read without counting a call (the loader's Date uses it). */
  scriptTimeZone(): string;
  /**
   * Makes the Dates handed to add-on code with this constructor (the loader passes its context's Date);
   * null hands out host Dates. The raw handles (emulator.spreadsheet…) always give host Dates.
   */
  useDateFactory(make: ((ms: number) => Date) | null): void;
}

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const locale = options.locale ?? "fr_CA";
  const clock = createClock(options.now ?? "2026-01-15T14:00:00Z");
  const calls = new CallRecorder(clock);
  const recorder = new UiRecorder();
  const logs: LogEntry[] = [];
  let mode: AuthModeName = options.authMode ?? "FULL";
  const session: SessionState = {
    locale,
    scriptTimeZone: options.scriptTimeZone ?? "America/Toronto",
    activeUserEmail: "",
    effectiveUserEmail: "",
    temporaryUserKey: "emulated-temporary-user-key",
  };
  const spreadsheet = new EmuSpreadsheet({
    id: "1EmuLatedSpreadsheetId000000000000000000000",
    name: options.spreadsheetName ?? "Plan d'action du comité",
    timeZone: options.timeZone ?? "America/Toronto",
    locale,
    onToast: (t) => recorder.toasts.push(t),
  });
  const properties: PropertyStoresView = { document: new Map(), user: new Map(), script: new Map() };
  const locks = { document: newLockState(), script: newLockState(), user: newLockState() };
  const registeredScopes = new Map<string, string | undefined>();
  const guard = createAuthGuard(() => mode, registeredScopes);
  const realm: DateRealm = { makeDate: null };
  const { Logger, console } = createLogging(logs, clock);

  const globals: Record<string, unknown> = {};
  const instrument = (name: string, service: object) => {
    globals[name] = new Instrumenter(name, calls, guard, realm).wrapService(service);
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
  instrument("Session", createSession(session));
  instrument("Utilities", createUtilities(clock, options.uuidSeed ?? "plan-daction"));
  instrument("HtmlService", createHtmlService(options.htmlDir ?? join(REPO_ROOT, "dist")));
  instrument(
    "ScriptApp",
    createScriptApp(() => mode),
  );
  instrument("XmlService", createXmlService());
  instrument("Logger", Logger);
  globals["console"] = console;

  return {
    globals,
    registerService(globalName, service, opts) {
      if (globalName in globals) throw new Error(`A global named ${globalName} already exists.`);
      registeredScopes.set(globalName, opts?.scope);
      instrument(globalName, service);
    },
    spreadsheet,
    calls,
    clock,
    ui: recorder,
    logs,
    authMode: () => mode,
    setAuthMode(m) {
      if (m !== "NONE" && m !== "LIMITED" && m !== "FULL") throw new Error(`Unknown auth mode: ${m}`);
      mode = m;
    },
    setLocale(l) {
      session.locale = l;
    },
    documentLock: locks.document,
    holdDocumentLock() {
      locks.document.heldElsewhere = true;
    },
    releaseHeldLock() {
      locks.document.heldElsewhere = false;
    },
    properties,
    scriptTimeZone: () => session.scriptTimeZone,
    useDateFactory(make) {
      realm.makeDate = make;
    },
  };
}
