/**
 * The one way the sidebar and dialogs talk to the server: a promise wrapper around google.script.run.
 * The callable names and their argument and result types are derived from the server entry module
 * (src/server/main.ts), so a misspelt function name or a wrong argument does not compile; there is no
 * catch-all index signature. A failure (an exception on the server, a lost connection) rejects with an
 * RpcError whose `detail` is for the console only: the UI shows its own plain-language message (except the
 * server's own words for a missing permission: permissionMessage).
 */
import type * as ServerEntry from "../server/main";

type Server = typeof ServerEntry;

/** The server entry's functions that the page may call (the simple triggers are not RPC targets). */
export type RpcName = Exclude<
  { [K in keyof Server]: Server[K] extends (...args: never[]) => unknown ? K : never }[keyof Server],
  "onOpen" | "onInstall" | "onEdit"
>;
export type RpcArgs<K extends RpcName> = Parameters<Server[K]>;
export type RpcResult<K extends RpcName> = ReturnType<Server[K]>;

/** What google.script.run offers in the page (Apps Script publishes no type for the client side). */
interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
}

declare global {
  interface Window {
    google?: { script?: { run?: ScriptRunner; host?: { close(): void } } };
  }
}

/** A server call that did not return a value. Never shown to users as is. */
export class RpcError extends Error {
  /** "server": the function threw or the call failed on the way; "unavailable": no google.script.run. */
  readonly kind: "server" | "unavailable";
  /** The original message, for the console. */
  readonly detail: string;

  constructor(kind: "server" | "unavailable", functionName: string, detail: string) {
    super(`${functionName} failed`);
    this.name = "RpcError";
    this.kind = kind;
    this.detail = detail;
  }
}

/**
 * The server's own words when a call failed for a missing permission (src/server/entry-guard.ts writes
 * them in the person's language, for the person): shown as they are; any other failure stays technical.
 */
export function permissionMessage(error: unknown): string | null {
  if (!(error instanceof RpcError) || error.kind !== "server") return null;
  const found = /Plan d'action (?:n'a pas la permission|does not have permission)[\s\S]*$/.exec(error.detail);
  return found ? found[0] : null;
}

function describeFailure(error: unknown): string {
  if (error && typeof error === "object" && "message" in error) return String(error.message);
  return String(error);
}

/** Calls the server function `name` with `args`; resolves with its result, rejects with an RpcError. */
export function callServer<K extends RpcName>(name: K, ...args: RpcArgs<K>): Promise<RpcResult<K>> {
  return new Promise<RpcResult<K>>((resolve, reject) => {
    const run = window.google?.script?.run;
    if (!run) {
      reject(new RpcError("unavailable", name, "google.script.run is not available in this page"));
      return;
    }
    const runner = run
      .withSuccessHandler((value) => resolve(value as RpcResult<K>))
      .withFailureHandler((error) => {
        const failure = new RpcError("server", name, describeFailure(error));
        console.error(`${name}: ${failure.detail}`);
        reject(failure);
      }) as unknown as Record<string, ((...callArgs: unknown[]) => void) | undefined>;
    const target = runner[name];
    if (typeof target !== "function") {
      reject(new RpcError("unavailable", name, `${name} is not a server function of this add-on`));
      return;
    }
    target.apply(runner, args);
  });
}
