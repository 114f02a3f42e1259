/**
 * Logger and console for add-on code: every line is recorded (level, message, virtual time) in the
 * emulator's log list instead of being printed.
 */
import { format } from "node:util";
import { classOf } from "./calls.ts";
import type { VirtualClock } from "./clock.ts";

export interface LogEntry {
  level: "log" | "info" | "warn" | "error" | "debug";
  message: string;
  time: number;
}

export function createLogging(logs: LogEntry[], clock: VirtualClock) {
  const push =
    (level: LogEntry["level"]) =>
    (...args: unknown[]) => {
      // An emulated object prints as its class name ("Range"), as Apps Script logs it.
      const shown = args.map((a) => classOf(a) ?? a);
      logs.push({ level, message: format(...shown), time: clock.now() });
    };
  const Logger = {
    log(data: unknown, ...values: unknown[]) {
      push("log")(data, ...values);
      return Logger;
    },
    getLog: () => logs.map((l) => l.message).join("\n"),
    clear: () => {
      logs.length = 0;
    },
  };
  const console = {
    log: push("log"),
    info: push("info"),
    warn: push("warn"),
    error: push("error"),
    debug: push("debug"),
  };
  return { Logger, console };
}
