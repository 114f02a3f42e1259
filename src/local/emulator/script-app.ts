/**
 * ScriptApp: the AuthMode and AuthorizationStatus enums, and the 2025 granular-consent API answering from
 * the current person's granted scopes (users.ts) and the emulator's authorization mode.
 * Documented (developers.google.com/apps-script/reference/script/script-app and
 * …/script/authorization-info): getAuthorizationInfo(authMode, oAuthScopes?) checks the given scopes, or
 * all the script's scopes; getAuthorizedScopes() lists the granted ones among them; getAuthorizationUrl()
 * is null when nothing is required. requireScopes(authMode, scopes) / requireAllScopes(authMode) end the
 * execution and show an authorization prompt when a scope is missing. How that end looks to the code is
 * not documented: here it throws an error (name "ScriptAuthorizationRequired") and records the prompt in
 * `users.authorizationPrompts`; code should not try to catch it, as it may not be catchable on Google.
 */
import { AuthMode, AuthorizationStatus } from "./enums.ts";
import type { UserDirectory } from "./users.ts";

export const AUTHORIZATION_URL = "https://script.google.com/macros/authorize";

export class EmuAuthorizationInfo {
  readonly __class = "AuthorizationInfo";
  constructor(
    private readonly required: boolean,
    private readonly authorized: string[],
  ) {}
  getAuthorizationStatus() {
    return this.required ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED;
  }
  getAuthorizationUrl(): string | null {
    return this.required ? AUTHORIZATION_URL : null;
  }
  getAuthorizedScopes(): string[] {
    return [...this.authorized];
  }
}

function scopeList(value: unknown): string[] | null {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value)) throw new Error("Invalid argument: oAuthScopes");
  return value.map(String);
}

export function createScriptApp(authMode: () => string, users: UserDirectory) {
  const info = (scopes: string[] | null) => {
    const asked = scopes ?? users.scopes;
    const authorized = asked.filter((scope) => users.hasGranted(scope));
    const required = authMode() !== "FULL" || authorized.length < asked.length;
    return new EmuAuthorizationInfo(required, authorized);
  };
  const require = (scopes: string[]) => {
    const missing = scopes.filter((scope) => !users.hasGranted(scope));
    if (!missing.length && authMode() === "FULL") return;
    users.authorizationPrompts.push({ email: users.current().email, scopes: missing });
    const error = new Error("Authorization is required to perform that action.");
    error.name = "ScriptAuthorizationRequired";
    throw error;
  };
  return {
    AuthMode,
    AuthorizationStatus,
    getAuthorizationInfo: (_mode?: unknown, scopes?: unknown) => info(scopeList(scopes)),
    requireScopes: (_mode: unknown, scopes: unknown) => require(scopeList(scopes) ?? []),
    requireAllScopes: (_mode?: unknown) => require(users.scopes),
    getScriptId: () => "emulated-script-id",
  };
}
