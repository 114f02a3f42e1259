/**
 * ScriptApp: the AuthMode and AuthorizationStatus enums, and getAuthorizationInfo answering from the
 * emulator's current authorization mode (FULL = nothing more to authorize).
 */
import { AuthMode, AuthorizationStatus } from "./enums.ts";

export class EmuAuthorizationInfo {
  readonly __class = "AuthorizationInfo";
  constructor(private readonly full: boolean) {}
  getAuthorizationStatus() {
    return this.full ? AuthorizationStatus.NOT_REQUIRED : AuthorizationStatus.REQUIRED;
  }
  getAuthorizationUrl(): string | null {
    return this.full ? null : "https://script.google.com/macros/authorize";
  }
  getAuthorizedScopes(): string[] {
    return [];
  }
}

export function createScriptApp(authMode: () => string) {
  return {
    AuthMode,
    AuthorizationStatus,
    getAuthorizationInfo: (_mode?: unknown) => new EmuAuthorizationInfo(authMode() === "FULL"),
    getScriptId: () => "emulated-script-id",
  };
}
